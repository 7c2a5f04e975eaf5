"""A source of a place's investment invests in it (kg/extract/business/sources.py), on
invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Macao is not only Hainan's largest source of foreign investment but also one of its "
         "most important trading partners.", {("Macao", "Hainan")}, set()),
        ("Norvale Chemicals has become a major source of investment for Wuxi.",
         {("Norvale Chemicals", "Wuxi")}, set()),
        # a source of something else
        ("Macao is Wuxi's largest source of tourists.", set(), {("Macao", "Wuxi")}),
    ],
)
def test_a_source_of_investment_invests(extractor: Extractor, text: str,
                                        expected: set[tuple[str, str]],
                                        absent: set[tuple[str, str]]) -> None:
    invests = pairs(run(extractor, text), "investsIn")
    assert expected <= invests
    assert not absent & invests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hoped for, welcomed, encouraged: not done
        ("He hoped that Siemens would invest in Wuhu.", set()),
        ("The mayor welcomed Volvo to invest in Wuhu.", set()),
        # people from a province investing: theirs, not the province's
        ("Zhejiang entrepreneurs have invested heavily in Henan.", set()),
        # said to be done, or announced
        ("Velmora Group invested 200 million yuan in Wuhu last year.", {("Velmora Group", "Wuhu")}),
        ("He said Velmora Group will invest in Wuhu.", {("Velmora Group", "Wuhu")}),
    ],
)
def test_a_hoped_for_investment_is_none(extractor: Extractor, text: str,
                                        expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "investsIn") == expected
