"""Trade partners in a list and trade changes without their verb, on invented sentences
(kg/extract/business/partnerlists.py)."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun with its examples is the owner's partners
        ("Nations such as Chile, Peru and Norway are Wuhu's largest trading partners.",
         {("Wuhu", "Chile"), ("Wuhu", "Peru"), ("Wuhu", "Norway")}),
        ("Countries in Latin America, including Chile and Peru, are Fujian's main trade "
         "partners.", {("Fujian", "Chile"), ("Fujian", "Peru")}),
        # the partners include the names
        ("Fujian's main trade partners include Chile, Peru and Norway.",
         {("Fujian", "Chile"), ("Fujian", "Peru"), ("Fujian", "Norway")}),
        # no trade word: partners in something else
        ("Countries such as Chile and Peru are Wuhu's friends.", set()),
        ("Universities such as Chile and Peru are Wuhu's research partners.", set()),
    ],
)
def test_listed_trade_partners_trade_with_the_owner(extractor: Extractor, text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    # the rules' readings (the model may add a guess with its calibrated confidence)
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wuhu's exports to Chile rose 9 percent, with Peru up 5 percent and Norway down "
         "2 percent.", {("Wuhu", "Chile"), ("Wuhu", "Peru"), ("Wuhu", "Norway")}),
        ("Jiangxi's trade with Chile grew 9 percent, with Peru up 5 percent.",
         {("Jiangxi", "Chile"), ("Jiangxi", "Peru")}),
        # a "with" that tells no change of its own is no trade
        ("Wuhu's trade with Chile grew 9 percent, with Peru and Norway among the biggest "
         "buyers.", {("Wuhu", "Chile")}),
        # a person carries no trade
        ("Wuhu's trade with Chile grew 9 percent, with Zhang Wei up 5 percent.",
         {("Wuhu", "Chile")}),
    ],
)
def test_a_trade_change_without_its_verb_keeps_the_trader(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected
