"""A delegation from a place with no named leader: the officials named as serving in that
place are its members (kg/extract/people/members.py), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import run, triples

from kg.extract import Extractor

_TALKS = ("On May 3, the Consulate General held talks with local officials of Yunnan Province. "
          "The delegation from Yunnan came to Houston for the Urban Planning Training Program. "
          "Consul Lin Hao, as well as Mayor of Kunming City Li Qiang, Mayor of Dali City Zhou "
          "Ping and others from the Yunnan delegation, were among 20 people in attendance.")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (_TALKS,
         {("Li Qiang", "visited", "Houston"), ("Zhou Ping", "visited", "Houston"),
          ("Li Qiang", "participatesIn", "Urban Planning Training Program"),
          ("Zhou Ping", "participatesIn", "Urban Planning Training Program")},
         # the consul serves in no Yunnan place: not a member
         {("Lin Hao", "visited", "Houston"),
          ("Lin Hao", "participatesIn", "Urban Planning Training Program")}),
        # the host city's mayor is no member
        ("The delegation from Yunnan came to Houston. Mayor of Houston Tom Rudd and Mayor of "
         "Kunming City Li Qiang attended.", {("Li Qiang", "visited", "Houston")},
         {("Tom Rudd", "visited", "Houston")}),
        # a named leader: the visit rules place the leader, no guess about the rest
        ("A delegation from Yunnan led by Governor Wang Ming came to Houston. Mayor of Kunming "
         "City Li Qiang said trade would grow.", set(), {("Li Qiang", "visited", "Houston")}),
    ],
)
def test_delegation_members(extractor: Extractor, text: str,
                            expected: set[tuple[str, str, str]],
                            absent: set[tuple[str, str, str]]) -> None:
    found = triples(run(extractor, text))
    assert expected <= found
    assert not absent & found
