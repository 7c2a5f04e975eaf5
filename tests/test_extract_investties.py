"""A place named only as the far end of a tie is no investment
(kg/extract/business/ties.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Wuxi has established sister-city relations with cities of Asia such as Indonesia and "
         "Thailand, and has opened direct flights to Singapore and other countries.", set(),
         {("Wuxi", "Asia"), ("Wuxi", "Indonesia"), ("Wuxi", "Thailand"), ("Wuxi", "Singapore")}),
        ("A waterway route connecting Wuxi, the provincial capital, and Bremerhaven, a port city "
         "in Lower Saxony, will also be launched.", set(), {("Wuxi", "Bremerhaven")}),
        # a plant opened in the place stays an investment
        ("Norvale Chemicals has opened a new plant in Thailand.",
         {("Norvale Chemicals", "Thailand")}, set()),
    ],
)
def test_tie_ends_are_no_investment(extractor: Extractor, text: str,
                                    expected: set[tuple[str, str]],
                                    absent: set[tuple[str, str]]) -> None:
    invests = pairs(run(extractor, text), "investsIn")
    assert expected <= invests
    assert not absent & invests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inaugurating a mall or an office sets it up
        ("The Japanese retailer Korvane inaugurated a shopping mall in Changsha.",
         {("Korvane", "Changsha")}),
        # an official inaugurating an expo invests in nothing
        ("Governor Li Ming inaugurated the expo in Changsha.", set()),
    ],
)
def test_inaugurating_a_facility_is_an_investment(extractor: Extractor, text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "investsIn") == expected
