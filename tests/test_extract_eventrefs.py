"""Events named in passing are not the passage's event: one another runs alongside, one whose
spirit is followed (kg/extract/gatherings/eventrefs.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor
from kg.model import Extraction


def taking_part(ex: Extraction) -> set[tuple[str, str]]:
    return pairs(ex, "participatesIn")


@pytest.mark.parametrize(
    ("text", "event", "side"),
    [
        ("The Harbin Trade Fair 2024 opens on Friday. The three-day gala, running alongside the "
         "2024 Songhua Culture Festival held in the city, will draw 4,000 visitors. Former "
         "Polish president Jan Kowalczyk will attend the event.",
         "Harbin Trade Fair 2024", "2024 Songhua Culture Festival"),
        ("The 6th Lanzhou Trade Fair opens on Monday, along with the 2nd Gansu Tourism Expo. "
         "Many guests will attend the event, including Jan Kowalczyk.",
         "6th Lanzhou Trade Fair", "2nd Gansu Tourism Expo"),
    ],
)
def test_the_event_is_not_the_one_run_alongside(extractor: Extractor, text: str, event: str,
                                                side: str) -> None:
    found = taking_part(run(rules_only(extractor), text))
    assert ("Jan Kowalczyk", event) in found
    assert ("Jan Kowalczyk", side) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Chen Lin, secretary of the CPC Linzhou Municipal Committee, delivered a speech. She "
        "underscored efforts to implement the spirit of the 20th CPC National Congress. At the "
        "signing ceremony, Secretary Chen Lin invited entrepreneurs to invest in Linzhou.",
        "Guided by the spirit of the 20th CPC National Congress, Linzhou is opening wider. Many "
        "officials attended the signing ceremony, including Chen Lin.",
    ],
)
def test_an_event_whose_spirit_is_followed_is_not_the_passages(extractor: Extractor,
                                                                text: str) -> None:
    assert ("Chen Lin", "20th CPC National Congress") not in taking_part(run(extractor, text))


def test_the_passages_event_after_a_cited_one(extractor: Extractor) -> None:
    text = ("The 5th Linzhou Trade Fair opened on Monday. Guided by the spirit of the 20th CPC "
            "National Congress, Linzhou is opening wider. Many officials attended the opening "
            "ceremony, including Chen Lin.")
    assert ("Chen Lin", "5th Linzhou Trade Fair") in taking_part(run(extractor, text))
