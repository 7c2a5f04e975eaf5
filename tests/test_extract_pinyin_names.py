"""Chinese names the model misses whole are found by their pinyin (kg/extract/entities/
pinyinnames.py): a listed surname and a given name of one or two pinyin syllables, on
invented sentences; and what is no such name (a longer name, a place, an English word)."""

from __future__ import annotations

import pytest
from extracting import classes

from kg.extract import Extractor
from kg.extract.entities.pinyinnames import syllables

HEAD = "---\ntitle: News\ndate: 2024-05-20\n---\nNews\n\n"


@pytest.mark.parametrize(
    ("word", "count"),
    [("ming", 1), ("guohua", 2), ("xi'an", 2), ("zhengpu", 2), ("jianguo", 2),
     ("hotel", 0), ("group", 0), ("smith", 0)],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Li Ming met with Qujing's Party Committee Secretary Zhang Guohua on Monday.",
         "Li Ming"),
        ("Gao Jianguo met the visitors from Chile in the afternoon.", "Gao Jianguo"),
    ],
)
def test_missed_pinyin_names_are_people(extractor: Extractor, body: str, name: str) -> None:
    assert classes(extractor, HEAD + body).get(name) in ("Person", "Official")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("The Li Ming Hotel hosted the dinner for the guests.", "Li Ming"),
        ("He Can went home after the talks.", "He Can"),
        ("Delegates from Hong Kong attended the fair.", "Hong Kong"),
    ],
)
def test_no_person_from_other_words(extractor: Extractor, body: str, words: str) -> None:
    found = classes(extractor, HEAD + body)
    assert found.get(words) not in ("Person", "Official")
