"""State posts known from the hand-kept leaders list (kg/extract/people/incumbents.py), on
invented sentences naming real leaders: whether a post covers the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import classes

from kg.extract import Extractor
from kg.extract.people.incumbents import in_office, name_key, terms_by_name


def dated(date: str | None, text: str) -> str:
    return f"---\ntitle: A test\ndate: {date}\n---\n{text}\n" if date else text


@pytest.mark.parametrize(
    ("date", "text", "name", "cls"),
    [
        # in office, no post beside the name
        ("2019-06-05", "Vladimir Putin said the two sides would expand trade in grain.",
         "Vladimir Putin", "Official"),
        ("2023-09-01", "Talks between Narendra Modi and Anthony Albanese covered minerals.",
         "Narendra Modi", "Official"),
        ("2023-09-01", "Talks between Narendra Modi and Anthony Albanese covered minerals.",
         "Anthony Albanese", "Official"),
        ("2018-03-01", "Angela Merkel told reporters the car tariffs would hurt exporters.",
         "Angela Merkel", "Official"),
        # the same names after their terms ended: Persons
        ("2023-03-01", "Angela Merkel told reporters the car tariffs would hurt exporters.",
         "Angela Merkel", "Person"),
        ("2022-05-10", "Donald Trump told reporters the car tariffs would hurt exporters.",
         "Donald Trump", "Person"),
        ("2019-05-10", "Donald Trump told reporters the car tariffs would hurt exporters.",
         "Donald Trump", "Official"),
        # no date: left as the text makes it
        (None, "Angela Merkel told reporters the car tariffs would hurt exporters.",
         "Angela Merkel", "Person"),
    ],
)
def test_leader_by_date(extractor: Extractor, date: str | None, text: str, name: str,
                        cls: str) -> None:
    assert classes(extractor, dated(date, text)).get(name) == cls


@pytest.mark.parametrize(
    ("name", "date", "held"),
    [
        ("Putin", "2024-03-01", True),
        ("Erdoğan's", "2020-01-01", True),
        ("Recep Tayyip Erdogan", "2020-01-01", True),
        ("Nguyễn Phú Trọng", "2015-01-01", True),
        ("Nguyen Phu Trong", "2025-01-01", False),
        ("Shigeru Ishiba", "2025-12-01", False),
        ("Jacinda Ardern", "2023-02-01", False),
        ("Jacinda Ardern", "2023-01-24", True),
        # common surnames never stand alone for a leader
        ("Li", "2020-01-01", False),
        ("Wang", "2020-01-01", False),
        ("Kim", "2020-01-01", False),
        ("Lee", "2020-01-01", False),
        ("Singh", "2010-01-01", False),
        ("Sharif", "2015-01-01", False),
        ("Khan", "2020-01-01", False),
    ],
)
def test_in_office(name: str, date: str, held: bool) -> None:
    assert in_office(name, dt.date.fromisoformat(date)) is held


def test_list_keys() -> None:
    """No alias is a bare common surname, and every term starts before it ends."""
    keys = terms_by_name()
    for common in ("li", "wang", "zhang", "liu", "chen", "kim", "lee", "park", "singh",
                   "khan", "sharif", "nguyen", "tran", "rajapaksa", "duterte", "jr"):
        assert common not in keys
    for terms in keys.values():
        assert all(end is None or start < end for start, end in terms)
    assert name_key("Díaz-Canel") == name_key("Diaz Canel")
