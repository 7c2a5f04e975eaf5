"""Meetings and visits whose other side or visitor the sentence tells less directly
(meetings.py, meetingsides.py, visits.py welcomed_to, tripnouns.py, agents.title_antecedent,
grammar.with_conjuncts),
on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


def met(extractor: Extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(run(extractor, text), "metWith")}


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side after the verb joined on the talks
        ("Wang Dalin, governor of Anhui, and Li Dong, mayor of Hefei, held a meeting and "
         "attended a signing ceremony with Tom Okello.",
         {frozenset(("Wang Dalin", "Tom Okello")), frozenset(("Li Dong", "Tom Okello"))}),
        ("Zhou Mingyu held talks and had lunch with Karl Olsen.",
         {frozenset(("Zhou Mingyu", "Karl Olsen"))}),
        # no "with" anywhere: the two of the subject met
        ("Zhou Mingyu and Tom Okello held talks and then attended a dinner.",
         {frozenset(("Zhou Mingyu", "Tom Okello"))}),
    ],
)
def test_talks_joined_on(extractor: Extractor, text: str,
                         expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Governor Zhou Mingyu welcomed Kenyan Vice-President Tom Okello to Hefei, Anhui "
         "province on May 7.", {("Tom Okello", "Hefei")}, {("Zhou Mingyu", "Hefei")}),
        ("Tom Okello was warmly welcomed to Hefei by Governor Zhou Mingyu.",
         {("Tom Okello", "Hefei")}, {("Zhou Mingyu", "Hefei")}),
        # welcomed to an event, not to a place
        ("Zhou Mingyu welcomed Tom Okello to the forum in Hefei.", set(),
         {("Tom Okello", "Hefei")}),
    ],
)
def test_welcomed_to_a_place(extractor: Extractor, text: str, expected: set[tuple[str, str]],
                             absent: set[tuple[str, str]]) -> None:
    got = visits(extractor, text)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Karl Olsen visited Hefei on Monday. Other meetings also took place, including an "
         "official visit to the Hefei Chamber of Commerce and the Anhui Academy of Sciences.",
         {("Karl Olsen", "Hefei Chamber of Commerce"),
          ("Karl Olsen", "Anhui Academy of Sciences")}, set()),
        ("Karl Olsen visited Hefei on Monday. The visit also included a tour of the Anhui "
         "Academy of Sciences.", {("Karl Olsen", "Anhui Academy of Sciences")}, set()),
        # a trip to come is no visit
        ("Karl Olsen visited Hefei on Monday. The next trip to the Anhui Academy of Sciences "
         "will take place in May.", set(), {("Karl Olsen", "Anhui Academy of Sciences")}),
        # two visitors: whose tour it was is not said
        ("Karl Olsen and Li Ming visited Hefei on Monday. The visit also included a tour of "
         "the Anhui Academy of Sciences.", set(),
         {("Karl Olsen", "Anhui Academy of Sciences"), ("Li Ming", "Anhui Academy of Sciences")}),
    ],
)
def test_trip_noun_without_visitor(extractor: Extractor, text: str,
                                   expected: set[tuple[str, str]],
                                   absent: set[tuple[str, str]]) -> None:
    got = visits(extractor, text)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize("guest", ["the PM", "the Prime Minister"])
def test_short_post_received(extractor: Extractor, guest: str) -> None:
    """ "the PM" is the one named "Prime Minister B" before."""
    text = (f"Prime Minister Tom Okello met Li Ming in Hefei on Tuesday. Earlier at Hefei "
            f"Airport, {guest} was received by vice-mayors of Hefei Municipality Zhao Ping "
            f"and Wang Lin.")
    assert {frozenset(("Zhao Ping", "Tom Okello")), frozenset(("Wang Lin", "Tom Okello"))} \
        <= met(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two "post, Name" pairs as one subject
        ("Kenya's Ambassador to China, Tom Okello, and deputy governor of Anhui province, "
         "Zhou Mingyu, visited Lanxi on Nov 23.",
         {("Tom Okello", "Lanxi"), ("Zhou Mingyu", "Lanxi")}),
        # "they" of a clause hung on the main verb: the main clause's people
        ("Tom Okello and Zhou Mingyu were accompanied by senior Lanxi officials as they toured "
         "several projects, such as Lanxi Port and the Lanxi Planning Museum.",
         {("Tom Okello", "Lanxi Port"), ("Zhou Mingyu", "Lanxi Port"),
          ("Tom Okello", "Lanxi Planning Museum"), ("Zhou Mingyu", "Lanxi Planning Museum")}),
    ],
)
def test_two_visitors(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= visits(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li Ming, governor of Anhui, and Karl Olsen, mayor of Oslo, signed a cooperation "
         "agreement after their talks.", {frozenset(("Li Ming", "Karl Olsen"))}),
        ("Li Ming and Karl Olsen briefed reporters on their meeting.",
         {frozenset(("Li Ming", "Karl Olsen"))}),
        # attending a meeting, or a body's regular one, is no meeting between the two
        ("Li Ming and Karl Olsen attended the meeting of the joint committee.", set()),
        ("Li Ming and Karl Olsen attended their annual meeting.", set()),
    ],
)
def test_their_talks(extractor: Extractor, text: str, expected: set[frozenset[str]]) -> None:
    assert met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Li Ming headed a delegation that visited Norway and Sweden.",
         {("Li Ming", "Norway"), ("Li Ming", "Sweden")}, set()),
        # the delegation met, not led: its visit is not the subject's
        ("Li Ming met a delegation that visited Norway.", set(), {("Li Ming", "Norway")}),
    ],
)
def test_group_that_visited(extractor: Extractor, text: str, expected: set[tuple[str, str]],
                            absent: set[tuple[str, str]]) -> None:
    got = visits(extractor, text)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his trip" after a host received one guest is the guest's
        ("Governor Li Ming received Karl Olsen in Hefei as part of his trip to China.",
         {("Karl Olsen", "China")}),
        # a trip told before the subject is the subject's
        ("During his visit to Kenya, Governor Li Ming received Karl Olsen in Nairobi.",
         {("Li Ming", "Kenya"), ("Li Ming", "Nairobi")}),
    ],
)
def test_whose_trip_a_reception_is_part_of(extractor: Extractor, text: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert visits(extractor, text) == expected
