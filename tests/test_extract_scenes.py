"""A company's work in the place a sentence opens with, or that a "where" clause describes,
is investment there (kg/extract/business/scenes.py), on invented sentences and names."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Qingdao City of east China's Shandong Province, motor maker Kelvar Corp has just "
         "opened its new industrial park.", {("Kelvar Corp", "Qingdao City")}),
        ("In Zhanjiang, another city in Guangdong, chemical maker Brellix AG is pushing ahead "
         "with its integrated project.", {("Brellix AG", "Zhanjiang")}),
        ("Trucks drove around a building site in the city of Huizhou, where energy group "
         "Zorvak Group has broken ground at its chemical complex.",
         {("Zorvak Group", "Huizhou")}),
        ("In Hefei, the Kelvar Corp plant produced 2 million cars last year.",
         {("Kelvar Corp", "Hefei")}),
        # no facility, no operation: the place only frames a deal or a visit
        ("In Wuhan, Kelvar Corp signed a sales deal with Brellix AG.", set()),
        ("In Wuhan, Governor Zhao Ming visited the Kelvar Corp plant.", set()),
        # a year is no place; a quotation is left alone
        ("In 2023, Kelvar Corp opened a plant.", set()),
        ('"In Hefei, we opened our third plant," said Kelvar Corp.', set()),
    ],
)
def test_a_company_working_in_the_framing_place_invests_there(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "investsIn") == expected

