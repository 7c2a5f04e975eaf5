"""Events named by two sides and a lower-case head (kg/extract/entities/pairevents.py), on
invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "event", "place", "participant"),
    [
        ("The fourth Hubei-Canada governors' forum was held on Tuesday in Wuhan. Governor Li "
         "Ming attended the forum.",
         "fourth Hubei-Canada governors' forum", "Wuhan", "Li Ming"),
        ("Governor Wang Hao attended the Fujian-Korea business forum in Seoul.",
         "Fujian-Korea business forum", "Seoul", "Wang Hao"),
        # a numbered session of a named body
        ("Governor Wang Hao attended the 12th plenary meeting of the Hunan-Malaysia Economic "
         "and Trade Council in Changsha.",
         "12th plenary meeting of the Hunan-Malaysia Economic and Trade Council", "Changsha",
         "Wang Hao"),
    ],
)
def test_pair_events(extractor: Extractor, text: str, event: str, place: str,
                     participant: str) -> None:
    ex = run(rules_only(extractor), text)
    assert {m.text: m.cls for m in ex.mentions}[event] == "Event"
    assert (event, place) in pairs(ex, "locatedIn")
    assert (participant, event) in pairs(ex, "participatesIn")


@pytest.mark.parametrize(
    "text",
    [
        # an adjective before the head: a description
        "Premier Li attended the China-ASEAN commemorative summit in Nanning.",
        # a long lowercase run is a description too
        "Officials attended the Jilin-Korea economic and trade exchange meeting.",
        # no named sides
        "Officials attended the business forum in Nanning.",
    ],
)
def test_descriptions_are_no_events(extractor: Extractor, text: str) -> None:
    assert "Event" not in classes(extractor, text).values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefixed post heads the subject; its holder speaks at the passage's event
        ("The fifth Fujian-Canada governors' forum was held on Tuesday in Fuzhou. Vice "
         "chairperson of the Standing Committee of the 12th National People's Congress (NPC) "
         "Zhang Lei said at the opening ceremony that trade had grown.",
         {("Zhang Lei", "fifth Fujian-Canada governors' forum")}),
        # the makers' countries show in the pavilions
        ("The 5th Qilin Expo opened on Monday in Kunming. The exhibition also has pavilions of "
         "producers from Peru, Chile and other countries.",
         {("Peru", "5th Qilin Expo"), ("Chile", "5th Qilin Expo")}),
        # "A, B and C provinces": the parser hangs B and C on the plural noun
        ("Hunan, Hubei and Jiangxi provinces set up pavilions at the 5th Qilin Expo.",
         {("Hunan", "5th Qilin Expo"), ("Hubei", "5th Qilin Expo"),
          ("Jiangxi", "5th Qilin Expo")}),
    ],
)
def test_taking_part(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "participatesIn") == expected
