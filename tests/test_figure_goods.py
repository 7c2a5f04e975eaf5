"""kg.extract.facts.figure_goods through the real pipeline: a class of goods is a part of
trade, goods as a whole are not (invented sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Yunnan's exports of mechanical and electrical products totalled 40 billion yuan.",
        "Among Yunnan's exports in 2023, agricultural products rose 12.5 percent year on year.",
        "In 2023, Yunnan imported $3.2 billion worth of iron ore, up 8 percent year on year.",
        "In 2023, Yunnan's imports reached 90 billion yuan, with bulk commodities up 6.1 percent.",
        "The export of dried flowers and tea from Yunnan reached 236 million yuan in 2023.",
        "Private enterprises in Yunnan reported a 9.4 percent growth in foreign trade in 2023.",
    ],
)
def test_a_class_of_goods_is_no_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in extract(text) if f[0] in ("exports", "imports", "trade")
            and f[1] not in ("90000000000",)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an amount after "exports of"
            "In 2023, Yunnan recorded exports of about 41 billion yuan.",
            ("exports", "41000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
        (
            "In 2023, Yunnan exported 40 billion yuan worth of products.",
            ("exports", "40000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
        (
            "In 2023, Yunnan imported goods worth 25 billion yuan.",
            ("imports", "25000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
        (  # examples of the goods, not a class the value is limited to
            "In 2023, Yunnan's exports, mainly agricultural products and textiles, reached 50 "
            "billion yuan.",
            ("exports", "50000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
        (
            "In 2023, Yunnan's exports of the 'big two' goods — flowers and agricultural "
            "products — reached 8 billion yuan.",
            ("exports", "8000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
        (
            "In 2023, Yunnan's imports reached 90 billion yuan, with bulk commodities up 6.1 "
            "percent.",
            ("imports", "90000000000", "CNY", False, "Yunnan", None, "2023"),
        ),
    ],
)
def test_goods_as_a_whole_stay(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)
