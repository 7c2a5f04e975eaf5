"""Where an event is held when "it" names it (kg/extract/venues.py), and who acts when the
subject is a post with its holder set beside it (kg/extract/clauses.post_holder), on invented
sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

EXPO = "7th Lantai Trade Expo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" for the event the sentence before is about
        ('The theme of the 7th Lantai Trade Expo was "Open Doors". It was held in Nanchang, '
         "Jiangxi Province, from May 18 to 20.", {(EXPO, "Nanchang")}),
        ("The 7th Lantai Trade Expo drew 300 firms. It took place in Kunming.",
         {(EXPO, "Kunming")}),
        # "it" for something that is no event
        ("Kelvar Group launched a new drone. It was held in Nanchang.", set()),
        # a ceremony beside the event is not the event
        ("The 7th Lantai Trade Expo drew 300 firms. The signing ceremony was held in Beijing.",
         set()),
        # "the fair" cannot stand for an expo
        ("The 7th Lantai Trade Expo drew 300 firms. The fair opened in Kunming on Monday.",
         set()),
    ],
)
def test_an_event_said_by_it_is_held_where_it_is_held(extractor: Extractor, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert {p for p in pairs(run(extractor, text), "locatedIn") if p[0] == EXPO} == expected


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The Director of the Hubei Trade Office in Wuhan, Mr Li Wenhua, attended the opening "
         "ceremony of the 7th Lantai Trade Expo.", "Li Wenhua", "Hubei Trade Office"),
        ("The Director of the Hubei Trade Office, Mr Li Wenhua, represented the Hubei "
         "Government to attend the 7th Lantai Trade Expo.", "Li Wenhua", "Hubei Trade Office"),
    ],
)
def test_the_holder_beside_a_post_acts_not_the_body(extractor: Extractor, text: str,
                                                    person: str, body: str) -> None:
    found = pairs(run(extractor, text), "participatesIn")
    assert (person, EXPO) in found
    assert (body, EXPO) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hexin Food Co is a private company from Foshan.", {("Hexin Food Co", "Foshan")}),
        ("Hexin Food Co is one of the largest food makers in Foshan.",
         {("Hexin Food Co", "Foshan")}),
        ("Kelvar Corp, whose headquarters are in Munich, opened a plant in Hefei.",
         {("Kelvar Corp", "Munich")}),
        # "-headquartered" before the name, as "-based"
        ("The Foshan-headquartered Hexin Food Co signed a deal.", {("Hexin Food Co", "Foshan")}),
        # an investor in a place is not there
        ("Kelvar Corp is the largest investor in Hefei.", set()),
    ],
)
def test_a_company_is_where_its_description_puts_it(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert {p for p in pairs(run(extractor, text), "locatedIn")
            if p[0] in ("Hexin Food Co", "Kelvar Corp")} == expected
