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
