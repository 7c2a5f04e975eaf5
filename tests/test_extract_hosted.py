"""A visit told only by its meeting (kg/extract/people/hosted.py), on invented articles."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor

_MET = ("Yesterday at the VIP room in the city hall, Mayor Zhou Ming met with Erik Lund, the "
        "governor of Telemark, Norway, also head of the Telemark delegation, with Deputy Mayor "
        "Sun Bo attending the meeting. Zhou gave a warm welcome to the delegation and briefed "
        "them on the development of Yantai.")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (_MET + " He hoped cooperation could be strengthened through the visit.",
         {("Erik Lund", "Yantai")}, set()),
        # no visit told at all: a call or a meeting abroad may be meant
        (_MET + " He hoped cooperation could be strengthened.", set(),
         {("Erik Lund", "Yantai")}),
        # the visit's place is told: that place only
        (_MET + " The delegation also visited Weihai during the visit.",
         {("Erik Lund", "Weihai")}, {("Erik Lund", "Yantai")}),
    ],
)
def test_visit_told_by_its_meeting(extractor: Extractor, text: str,
                                   expected: set[tuple[str, str]],
                                   absent: set[tuple[str, str]]) -> None:
    visits = pairs(run(extractor, text), "visited")
    assert expected <= visits
    assert not absent & visits
