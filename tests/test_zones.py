"""kg/data/zones.csv as data and on invented sentences.

The list comes from world knowledge (never from the evaluated texts), so what keeps it honest
is these guards over the whole file: no form is a place (a country, province or listed city
wins: "Horgos", "Pudong", "Liangjiang" stay places), a body of another class, a lower-case
form, an ordinary English word, a surname or a person's name; no form in two rows; every
zone located in a listed province or country (and city, when one is given)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from extracting import classes
from generator import load_generator

from kg.extract import Extractor
from kg.extract.gazetteer import CAPITALISED_ONLY, COMMON_WORDS, Gazetteer, _key

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"

KINDS = frozenset({
    "pilot free trade zone", "pilot free trade zone area", "free trade port",
    "special economic zone",
    "cooperation zone", "development zone", "high-tech zone", "comprehensive bonded zone",
    "border economic cooperation zone", "sino-singapore project", "industrial park", "pilot zone",
    "business district", "overseas zone", "free zone",
})


def _rows() -> list[dict[str, str]]:
    with (DATA / "zones.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _forms() -> list[tuple[str, str]]:
    return [(r["name"], f) for r in _rows()
            for f in (r["name"], *(a for a in r["aliases"].split(";") if a))]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_the_list_is_sorted_with_known_kinds_and_no_blank_forms() -> None:
    rows = _rows()
    assert len(rows) >= 200
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=str.casefold)
    assert all(r["kind"] in KINDS for r in rows), {r["kind"] for r in rows} - KINDS
    assert all(f.strip() == f and f for _, f in _forms())


def test_no_form_names_two_zones() -> None:
    owner: dict[str, str] = {}
    for name, form in _forms():
        assert owner.setdefault(_key(form), name) == name, (form, owner[_key(form)], name)


def test_no_form_is_a_place_another_body_a_word_or_a_surname(gaz: Gazetteer) -> None:
    surnames = {line.strip().casefold()
                for line in (DATA / "words" / "chinese_surnames.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    for name, form in _forms():
        assert gaz.places(form) == [], (name, form)  # a place always wins: never listed
        known = gaz.known(form)
        assert known is not None and known.cls == "Zone" and known.name == name, (name, form)
        assert not form.islower(), (name, form)
        assert _key(form) not in COMMON_WORDS | CAPITALISED_ONLY | surnames, (name, form)


def test_no_one_word_form_is_an_english_word_or_a_persons_name() -> None:
    for dep in ("names", "english_words", "wordfreq"):
        pytest.importorskip(dep, reason="needs the 'gazetteer' extra")
    script = load_generator()
    words, people = script.common_words(), script.name_clashes()
    for name, form in _forms():
        if " " in form:
            continue
        assert script.fold(form) not in words, (name, form)
        assert script.fold(form) not in people, (name, form)


def test_every_zone_lies_in_a_listed_province_or_country_and_city(gaz: Gazetteer) -> None:
    for row in _rows():
        area = gaz.place(row["province"])
        assert area is not None and area.cls in ("Province", "Country"), row["name"]
        if row["city"]:
            within = area.name if area.cls == "Province" else None
            city = gaz.place(row["city"], prefer_province=within)
            assert city is not None and city.cls == "City", row["name"]
            assert within is None or city.parent == within, row["name"]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # short forms news uses bare
        ("Harbour Bay Logistics opened a warehouse in Lingang on Monday, Li Ming said.",
         "Lingang"),
        ("The Ningmu Group set up a fund in Qianhai last week.", "Qianhai"),
        ("Companies in Hengqin pay a lower income tax, the Ningmu government said.", "Hengqin"),
        ("Zhongguancun and Zhangjiang host thousands of start-ups, Wang Fang said.",
         "Zhongguancun"),
        ("Zhongguancun and Zhangjiang host thousands of start-ups, Wang Fang said.",
         "Zhangjiang"),
        ("Officials from TEDA met a delegation from the Qingmu Group.", "TEDA"),
        ("Investors toured Great Stone and two other parks in June.", "Great Stone"),
        ("The Qingmu Group built a plant in Suzhou Industrial Park in 2019.",
         "Suzhou Industrial Park"),
        ("Firms in the Optics Valley of China make lasers.", "Optics Valley of China"),
        # long forms
        ("The Ningmu Bank opened a branch in the China (Shanghai) Pilot Free Trade Zone.",
         "China (Shanghai) Pilot Free Trade Zone"),
        ("The Shanghai FTZ and the Lingang Special Area drew 300 projects.", "Shanghai FTZ"),
        ("The Shanghai FTZ and the Lingang Special Area drew 300 projects.",
         "Lingang Special Area"),
        ("The Qingmu Group will invest in the Nansha Area of China (Guangdong) Pilot Free Trade "
         "Zone.", "Nansha Area of China (Guangdong) Pilot Free Trade Zone"),
        ("The Qingmu Textile Group opened a plant in the China-Belarus Great Stone Industrial "
         "Park.", "China-Belarus Great Stone Industrial Park"),
        ("The Yangpu Economic Development Zone signed 12 projects.",
         "Yangpu Economic Development Zone"),
        ("Trucks cross the China-Kazakhstan Horgos International Border Cooperation Center "
         "daily.", "China-Kazakhstan Horgos International Border Cooperation Center"),
        ("The Malaysia-China Kuantan Industrial Park is a sister of the Qinzhou park.",
         "Malaysia-China Kuantan Industrial Park"),
    ],
)
def test_a_listed_zone_is_a_zone(extractor: Extractor, text: str, zone: str) -> None:
    assert classes(extractor, text).get(zone) == "Zone"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        # a zone's form starting a longer name, or written as a description
        ("The Qingmu Group moved its office to Lingang Avenue last year.", "Lingang"),
        ("Zhang Wei walked along Qianhai Road on Sunday.", "Qianhai"),
        ("The Optics Valley Mall opened on Friday.", "Optics Valley"),
        ("The Great Stone Bridge in Zhaozhou is 1,400 years old.", "Great Stone"),
        ("He said the Nansha area had drawn many investors.", "Nansha area"),
        ("The TEDA Investment Holding bought a stake in the Ningmu Bank.", "TEDA"),
    ],
)
def test_a_lookalike_is_no_zone(extractor: Extractor, text: str, lookalike: str) -> None:
    assert classes(extractor, text).get(lookalike) != "Zone"


@pytest.mark.parametrize(
    ("text", "place", "cls"),
    [
        # a short form that is mostly the city or district stays a place
        ("A new rail line links Horgos with Almaty, Li Ming said.", "Horgos", "City"),
        ("The Qingmu Group opened an office in Pudong on Monday.", "Pudong", "City"),
    ],
)
def test_a_short_form_that_is_a_place_stays_one(extractor: Extractor, text: str, place: str,
                                                cls: str) -> None:
    assert classes(extractor, text).get(place) == cls
