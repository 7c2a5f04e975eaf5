"""The ranges SCHEMA.md widened: tradesWith a Province (trade with Hong Kong), servesIn a
Region (a foreign state's governor), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sichuan's trade with Hong Kong rose 5% last year.", ("Sichuan", "Hong Kong")),
        ("Nordic Steel Group sells its products to Hong Kong and Macao.",
         ("Nordic Steel Group", "Macao")),
    ],
)
def test_trade_with_a_province(extractor: Extractor, text: str,
                               expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "tradesWith")


def test_a_foreign_governor_serves_in_the_region(extractor: Extractor) -> None:
    found = pairs(run(extractor, "Ohio Governor Mark Hill met Li Ming in Chengdu."), "servesIn")
    assert found == {("Mark Hill", "Ohio")}
