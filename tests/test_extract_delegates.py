"""Where a delegation's leader serves (kg/extract/people/delegates.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_REPORT = """---
title: "Governor meets delegation"
date: 2021-05-10
---
Governor meets delegation

{sentence} Zhejiang will help its partners. Zhejiang Province and its partners met again.
"""


@pytest.mark.parametrize(
    ("sentence", "leader", "place"),
    [
        ("Governor Li Ming met with the Party and government delegation from Hetian "
         "Prefecture headed by the prefecture deputy Party secretary Wu Gang.",
         "Wu Gang", "Hetian Prefecture"),
        ("Mayor Sun Tao met with a delegation from Xuchang led by Zhou Ping, Party "
         "secretary of the city, in Hangzhou.", "Zhou Ping", "Xuchang"),
        ("A delegation from Linhe District, headed by district mayor Chen Bo, visited "
         "Ningbo.", "Chen Bo", "Linhe District"),
    ],
)
def test_a_delegations_leader_serves_where_it_comes_from(
        extractor: Extractor, sentence: str, leader: str, place: str) -> None:
    served = pairs(run(extractor, _REPORT.format(sentence=sentence)), "servesIn")
    assert (leader, place) in served
    assert (leader, "Zhejiang") not in served  # not the host's province


@pytest.mark.parametrize(
    "sentence",
    [
        # a post that names its own place keeps it
        "Li Ming met a delegation from Xuchang led by Zhou Ping, mayor of Kaifeng.",
        # no post: a businessman, not an official
        "Li Ming met a delegation from Xuchang led by Zhou Ping.",
        # a country's delegation: national posts serve only where the title names the state
        "Li Ming met a delegation from Norway led by Minister Anna Berg.",
    ],
)
def test_no_place_from_the_delegation(extractor: Extractor, sentence: str) -> None:
    served = pairs(run(extractor, _REPORT.format(sentence=sentence)), "servesIn")
    assert not {p for p in served if p[0] in ("Zhou Ping", "Anna Berg")} - {
        ("Zhou Ping", "Kaifeng")}


_GUESTS = """Secretary meets prefecture delegation

Li Ming, CPC Yunnan Provincial Committee secretary, met in Kunming with the Nara Prefecture \
Government delegation on November 11. It was led by Governor Taro Sato and Ken Ito, \
chairperson of the Nara Prefectural Assembly.

Governor Taro Sato said Nara valued its ties with Yunnan. Yunnan Province grew fast.
"""


def test_the_people_named_as_the_delegations_leaders_are_the_ones_met(
        extractor: Extractor) -> None:
    ex = run(extractor, _GUESTS)
    met = {frozenset(p) for p in pairs(ex, "metWith")}
    assert met == {frozenset(("Li Ming", "Taro Sato")), frozenset(("Li Ming", "Ken Ito"))}


def test_a_visiting_governor_does_not_serve_in_the_hosts_province(
        extractor: Extractor) -> None:
    served = pairs(run(extractor, _GUESTS), "servesIn")
    assert ("Li Ming", "Yunnan") in served
    assert not {p for p in served if p[0] == "Taro Sato" and p[1] != "Nara"}
