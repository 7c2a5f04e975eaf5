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


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a seat in a foreign legislature (gazetteer) is a state post
        ("Karl Olsen, a member of the House of Lords, met Zhou Ping.", "Karl Olsen",
         "House of Lords"),
        ("Anna Berg, a member of the Bundestag, visited Wuhu.", "Anna Berg", "Bundestag"),
    ],
)
def test_a_member_of_a_legislature_is_an_official(extractor: Extractor, text: str, person: str,
                                                  body: str) -> None:
    assert classes(extractor, text).get(person) == "Official"
    assert (person, body) in pairs(run(extractor, text), "holdsPositionIn")


def test_the_ifc_is_an_organisation_not_a_company(extractor: Extractor) -> None:
    text = "The International Finance Corporation signed a loan with Wuhu."
    assert classes(extractor, text).get("International Finance Corporation") == "Organization"
