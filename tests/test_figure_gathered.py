"""Companies an event gathers are its enterprises (invented events and sentences): those that
attend, take part, exhibit or register for it, named in the sentence; with no event, a count
of companies that took part in something stays no figure. And a trade change's "with X":
X is traded with, not whose the trade is."""

from __future__ import annotations

import pytest


# each expected figure: measure, value, unit, change, area, counterpart, period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 3,000 enterprises from 35 countries and regions attended the 4th "
            "China-Norland Expo.",
            [("enterprises", "3000", "count", False, "4th China-Norland Expo", None, None)],
        ),
        (
            "The third Valdoria International Fair opened in Nanning on Monday, with the "
            "participation of about 2,100 companies.",
            [("enterprises", "2100", "count", False, "Third Valdoria International Fair",
              None, None)],
        ),
        (
            "The eighth Borvia-South Asia Expo opened in Kunming on Monday, with more than "
            "2,000 exhibiting companies.",
            [("enterprises", "2000", "count", False, "Eighth Borvia-South Asia Expo", None,
              None)],
        ),
        (
            "The 8th Borvia-South Asia Expo will open in Kunming in June. Nearly 2,000 "
            "companies have registered to participate in the 8th Borvia-South Asia Expo.",
            [("enterprises", "2000", "count", False, "8th Borvia-South Asia Expo", None,
              None)],
        ),
        # what companies did there ("displayed", "joined") is no count of those gathered
        (
            "The 3rd Norland Expo opened on Monday. Some 500 companies displayed their "
            "products at the 3rd Norland Expo.",
            [],
        ),
        # no event: companies that took part in talks are no figure of anyone's
        (
            "About 1,300 Chinese and foreign companies took part in the talks in Hunan.",
            [],
        ),
    ],
)
def test_companies_an_event_gathers(  # type: ignore[no-untyped-def]
    figures_of, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_of(text) == expected


def test_rate_with_partner(figures_of) -> None:  # type: ignore[no-untyped-def]
    # "was down 19.5 percent with Vietnam to $42.7 million": Vietnam is traded with, Hunan's
    # the trade (the levels' partners are checked; a rate still takes the partner before it)
    rows = figures_of(
        "Hunan's trade with Myanmar fell 7.1 percent to $275 million in 2023, was down 19.5 "
        "percent with Vietnam to $42.7 million and dropped 14.7 percent with Laos to $18.3 "
        "million.")
    assert [(r[0], r[1], r[4], r[6]) for r in rows] == [
        ("trade", "-7.1", "Hunan", "2023"), ("trade", "275000000", "Hunan", "2023"),
        ("trade", "-19.5", "Hunan", "2023"), ("trade", "42700000", "Hunan", "2023"),
        ("trade", "-14.7", "Hunan", "2023"), ("trade", "18300000", "Hunan", "2023")]
    assert [r[5] for r in rows if r[2] == "USD"] == ["Myanmar", "Vietnam", "Laos"]
