"""Party, CPPCC and people's-congress committees as government bodies, and the posts held in
them (kg/extract/entities/committees.py, names.py), on invented sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "person", "body", "place"),
    [
        ("Zhou Lin, secretary of the Communist Party of China's Henan provincial committee, "
         "met Karl Olsen.",
         "Zhou Lin", "Communist Party of China's Henan provincial committee", "Henan"),
        ("Wang Hao, Secretary of Luoyang Municipal Committee of the Communist Party of China "
         "met with Anna Berg.",
         "Wang Hao", "Luoyang Municipal Committee of the Communist Party of China", "Luoyang"),
        ("Sun Mei, chairwoman of the CPPCC Xinhua district committee, welcomed the guests.",
         "Sun Mei", "CPPCC Xinhua district committee", "Xinhua district"),
        ("Ma Jun, vice-chairman of the Tianqiao district committee of the Chinese People's "
         "Political Consultative Conference (CPPCC), paid a visit to Yuzhong district.",
         "Ma Jun",
         "Tianqiao district committee of the Chinese People's Political Consultative "
         "Conference", "Tianqiao district"),
        ("Qian Bo, vice chairman of the Henan provincial committee of the CPC, spoke there.",
         "Qian Bo", "Henan provincial committee of the CPC", "Henan"),
        ("Lu Fang, a member of the CPC Kaifeng municipal committee, met Tom Baker.",
         "Lu Fang", "CPC Kaifeng municipal committee", "Kaifeng"),
    ],
)
def test_committee_posts(extractor: Extractor, text: str, person: str, body: str,
                         place: str) -> None:
    ex = run(rules_only(extractor), text)
    assert {m.text: m.cls for m in ex.mentions}[body] == "GovernmentBody"
    assert (person, body) in pairs(ex, "holdsPositionIn")
    # the party's own name ("... of China") is no jurisdiction
    assert pairs(ex, "servesIn") == {(person, place)}


def test_congress_post_before_short_form(extractor: Extractor) -> None:
    text = ("Vice chairperson of the Standing Committee of the 12th National People's Congress "
            "(NPC) Zhang Lei said at the opening ceremony that trade had grown.")
    ex = run(rules_only(extractor), text)
    body = "Standing Committee of the 12th National People's Congress"
    assert {m.text: m.cls for m in ex.mentions}["Zhang Lei"] == "Official"
    assert pairs(ex, "holdsPositionIn") == {("Zhang Lei", body)}


@pytest.mark.parametrize(
    "text",
    [
        "The district committee met on Monday to discuss the plan.",
        "Members of the provincial committee of the CPC attended.",
        "The CPPCC district committee held its session.",
    ],
)
def test_no_committee_without_a_place(extractor: Extractor, text: str) -> None:
    # (the party itself, "the CPC", is a GovernmentBody: a party organ, SCHEMA.md)
    assert not [t for t, c in classes(extractor, text).items()
                if c == "GovernmentBody" and "committee" in t.lower()]


def test_the_citys_committee(extractor: Extractor) -> None:
    """ "Secretary of the city's Party Committee": the city the passage is about."""
    text = ("While in Fujian, the delegation visited Xiamen city and met Chen Bo, alternate "
            "member of the CPC Central Committee and Secretary of the city's Party Committee.")
    assert ("Chen Bo", "Xiamen city") in pairs(run(rules_only(extractor), text), "servesIn")


def test_one_post_in_two_joined_bodies(extractor: Extractor) -> None:
    text = ("Li Hua, Deputy Director of the Party Working Committee and the Administrative "
            "Committee of the Kelvan Economic Cooperation Zone, attended the meeting.")
    assert pairs(run(rules_only(extractor), text), "holdsPositionIn") == {
        ("Li Hua", "Party Working Committee"),
        ("Li Hua", "Administrative Committee of the Kelvan Economic Cooperation Zone")}
