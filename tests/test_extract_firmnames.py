"""Company, zone and organisation names kept whole (kg/extract/namejoins.py, names.py,
companies.py) on invented sentences: an "and" between two lines of business inside a company's
name, a closing bracketed place or type, a legal form after a comma, works named as companies;
and the cuts that must stay (two names joined by "and", an abbreviation in brackets)."""

from __future__ import annotations

import pytest
from extracting import classes, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The delegation visited Qingfeng Port and Logistics Co., Ltd. in the city.",
         "Qingfeng Port and Logistics Co., Ltd.", "Enterprise"),
        ("The team inspected Lianfeng Gold and Silver Products Co., Ltd and Morvik Smelter.",
         "Lianfeng Gold and Silver Products Co., Ltd", "Enterprise"),
        ("The team inspected Lianfeng Gold and Silver Products Co., Ltd and Morvik Smelter.",
         "Morvik Smelter", "Enterprise"),
        ("Velkor Trading (Hong Kong) Limited signed a contract with Dalvern Import and Export "
         "Co., Ltd.", "Dalvern Import and Export Co., Ltd.", "Enterprise"),
        ("Officials inspected the Qingdao Port and Shipping Bureau on Monday.",
         "Qingdao Port and Shipping Bureau", "GovernmentBody"),
        ("The Dalvern Bonded Logistics Center (Type B) was approved last year.",
         "Dalvern Bonded Logistics Center (Type B)", "Zone"),
        ("The delegation visited renowned companies such as Tarvel Resources (Hong Kong), "
         "Orland Power, and Veltra.", "Tarvel Resources (Hong Kong)", "Enterprise"),
        ("The Kunlun Chemical Industry Association (Xinjiang) held its meeting.",
         "Kunlun Chemical Industry Association (Xinjiang)", "Organization"),
        ("Lin Hai, chairman of Meridian Holdings (Singapore), attended.",
         "Meridian Holdings (Singapore)", "Enterprise"),
        ("The biggest project was signed with Kestrel Memory Technologies, Inc. in Hefei.",
         "Kestrel Memory Technologies, Inc.", "Enterprise"),
        ("Governor Li Ming met executives of Moravia (China) Investment Co., Ltd. on Monday.",
         "Moravia (China) Investment Co., Ltd.", "Enterprise"),
        ("Officials met executives of Siemens (China) in Beijing.", "Siemens (China)",
         "Enterprise"),
        # two names joined by "and" stay two
        ("Brennan Motors and Tarvel Electronics signed a deal in Wuhan.", "Brennan Motors",
         "Enterprise"),
        ("Brennan Motors and Tarvel Electronics signed a deal in Wuhan.", "Tarvel Electronics",
         "Enterprise"),
        ("Officials visited Deyang City and Kindos Trading Co., Ltd. on Friday.",
         "Kindos Trading Co., Ltd.", "Enterprise"),
        # an abbreviation in brackets is said apart; a city's bracketed country is no part
        ("The Asia-Africa Centre (AAC) opened in Nairobi.", "Asia-Africa Centre",
         "Organization"),
        ("The fair was held in Guangzhou (China) last week.", "Guangzhou", "City"),
    ],
)
def test_whole_names(extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


def test_a_zones_district_in_brackets_is_a_place(extractor: Extractor) -> None:
    found = classes(extractor, "Firms in the Lanxi High-tech Zone (Xinwu District) grew fast.")
    assert found.get("Lanxi High-tech Zone") == "Zone"
    assert found.get("Xinwu District") == "City"


def test_a_quoted_short_form_in_brackets_is_the_names(extractor: Extractor) -> None:
    found = classes(extractor, 'The Norvale-China Chamber of Commerce ("NCCC") hosted a dinner '
                    "in Chicago. The NCCC has 300 members.")
    assert found.get("Norvale-China Chamber of Commerce") == "Organization"
    assert found.get("NCCC") == "Organization"


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("A delegation from Velmar District of Guiyang visited Jinan. The Velmar delegates toured "
         "three companies.", "Velmar"),
        ("The Morvan County government signed a deal with Velkor Group. Morvan will host the "
         "plant.", "Morvan"),
    ],
)
def test_a_districts_bare_name_is_the_district(extractor: Extractor, text: str,
                                               bare: str) -> None:
    ex = run(extractor, text)
    found = [m for m in ex.mentions if m.text == bare]
    assert found and all(m.cls == "City" and m.refers_to for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Confederation of Ruritanian Industry signed a memorandum in Changsha.",
         "Confederation of Ruritanian Industry"),
        ("Members of the Lanmore People's Association for Friendship with Foreign Countries met.",
         "Lanmore People's Association for Friendship with Foreign Countries"),
        ("Officials from the Lanmore Expo Secretariat and two consulates gathered.",
         "Lanmore Expo Secretariat"),
        ("The Secretariat of the Lanmore Forum said so.", "Secretariat of the Lanmore Forum"),
        ("Zheng Hua, a dean at the Chinese University of Lanmore (Shenzhen), agreed.",
         "Chinese University of Lanmore (Shenzhen)"),
    ],
)
def test_bodies_and_schools_are_organizations(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "Organization"


def test_a_lower_case_districts_bare_name_is_the_district(extractor: Extractor) -> None:
    ex = run(extractor, "A delegation led by Ai Hua, head of the Velmar district, visited "
                        "Shenzhen. The Velmar delegates visited two companies.")
    found = [m for m in ex.mentions if m.text == "Velmar"]
    assert found and all(m.cls == "City" for m in found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Central district and the Northern county were merged.", "Central district"),
        ("The Central district and the Northern county were merged.", "Northern county"),
    ],
)
def test_a_compass_word_before_district_names_no_division(extractor: Extractor, text: str,
                                                          absent: str) -> None:
    assert absent not in classes(extractor, text)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a Chinese place and a trade name: a firm, not a person (kg/extract/entities/companies.py)
        ("Sinopec, Hebei Tianrun, and many other enterprises signed projects in the port.",
         "Hebei Tianrun", "Enterprise"),
        ("Haier, Lenovo, Zhejiang Morvo and Anhui Qelvik have set up plants in the zone.",
         "Zhejiang Morvo", "Enterprise"),
        ("Haier, Lenovo, Zhejiang Tianrun and Anhui Hongda have set up plants in the zone.",
         "Anhui Hongda", "Enterprise"),
        # a surname after the place: the person of a pre-posed post's place stays a person
        ("Vice Mayor of Wuhan Li Ming attended the signing.", "Li Ming", "Official"),
    ],
)
def test_a_place_and_a_trade_name_is_a_firm(extractor: Extractor, text: str, name: str,
                                            cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Wang Min met with the president of Qingmu Steel Group Co., Ltd. Mr. Fang Tieji and "
         "his entourage.", "Qingmu Steel Group Co., Ltd."),
        ("The city signed deals with Qingmu Shipping Group Co., Ltd., and Qingmu Logistics "
         "Group Co., Ltd. 4 central enterprises signed deals in all.",
         "Qingmu Logistics Group Co., Ltd."),
    ],
)
def test_a_company_name_ends_at_its_legal_form_before_a_courtesy_title_or_number(
    extractor: Extractor, text: str, company: str
) -> None:
    found = classes(extractor, text)
    assert found.get(company) == "Enterprise", found
    assert not any(name.startswith(company) and name != company for name in found), found
