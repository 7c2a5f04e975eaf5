"""kg.extract.facts.figure_zone through the real pipeline: a zone described by its kind is the
document's one zone (invented sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


ZONE = "China (Yunnan) Pilot Free Trade Zone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the description before the zone's name, with its place in it
        ("The pilot free trade zone in southwest China's Yunnan Province generated foreign "
         "trade of 12.6 billion yuan in 2023. The China (Yunnan) Pilot Free Trade Zone opened "
         "in 2019.", ("trade", "12600000000", "CNY", False, ZONE, None, "2023")),
        # the name only in a source after the value
        ("Foreign direct investment in the pilot FTZ rose to 30.2 million U.S. dollars in 2023, "
         "according to the administration office of China (Yunnan) Pilot Free Trade Zone.",
         ("foreignInvestment", "30200000", "USD", False, ZONE, None, "2023")),
    ],
)
def test_a_described_zone_is_the_named_one(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two zones: no telling which
        ("The pilot free trade zone in Yunnan Province generated foreign trade of 12.6 billion "
         "yuan in 2023. The China (Yunnan) Pilot Free Trade Zone and the Kunming Export "
         "Processing Zone opened in 2019.",
         ("trade", "12600000000", "CNY", False, "Yunnan Province", None, "2023")),
        # another place's figure stays that place's
        ("Guizhou's foreign trade, boosted by the zone, rose to 80 billion yuan in 2023. The "
         "China (Yunnan) Pilot Free Trade Zone opened in 2019.",
         ("trade", "80000000000", "CNY", False, "Guizhou", None, "2023")),
    ],
)
def test_no_zone_without_one_of_the_place(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)
