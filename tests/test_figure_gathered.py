"""Companies an event gathers are its enterprises (invented events and sentences): those that
attend, take part, exhibit or register for it, named in the sentence; with no event, a count
of companies that took part in something stays no figure. And a trade change's "with X":
X is traded with, not whose the trade is. Companies a place has or gains; a bare month's
year is not a base year's."""

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


# the companies an event gathers, in any tense and past an aside naming some of them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 5th China-Norland Expo closed on Friday. Over 30 multinational corporations "
            "and 3,000 domestic and foreign enterprises gathered at the 5th China-Norland Expo.",
            [("enterprises", "3000", "count", False, "5th China-Norland Expo", None, None)],
        ),
        (
            "Some 120 large-scale Chinese enterprises and more than 40 leading Norlandic "
            "enterprises, including Varro Group, Telmabank and Ostrik, are attending the 5th "
            "China-Norland Expo.",
            [("enterprises", "120", "count", False, "5th China-Norland Expo", None, None),
             ("enterprises", "40", "count", False, "5th China-Norland Expo", None, None)],
        ),
        (
            "A total of 1,192 companies, including 318 overseas firms, took part in the 5th "
            "China-Norland Expo.",
            [("enterprises", "1192", "count", False, "5th China-Norland Expo", None, None),
             ("enterprises", "318", "count", False, "5th China-Norland Expo", None, None)],
        ),
        (
            "About 1,848 enterprises will participate in the 5th China-Norland Expo.",
            [("enterprises", "1848", "count", False, "5th China-Norland Expo", None, None)],
        ),
        # "to participate": why they went, or what they were asked to do
        (
            "About 1,100 companies went to Norwick to participate in the 5th China-Norland Expo.",
            [],
        ),
    ],
)
def test_companies_gathered_any_tense(  # type: ignore[no-untyped-def]
    figures_of, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_of(text) == expected


# a stock of companies a place has or gains: "has been home to", "settled in"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So far, Jiangsu has been home to 6,155 foreign-invested companies.",
            [("enterprises", "6155", "count", False, "Jiangsu", None, None)],
        ),
        (
            "From January to November 2023, 289 Taiwan-funded businesses settled in Fujian.",
            [("enterprises", "289", "count", False, "Fujian", None, "2023-01/2023-11")],
        ),
        # two countries and a verb before the count: no "countries and established" modifier
        (
            "Qinghai has carried out exchanges with 40 countries and established 36 "
            "enterprises in 12 countries.",
            [("enterprises", "36", "count", False, "Qinghai", None, None)],
        ),
    ],
)
def test_companies_a_place_has(  # type: ignore[no-untyped-def]
    figures_of, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_of(text) == expected


def test_a_bare_month_takes_no_base_year(figures_of) -> None:  # type: ignore[no-untyped-def]
    # "up ... from the same period in 2019" is the base: August is the latest before the article
    rows = figures_of(
        "In August, the actual use of foreign investment in Jiangsu reached $1.25 billion, up "
        "12.1 percent year-on-year and up 53.4 percent from the same period in 2019."
    )
    assert {(r[0], r[1], r[6]) for r in rows} == {
        ("foreignInvestment", "1250000000", "2023-08"), ("foreignInvestment", "12.1", "2023-08"),
        ("foreignInvestment", "53.4", "2023-08")}


# an opening phrase's figure is the main clause's subject's, named right after its comma,
# not the document's province
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fujian is a coastal province. Despite an increase of 40.1 percent in imports, "
            "Longhai suffered a slide in exports last year.",
            [("imports", "40.1", "percent", True, "Longhai", None, "2023")],
        ),
        (
            "Fujian is a coastal province. With imports up 20.1 percent, Longhai's trade grew "
            "5 percent last year.",
            [("imports", "20.1", "percent", True, "Longhai", None, "2023"),
             ("trade", "5", "percent", True, "Longhai", None, "2023")],
        ),
        (
            "Fujian is a coastal province. With imports up 20.1 percent, the province's trade "
            "grew last year.",
            [("imports", "20.1", "percent", True, "Fujian", None, "2023")],
        ),
    ],
)
def test_an_opening_phrase_is_the_subject_s(  # type: ignore[no-untyped-def]
    figures_of, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_of(text) == expected


def test_its_with_no_figure_before_is_the_subject_before(figures_of) -> None:  # type: ignore[no-untyped-def]
    # "Its trade ...": no figure just before, so the named subject of a sentence before
    # (past an "It ..." sentence), not the document's region
    rows = figures_of(
        "Xinjiang is a border region. Kashgar, located in southwestern Xinjiang, has three "
        "ports. It also acts as a gateway to Norland.\n"
        "Its total trade value surged 49.7 percent year-on-year to reach 21.04 billion yuan "
        "from January to September."
    )
    assert {(r[0], r[1], r[4]) for r in rows} == {
        ("trade", "49.7", "Kashgar"), ("trade", "21040000000", "Kashgar")}
