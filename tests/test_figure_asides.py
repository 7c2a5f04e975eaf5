"""Figures whose sentence names other places on the side (invented sentences, real places):
a relative clause between commas that describes the subject, "the other N countries" traded
with, a country only a setting while "the province's" figure is the document's; and "Combined
imports of X", "is currently home to N enterprises" as a place's own figures."""

from __future__ import annotations

import pytest


# each expected figure: measure, value, unit, change, area, counterpart, period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in a ", which ...," aside describes the subject, which owns the figure
        (
            "The Norvia Economic Development Zone (NEDZ), which plays a pioneering role in "
            "Jiaxing's opening-up, is currently home to over 730 foreign-funded enterprises.",
            [("enterprises", "730", "count", False, "Norvia Economic Development Zone", None,
              None)],
        ),
        (
            "Lanxi Industrial Park is now home to 215 foreign-invested enterprises.",
            [("enterprises", "215", "count", False, "Lanxi Industrial Park", None, None)],
        ),
        # "combined" as the subject's total, not a stock of many firms
        (
            "Combined imports of Xiamen amounted to 218.37 billion yuan in 2022.",
            [("imports", "218370000000", "CNY", False, "Xiamen", None, "2022")],
        ),
        # "the other 14 RCEP member countries" are traded with, not many owners
        (
            "In 2023, Hunan's trade with the other 14 RCEP member countries registered a "
            "36.2-percent growth.",
            [("trade", "36.2", "percent", True, "Hunan", None, "2023")],
        ),
    ],
)
def test_asides_and_totals(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


def test_the_province_past_a_country(figures_of) -> None:  # type: ignore[no-untyped-def]
    # only a country named before, as a setting: "the province's" is the document's province
    rows = figures_of(
        "Hunan Opens Up\n"
        "Customs authorities in Hunan, a province that borders Russia, said that the "
        "province's "
        "trade with Russia reached $8.96 billion in 2023.")
    assert ("trade", "8960000000", "USD", False, "Hunan", "Russia", "2023") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate "for the fourth straight year" is a run of years, no one year's change
        (
            "Hunan's trade with Africa totaled 2.8 billion U.S. dollars in 2018, surging over "
            "50 percent for the fourth straight year.",
            [("trade", "2800000000", "USD", False, "Hunan", "Africa", "2018")],
        ),
        # a small number written as a word, with its scale
        (
            "Contracted investment by Hunan firms in Africa amounted to nearly one billion "
            "dollars.",
            [("investment", "1000000000", "USD", False, "Hunan", None, None)],
        ),
        (
            "Lanxi's exports reached two trillion yuan in 2023.",
            [("exports", "2000000000000", "CNY", False, "Lanxi", None, "2023")],
        ),
    ],
)
def test_runs_of_years_and_word_amounts(  # type: ignore[no-untyped-def]
    figures_of, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_of(text) == expected


def test_deals_worth_in_an_event_article(figures_of) -> None:  # type: ignore[no-untyped-def]
    # "X worth of deals" that no name claims, in an event's article: the event's
    rows = figures_of(
        "The First Norland-Africa Trade Expo Held in Hunan\n"
        "The first Norland-Africa Trade Expo was held in Changsha from June 27 to 29. At the "
        "Expo, 84 cooperation documents were signed. The 20.8-billion-dollars worth of deals "
        "covered trade and investment.")
    assert [r for r in rows if r[1] == "20800000000"] == [
        ("investment", "20800000000", "USD", False, "First Norland-Africa Trade Expo", None,
         None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by April": a flow of goods over the year's months so far (the article: May 2024)
        (
            "By April, Yunnan's trade with Myanmar fell 7.1 percent to $275 million.",
            [("trade", "-7.1", "percent", True, "Yunnan", "Myanmar", "2024-01/2024-04"),
             ("trade", "275000000", "USD", False, "Yunnan", "Myanmar", "2024-01/2024-04")],
        ),
        (
            "By the end of June 2023, Hunan's exports reached 300 billion yuan.",
            [("exports", "300000000000", "CNY", False, "Hunan", None, "2023-01/2023-06")],
        ),
        # a stock or deals signed "by April" are totals up to then, of no period
        (
            "By April, Hunan had signed 40 projects with a total investment of 5 billion yuan.",
            [("projects", "40", "count", False, "Hunan", None, None),
             ("investment", "5000000000", "CNY", False, "Hunan", None, None)],
        ),
    ],
)
def test_flows_so_far(figures_of, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_of(text) == expected


def test_that_was_an_increase(figures_of) -> None:  # type: ignore[no-untyped-def]
    # "That was an increase of 18 percent": the rate of the level just given, with its owner
    rows = figures_of(
        "In the first half of 2023, Hunan's trade with Russia reached 60 billion yuan. That "
        "was an increase of 18 percent year-on-year and accounted for 64 percent of the "
        "country's total trade with Russia.")
    assert rows == [
        ("trade", "60000000000", "CNY", False, "Hunan", "Russia", "2023-01/2023-06"),
        ("trade", "18", "percent", True, "Hunan", "Russia", None)]
