"""Where things are, from lists and areas (kg/extract/business/places.py), and editions' names, on
invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor
from kg.model import Extraction


def located(ex: Extraction) -> set[tuple[str, str]]:
    return pairs(ex, "locatedIn")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Dozens of Anhui-based companies, including Huaxin Pharmaceutical Group and Jiahe "
         "Machinery Co., Ltd., showed their products in Europe.",
         {("Huaxin Pharmaceutical Group", "Anhui"), ("Jiahe Machinery Co., Ltd.", "Anhui")},
         set()),
        # the companies' owner is their place: a name, or "the city" named before
        ("Hunan's companies such as Orvane Machinery and Lumex Heavy Industry export to "
         "Africa.", {("Orvane Machinery", "Hunan"), ("Lumex Heavy Industry", "Hunan")}, set()),
        ("Governor Li Ming visited Xiamen. He also visited the city's leading enterprises, "
         "including Orvane Air and Lumex.", {("Orvane Air", "Xiamen")}, set()),
        # a foreign prefecture (a Region) before "-based"
        ("The office of Hokkaido has been opened in Harbin, with 12 Hokkaido-based enterprises "
         "including Sapporo Steelworks having invested here.",
         {("Sapporo Steelworks", "Hokkaido")}, set()),
        ("The Hunan FTZ covers 120 sq km in Changsha, Yueyang and Chenzhou, focusing on "
         "trade with Africa.",
         {("Hunan FTZ", "Changsha"), ("Hunan FTZ", "Yueyang"), ("Hunan FTZ", "Chenzhou")},
         {("Hunan FTZ", "Africa")}),
    ],
)
def test_places_for_a_list_or_an_area(extractor: Extractor, text: str,
                                      expected: set[tuple[str, str]],
                                      absent: set[tuple[str, str]]) -> None:
    found = located(run(extractor, text))
    assert expected <= found
    assert not absent & found


def test_an_ordinal_before_an_event_is_part_of_its_name(extractor: Extractor) -> None:
    ex = run(extractor, "The second China-Arab States Expo closed on Sunday in Yinchuan.")
    assert ("Second China-Arab States Expo", "Yinchuan") in located(ex)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("At the fair, Voltaris Energy announced that its Wuhan branch was now registered.",
         ("Voltaris Energy", "Wuhan"), None),
        ("Visitors toured the Suzhou Industrial Park in Suzhou.", None,
         ("Suzhou Industrial Park", "Suzhou")),
    ],
)
def test_a_companys_facility_in_a_place_is_its_investment(
        extractor: Extractor, text: str, expected: tuple[str, str] | None,
        absent: tuple[str, str] | None) -> None:
    ex = run(extractor, text)
    invests = pairs(ex, "investsIn")
    if expected:
        assert expected in invests
    if absent:
        assert absent not in invests


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Hubei province, a fast-growing region in Central China, draws investors.",
         {("Hubei province", "Central China")}, set()),
        ("Covering Hong Kong, Macao and nine cities in the Pearl River Delta, the "
         "Guangdong-Hong Kong-Macao Greater Bay Area is growing fast.",
         {("Hong Kong", "Guangdong-Hong Kong-Macao Greater Bay Area"),
          ("Macao", "Guangdong-Hong Kong-Macao Greater Bay Area")},
         {("Hong Kong", "Pearl River Delta")}),
    ],
)
def test_a_region_that_holds_places(extractor: Extractor, text: str,
                                    expected: set[tuple[str, str]],
                                    absent: set[tuple[str, str]]) -> None:
    found = located(run(extractor, text))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens set up a plant in Chengdu.", ("Siemens", "Chengdu")),
        ("BASF invested 10 billion dollars in Guangdong.", ("BASF", "Guangdong")),
        ("Volkswagen entered Zhengzhou in 2018 and has since opened 11 stores.",
         ("Volkswagen", "Zhengzhou")),
    ],
)
def test_a_company_opening_a_sentence_invests(extractor: Extractor, text: str,
                                              expected: tuple[str, str]) -> None:
    ex = run(extractor, text)
    invests = pairs(ex, "investsIn")
    assert expected in invests


def test_every_item_of_a_company_list_is_a_company_in_its_place(extractor: Extractor) -> None:
    ex = run(extractor, "Over 80 Anhui-based companies, including CRRC Wuhu Rail, Hefei Kaida "
                        "Tech, JAC, and Broad Fields, showed their goods in Africa.")
    companies = {m.text for m in ex.mentions if m.cls == "Enterprise"}
    assert {"CRRC Wuhu Rail", "Hefei Kaida Tech", "JAC", "Broad Fields"} <= companies
    assert {(c, "Anhui") for c in companies} <= located(ex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NANNING, Sept 18 (Xinhua) -- The 20th China-ASEAN Expo opened here on Sunday.",
         ("20th China-ASEAN Expo", "NANNING")),
        ("Kunming – Laos and Nepal stole the show at the 2019 South Asia Commodity Expo here.",
         ("2019 South Asia Commodity Expo", "Kunming")),
    ],
)
def test_here_is_the_datelines_place(extractor: Extractor, text: str,
                                     expected: tuple[str, str]) -> None:
    assert expected in located(run(extractor, text))


def test_an_expanded_abbreviation_keeps_its_name_whole(extractor: Extractor) -> None:
    ex = run(extractor, "Firms flocked to the 2019 West Asia Commodity Expo and Investment "
                        "Fair (WACEIF) in Urumqi.")
    assert "2019 West Asia Commodity Expo and Investment Fair" in {m.text for m in ex.mentions}


def test_events_held_with_no_place_named_are_the_reports_provinces(
        extractor: Extractor) -> None:
    text = ("Shaanxi grew fast. Trade between Shaanxi and Kazakhstan rose; the Ninth Silk Road "
            "Forum and the 2016 Qinling Summit were held; and the airport was completed.")
    ex = run(extractor, text)
    found = located(ex)
    assert {("Ninth Silk Road Forum", "Shaanxi"), ("2016 Qinling Summit", "Shaanxi")} <= found
    hosts = pairs(ex, "participatesIn")
    assert ("Shaanxi", "Ninth Silk Road Forum") in hosts


def test_events_held_with_no_place_named_are_in_the_datelines_city(extractor: Extractor) -> None:
    # the report's dateline names a city of its province: an event is in its city
    text = ("XI'AN, May 2 (Xinhua) -- Shaanxi grew fast. Trade between Shaanxi and Kazakhstan "
            "rose; the Ninth Silk Road Forum and the 2016 Qinling Summit were held; and the "
            "airport was completed.")
    found = located(run(extractor, text))
    assert {("Ninth Silk Road Forum", "XI'AN"), ("2016 Qinling Summit", "XI'AN")} <= found
    assert ("Ninth Silk Road Forum", "Shaanxi") not in found


def test_an_event_held_in_a_named_place_is_not_the_provinces(extractor: Extractor) -> None:
    ex = run(extractor, "Shaanxi grew fast. The Ninth Silk Road Forum was held in Almaty.")
    assert ("Ninth Silk Road Forum", "Shaanxi") not in located(ex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, Peru, April 16, 2023 /PRNewswire/ -- The 133rd Lima Import Fair opened today.",
         {("133rd Lima Import Fair", "LIMA")}),
        ("KUNMING, May 2 (Wire) -- The 5th Andes Trade Expo kicked off on Monday.",
         {("5th Andes Trade Expo", "KUNMING")}),
        # a place named in the sentence wins over the dateline
        ("LIMA, April 16 (Wire) -- The 133rd Lima Import Fair opened in Cusco today.",
         {("133rd Lima Import Fair", "Cusco")}),
    ],
)
def test_an_event_opening_under_a_dateline_is_there(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    ex = run(extractor, text)
    assert expected <= pairs(ex, "locatedIn")
    # the dateline rule says nothing when the sentence names the place
    dateline = {ex.mentions[r.obj].text for r in ex.relations if r.extractor == "located-dateline"}
    assert dateline <= {o for _, o in expected}


def test_an_event_opening_in_a_later_paragraph_is_not_at_the_dateline(
        extractor: Extractor) -> None:
    ex = run(extractor, "LIMA, April 16 (Wire) -- Trade grew.\n\nThe 5th Andes Trade Expo "
                        "opened on Monday.")
    # the dateline rule's restraint (the learned model reads the passage on its own)
    assert not {ex.mentions[r.subj].text for r in ex.relations
                if r.extractor == "located-dateline"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The delegation also introduced the Overseas Traders Investment Fair to be held in "
         "Jiangxi, and invited them to attend.",
         {("Overseas Traders Investment Fair", "Jiangxi")}, set()),
        # a company asked "to be based" somewhere is not an event held there
        ("The delegation asked Norvale Chemicals to be based in Nanchang.", set(),
         {("Norvale Chemicals", "Nanchang")}),
    ],
)
def test_an_event_to_be_held_somewhere(extractor: Extractor, text: str,
                                       expected: set[tuple[str, str]],
                                       absent: set[tuple[str, str]]) -> None:
    # the rules' reading (the relation model may still guess a place for a company named
    # beside one, at its own calibrated confidence, at most 0.75: docs/confidence.md)
    located = pairs(run(rules_only(extractor), text), "locatedIn")
    assert expected <= located
    assert not absent & located
