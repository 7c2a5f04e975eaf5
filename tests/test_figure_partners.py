"""Figures whose owner the sentence names past other places (invented sentences, real
places): the places listed as "X's top trading partners" are traded with, not whose the
trade is; a place naming the customs or bureau that reports the figure is its source. And
periods said against the article's date ("the past six months", "last July"); the value of
deals agreed that no name claims, in an event's article, is the event's."""

from __future__ import annotations

import pytest


# each expected figure: measure, value, unit, change, area, counterpart, period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole list before "were X's top three trading partners" is traded with
        (
            "In 2023, Germany, France and Italy were Xiamen's top three trading partners, with "
            "trade of 8.1 billion yuan, 5.2 billion yuan and 3.3 billion yuan, respectively.",
            [("trade", "8100000000", "CNY", False, "Xiamen", "Germany", "2023"),
             ("trade", "5200000000", "CNY", False, "Xiamen", "France", "2023"),
             ("trade", "3300000000", "CNY", False, "Xiamen", "Italy", "2023")],
        ),
        (
            "From January to March, Japan and Brazil were Dalian's top 2 trade partners, with "
            "imports and exports of 4 billion yuan and 2 billion yuan, respectively.",
            [("trade", "4000000000", "CNY", False, "Dalian", "Japan", "2024-01/2024-03"),
             ("trade", "2000000000", "CNY", False, "Dalian", "Brazil", "2024-01/2024-03")],
        ),
        # one partner, as before
        (
            "Japan was Dalian's largest trading partner, with trade totaling 41 billion yuan "
            "in 2022.",
            [("trade", "41000000000", "CNY", False, "Dalian", "Japan", "2022")],
        ),
    ],
)
def test_partners_listed(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city of the customs that reports is not whose exports: "its" is the province's;
        # "the past six months" are the full months before the article's (May 2024)
        (
            "Imports of Shaanxi Province reached 20 billion yuan in 2023. Customs officials "
            "in Xi'an, the provincial capital, said that during the past four months, its "
            "exports rose to 91.3 billion yuan.",
            [("imports", "20000000000", "CNY", False, "Shaanxi Province", None, "2023"),
             ("exports", "91300000000", "CNY", False, "Shaanxi Province", None,
              "2024-01/2024-04")],
        ),
        (
            "According to the statistics bureau of Ningbo, Zhejiang's exports grew 4.1 percent "
            "in 2023.",
            [("exports", "4.1", "percent", True, "Zhejiang", None, "2023")],
        ),
        # months that do not lie in one year name no period
        (
            "Guangxi's foreign trade reached 500 billion yuan during the past eight months.",
            [("trade", "500000000000", "CNY", False, "Guangxi", None, None)],
        ),
    ],
)
def test_source_and_past_months(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last July" in an article of May 2024: July 2023; "last March": March 2024
        (
            "The Kunming Fair ended last July with contracts worth 2 billion U.S. dollars signed.",
            [("investment", "2000000000", "USD", False, "Kunming Fair", None, "2023-07")],
        ),
        (
            "Nantong attracted foreign investment of 90 million dollars last March.",
            [("foreignInvestment", "90000000", "USD", False, "Nantong", None, "2024-03")],
        ),
        # the month the clause opens on, not the year of a remark after the value
        (
            "In April, Hillcrest Paper Ltd signed a project in Hubei with a total investment of "
            "3 billion yuan, becoming the largest project in Hubei this year.",
            [("investment", "3000000000", "CNY", False, "Hillcrest Paper Ltd", None, "2024-04")],
        ),
    ],
)
def test_dated_periods(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kashgar Fair opened on Sunday. The value of cooperation projects preliminarily "
            "agreed upon surpasses 3 billion U.S. dollars, according to organizers.",
            [("investment", "3000000000", "USD", False, "Kashgar Fair", None, None)],
        ),
        # a name that signs them keeps them
        (
            "Yunnan signed deals with Lao firms. The value of the contracts signed reached 5 "
            "billion yuan in 2023.",
            [("investment", "5000000000", "CNY", False, "Yunnan", None, "2023")],
        ),
    ],
)
def test_deals_agreed(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected
