"""A title-case headline's verb after an event's name is no part of the name (kg/extract/names.py,
kg/data/words/headline_verbs.txt), on invented headlines."""

from __future__ import annotations

import pytest
from extracting import classes, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    "headline",
    [
        "The 4th Tiannan Fair Held in Kunming",
        "4th Tiannan Fair Opens in Kunming",
        "4th Tiannan Fair Kicks Off in Kunming",
        "4th Tiannan Fair Wraps Up in Kunming",
        # a verb before what the event yielded ends the name too
        "The 4th Tiannan Fair Signed 61 Foreign-Funded Projects with a Total Investment of 2 "
        "Billion US Dollars",
        "4th Tiannan Fair Inks 61 Foreign-Funded Projects",
    ],
)
def test_a_headline_verb_ends_the_name(extractor: Extractor, headline: str) -> None:
    text = f"date 2024-07-26\n\n{headline}\n\nThe 4th Tiannan Fair drew 900 exhibitors in Kunming."
    events = {m.text for m in run(extractor, text).mentions if m.cls == "Event"}
    assert events == {"4th Tiannan Fair"}


def test_headline_verb_ends_an_event_name(extractor: Extractor) -> None:
    """ "The 9th X Symposium Signed 40 Projects": the verb ends the event's name."""
    found = classes(extractor, "The 9th Tiannan Investment and Trade Symposium Signed 40 "
                               "Foreign-Funded Projects with a Total Investment of 2 Billion "
                               "Dollars")
    assert found.get("9th Tiannan Investment and Trade Symposium") == "Event"
