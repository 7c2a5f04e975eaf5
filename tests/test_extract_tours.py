"""The touring party and its stops (kg/extract/tours.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_LED = "Mayor Zhou Bin led a delegation to Osaka on Monday. "


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # a list with "and" and "as well as", the party as "the delegates"
        (_LED + "The delegates visited Hanfeng Motors Co., Ltd. and Qiantan Port Group, as well "
                "as the Luxi Free Trade Zone.",
         {"Hanfeng Motors Co., Ltd.", "Qiantan Port Group", "Luxi Free Trade Zone"}),
        # a support verb's visit noun, "they"
        (_LED + "They also paid a field visit to Beiyuan Robotics Co. to learn about its robots.",
         {"Beiyuan Robotics Co."}),
        # going to the stops
        (_LED + "The group then went to Beiyuan Robotics Co. and the Dongjiang Logistics Park.",
         {"Beiyuan Robotics Co.", "Dongjiang Logistics Park"}),
        # a stop that opens the sentence, the leader by his surname
        (_LED + "At Hanfeng Motors Co., Ltd., Zhou learned about its exports to Europe.",
         {"Hanfeng Motors Co., Ltd."}),
        # a stop after a verb of learning
        (_LED + "They learned about the new shipping routes at Qiantan Port Group.",
         {"Qiantan Port Group"}),
        # field surveys in a list of places
        (_LED + "The research group conducted field surveys in Kobe and Beiyuan Robotics Co.",
         {"Kobe", "Beiyuan Robotics Co."}),
        # the stay's city
        (_LED + "During their stay in Nagoya, the delegation toured Hanfeng Motors Co., Ltd.",
         {"Nagoya", "Hanfeng Motors Co., Ltd."}),
        # "he" for the leader, after another sentence
        (_LED + "The trip lasted four days. He inspected the Luxi Free Trade Zone on Tuesday.",
         {"Luxi Free Trade Zone"}),
    ],
)
def test_the_leader_visits_each_stop_told_of_the_party(
        extractor: Extractor, text: str, sites: set[str]) -> None:
    assert {("Zhou Bin", s) for s in sites} <= visits(extractor, text)


def test_two_heads_of_the_delegation_both_visit(extractor: Extractor) -> None:
    text = ("A delegation headed by Li Ming and Zhou Bin visited Anhui on Monday. The delegation "
            "toured Hanfeng Motors Co., Ltd. on Tuesday.")
    got = visits(extractor, text)
    assert {(p, "Hanfeng Motors Co., Ltd.") for p in ("Li Ming", "Zhou Bin")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Governor Li Ming visited Peru on Monday. Li Ming is accompanied by Minister Karl Olsen "
        "and Minister Anna Berg. Li Ming toured Hanfeng Motors Co., Ltd. on Tuesday.",
        "Governor Li Ming visited Peru on Monday. Accompanied by Minister Karl Olsen and "
        "Minister Anna Berg, he toured Hanfeng Motors Co., Ltd. on Tuesday.",
    ],
)
def test_those_who_accompany_the_visitor_visit_the_stops(extractor: Extractor,
                                                         text: str) -> None:
    got = visits(extractor, text)
    assert {("Karl Olsen", "Hanfeng Motors Co., Ltd."),
            ("Anna Berg", "Hanfeng Motors Co., Ltd.")} <= got


def test_the_host_who_accompanies_visits_the_sites_not_his_city(extractor: Extractor) -> None:
    text = ("Karl Olsen led a delegation to Xiamen on Monday. Accompanied by Li Ming, mayor of "
            "Xiamen, the delegation toured Hanfeng Motors Co., Ltd. on Tuesday.")
    got = visits(extractor, text)
    assert {(p, "Hanfeng Motors Co., Ltd.") for p in ("Karl Olsen", "Li Ming")} <= got
    assert ("Li Ming", "Xiamen") not in got


@pytest.mark.parametrize(
    "text",
    [
        # someone outside the party
        _LED + "Mayor Karl Olsen visited Hanfeng Motors Co., Ltd. last year.",
        # the party's guests are invited to go: they go, not the party
        _LED + "He invited Nordic firms to visit the Luxi Free Trade Zone next year.",
        # an invitation is no stop
        _LED + "At the invitation of Qiantan Port Group, the delegates attended a dinner.",
        # where the party came from
        _LED + "The delegates came from Hanfeng Motors Co., Ltd. and the Luxi Free Trade Zone.",
    ],
)
def test_what_is_no_stop_of_the_party(extractor: Extractor, text: str) -> None:
    got = visits(extractor, text)
    assert not {v for v in got if v[0] == "Zhou Bin" and v[1] != "Osaka"}


def test_without_a_party_the_group_visits_nothing(extractor: Extractor) -> None:
    text = "The delegates visited Hanfeng Motors Co., Ltd. and Qiantan Port Group on Monday."
    assert not visits(extractor, text)
