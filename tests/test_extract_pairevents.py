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
        # the body's name before a lower-case "meeting"
        ("Mayor Wang Hao attended the fourth Hunan-Malaysia Comprehensive Cooperation Council "
         "meeting in Changsha.",
         "fourth Hunan-Malaysia Comprehensive Cooperation Council meeting", "Changsha",
         "Wang Hao"),
        # a mechanism's session, its topic after the head
        ("Wang Hao attended the first meeting of the Laos-China Coordination Mechanism on "
         "Border Trade and Cooperation in Kunming.",
         "first meeting of the Laos-China Coordination Mechanism on Border Trade and "
         "Cooperation", "Kunming", "Wang Hao"),
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
        # "A, B Ltd. and C Corp.": the parser hangs the second firm on the first as an
        # apposition
        ("Norvale Group, Kestrel Ltd. and Tarsis Corp. exhibited at the 5th Qilin Expo.",
         {("Norvale Group", "5th Qilin Expo"), ("Kestrel Ltd.", "5th Qilin Expo"),
          ("Tarsis Corp.", "5th Qilin Expo")}),
        # an absolute "with" phrase after the event's clause
        ("The 5th Qilin Expo opened on Monday, with over 300 exhibitors from Peru, Chile and "
         "Brazil taking part.",
         {("Peru", "5th Qilin Expo"), ("Chile", "5th Qilin Expo"),
          ("Brazil", "5th Qilin Expo")}),
        ("The 5th Lotus Forum opened in Changsha, with Li Ming and Anna Berg attending.",
         {("Li Ming", "5th Lotus Forum"), ("Anna Berg", "5th Lotus Forum")}),
        ("The 5th Qilin Expo opened on Monday, with sales from Peru growing.", set()),
        # a nationality's companies or delegates: the country, where the text names it
        ("Japan and China signed a deal. Over 40 Japanese companies attended the 5th Lotus "
         "Expo in Changsha.", {("Japan", "5th Lotus Expo")}),
        ("Over 40 Japanese companies attended the 5th Lotus Expo in Changsha.", set()),
        # an event introduced by "called"; a delegation's listed members go with it
        ("Attending a promotional expo event called Hunan Day, Li Ming led a delegation that "
         "included Director of Agriculture Wang Hao and Anna Berg.",
         {("Li Ming", "Hunan Day"), ("Wang Hao", "Hunan Day"), ("Anna Berg", "Hunan Day")}),
    ],
)
def test_taking_part(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(rules_only(extractor), text), "participatesIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one event head over two quoted names: each is an event by its own name
        ('Hunan hopes to cultivate friendly ambassadors through the "Lotus Cup" and "Orchid '
         'Cup" speech competition.', {"Lotus Cup": "Event", "Orchid Cup": "Event"}),
        # no event head: campaigns stay initiatives
        ('The province launched the "Green Hunan" and "Clean Hunan" campaigns.',
         {"Green Hunan": "Initiative", "Clean Hunan": "Initiative"}),
    ],
)
def test_quoted_pair_under_one_head(extractor: Extractor, text: str,
                                    expected: dict[str, str]) -> None:
    found = classes(extractor, text)
    assert {name: found.get(name) for name in expected} == expected
