"""Figures in forms seen first in newer articles, through the real pipeline (invented
sentences and names): an investor named after an opening "With an investment of X,", the
province that invests in a zone, exports and imports named without their words, changes
written "up year-on-year by", a year before "GDP", a country's trade with its largest
partner, enterprises set up in a city, what a project is built at the cost of, what investors
from a city spend, and classes of goods listed after "exports of"."""

from __future__ import annotations

import pytest

_PROVINCE = "Hubei Province is in central China. "


@pytest.fixture(scope="module")
def extract(figures_of):  # type: ignore[no-untyped-def]
    return figures_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company the opening phrase describes, words before its name or not
        (_PROVINCE + "With an investment of US$75 million, the wholly-owned Norvale "
         "Components Co Ltd is expected to make 5 million parts a year.",
         ("investment", "75000000", "USD", False, "Norvale Components Co Ltd", None, None)),
        (_PROVINCE + "With an investment of US$75 million, Norvale Components Co Ltd is "
         "expected to make 5 million parts a year.",
         ("investment", "75000000", "USD", False, "Norvale Components Co Ltd", None, None)),
        # the province invests; the zone is where the money goes
        (_PROVINCE + "The province will invest 300 million yuan to build roads in the Tamlo "
         "Border Economic Cooperation Zone.",
         ("investment", "300000000", "CNY", False, "Hubei Province", None, None)),
        # goods sold abroad are exports, goods bought from abroad imports
        (_PROVINCE + "Hubei sold products abroad valued at 1.2 trillion yuan, up year-on-year "
         "by 4.5 percent, while purchasing goods valued at 0.9 trillion yuan from around the "
         "world, a year-on-year reduction of 2.8 percent.",
         ("exports", "1200000000000", "CNY", False, "Hubei", None, None)),
        (_PROVINCE + "Hubei sold products abroad valued at 1.2 trillion yuan, up year-on-year "
         "by 4.5 percent, while purchasing goods valued at 0.9 trillion yuan from around the "
         "world, a year-on-year reduction of 2.8 percent.",
         ("exports", "4.5", "percent", True, "Hubei", None, None)),
        (_PROVINCE + "Hubei sold products abroad valued at 1.2 trillion yuan, up year-on-year "
         "by 4.5 percent, while purchasing goods valued at 0.9 trillion yuan from around the "
         "world, a year-on-year reduction of 2.8 percent.",
         ("imports", "900000000000", "CNY", False, "Hubei", None, None)),
        (_PROVINCE + "Hubei sold products abroad valued at 1.2 trillion yuan, up year-on-year "
         "by 4.5 percent, while purchasing goods valued at 0.9 trillion yuan from around the "
         "world, a year-on-year reduction of 2.8 percent.",
         ("imports", "-2.8", "percent", True, "Hubei", None, None)),
        # a year right before "GDP" is its period
        (_PROVINCE + "The province's 2022 GDP is estimated at 5.3 trillion yuan.",
         ("gdp", "5300000000000", "CNY", False, "Hubei Province", None, "2022")),
        # the measure named after a rate: "a 12.3 percent increase of its foreign trade"
        ("The inland province of Hubei saw a 9.1 percent year on year increase of its foreign "
         "trade, reaching 600 billion yuan in 2023.",
         ("trade", "9.1", "percent", True, "Hubei", None, "2023")),
        # "A remained B's largest trading partner with trade up X": B's trade, with A
        (_PROVINCE + "ASEAN remained Brazil's largest trading partner with trade up 4.4 "
         "percent year on year to 90 billion dollars.",
         ("trade", "4.4", "percent", True, "Brazil", "ASEAN", None)),
        # enterprises set up in a city are the city's, not the province's named before
        ("Shanxi has become a destination for investment, with Korean firms having set up 120 "
         "companies in the provincial capital Taiyuan.",
         ("enterprises", "120", "count", False, "Taiyuan", None, None)),
        # a spaced dash between two names before the counted noun
        ("There are 35 Kyrgyzstan – China enterprises in Osh City.",
         ("enterprises", "35", "count", False, "Osh City", None, None)),
        # what a project is built at the cost of is its investment
        (_PROVINCE + "The Kigali Industrial Park, currently being built at a cost of 150 "
         "million U.S. dollars, is the largest in Rwanda.",
         ("investment", "150000000", "USD", False, "Kigali Industrial Park", None, None)),
        # what investors from a city spend is the city's
        ("By spending over $400 million investors from Changzhou, a city in Jiangsu province "
         "of China, are set to build an industrial park in Kigali city.",
         ("investment", "400000000", "USD", False, "Changzhou", None, None)),
        # a class of goods before the whole: the whole after it is still a figure
        (_PROVINCE + "Exports of electric bikes grew 5 percent, and total exports of Hubei "
         "reached 300 billion yuan.",
         ("exports", "300000000000", "CNY", False, "Hubei", None, None)),
    ],
)
def test_carried_figure(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in extract(text)


@pytest.mark.parametrize(
    ("text", "unexpected_measure"),
    [
        # classes of goods listed after "exports of": each a part of exports, none the whole
        (_PROVINCE + "Among all categories, exports of optical lenses, electric bikes, and "
         "steel pipes grew 11.2 percent, 13.5 percent and 40.1 percent, respectively.",
         "exports"),
        # one kind of trader's trade is a part of the province's
        (_PROVINCE + "Privately-owned businesses saw foreign trade grow 8.6 percent year on "
         "year to 500 billion yuan.", "trade"),
    ],
)
def test_part_no_figure(extract, text: str, unexpected_measure: str) -> None:  # type: ignore[no-untyped-def]
    assert not [f for f in extract(text) if f[0] == unexpected_measure]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # after the opening comma, a place traded with is no subject
        (_PROVINCE + "With trade up 12 percent, exports to Nanjing City rose.",
         ("trade", "12", "percent", True, "Nanjing City", None, None)),
    ],
)
def test_not_carried(extract, text: str, unexpected) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in extract(text)


def test_time_reduced_no_change(extract) -> None:  # type: ignore[no-untyped-def]
    # what is reduced is clearance time, not exports
    text = (_PROVINCE + "Hubei has digitised its ports, with customs clearance time for imports "
            "and that for exports reduced by more than 50% and 70% respectively in 2023.")
    assert not [f for f in extract(text) if f[2] == "percent"]
