"""Taking part written as a noun phrase ("exhibitors from A and B at the X Expo"):
kg/extract/gatherings/nounparts.py, on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exhibitors from Ghana and Peru at the 12th China-ASEAN Expo showed coffee and cocoa.",
         {("Ghana", "12th China-ASEAN Expo"), ("Peru", "12th China-ASEAN Expo")}),
        ("The booths of exhibitors from Ghana at the 12th China-ASEAN Expo were busy.",
         {("Ghana", "12th China-ASEAN Expo")}),
    ],
)
def test_participants_from_a_place_at_an_event(extractor: Extractor, text: str,
                                               expected: set) -> None:
    assert expected <= pairs(run(extractor, text), "participatesIn")


def test_participants_from_a_place_to_a_city_take_part_in_nothing(extractor: Extractor) -> None:
    text = "Exhibitors from Ghana to Changsha sold coffee."
    assert not pairs(run(extractor, text), "participatesIn")
