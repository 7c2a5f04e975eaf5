"""Organs of state named by keyword: a mission with a nationality first (kg/extract/names.py,
``_strip_leading``), an assembly (kg/data/words/name_keywords.txt), on invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lars Berg, Counselor of the Chinese Consulate-General in Shanghai, attended the fair.",
         "Chinese Consulate-General in Shanghai"),
        ("Officials of the Chinese Embassy in Norway attended the fair.",
         "Chinese Embassy in Norway"),
    ],
)
def test_nationality_opens_a_mission(extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "GovernmentBody"


def test_nationality_alone_names_nothing(extractor: Extractor) -> None:
    assert "Chinese" not in classes(extractor, "Chinese companies attended the Harbin fair.")


def test_an_assembly_is_an_organ_of_state(extractor: Extractor) -> None:
    text = "Anna Lund, vice chairperson of the National Assembly of Norway, spoke at the fair."
    assert classes(extractor, text).get("National Assembly of Norway") == "GovernmentBody"
    assert ("Anna Lund", "National Assembly of Norway") in pairs(
        run(extractor, text), "holdsPositionIn")
    assert classes(extractor, text)["Anna Lund"] == "Official"


def test_a_lowercase_assembly_names_nothing(extractor: Extractor) -> None:
    assert classes(extractor, "The assembly of delegates voted on Monday.") == {}


def test_guests_open_no_event_name(extractor: Extractor) -> None:
    text = ("Governor Zhou Hao Met with Guests of Bergen Fair\n\nOn 7 July 2016, Mr. Zhou Hao, "
            "Governor of Hebei Province met with guests attending the 22nd Bergen Trade Fair.")
    names = classes(extractor, text)
    assert not any(n.startswith("Guests") for n in names)
    assert names.get("22nd Bergen Trade Fair") == "Event"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a second post after "and" ends the body's name
        ("Mr. Karl Olsen, Vice Minister of Ministry of Trade and Special Representative of "
         "Deputy Prime Minister of Norway, attended the Bergen Fair.", "Ministry of Trade"),
        # a body's own "and" stays in its name
        ("Officials of the Ministry of Industry and Information Technology attended the Bergen "
         "Fair.", "Ministry of Industry and Information Technology"),
    ],
)
def test_a_second_post_ends_the_body(extractor: Extractor, text: str, body: str) -> None:
    assert classes(extractor, text).get(body) == "GovernmentBody"
