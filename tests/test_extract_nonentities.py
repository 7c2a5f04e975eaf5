"""Entities on new text (issue 18, item 3), on invented sentences: well-known companies named
bare are Enterprises (kg/data/companies.csv), and words that name nothing (ANNOTATION.md) are
no entity: a demonym alone, a news-agency locator, a credit, a bare ceremony."""

from __future__ import annotations

import pytest
from extracting import classes, run, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Sinopec and the Harbour Bay Group signed a supply deal in Lanzhou on Monday.",
         "Sinopec"),
        ("Capgemini will open a delivery centre in Wuxi next year, Li Ming said.", "Capgemini"),
        ("Exhibitors included Foxconn, the Qingmu Textile Group and two dozen small firms.",
         "Foxconn"),
        ("Allergan plans a research base in the Harbour Bay Zone, the zone said.", "Allergan"),
        ("Citigroup and the Ningmu Bank opened branches in the free trade zone.", "Citigroup"),
        ("Visitors met Hikvision, Cainiao and the Qingmu Textile Group at the expo.",
         "Hikvision"),
        ("PowerChina will build the Harbour Bay plant, the governor said.", "PowerChina"),
        ("Heineken and the Ningmu Brewery signed a supply deal on Monday.", "Heineken"),
        # a name the gazetteer writes with a small letter, spelled so
        ("Hefei-based iFlytek opened an office in the Harbour Bay Zone.", "iFlytek"),
        ("Pop Mart and Luckin Coffee opened stores in the free trade zone.", "Luckin Coffee"),
    ],
)
def test_a_well_known_company_named_bare_is_an_enterprise(extractor: Extractor, text: str,
                                                          company: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # names from the larger list (kg/data/companies.csv), in invented sentences
        ("Sungrow will supply inverters to the Harbour Bay solar farm, Li Ming said.",
         "Sungrow"),
        ("Gree and the Qingmu Textile Group opened showrooms in the free trade zone.", "Gree"),
        ("Buyers from Equinor met the Ningmu Shipyard at the expo on Tuesday.", "Equinor"),
        ("Fuyao Glass plans a second plant in the Harbour Bay Zone, the zone said.",
         "Fuyao Glass"),
        ("Vingroup and the Harbour Bay Group signed a supply deal in Nanning on Monday.",
         "Vingroup"),
        ("China Merchants Bank opened a branch in the Qingmu free trade zone.",
         "China Merchants Bank"),
        ("Exhibitors included Zeekr, the Qingmu Textile Group and two dozen small firms.",
         "Zeekr"),
        ("Shenzhou International will build a garment plant in the Harbour Bay Zone.",
         "Shenzhou International"),
    ],
)
def test_a_company_of_the_larger_list_is_an_enterprise(extractor: Extractor, text: str,
                                                       company: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # words that look like a listed company's short name but are ordinary English or a
        # generic phrase: the list holds only their unambiguous longer forms
        ("China gold reserves rose for the ninth month, the bank said.", "China gold"),
        ("Shandong energy firms met buyers from Qingmu at the fair.", "Shandong energy"),
        ("The sunward slope of the Qingmu hills grows tea for export.", "sunward"),
        ("A polestar guided the old traders across the desert to Kashgar.", "polestar"),
        ("Central group leaders from Qingmu toured the Harbour Bay Zone on Monday.",
         "Central group"),
    ],
)
def test_a_common_word_lookalike_is_no_enterprise(extractor: Extractor, text: str,
                                                 word: str) -> None:
    found = classes(extractor, text)
    assert not any(word.casefold() in t.casefold() and c == "Enterprise"
                   for t, c in found.items()), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kyrgyz delegation toured the Harbour Bay Zone on Tuesday.", "Kyrgyz"),
        ("Sri Lankan exporters met buyers from Kunming at the fair.", "Sri Lankan"),
        ("A Kazakh trade mission arrived in Urumqi on Friday.", "Kazakh"),
    ],
)
def test_a_demonym_alone_is_no_entity(extractor: Extractor, text: str, word: str) -> None:
    assert word not in classes(extractor, text)


def test_a_news_agency_locator_is_no_region(extractor: Extractor) -> None:
    found = classes(extractor, "A trade fair opened in Central China's Hubei province on "
                               "Monday, drawing 300 firms.")
    assert "Central China" not in found
    assert any(t.startswith("Hubei") and c == "Province" for t, c in found.items())


def test_a_compass_region_of_its_own_is_a_region(extractor: Extractor) -> None:
    found = classes(extractor, "Hubei is a province in Central China with 58 million people.")
    assert found.get("Central China") == "Region"


def test_a_photo_credit_is_no_entity(extractor: Extractor) -> None:
    found = classes(extractor, "The new harbour of Qingmu will open in June. Photos Provided "
                               "to Harbour Daily")
    assert not any(t.startswith("Photos") for t in found)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # one unknown word the model called an organisation, after a locative "in": a town
        ("In Wolfsburg, Jing Junhai held talks with Herbert Diess.", "Wolfsburg", "City"),
        ("Xiamen Park in Trier, co-built by the two cities, opened in 2017.", "Trier", "City"),
        # ... but a company one holds a stake in stays a company
        ("Geely bought a 10 percent stake in Volvo.", "Volvo", "Enterprise"),
    ],
)
def test_a_word_after_a_locative_in_is_a_town(extractor: Extractor, text: str, name: str,
                                              cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


def test_a_company_a_post_is_held_in_keeps_the_place_its_name_ends_with(
        extractor: Extractor) -> None:
    text = "The slogan was suggested by Feng Li, vice President of Norvale Gases China."
    cls = classes(extractor, text)
    assert cls.get("Norvale Gases China") == "Enterprise" and "China" not in cls
    assert ("Feng Li", "holdsPositionIn", "Norvale Gases China") in triples(run(extractor, text))
    # a state post "of" a place keeps the place
    cls = classes(extractor, "Sam Lee, chief executive of the Macao SAR, spoke at the forum.")
    assert cls.get("Sam Lee") == "Official"


def test_a_named_storm_is_no_entity(extractor: Extractor) -> None:
    cls = classes(extractor, "Typhoon Yagi hit Hainan in September, and Super Typhoon Rammasun "
                             "closed the port of Zhanjiang.")
    assert set(cls) == {"Hainan", "Zhanjiang"}


def test_the_opening_ceremony_is_no_event_but_the_expo_is(extractor: Extractor) -> None:
    found = classes(extractor, "Li Ming attended the Opening Ceremony of the 5th Harbour Bay "
                               "Trade Expo in Ningbo on Monday. The Opening Ceremony drew "
                               "2,000 guests.")
    assert not any("Ceremony" in t for t in found)
    assert found.get("5th Harbour Bay Trade Expo") == "Event"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The carmaker Toyota Motor and the Ningmu Group built a plant in Tianjin.",
         "Toyota Motor"),
        ("Huawei Cloud opened a data centre in the Qingmu High-tech Zone.", "Huawei Cloud"),
    ],
)
def test_a_well_known_company_s_unit_keeps_its_whole_name(extractor: Extractor, text: str,
                                                           company: str) -> None:
    assert classes(extractor, text).get(company) == "Enterprise"


def test_a_person_after_a_well_known_company_is_not_its_name(extractor: Extractor) -> None:
    found = classes(extractor, "Governor Li Ming and the CEO and Vice Chairman of Samsung "
                               "Electronics Park Min-jun gave their speeches.")
    assert found.get("Samsung Electronics") == "Enterprise"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Supported by the Ruritanian Embassy and the Qingmu Sports Bureau, the camp opened.",
         "Ruritanian Embassy", "GovernmentBody"),
        ("Coaches of the Harbour City Football Club trained 40 children in Ningbo.",
         "Harbour City Football Club", "Organization"),
    ],
)
def test_a_mission_is_a_body_and_a_club_an_organization(extractor: Extractor, text: str,
                                                         name: str, cls: str) -> None:
    found = classes(extractor, text)
    assert any(t.endswith(name) and c == cls for t, c in found.items()), found



@pytest.mark.parametrize("given", ["Jianhua", "Anzhou", "Lanping"])
def test_the_surname_he_stays_on_the_name(extractor: Extractor, given: str) -> None:
    # "He" (何) is also the pronoun: inside a sentence before a capitalised word it is the
    # surname, and at a sentence start too when the text names the person so elsewhere
    # ("Jianhua" and "Anzhou" are also districts in the gazetteer).
    found = run(extractor, f"On May 10, Gansu Vice Governor He {given} met in Lanzhou with a "
                           f"trade delegation.\n\nHe {given} extended welcome to the "
                           "delegation and briefed them on Gansu Province.").mentions
    names = [m.text for m in found]
    assert names.count(f"He {given}") == 2
    assert given not in names and "He" not in names


def test_he_before_a_verb_is_the_pronoun(extractor: Extractor) -> None:
    found = run(extractor, "Vice Governor Li Ming met the delegation in Lanzhou. He "
                           "Welcomed the guests from Jiangsu.").mentions
    assert not any(m.text.startswith("He ") for m in found)


@pytest.mark.parametrize("abbr", ["NE", "SW"])
def test_a_compass_abbreviation_is_no_town(extractor: Extractor, abbr: str) -> None:
    found = classes(extractor, f"Central firms sign 58 deals with {abbr} Chinese province\n\n"
                               "State-owned firms signed 58 investment agreements with "
                               "Heilongjiang Province on Thursday.")
    assert abbr not in found


@pytest.mark.parametrize("title", ["Ambassador", "Governor", "Minister", "Mayor"])
def test_a_name_after_a_title_is_a_person_whatever_the_model_says(extractor: Extractor,
                                                                    title: str) -> None:
    # the model reads "Helena Varga" here as an organisation
    found = run(extractor, f"Governor Qiu Dongsheng received {title} Helena Varga of Hungary "
                           "in Hefei on Wednesday.")
    assert {m.text: m.cls for m in found.mentions}.get("Helena Varga") == "Official"
    assert ("Qiu Dongsheng", "metWith", "Helena Varga") in triples(found)


@pytest.mark.parametrize("credit", ["Photo: Chen Qingyu/GT", "Photos: Chen Qingyu",
                                    "Picture: Chen Qingyu/Xinhua"])
def test_a_photographer_after_photo_colon_is_no_entity(extractor: Extractor,
                                                       credit: str) -> None:
    found = classes(extractor, f"A truck arrives at the border inspection zone. {credit}\n")
    assert "Chen Qingyu" not in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Shops and hotels that take "International" or "Pacific" in their names line the '
         "street.", "International"),
        ("Its slogan is simply “Faster”, the mayor said.", "Faster"),
    ],
)
def test_a_quoted_single_word_is_a_word(extractor: Extractor, text: str, word: str) -> None:
    assert word not in classes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "China's Hunan posts strong export growth in H1\n\nCentral China's Hunan Province "
        "reported robust export growth in the first half of 2022.",
        "Jiangxi's trade jumps in Q3\n\nEast China's Jiangxi Province reported a rise in foreign "
        "trade in the third quarter.",
        "China's Yunnan sees trade growth in H1\n\nSouthwest China's Yunnan Province reported "
        "robust foreign-trade growth in the first half of 2021.",
    ],
)
def test_a_half_year_or_quarter_is_no_place_and_no_name_spans_a_blank_line(
    extractor: Extractor, text: str
) -> None:
    found = classes(extractor, text)
    assert not any("\n" in name for name in found), found
    assert not {"H1", "Q3"} & set(found), found


def test_a_diplomatic_rank_is_no_place(extractor: Extractor) -> None:
    found = classes(extractor, "Zhao Lei, Ambassador Extraordinary and Plenipotentiary of China "
                               "to the Republic of Kenya, attended the signing ceremony.")
    assert "Plenipotentiary" not in found, found
    assert found.get("Zhao Lei") == "Official"


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Qingmu, July 25th (Reporter Liu Xinwen) From July 21st to 24th, the 4th Qingmu Trade "
         "Fair was held in Qingmu.", "Liu Xinwen"),
        ("Reported by this newspaper on Feb. 27, (reporter Zhang Wenbo) Municipal Party "
         "Committee Secretary Wang Min met with a delegation from Kenya.", "Zhang Wenbo"),
    ],
)
def test_a_reporter_credit_is_no_entity(extractor: Extractor, text: str, reporter: str) -> None:
    assert reporter not in classes(extractor, text)


def test_a_small_initial_name_is_not_matched_in_lower_case(extractor: Extractor) -> None:
    # the gazetteer's "iFlytek" spelled all in small letters is not taken for the company
    assert "iflytek" not in classes(extractor, "Try the iflytek app, the mayor said.")


def test_a_lower_case_locator_alias_is_no_region(extractor: Extractor) -> None:
    # the gazetteer's lower-case alias of a region is a common phrase in running text
    found = classes(extractor, "Wuhu became the second-largest exporter in the eastern "
                               "region of China.")
    assert "eastern region" not in found
