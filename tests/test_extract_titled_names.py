"""Names beside posts and credits that the statistical model cuts or glues
(kg/extract/entities/ner.py, headings.py; kg/extract/namekeys.py), on invented sentences with
invented names."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import Extractor
from kg.extract.entities.ner import ner_names
from kg.extract.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Xinhua Online, May 3rd (all media reporter Zhao Lemin Qian Duo) The fair was held in "
         "Wuhan on May 2.", ("Zhao Lemin", "Qian Duo")),
        ("Hunan Daily, June 4 (correspondents Liu Pengfei, Gao Wenjie) Li Ming opened the "
         "expo.", ("Liu Pengfei", "Gao Wenjie")),
    ],
)
def test_reporters_credited_in_brackets_are_no_entities(
        extractor: Extractor, text: str, names: tuple[str, ...]) -> None:
    found = classes(extractor, text)
    for name in names:
        assert name not in found


@pytest.mark.parametrize(
    ("text", "name", "place", "cls"),
    [
        ("Li Ming met the Vice Governor of Batangas Carlo Reyes and the Mayor of Lipa Juan "
         "Santos.", "Juan Santos", "Lipa", "City"),
        ("Governor of Cebu Maria Cruz and Li Ming signed the deal.", "Maria Cruz", "Cebu",
         "Region"),
    ],
)
def test_a_place_after_mayor_of_is_no_part_of_the_holders_name(
        extractor: Extractor, text: str, name: str, place: str, cls: str) -> None:
    found = classes(extractor, text)
    assert found.get(name) == "Official"
    assert found.get(place) == cls
    assert not any(place in m and name in m for m in found if m != name)


def test_a_surname_after_a_post_and_a_given_name_is_no_organisation(
        extractor: Extractor) -> None:
    text = "Consul General Ana Reyes paid a courtesy call on Liu Fang on Monday."
    found = classes(extractor, text)
    assert found.get("Ana Reyes") in ("Official", "Person")
    assert "Reyes" not in found


def test_a_leading_group_is_an_organ_of_state(extractor: Extractor) -> None:
    text = ("Mr. Wang Lei, Deputy Chief of Wuhan Municipal Tourism Reform Leading Group, "
            "attended the meeting.")
    assert classes(extractor, text).get(
        "Wuhan Municipal Tourism Reform Leading Group") == "GovernmentBody"
    assert ("Wang Lei", "Wuhan Municipal Tourism Reform Leading Group") in pairs(
        run(extractor, text), "holdsPositionIn")


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Quispe paid a courtesy call on Wuhan Foreign Affairs Office (WHFAO) Director "
        "General Liu Fang on 07 July 2021.",
        "Rosa Quispe met Wuhan Foreign Affairs Office Director General Liu Fang on 3rd May.",
    ],
)
def test_a_date_after_on_ends_the_name_before_it(extractor: Extractor, text: str) -> None:
    found = classes(extractor, text)
    assert found.get("Wuhan Foreign Affairs Office") == "GovernmentBody"
    assert found.get("Liu Fang") == "Official"


def _model_says(nlp: Language, text: str, label: str, words: str) -> Doc:
    """``text`` parsed, with the model's entities replaced by one: ``words`` as ``label``
    (the statistical model's misreadings depend on the names; this fixes one)."""
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    doc.ents = [span]
    return doc


def _found(doc: Doc, gazetteer: Gazetteer) -> dict[str, str]:
    return {c.text: c.cls for c in ner_names(doc, gazetteer)}


@pytest.mark.parametrize(
    ("text", "glued", "name", "place"),
    [
        ("Ethiopian Ambassador to China Abebe Tadesse, Ghana's Ambassador to China Kofi "
         "Mensah attended.", "China Abebe Tadesse", "Abebe Tadesse", "China"),
        ("Li Ming met Consul General in Chongqing Rosa Quispe.", "Chongqing Rosa Quispe",
         "Rosa Quispe", "Chongqing"),
    ],
)
def test_the_place_a_post_is_to_is_no_part_of_the_holders_name(
        nlp: Language, gazetteer: Gazetteer, text: str, glued: str, name: str,
        place: str) -> None:
    found = _found(_model_says(nlp, text, "ORG", glued), gazetteer)
    assert found.get(name) == "Person"
    assert place in found
    assert glued not in found


def test_a_name_set_off_after_a_post_is_a_person(
        nlp: Language, gazetteer: Gazetteer) -> None:
    text = ("Paying a visit to Wuhan, the Kazakh Ambassador to the People's Republic of China, "
            "Aidar Nurlanov, has met with Li Ming.")
    found = _found(_model_says(nlp, text, "ORG", "Aidar Nurlanov"), gazetteer)
    assert found.get("Aidar Nurlanov") == "Person"


def test_a_name_set_off_after_a_company_is_no_person(
        nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Products from the region, Acme Dynamics, Borel Foods and others were shown."
    found = _found(_model_says(nlp, text, "ORG", "Borel Foods"), gazetteer)
    assert found.get("Borel Foods") != "Person"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The meeting was attended by Governor of Hunan Li Ming, President of the Kenya "
         "National Chamber of Commerce and Industry (KNCCI) Otieno Baraka, and officials from "
         "relevant sectors.", "Otieno Baraka", "Person"),
        ("The meeting was attended by Governor of Hunan Li Ming, President of the Kenya "
         "National Chamber of Commerce and Industry (KNCCI) Otieno Baraka, and officials from "
         "relevant sectors.", "Li Ming", "Official"),
    ],
)
def test_officials_after_and_are_other_people(
        extractor: Extractor, text: str, name: str, cls: str) -> None:
    assert classes(extractor, text).get(name) == cls


@pytest.mark.parametrize(
    "name",
    ["Chinese General Chamber of Commerce of Peru", "Chinese Academy of Sciences",
     "Chinese General Chamber of Commerce of Lima Branch"],
)
def test_a_nationality_opens_a_bodys_x_of_y_name(extractor: Extractor, name: str) -> None:
    text = f"Li Ming met 30 delegates from {name} in Wuhan."
    assert classes(extractor, text).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The expo is hosted by Ruritania's Ministry of Food, Agriculture and Light Industry, "
         "and the People's Government of Hunan Province.",
         "Ministry of Food, Agriculture and Light Industry"),
        ("Li Ming met officials of the Ministry of Fisheries, Forestry and Rural Affairs.",
         "Ministry of Fisheries, Forestry and Rural Affairs"),
    ],
)
def test_an_organ_named_for_several_fields_is_one_name(
        extractor: Extractor, text: str, name: str) -> None:
    assert classes(extractor, text).get(name) == "GovernmentBody"


def test_names_after_an_organ_are_no_fields_of_it(extractor: Extractor) -> None:
    text = "The Ministry of Commerce, Li Ming and Wang Fang attended the fair."
    found = classes(extractor, text)
    assert found.get("Ministry of Commerce") == "GovernmentBody"
    assert not any(m.startswith("Ministry of Commerce,") for m in found)
