"""One node per edition (kg/extract/entities/editions.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import run

from kg.extract import Extractor
from kg.extract.entities.editions import series_of


def events(extractor: Extractor, text: str) -> dict[str, str]:
    """Each Event mention's text -> the name it stands for."""
    return {m.text: m.refers_to or m.text for m in run(extractor, text).mentions
            if m.cls == "Event"}


@pytest.mark.parametrize(
    ("text", "bare", "edition"),
    [
        ("The 12th Harbour Trade Fair opened in Ningbo on Monday. More than 500 firms attend "
         "the Harbour Trade Fair this year.", "Harbour Trade Fair", "12th Harbour Trade Fair"),
        ("The 2024 Silk Road Business Summit was held in Lanzhou. Li Ming spoke at the Silk "
         "Road Business Summit.", "Silk Road Business Summit", "2024 Silk Road Business Summit"),
        ("The 2023 Global Investment Promotion Conference for the Harbour Bay Area opened. The "
         "Global Investment Promotion Conference drew 300 firms.",
         "Global Investment Promotion Conference",
         "2023 Global Investment Promotion Conference for the Harbour Bay Area"),
        ("The 5th Nordic-China Investment Expo (NCIE) opened in Xiamen. The NCIE drew 300 "
         "exhibitors. Li Ming attended the Nordic-China Investment Expo.",
         "Nordic-China Investment Expo", "5th Nordic-China Investment Expo"),
    ],
)
def test_the_series_name_stands_for_the_one_edition(extractor: Extractor, text: str,
                                                     bare: str, edition: str) -> None:
    assert events(extractor, text)[bare] == edition


def test_two_editions_leave_the_series_alone(extractor: Extractor) -> None:
    found = events(extractor, "The 11th Harbour Trade Fair and the 12th Harbour Trade Fair "
                              "were compared. The Harbour Trade Fair is big.")
    assert found["Harbour Trade Fair"] == "Harbour Trade Fair"


@pytest.mark.parametrize(
    ("name", "series"),
    [
        ("12th Harbour Trade Fair", "Harbour Trade Fair"),
        ("Fifth Harbour Forum", "Harbour Forum"),
        ("2024 Harbour Summit", "Harbour Summit"),
        ("Harbour Summit 2024", "Harbour Summit"),
        # "annual" between the edition and the series is no part of the series
        ("9th annual Harbour Trade Fair", "Harbour Trade Fair"),
        ("Harbour Summit", None),
        # a session of a congress is no edition of a series called "Session"
        ("2nd Session of the 14th Harbour People's Congress", None),
    ],
)
def test_series_of(name: str, series: str | None) -> None:
    assert series_of(name) == series


@pytest.mark.parametrize(
    ("text", "name", "edition"),
    [
        # the series' short name from the gazetteer, with or without the edition's ordinal
        ("The 133rd China Import and Export Fair opened in Guangzhou. Buyers at the 133rd "
         "Canton Fair signed deals. The Canton Fair is China's largest.", "133rd Canton Fair",
         "133rd China Import and Export Fair"),
        ("The 133rd China Import and Export Fair opened in Guangzhou. Buyers at the 133rd "
         "Canton Fair signed deals. The Canton Fair is China's largest.", "Canton Fair",
         "133rd China Import and Export Fair"),
        # a name the text gives as another name, and used again
        ("The committee said the China International Cloud Industry Expo 2019, also known as "
         "2019 Cloud Expo, will be held in Guiyang. The 2019 Cloud Expo will include forums.",
         "2019 Cloud Expo", "China International Cloud Industry Expo 2019"),
    ],
)
def test_one_edition_under_its_other_names(extractor: Extractor, text: str, name: str,
                                           edition: str) -> None:
    assert {m.refers_to for m in run(extractor, text).mentions if m.text == name} == {edition}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the Nth annual X": the edition keeps its ordinal and "annual"
        ("Visitors crowded the 12th annual Kenya-Chile Trade & Investment Fair in Jinhua.",
         "12th annual Kenya-Chile Trade & Investment Fair"),
        ("The third annual Peru-Laos Expo opened in Jinhua on Monday.",
         "Third annual Peru-Laos Expo"),
        # "annual" with no ordinal names no edition
        ("The annual Peru-Laos Expo opened in Jinhua on Monday.", "Peru-Laos Expo"),
    ],
)
def test_an_annual_edition_keeps_its_ordinal(extractor: Extractor, text: str,
                                             name: str) -> None:
    assert name in {m.text for m in run(extractor, text).mentions if m.cls == "Event"}


@pytest.mark.parametrize(
    ("text", "short", "edition"),
    [
        # a short form keeping some of the series' words, in order, and its last
        ("Governor Lin Bo attended the 22nd China Lanzhou Investment and Trade Fair in July. "
         "The Lanzhou Fair drew 500 firms.", "Lanzhou Fair",
         "22nd China Lanzhou Investment and Trade Fair"),
        ("The 5th Western China International Investment and Trade Fair opened in Chengdu. "
         "Over 60 countries joined the West Fair.", "West Fair",
         "5th Western China International Investment and Trade Fair"),
    ],
)
def test_a_short_form_of_the_series_is_the_edition(extractor: Extractor, text: str, short: str,
                                                   edition: str) -> None:
    assert events(extractor, text)[short] == edition


def test_a_short_form_of_another_head_is_another_event(extractor: Extractor) -> None:
    text = ("The 22nd China Lanzhou Investment and Trade Fair opened in July. The Lanzhou "
            "Forum drew 500 firms.")
    assert events(extractor, text).get("Lanzhou Forum", "Lanzhou Forum") == "Lanzhou Forum"


@pytest.mark.parametrize(
    ("text", "name", "edition"),
    [
        # a series from the gazetteer's bodies (kg/data/bodies.csv): its abbreviation and its
        # bare name stand for the document's one edition, which keeps its own name
        ("The 6th China International Import Expo opened in Shanghai on Monday. Li Ming said "
         "the CIIE drew 3,000 exhibitors.", "CIIE", "6th China International Import Expo"),
        ("The 4th CIIE opened on Friday. Exhibitors at the 4th China International Import "
         "Expo signed deals.", "4th CIIE", "4th China International Import Expo"),
        ("The third China-CEEC Expo opened in Ningbo. Wang Fang visited the China-CEEC Expo "
         "on Tuesday.", "China-CEEC Expo", "Third China-CEEC Expo"),
        ("The 2024 World Artificial Intelligence Conference opened in Shanghai. Firms at the "
         "WAIC showed robots.", "WAIC", "2024 World Artificial Intelligence Conference"),
        ("The 8th China-Russia Expo was held in Harbin. Zhao Lei toured the China-Russia Expo "
         "with the delegation.", "China-Russia Expo", "8th China-Russia Expo"),
    ],
)
def test_a_known_series_stands_for_its_one_edition(extractor: Extractor, text: str, name: str,
                                                   edition: str) -> None:
    assert events(extractor, text)[name] == edition


def test_two_editions_of_a_known_series_leave_the_series_alone(extractor: Extractor) -> None:
    found = events(extractor, "The 5th China-CEEC Expo was bigger than the 4th China-CEEC "
                              "Expo. The China-CEEC Expo is held in Ningbo.")
    assert found["China-CEEC Expo"] == "China-CEEC Expo"
