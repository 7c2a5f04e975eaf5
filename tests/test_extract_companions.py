"""Who else made the trip (kg/extract/people/companions.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_TOUR = ("On May 8, a group of officials including Zhao Mingde, deputy director of the Trade "
         "Department of the General Administration of Customs, and Qian Lirong, deputy director "
         "of Luoyang Customs, inspected the Luoyang Comprehensive Bonded Zone. ")


def visits(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return pairs(run(extractor, text), "visited")


def test_the_members_a_group_names_visit_what_the_group_visits(extractor: Extractor) -> None:
    text = _TOUR + ("The inspection group first went to Hengfa Copper Co., Ltd. and Luoyang "
                    "Bearing Group to learn about their production.")
    got = visits(extractor, text)
    assert {(p, s) for p in ("Zhao Mingde", "Qian Lirong")
            for s in ("Hengfa Copper Co., Ltd.", "Luoyang Bearing Group")} <= got


@pytest.mark.parametrize(
    "joined",
    [
        "Wang Haibo, mayor of Luoyang, participated in the inspection.",
        "Wang Haibo, mayor of Luoyang, took part in the investigation.",
        "Wang Haibo, mayor of Luoyang, joined the visit.",
        "Also present during the tour was Wang Haibo, mayor of Luoyang.",
    ],
)
def test_who_joins_the_trip_visits_its_sites_but_not_his_own_city(
        extractor: Extractor, joined: str) -> None:
    text = ("Karl Olsen led a delegation to Luoyang. The delegation visited the Luoyang "
            "Comprehensive Bonded Zone. " + joined)
    got = visits(extractor, text)
    assert ("Wang Haibo", "Luoyang Comprehensive Bonded Zone") in got
    assert ("Wang Haibo", "Luoyang") not in got


def test_a_visitor_from_elsewhere_who_joins_visits_the_city(extractor: Extractor) -> None:
    text = ("Karl Olsen led a delegation to Luoyang. Anna Berg, director of the Oslo Port "
            "Authority, joined the visit.")
    assert ("Anna Berg", "Luoyang") in visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "or": which of the two they took part in is not said
        "Karl Olsen visited the Luoyang Comprehensive Bonded Zone. Anna Berg, director of the "
        "Oslo Port Authority, participated in the inspection or symposium.",
        # taking part in a meeting is no trip
        "Karl Olsen visited the Luoyang Comprehensive Bonded Zone. Anna Berg, director of the "
        "Oslo Port Authority, participated in the meeting.",
        # no one visited anything: nothing to join
        "Anna Berg, director of the Oslo Port Authority, participated in the inspection.",
    ],
)
def test_no_trip_to_join_gives_no_visit(extractor: Extractor, text: str) -> None:
    assert not {s for s, _ in visits(extractor, text)} & {"Anna Berg"}


def test_who_accompanied_him_visits_his_sites(extractor: Extractor) -> None:
    text = ("Kong Weiming inspected the Luoyang Comprehensive Bonded Zone on Monday. Fu "
            "Xiaoling, deputy mayor, and Tang Jun, secretary general, accompanied him.")
    got = visits(extractor, text)
    assert {("Fu Xiaoling", "Luoyang Comprehensive Bonded Zone"),
            ("Tang Jun", "Luoyang Comprehensive Bonded Zone")} <= got


def test_the_host_who_accompanies_guests_does_not_visit_his_own_province(
        extractor: Extractor) -> None:
    text = ("Karl Olsen visited Anhui and the Hefei plant of Nordvolt. Li Wenhai, Governor of "
            "Anhui Province, accompanied the visit.")
    got = visits(extractor, text)
    assert ("Li Wenhai", "Anhui") not in got
    assert ("Karl Olsen", "Anhui") in got
