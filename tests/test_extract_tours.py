"""The touring party and its stops (kg/extract/people/tours.py), on invented sentences."""

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
        "Governor Li Ming visited Peru on Monday. Li Ming, accompanied by Minister Karl Olsen "
        "and Minister Anna Berg, toured Hanfeng Motors Co., Ltd. on Tuesday.",
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


def test_a_leader_and_his_delegation_and_its_members(extractor: Extractor) -> None:
    text = ("Governor Karl Olsen and his delegation arrived in Kobe on Monday for a three-day "
            "visit. Members of the delegation included Minister Anna Berg and Director Tom Lund. "
            "Delegation members visited the Luxi Free Trade Zone on Tuesday.")
    got = visits(extractor, text)
    assert {(p, s) for p in ("Karl Olsen", "Anna Berg", "Tom Lund")
            for s in ("Kobe", "Luxi Free Trade Zone")} <= got


def test_who_goes_along_with_the_mission_visits_its_places(extractor: Extractor) -> None:
    text = ("Governor Karl Olsen is leading a trade mission to Japan and Peru along with "
            "Commerce Director Anna Berg.")
    assert {("Anna Berg", "Japan"), ("Anna Berg", "Peru")} <= visits(extractor, text)


def test_a_tour_at_the_end_of_the_partys_day(extractor: Extractor) -> None:
    text = ("Governor Karl Olsen traveled to China for a trade mission. The group wrapped up the "
            "mission on Friday with a meeting, followed by a tour of the Luxi Industrial Park.")
    assert ("Karl Olsen", "Luxi Industrial Park") in visits(extractor, text)


def test_two_visitors_make_no_party(extractor: Extractor) -> None:
    text = ("Governor Karl Olsen visited Kobe on Monday. Mayor Li Ming visited Osaka on Monday. "
            "The delegation then toured the Luxi Free Trade Zone.")
    assert not {v for v in visits(extractor, text) if v[1] == "Luxi Free Trade Zone"}


@pytest.mark.parametrize(
    "stop",
    [
        "The first stop on Zhou's inspection tour was the Luxi Free Trade Zone.",
        "Zhou's next stop was the Luxi Free Trade Zone, where he learned about its exports.",
        "The Luxi Free Trade Zone was the delegation's last stop.",
    ],
)
def test_a_stop_the_text_names(extractor: Extractor, stop: str) -> None:
    assert ("Zhou Bin", "Luxi Free Trade Zone") in visits(extractor, _LED + stop)


def test_the_speaker_of_the_party_speaks_of_his_visit(extractor: Extractor) -> None:
    text = ("On May 10, Vice Governor Li Ming met in Changsha with a delegation headed by Mr. "
            "Karl Olsen. Mr. Karl Olsen said that the visit to Hunan was a precious experience.")
    assert ("Karl Olsen", "Hunan") in visits(extractor, text)


@pytest.mark.parametrize(
    "joined",
    [
        "Taking part in the inspection were Wang Hao and Liu Yang.",
        "Also joining the delegation were Wang Hao and Liu Yang.",
    ],
)
def test_those_listed_after_joining_the_trip_visit_its_stops(extractor: Extractor,
                                                             joined: str) -> None:
    text = (_LED + "The guests toured Hanfeng Motors Co., Ltd. on Tuesday. " + joined)
    got = visits(extractor, text)
    assert {("Wang Hao", "Hanfeng Motors Co., Ltd."), ("Liu Yang", "Hanfeng Motors Co., Ltd.")} \
        <= got


def test_the_one_visitor_leads_though_others_accompanied_him(extractor: Extractor) -> None:
    text = ("On May 3, Governor Li Ming inspected Hanfeng Motors Co., Ltd. in Xiamen. Vice "
            "Governor Zhou Wei accompanied the inspection. Li Ming then went to the Qiantan "
            "Port Group, where he learned about its container throughput.")
    got = visits(extractor, text)
    assert {("Li Ming", "Qiantan Port Group"), ("Zhou Wei", "Qiantan Port Group")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "From May 3 to 10, a delegation of Anhui Province visited Germany. Governor Li Ming, "
        "accompanied by Zhou Bin and Wang Hao, met with the Minister of Economy of Bavaria. "
        "The delegation visited Hexing Electronics and learned about its products.",
        "Governor Li Ming, accompanied by Vice Governor Zhou Bin and Wang Hao, met the mayor "
        "of Munich on May 3. Later, they visited Hexing Electronics.",
        # the active form: "B and C accompanied A"
        "Mayor Karl Olsen met Governor Li Ming in Munich. Vice Governor Zhou Bin and Wang Hao, "
        "Secretary-General of the Provincial Government, accompanied Governor Li Ming. The "
        "delegation visited Hexing Electronics.",
    ],
)
def test_the_accompanied_party_makes_the_delegations_visits(extractor: Extractor,
                                                            text: str) -> None:
    """With no leader named and no visit stated yet, the one the document says others
    accompany leads the party (tours._escorted)."""
    found = visits(extractor, text)
    assert {("Li Ming", "Hexing Electronics"), ("Zhou Bin", "Hexing Electronics"),
            ("Wang Hao", "Hexing Electronics")} <= found


def test_no_party_no_delegation_visit(extractor: Extractor) -> None:
    # nobody is said to be accompanied: whose delegation it is stays unknown
    assert not visits(extractor, "Governor Li Ming met the mayor of Munich on May 3. The "
                                 "delegation visited Hexing Electronics.")


def test_who_accompanies_an_unnamed_delegation_visits_its_stops(extractor: Extractor) -> None:
    found = visits(extractor, "Vice Governor Zhou Bin accompanied the delegation. The "
                              "delegation visited Hexing Electronics and the Hefei High-tech Zone.")
    assert {("Zhou Bin", "Hexing Electronics"), ("Zhou Bin", "Hefei High-tech Zone")} <= found
