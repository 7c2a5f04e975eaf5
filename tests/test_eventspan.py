"""kg.extract.facts.eventspan and ends_later (kg/extract/facts/eventdays.py): an event that
opened on a day and runs until another is one span of days (invented articles, the real
pipeline)."""

from __future__ import annotations

import pytest
from extracting import run

from kg.extract import Extractor
from kg.model import Extraction

HEAD = "date 2024-06-20\n\n"  # a Thursday


def event_days(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(ex.mentions[d.mention].text, d.first, d.last) for d in ex.event_dates}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The 3rd Tiannan Machinery Expo opened on June 12 in Shijiazhuang. Li Ming attended "
         "the exposition, which runs until June 16.",
         ("3rd Tiannan Machinery Expo", "2024-06-12", "2024-06-16")),
        ("The 3rd Tiannan Machinery Expo opened on June 12 in Shijiazhuang. It will run until "
         "June 16.", ("3rd Tiannan Machinery Expo", "2024-06-12", "2024-06-16")),
        # the headline names the event shorter than the sentence that dates it
        ("Tiannan Machinery Expo opens in Hebei\n\nThe first Tiannan Machinery Expo kicked off on "
         "Sunday morning in north China's Hebei Province. Li Ming attended the exposition, which "
         "runs until June 20 in the Hebei capital, Shijiazhuang. The Tiannan Machinery Expo "
         "drew 900 exhibitors.",
         ("First Tiannan Machinery Expo", "2024-06-16", "2024-06-20")),
    ],
)
def test_an_opening_day_and_an_end_day_are_one_span(
    extractor: Extractor, text: str, days: tuple[str, str, str]
) -> None:
    found = event_days(run(extractor, HEAD + text))
    assert days in found
    assert (days[0], days[1], days[1]) not in found


def test_a_length_gives_no_end_day(extractor: Extractor) -> None:
    found = event_days(run(extractor, HEAD + "The 3rd Tiannan Machinery Expo opened on June 12 "
                           "in Shijiazhuang. The five-day expo drew 900 exhibitors."))
    assert found == {("3rd Tiannan Machinery Expo", "2024-06-12", "2024-06-12")}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a second name opening with a year: both events were held on those days
        ("From June 10th to 13th, the 3rd Nordic International Investment and Trade Fair and "
         "2024 Baltic Cooperation Forum on Green Shipping was held in Riga.",
         {("3rd Nordic International Investment and Trade Fair", "2024-06-10", "2024-06-13"),
          ("2024 Baltic Cooperation Forum on Green Shipping", "2024-06-10", "2024-06-13")}),
    ],
)
def test_events_held_together(extractor: Extractor, text: str, days) -> None:  # type: ignore[no-untyped-def]
    assert days <= event_days(run(extractor, HEAD + text))


def test_an_event_holding_something_else_is_not_dated(extractor: Extractor) -> None:
    # the days are those of its (unnamed) annual conference, not of the forum
    found = event_days(run(extractor, HEAD + "The Tiannan Forum for Asia, a forum gathering "
                           "leaders from different countries, will hold its annual conference in "
                           "the province from June 28 to 30."))
    assert not [d for d in found if d[0].startswith("Tiannan Forum")]


def dated_statements(ex: Extraction) -> set[tuple[str, str, str, str | None]]:
    return {(ex.mentions[r.subj].text, r.pred, ex.mentions[r.obj].text, r.first_date)
            for r in ex.relations if r.first_date}


@pytest.mark.parametrize(
    "text",
    [
        "A promotional conference for the 4th Tiannan Machinery Expo was held in the Lerian "
        "capital of Dovara on Tuesday, drawing diplomats and business executives.",
        "On the morning of June 12, a teleconference for the preparation work of the Tiannan "
        "Machinery Expo, Beihai Consumer Goods Fair, and Qinglan Investment Symposium were "
        "held in Shijiazhuang.",
        "On June 12, a group of Lerian reporters arrived in Shijiazhuang to conduct a five-day "
        "interview for the 4th Tiannan Machinery Expo.",
    ],
)
def test_a_gathering_for_an_event_does_not_date_it(extractor: Extractor, text: str) -> None:
    # the days are the conference's, the teleconference's, the interview's
    ex = run(extractor, HEAD + text)
    assert not event_days(ex)
    assert not [s for s in dated_statements(ex) if s[1] in ("locatedIn", "participatesIn")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "for" hangs on the verb: the forum itself was held that day
        ("The 3rd Tiannan Investment Forum was held in Shijiazhuang on June 12 for 300 "
         "business leaders.", "2024-06-12"),
        # a name's own "for", its short form in brackets
        ("The 3rd Tiannan Forum for Investment and Trade (TFIT) opened yesterday in "
         "Shijiazhuang.", "2024-06-19"),
        # its own ceremony
        ("The opening ceremony for the 3rd Tiannan Investment Forum was held in Shijiazhuang "
         "on June 12.", "2024-06-12"),
    ],
)
def test_an_event_held_for_its_guests_is_dated(extractor: Extractor, text: str,
                                                 day: str) -> None:
    assert (day, day) in {d[1:] for d in event_days(run(extractor, HEAD + text))}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("A promotional conference for the third Tiannan Machinery Expo was held in Dovara on "
         "Tuesday. Li Ming said the third edition of the expo, slated for July 29 to August 2 "
         "in Shijiazhuang, offers an opportunity to local firms.",
         {("Third Tiannan Machinery Expo", "2024-07-29", "2024-08-02")}),
        # another edition: no days of this one
        ("The third Tiannan Machinery Expo opened on June 12 in Shijiazhuang. Li Ming said the "
         "fourth edition of the expo, slated for July 29 to August 2, will be larger.",
         {("Third Tiannan Machinery Expo", "2024-06-12", "2024-06-12")}),
    ],
)
def test_an_edition_of_the_event_is_the_event(extractor: Extractor, text: str, days) -> None:  # type: ignore[no-untyped-def]
    assert event_days(run(extractor, HEAD + text)) == days


def test_an_event_organised_on_a_day(extractor: Extractor) -> None:
    found = event_days(run(extractor, HEAD + "The Dovara Trade Office and the Lerian Chamber "
                           "of Commerce jointly organised the Tiannan-Lerian Economic Exchange "
                           "Seminar in Dovara on 16 June."))
    assert found == {("Tiannan-Lerian Economic Exchange Seminar", "2024-06-16", "2024-06-16")}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The first Tiannan Cultural Week opened in Shijiazhuang on Friday. A wide variety of "
         "activities will be held from June 14 to 20, including exhibitions and forums.",
         {("First Tiannan Cultural Week", "2024-06-14", "2024-06-20")}),
        # a stretch beginning on another day is something else's
        ("The first Tiannan Cultural Week opened in Shijiazhuang on Friday. A trade mission "
         "will tour the region from June 16 to 20.",
         {("First Tiannan Cultural Week", "2024-06-14", "2024-06-14")}),
        # a day it was held on is its only day
        ("The first Tiannan Cultural Week was held in Shijiazhuang on Friday. Exhibitions "
         "run from June 14 to 20.",
         {("First Tiannan Cultural Week", "2024-06-14", "2024-06-14")}),
    ],
)
def test_a_stretch_from_the_opening_day_is_the_events(extractor: Extractor, text: str,
                                                      days) -> None:  # type: ignore[no-untyped-def]
    assert event_days(run(extractor, HEAD + text)) == days


@pytest.mark.parametrize(
    "later",
    [
        "The 6th expo will be held in Baoding from Sept 10 to 13, 2025.",
        "The next edition of the expo will be held in Baoding from Sept 10 to 13, 2025.",
        "The fourth edition of the expo, slated for Sept 10 to 13, 2025, will be larger.",
        "The expo will be held again in Baoding next year from Sept 10 to 13.",
    ],
)
def test_a_later_edition_gives_the_event_no_days(extractor: Extractor, later: str) -> None:
    ex = run(extractor, HEAD + "The 3rd Tiannan Machinery Expo opened on June 12 in "
             "Shijiazhuang. " + later)
    assert event_days(ex) == {("3rd Tiannan Machinery Expo", "2024-06-12", "2024-06-12")}
    assert not [s for s in dated_statements(ex) if s[3] and s[3] > "2024-06-12"]


def test_an_ordinal_the_name_lacks_may_be_the_event(extractor: Extractor) -> None:
    # the name carries no ordinal of its own: "the 16th expo" may be it
    found = event_days(run(extractor, HEAD + "Li Ming praised the Tiannan Machinery Expo. "
                           "The 16th expo opened on June 12 in Shijiazhuang."))
    assert ("Tiannan Machinery Expo", "2024-06-12", "2024-06-12") in found
