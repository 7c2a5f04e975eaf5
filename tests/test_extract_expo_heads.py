"""'the expo' after an "Exposition" and an "Expo" of the same series: the back-reference of
kg/extract/entities/mentions.py keys both heads as one, on invented sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "host", "event", "other"),
    [
        ("Traders attended the third Poland-China Exposition, which opened on Monday in Wuhan.\n\n"
         "The expo, which is to last till Friday, is hosted by the Ministry of Commerce.\n\n"
         "The second Poland-China Expo ended last May in Wuhan.",
         "Ministry of Commerce", "Third Poland-China Exposition", "Second Poland-China Expo"),
    ],
)
def test_the_expo_is_the_passages_exposition(extractor: Extractor, text: str, host: str,
                                               event: str, other: str) -> None:
    ex = run(extractor, text)
    refs = {m.refers_to for m in ex.mentions if m.text == "expo"}
    assert other not in refs
    assert (host, other) not in pairs(ex, "participatesIn")


def test_one_expo_is_still_the_expo(extractor: Extractor) -> None:
    text = ("Traders attended the Baltic Expo in Wuhan.\n\n"
            "The expo is hosted by the Ministry of Commerce.")
    refs = {m.refers_to for m in run(extractor, text).mentions if m.text == "expo"}
    assert refs == {"Baltic Expo"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The first Andes-China Expo opened on Monday in Chengdu.\n\n"
         "Exhibitors from Peru and Chile have been attracted to the fair.\n\n"
         "Its predecessor, known as the Chengdu International Trade Fair, was held in 2010.",
         ("Peru", "Chengdu International Trade Fair")),
    ],
)
def test_no_reference_forward(extractor: Extractor, text: str,
                              wrong: tuple[str, str]) -> None:
    ex = run(extractor, text)
    assert not {m.refers_to for m in ex.mentions if m.text == "fair"} - {None}
    assert wrong not in pairs(ex, "participatesIn")


def test_a_reference_back_stays(extractor: Extractor) -> None:
    text = ("The Chengdu International Trade Fair opened on Monday.\n\n"
            "Exhibitors from Peru have been attracted to the fair.")
    refs = {m.refers_to for m in run(extractor, text).mentions if m.text == "fair"}
    assert refs == {"Chengdu International Trade Fair"}
