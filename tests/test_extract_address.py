"""A person's name (kg/extract/namekeys.py, context.py, ner.py, givennames.py), on invented
sentences: "His Excellency X" and "H.E. X" give the person X, who still acts in the sentence
although the parser makes "Excellency" its subject; less common Chinese surnames; one name
with a post or trade in apposition."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, run

from kg.extract import Extractor
from kg.extract.namekeys import unaddressed


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("His Excellency Tomas Verlan", "Tomas Verlan"),
        ("Her Excellency Ana Torrel", "Ana Torrel"),
        ("H.E. Mr. Tomas Verlan", "Tomas Verlan"),
        ("Excellency", "Excellency"),  # the last word always stays
        ("His Royal Highness", "His Royal Highness"),
        ("Tomas Verlan", "Tomas Verlan"),
    ],
)
def test_unaddressed(name: str, bare: str) -> None:
    assert unaddressed(name) == bare


@pytest.mark.parametrize(
    "text",
    [
        "His Excellency Tomas Verlan, Ambassador of Ruritania to China, visited Hefei on Monday.",
        "H.E. Tomas Verlan, Ambassador of Ruritania to China, visited Hefei on Monday.",
        "Her Excellency Tomas Verlan visited Hefei on Monday.",
    ],
)
def test_the_addressed_person_is_named_and_acts(extractor: Extractor, text: str) -> None:
    found = classes(extractor, text)
    assert "Tomas Verlan" in found
    assert not any("Excellency" in name for name in found)
    assert ("Tomas Verlan", "Hefei") in pairs(run(extractor, text), "visited")


@pytest.mark.parametrize("surname", ["Ba", "Ran", "Zhuo", "Weng"])
def test_a_listed_surname_marks_a_chinese_official(extractor: Extractor, surname: str) -> None:
    """Less common surnames of the list (kg/data/words/chinese_surnames.txt) also tell a
    Chinese official, who serves in the city the report is about
    (kg/extract/people/jurisdiction.py)."""
    text = ("Chongqing opened a new rail route on Monday. \"The route will cut costs,\" said "
            f"{surname} Tianyu, director of the municipal port office.")
    assert (f"{surname} Tianyu", "Chongqing") in pairs(run(extractor, text), "servesIn")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lajan, a businessman from Pakistan, greeted customers in fluent Chinese.", "Lajan"),
        ('"The plant is ready." Sutarno, head of the nickel project in Indonesia, told '
         "reporters.", "Sutarno"),
    ],
)
def test_a_one_word_name_with_a_post_in_apposition_is_a_person(extractor: Extractor,
                                                                text: str, name: str) -> None:
    assert classes(extractor, text).get(name) in ("Person", "Official")


def test_a_hyphenated_surname_is_not_cut_to_its_last_part(extractor: Extractor) -> None:
    """ "Harley-Vane, chairman of ...": the end of a hyphenated name is no one-word name."""
    cls = classes(extractor, "Sir Edmund Harley-Vane, chairman of the Anglo-Asian Business "
                             "Council, met Zhang Xin in Guangzhou.")
    assert cls.get("Edmund Harley-Vane") == "Person"
    assert "Vane" not in cls


@pytest.mark.parametrize(
    "text",
    ["Haier, a leading maker of appliances, opened a plant.",
     "Yesterday, the mayor opened the fair.",
     "Moreover, officials said the plan works."],
)
def test_no_lone_name_without_a_persons_post(extractor: Extractor, text: str) -> None:
    assert not {n for n, c in classes(extractor, text).items() if c in ("Person", "Official")}
