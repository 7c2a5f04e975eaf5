"""kg.extract.facts.figure_back through the real pipeline: a rate whose subject is the figure
just given ("The figure rose 12 percent") is that figure's (invented sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023, Jilin's foreign trade reached 180 billion yuan. "
            "The figure rose 12.4 percent year on year.",
            ("trade", "12.4", "percent", True, "Jilin", None, None),
        ),
        (
            "In 2023, Jilin's foreign trade reached 180 billion yuan. "
            "Its 6 percent increase beat the national average.",
            ("trade", "6", "percent", True, "Jilin", None, None),
        ),
        (
            "In 2023, Jilin exported 90 billion yuan worth of products, and imported goods worth "
            "70 billion yuan. The figures represented growth of 3.1 percent and 5.2 percent "
            "year on year, respectively.",
            ("imports", "5.2", "percent", True, "Jilin", None, None),
        ),
    ],
)
def test_a_rate_of_the_figure_before(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # not right after a level: the figure of another paragraph is no subject here
        "In 2023, Jilin's foreign trade reached 180 billion yuan. Jilin built ports. "
        "The figure rose 12.4 percent year on year.",
        # the figure of something else
        "In 2023, Jilin's foreign trade reached 180 billion yuan. "
        "The figure for tourism rose 12.4 percent year on year.",
    ],
)
def test_no_rate_without_its_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in extract(text) if f[2] == "percent"] == []
