"""Mid-size foreign cities from the gazetteer (scripts/make_gazetteer.py, mid_city_rows), on
invented sentences with invented names: the city is a City, a person or a word that shares a
city's name is not."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A delegation from Trier visited Deyang on Monday.", "Trier"),
        ("Mayor Zhou Hao led a delegation to Aachen last week.", "Aachen"),
        ("Deyang signed a sister-city agreement with Kitchener on Friday.", "Kitchener"),
        ("The Velmar Group opened an office in Bergen.", "Bergen"),
    ],
)
def test_mid_size_foreign_city_is_a_city(extractor: Extractor, text: str, city: str) -> None:
    assert classes(extractor, text).get(city) == "City"


def test_city_with_its_country_lies_in_it(extractor: Extractor) -> None:
    ex = run(rules_only(extractor), "The Velmar Group opened an office in Trier, Germany.")
    assert ("Trier", "Germany") in pairs(ex, "locatedIn")
    # a list of places is no town and its country
    ex = run(rules_only(extractor), "Flights link Trier, Germany, Peru and Chile.")
    assert ("Trier", "Germany") not in pairs(ex, "locatedIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Hamilton and Ms Dale met Governor Li Ming in Chengdu.", "Hamilton"),
        ("Charlotte Berg met Austin Clarke in Leeds.", "Charlotte Berg"),
        ("Charlotte Berg met Austin Clarke in Leeds.", "Austin Clarke"),
        ("Durham Kerr spoke in Aachen on Tuesday.", "Durham Kerr"),
    ],
)
def test_a_name_shared_with_a_city_stays_a_person(
    extractor: Extractor, text: str, name: str
) -> None:
    assert classes(rules_only(extractor), text).get(name) == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lincoln said the talks were fruitful.",
        "Reading the report, Li Ming said costs would erode margins on buffalo farms.",
        "Aurora Velm said the Nice Group would open a mobile plant.",
    ],
)
def test_names_and_words_are_no_city(extractor: Extractor, text: str) -> None:
    found = classes(extractor, text)
    assert not {m for m, cls in found.items() if cls == "City"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Li Ming met with Taro Sato, governor of Japan's Shizuoka prefecture on Aug 27. They"
         " reviewed the history since Sichuan and Shizuoka established friendship in 1982.",
         "Shizuoka prefecture"),
        ("Li Ming met with Taro Sato, governor of Japan's Nagano prefecture, in Chengdu. Sichuan"
         " and Nagano signed a plan.", "Nagano prefecture"),
    ],
)
def test_a_governor_serves_in_the_prefecture_not_its_namesake_city(
    extractor: Extractor, text: str, region: str
) -> None:
    assert pairs(run(extractor, text), "servesIn") == {("Taro Sato", region)}
