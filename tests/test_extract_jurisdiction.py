"""Where an official with a bare city post serves (kg/extract/people/jurisdiction.py), on invented
documents."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_CITY_REPORT = """---
title: "Luoyang steps up foreign trade"
date: 2021-05-10
---
Luoyang steps up foreign trade

On May 8, {post} inspected the Luoyang Comprehensive Bonded Zone.

He said Luoyang would further open up.
"""


@pytest.mark.parametrize(
    ("post", "official"),
    [
        ("Kong Weiming, deputy secretary of the Municipal Party Committee and mayor,",
         "Kong Weiming"),
        ("Fu Xiaoling, deputy mayor,", "Fu Xiaoling"),
        ("Kong Weiming, secretary of the CPC Municipal Committee,", "Kong Weiming"),
        ("Fu Xiaoling, the city's deputy mayor,", "Fu Xiaoling"),
        ("Fu Xiaoling, deputy mayor of the city,", "Fu Xiaoling"),
        ("Kong Weiming, the city's Party chief,", "Kong Weiming"),
        ("Fu Xiaoling, director of the municipal commerce bureau,", "Fu Xiaoling"),
    ],
)
def test_a_bare_city_post_serves_in_the_city_the_report_is_about(
        extractor: Extractor, post: str, official: str) -> None:
    ex = run(extractor, _CITY_REPORT.format(post=post))
    assert (official, "Luoyang") in pairs(ex, "servesIn")


def test_a_foreign_mayor_is_not_given_the_reports_city(extractor: Extractor) -> None:
    ex = run(extractor, _CITY_REPORT.format(post="Karl Olsen, deputy mayor,"))
    assert ("Karl Olsen", "Luoyang") not in pairs(ex, "servesIn")


def test_no_city_in_focus_gives_no_city(extractor: Extractor) -> None:
    text = ("Fu Xiaoling, deputy mayor, met guests from Luoyang and Kaifeng. Kaifeng and "
            "Luoyang are old capitals.")
    assert not pairs(run(extractor, text), "servesIn")


_PROVINCE_REPORT = """---
title: "Yunnan seeks closer ties with Norway"
date: 2021-05-10
---
Yunnan seeks closer ties with Norway

Kunming, May 5 -- {sentence}

Yunnan exported more goods to Europe this year. Yunnan Province will open wider.
"""


@pytest.mark.parametrize(
    ("sentence", "official", "place"),
    [
        # a Chinese vice governor meeting a foreign minister: the report's province
        ("Vice Governor Li Ming met with Anna Berg, Norway's Minister of Trade, in Kunming.",
         "Li Ming", "Yunnan"),
        ("Governor Zhou Ping held talks with Karl Olsen, Premier of Ontario, Canada.",
         "Zhou Ping", "Yunnan"),
        # the organ's mention stops before the place its post goes on to name
        ("Li Ming, Deputy Director-General of the Department of Commerce of Yunnan Province, "
         "spoke.", "Li Ming", "Yunnan"),
        ("Li Ming, the province's vice governor, met Karl Olsen.", "Li Ming", "Yunnan"),
        # the party before the place: "CPC Linhe District Committee" is Linhe District's
        ("A team went to Linhe District. Chen Bo, secretary of the CPC Linhe District "
         "Committee, joined it.", "Chen Bo", "Linhe District"),
    ],
)
def test_a_post_without_its_place_serves_where_the_text_says(
        extractor: Extractor, sentence: str, official: str, place: str) -> None:
    ex = run(extractor, _PROVINCE_REPORT.format(sentence=sentence))
    assert (official, place) in pairs(ex, "servesIn")


def test_a_foreign_governor_is_not_given_the_reports_province(extractor: Extractor) -> None:
    text = _PROVINCE_REPORT.format(
        sentence="Governor Karl Olsen met with Anna Berg, Norway's Minister of Trade.")
    assert ("Karl Olsen", "Yunnan") not in pairs(run(extractor, text), "servesIn")


def test_the_province_of_a_named_place_is_not_the_reports(extractor: Extractor) -> None:
    text = _PROVINCE_REPORT.format(
        sentence="Zhou Ping met Karl Olsen, Governor of the Province of Turin, on Tuesday.")
    assert ("Karl Olsen", "Yunnan") not in pairs(run(extractor, text), "servesIn")


def test_a_governor_is_not_given_the_province_of_the_guest_named_after(
        extractor: Extractor) -> None:
    text = _PROVINCE_REPORT.format(
        sentence="Vice Governor Li Ming met with Hong Kong business people led by Zhou Ping, "
                 "Deputy Director of the Liaison Office in Hong Kong.")
    served = pairs(run(extractor, text), "servesIn")
    assert ("Li Ming", "Yunnan") in served
    assert ("Li Ming", "Hong Kong") not in served


@pytest.mark.parametrize(
    ("text", "official", "place"),
    [
        # a post over the report's place described in lower-case words, not named
        ("Xiamen exported more goods in May. Zhou Kailin, vice mayor of the coastal city, "
         "said exports rose.", "Zhou Kailin", "Xiamen"),
        ("Tianjin will host the forum in June. \"The forum helps the city,\" said Huang Weimin, "
         "mayor of the northern port city.", "Huang Weimin", "Tianjin"),
        ("Hubei exported more goods in May. Zhou Kailin, governor of the central China "
         "province, said exports rose.", "Zhou Kailin", "Hubei"),
        # a municipality's "municipal" office
        ("Chongqing has opened a new rail route. \"The route helps the municipality,\" said "
         "Wu Kailin, director of the municipal port and logistics office.", "Wu Kailin",
         "Chongqing"),
    ],
)
def test_a_post_over_the_reports_place_described_not_named(
        extractor: Extractor, text: str, official: str, place: str) -> None:
    assert pairs(run(extractor, text), "servesIn") == {(official, place)}


def test_a_described_place_is_not_given_to_a_foreign_name(extractor: Extractor) -> None:
    text = ("Xiamen exported more goods in May. Mark Hollis, mayor of the coastal city of "
            "Portmere, said trade with Xiamen rose.")
    assert ("Mark Hollis", "Xiamen") not in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    ("text", "official"),
    [
        # the province named only inside its organs' names: the place mention is made there
        ("The Hebei Provincial People's Government held a press conference. Vice Governor "
         "Li Wenkai attended.", "Li Wenkai"),
        ("The CPC Hebei Provincial Committee held a meeting on Monday. Party Secretary Li "
         "Wenkai presided over it.", "Li Wenkai"),
        ("The Hebei Provincial Department of Commerce held a forum. Zhao Lan, the provincial "
         "vice governor, spoke.", "Zhao Lan"),
    ],
)
def test_a_province_named_only_inside_its_organs_names(
        extractor: Extractor, text: str, official: str) -> None:
    ex = run(extractor, text)
    assert pairs(ex, "servesIn") == {(official, "Hebei")}
    assert {m.text: m.cls for m in ex.mentions}.get("Hebei") == "Province"


@pytest.mark.parametrize(
    ("text", "person", "served"),
    [
        # the province opens the next person's pre-posed post: it is not the governor's
        ("Governor Jack Foley and Hebei Province Department of Commerce Director Wang Tao "
         "signed the agreement.", "Jack Foley", set()),
        ("Lieutenant Governor Tom Reed and Anhui Province Foreign Affairs Office Director "
         "Li Ming met in Hefei.", "Tom Reed", set()),
        # the governor's own place still counts
        ("Vice Governor Ni Qiang of Hainan Province attended the signing.", "Ni Qiang",
         {"Hainan Province"}),
    ],
)
def test_a_place_of_the_next_conjuncts_post_is_not_this_posts(
    extractor: Extractor, text: str, person: str, served: set[str]
) -> None:
    assert {o for s, o in pairs(run(extractor, text), "servesIn") if s == person} == served


@pytest.mark.parametrize(
    ("text", "official", "place", "not_place"),
    [
        ("The guests were received by Mr. Hu Wen, Secretary of Party Committee of Beijing "
         "Haidian District.", "Hu Wen", "Haidian District", "Beijing"),
        ("The guests were received by Mr. Hu Wen, Secretary of Party Committee of Ningbo "
         "Fenghua District.", "Hu Wen", "Fenghua District", "Ningbo"),
    ],
)
def test_a_district_named_after_its_city_is_where_its_organ_serves(
        extractor: Extractor, text: str, official: str, place: str, not_place: str) -> None:
    serves = pairs(run(extractor, text), "servesIn")
    assert (official, place) in serves
    assert (official, not_place) not in serves


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a lower-case "municipal" before the capitalised post: the city the report is about
        ("Yesterday at the city hall, Mayor Zhou Ming of Yantai met with Erik Lund, the governor "
         "of Telemark, with Deputy Mayor Sun Bo and municipal government Secretary-General Li "
         "Tao attending the meeting.", {("Li Tao", "Yantai")}, set()),
        # "municipal" in another clause, after a joining word: not the post's
        ("Mayor Zhou Ming of Yantai met with Erik Lund, who heads the municipal council of "
         "Telemark, and Secretary-General Li Tao.", set(), {("Li Tao", "Yantai")}),
    ],
)
def test_municipal_before_the_post(extractor: Extractor, text: str,
                                   expected: set[tuple[str, str]],
                                   absent: set[tuple[str, str]]) -> None:
    serves = pairs(run(extractor, text), "servesIn")
    assert expected <= serves
    assert not absent & serves


def test_a_bare_governor_is_not_given_the_place_in_anothers_post(extractor: Extractor) -> None:
    ex = run(extractor, "Governor Karl Olsen met with Yuan Jiajun, Party secretary of Chongqing, "
                        "on Tuesday.")
    assert pairs(ex, "servesIn") == {("Yuan Jiajun", "Chongqing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of <place>" right after a titled name is the post's place, before any other place
        ("Governor Kim Dae-won of Gyeonggi Province visited Shandong.",
         {("Kim Dae-won", "Gyeonggi Province")}),
        ("Vice Governor Li Hua of Shandong Province met Governor Tom Hill of Queensland.",
         {("Li Hua", "Shandong Province"), ("Tom Hill", "Queensland")}),
        ("Governor of Shizuoka Prefecture Heita Kawakatsu met Governor Li Ming in Hangzhou.",
         {("Heita Kawakatsu", "Shizuoka Prefecture")}),
    ],
)
def test_a_titled_name_of_a_place_serves_there(extractor: Extractor, text: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "servesIn") == expected


@pytest.mark.parametrize(
    ("text", "official", "region"),
    [
        # an autonomous region's own posts name it "the region"
        ("The forum opened in Nanning, Guangxi Zhuang Autonomous Region. Chen Ming, chairman "
         "of the regional government, said the forum was fruitful.", "Chen Ming",
         "Guangxi Zhuang Autonomous Region"),
        ("The fair opened in Urumqi, Xinjiang. Ma Jun, secretary of the region's party "
         "committee, spoke at the ceremony.", "Ma Jun", "Xinjiang"),
    ],
)
def test_the_regions_post_in_an_autonomous_regions_report(
        extractor: Extractor, text: str, official: str, region: str) -> None:
    assert (official, region) in pairs(run(extractor, text), "servesIn")


def test_a_regional_post_is_no_provinces_own(extractor: Extractor) -> None:
    ex = run(extractor, "The fair opened in Changsha, Hunan. Li Ming, director of the regional "
                        "office of the bank, spoke at the ceremony.")
    assert ("Li Ming", "Hunan") not in pairs(ex, "servesIn")


def test_a_national_bodys_nationality_is_where_its_members_serve(extractor: Extractor) -> None:
    ex = run(extractor, "During a visit to Canada, Li Ming met Noel Kent, the Speaker of the "
                        "Canadian Senate, in Ottawa.")
    assert ("Noel Kent", "Canada") in pairs(ex, "servesIn")
