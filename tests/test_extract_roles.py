"""A place or body given a role at an event takes part in it (kg/extract/gatherings/presence.py
``event_roles``; "At E, A and B ..." in participation.py ``participates``), on invented
sentences with invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said that Mexico is the country of honor of the 4th Harbour Fair.",
         ("Mexico", "4th Harbour Fair")),
        ("The 3rd Harbin Trade Fair opened on Tuesday, with Fujian as the guest province.",
         ("Fujian", "3rd Harbin Trade Fair")),
        ("Peru, the guest country of the 2nd Andes Expo, sent 40 companies.",
         ("Peru", "2nd Andes Expo")),
        ("Peru is a guest country of honour at the 2nd Andes Expo.",
         ("Peru", "2nd Andes Expo")),
        # "the expo": the passage's event
        ("The 5th Lantai Expo opened in Kunming on Monday. Kenya will serve as the theme "
         "country of the expo.", ("Kenya", "expo")),
        # a guest of honour, no event named in the sentence: the passage's
        ("The 4th Harbour Fair closed on Monday.\n\nBrazil was the guest of honor.",
         ("Brazil", "4th Harbour Fair")),
        ("The 4th Harbour Fair closed on Monday.\n\nBrazil was the guest of honor, while "
         "Shanxi province and Tibet autonomous region were the guest provinces of honor.",
         ("Tibet autonomous region", "4th Harbour Fair")),
        # capitalised, and the holder an apposition to the subject
        ("The 5th Morvan Expo ended in Taiyuan.\n\nPeru was this year's Guest Country of "
         "Honor, while another region, Gansu, was the Guest Province of Honor.",
         ("Gansu", "5th Morvan Expo")),
        ("The 5th Morvan Expo ended in Taiyuan.\n\nAs the Guest Country of Honour at the 2023 "
         "expo, Oman sent a delegation of 150 representatives.", ("Oman", "5th Morvan Expo")),
    ],
)
def test_a_role_at_an_event_is_taking_part(extractor: Extractor, text: str,
                                           expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "participatesIn")


@pytest.mark.parametrize(
    "text",
    [
        # a trade partner is no role at an event
        "The 2nd Andes Expo closed. Peru is an important trade partner of Chile.",
        # no event at all
        "Peru is the guest country of honour.",
    ],
)
def test_no_role_no_taking_part(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(run(extractor, text), "participatesIn") if p[0] == "Peru"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 5th Lantai Expo opened in Kunming on Monday. Organizers of the expo include the "
         "Kenya Chamber of Commerce and the Yunnan Provincial Department of Commerce.",
         {("Kenya Chamber of Commerce", "expo"),
          ("Yunnan Provincial Department of Commerce", "expo")}),
        ("The 5th Lantai Expo opened in Kunming on Monday. Nordvik Steel Co., Ltd. is one of "
         "the exhibitors.", {("Nordvik Steel Co., Ltd.", "5th Lantai Expo")}),
        ("The 5th Lantai Expo opened in Kunming on Monday. Nordvik Steel Co., Ltd. and Tarsis "
         "Group were among the sponsors.",
         {("Nordvik Steel Co., Ltd.", "5th Lantai Expo"), ("Tarsis Group", "5th Lantai Expo")}),
        # set at the event: "At the X Expo, <countries> <verb>"
        ("At the 5th Lantai Expo, Kenya, Peru and Chile showcased their products.",
         {("Kenya", "5th Lantai Expo"), ("Peru", "5th Lantai Expo"),
          ("Chile", "5th Lantai Expo")}),
        ("At the 5th Lantai Expo, Nordvik Steel Co., Ltd. unveiled a new truck.",
         {("Nordvik Steel Co., Ltd.", "5th Lantai Expo")}),
    ],
)
def test_a_part_said_as_a_noun_or_a_setting(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(run(extractor, text), "participatesIn")


@pytest.mark.parametrize(
    "text",
    [
        "Peru is one of the exhibitors.",  # no event
        "During the 5th Lantai Expo, trade between Peru and Chile grew.",
        "The 5th Lantai Expo opened. Peru is one of Chile's largest trade partners.",
    ],
)
def test_no_part_no_taking_part(extractor: Extractor, text: str) -> None:
    assert not {p for p in pairs(run(extractor, text), "participatesIn") if p[0] == "Peru"}


def test_a_role_of_honour_is_no_name(extractor: Extractor) -> None:
    """ "the Guest Country of Honor" is a role, not a firm or a city called "Honor"."""
    found = classes(extractor, "The 5th Morvan Expo ended. Peru was this year's Guest Country "
                    "of Honor. As the Guest Country of Honour, Oman sent 150 people.")
    assert not {"Honor", "Honour", "Guest Country"} & set(found)
