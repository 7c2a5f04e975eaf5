"""A short form the document defines ("the Development Research Center (DRC)") stands for its
name, not for what the gazetteer would read in it (kg/extract/entities/mentions.py); an organ
"of the State Council" is a government body (kg/extract/namekeys.py). Invented sentences."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor


def test_a_defined_short_form_is_not_the_gazetteers(extractor: Extractor) -> None:
    text = ("A team from the Development Research Center of the State Council (DRC) visited "
            "Hefei. Zhou Ping, Director of the DRC's General Office, spoke.")
    ex = run(extractor, text)
    assert not [m for m in ex.mentions if m.cls == "Country"]
    assert ("Zhou Ping", "DRC") in pairs(ex, "holdsPositionIn")


def test_an_undefined_short_form_keeps_the_gazetteers_reading(extractor: Extractor) -> None:
    assert classes(extractor, "The DRC signed a deal with Hefei.").get("DRC") == "Country"


@pytest.mark.parametrize(
    "name",
    ["Development Research Center of the State Council",
     "Information Office of the State Council"],
)
def test_an_organ_of_the_state_council_is_a_government_body(extractor: Extractor,
                                                            name: str) -> None:
    assert classes(extractor, f"The {name} held a meeting in Hefei.").get(name) == "GovernmentBody"
