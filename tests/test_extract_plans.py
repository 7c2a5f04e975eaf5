"""Issuing a named plan and acting under one, said around a common noun ("the “X” campaign,
initiated by A") or by a participle ("Guided by the X plan, A ..."), on invented sentences
(kg/extract/gatherings/programmes.py, relations.implements)."""

from __future__ import annotations

import pytest
from extracting import pairs, run, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name on the common noun an issuing participle describes
        ('The "Linzhou Brands Going Global" campaign, initiated by Hubei in 2021, has helped '
         "300 firms.", {("Hubei", "Linzhou Brands Going Global")}),
        # "Guided by X, A did ...": A acts under X
        ('Guided by the "Open Linzhou 2025" action plan, Hubei has opened 20 new routes.',
         {("Hubei", "Open Linzhou 2025")}),
        ("President Xi Jinping put forward the Belt and Road Initiative in 2013.",
         {("Xi Jinping", "Belt and Road Initiative")}),
    ],
)
def test_issuing_and_acting_under_a_named_plan(extractor: Extractor, text: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "implements") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place before "-proposed" launched the programme; it is no part of its name
        ("Laos has been an active participant in the China-proposed Belt and Road Initiative.",
         {("China", "implements", "Belt and Road Initiative"),
          ("Laos", "participatesIn", "Belt and Road Initiative")}),
        ("The China-led Belt and Road Initiative has created jobs in Laos.",
         {("China", "implements", "Belt and Road Initiative")}),
    ],
)
def test_a_proposer_before_a_hyphen_launched_the_programme(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    ex = run(extractor, text)
    assert "China-proposed" not in {m.text for m in ex.mentions}
    assert {t for t in triples(ex) if t[1] in ("implements", "participatesIn")} == expected
