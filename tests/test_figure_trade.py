"""A trade figure with a counterpart states trade (kg/extract/facts/figure_trade.py): the
figure's area trades with its counterpart, whatever verb carries the figure (invented
sentences, real places)."""

from __future__ import annotations

import pytest
from extracting import rules_only, run

from kg.extract import Extractor
from kg.extract.facts.figure_trade import EXTRACTOR

HEAD = "---\ntitle: Trade news\ndate: 2024-05-20\n---\nTrade news\n\n"


def trade_pairs(extractor: Extractor, body: str, rule: str | None = None
                ) -> set[tuple[str, str]]:
    """(subject, object) of the tradesWith statements (``rule``: only that rule's)."""
    ex = run(rules_only(extractor), HEAD + body)
    return {(ex.mentions[r.subj].text, ex.mentions[r.obj].text) for r in ex.relations
            if r.pred == "tradesWith" and rule in (None, r.extractor)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the area is named in the sentence before; "hit" and "stood at" are no trade verbs
        (
            "Shanxi's exports reached 120 billion yuan in 2023. The trade value with Australia "
            "stood at 9 billion yuan, up 6 percent.",
            {("Shanxi", "Australia")},
        ),
        (
            "Qinghai's foreign trade totaled 3 billion yuan in 2023. Trade volume with Chile "
            "hit 0.5 billion yuan, up 12 percent.",
            {("Qinghai", "Chile")},
        ),
    ],
)
def test_trade_figures_state_trade(extractor: Extractor, body: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert trade_pairs(extractor, body, EXTRACTOR) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a figure with no counterpart says nothing of whom a place trades with
        "Hainan's exports reached 12 billion yuan in 2023, up 8 percent year on year.",
        # investment is no trade, whatever its counterpart
        "Foreign investment from Singapore in Suzhou reached 2 billion US dollars in 2023.",
    ],
)
def test_other_figures_state_no_trade(extractor: Extractor, body: str) -> None:
    assert trade_pairs(extractor, body, EXTRACTOR) == set()


def test_a_rule_statement_is_not_repeated(extractor: Extractor) -> None:
    # the trade rule reads "exports to" itself: the figure adds no second statement there
    body = "In 2023, Gansu's exports to Mongolia totaled 2.1 billion yuan."
    assert ("Gansu", "Mongolia") in trade_pairs(extractor, body)
    assert trade_pairs(extractor, body, EXTRACTOR) == set()
