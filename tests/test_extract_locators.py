"""A news locator between "in" and a place ("in southwest China's Yunnan Province") does not
hide the place from the rules that read "X in Y", "held in Y", "based in Y"
(kg/extract/context.before_locator, after_locator), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 7th Lantai Trade Expo was held in southwest China's Yunnan Province on Monday.",
         ("7th Lantai Trade Expo", "Yunnan Province")),
        ("Zorvan Textiles, based in east China's Zhejiang Province, exports to Peru.",
         ("Zorvan Textiles", "Zhejiang Province")),
        ("The Tarvel Economic Development Zone in south China's Guangdong Province attracted "
         "30 projects.", ("Tarvel Economic Development Zone", "Guangdong Province")),
        ("The 7th Lantai Trade Expo in China's Hainan Province drew 300 firms.",
         ("7th Lantai Trade Expo", "Hainan Province")),
        # a compass word before the place, or "the south of"
        ("The Tarvel Bonded Zone is located in the south of Wuhan.",
         ("Tarvel Bonded Zone", "Wuhan")),
        ("Zorvan Textiles, based in central Wuhan, exports to Peru.",
         ("Zorvan Textiles", "Wuhan")),
        ("The 7th Lantai Trade Expo was held in the southern city of Guangzhou on Monday.",
         ("7th Lantai Trade Expo", "Guangzhou")),
    ],
)
def test_a_place_after_a_locator_is_read(extractor: Extractor, text: str,
                                         expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "locatedIn")


def test_china_named_by_its_ministry_is_no_locator(extractor: Extractor) -> None:
    # the locator is only read before a province or city
    assert not pairs(run(extractor, "China's Ministry of Commerce met Kelvar Group in Nanjing."),
                     "locatedIn") - {("Kelvar Group", "Nanjing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firms gathered in Kunming for the 7th Lantai Trade Expo on Monday.",
         {"Kunming": "City", "7th Lantai Trade Expo": "Event"}),
        ("Delegates arrived in Nanning for the Lantai Forum.",
         {"Nanning": "City", "Lantai Forum": "Event"}),
        # a body's own "for" stays inside its name
        ("The Elbonia Council for the Promotion of Trade met in Wuhan.",
         {"Elbonia Council for the Promotion of Trade": "Organization"}),
    ],
)
def test_a_place_before_for_is_not_part_of_the_next_name(extractor: Extractor, text: str,
                                                         expected: dict[str, str]) -> None:
    found = classes(extractor, text)
    assert {k: found.get(k) for k in expected} == expected
