"""kg/data/companies.csv as data: every name and alias is a company's and nothing else's.

The list comes from world knowledge (never from the evaluated texts), so what keeps it honest
is these guards over the whole file: no place, no known body, no all-lower-case form, no
ordinary English word and no person's name alone, no legal-form-only variant, no form in two
rows. Extraction of listed names on invented sentences: tests/test_extract_nonentities.py."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from generator import load_generator

from kg.extract.gazetteer import CAPITALISED_ONLY, COMMON_WORDS, Gazetteer, _key
from kg.graph.namekeys import LEGAL

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "kg" / "data"

# One-word forms that a dictionary or the US census lists but that, capitalised in business
# news, name the company (kept from the first list; no new row may join them).
REVIEWED_WORDS = frozenset({
    "bosch", "canon", "caterpillar", "chanel", "chery", "chevron", "cisco", "cummins",
    "dell", "fiat", "alphabet", "honda", "kia", "oracle", "porsche", "roche", "sap",
})

# Rows of the first list that spell one name with and without a legal form ("Haier",
# "Haier Group"); the matcher finds the bare name and the extractor extends it over "Group",
# so a new row lists one of the two only.
LEGAL_VARIANT_ROWS = frozenset({
    "Alibaba Group", "Ansteel Group", "BAIC Group", "Carlsberg", "China Merchants Group",
    "China Merchants Port", "China Petroleum and Chemical Corporation", "China Resources",
    "China Three Gorges Corporation", "Chint Group", "CITIC Group", "CRRC", "Daimler",
    "FAW Group", "Ford Motor", "Fosun International", "Haier", "HBIS Group", "Lenovo", "Midea",
    "Mitsubishi", "Nike", "Saic Motor", "Samsung", "SANY", "Shougang Group", "Skyworth",
    "Tata Group", "TDK", "Tencent", "Tesla", "Transsion", "Volkswagen", "Whirlpool",
})


# All-capital forms of two letters of the first list; no new one joins them (two capitals
# name too many things).
TWO_LETTER_FORMS = frozenset({"BP", "LG", "VW", "ZF"})

# Three-letter abbreviations the texts use for other things than a company (a zone, a plan,
# a figure, a party, a deal): a company's form never spells one.
DOMAIN_ABBREVIATIONS = frozenset({
    "BRI", "CPC", "CCP", "CPI", "EPC", "FDI", "FTA", "FTZ", "GDP", "HSR", "ICT", "IPO", "LNG",
    "LPG", "MOU", "NEV", "NPC", "NPL", "ODM", "OEM", "PLA", "PMI", "PPP", "RMB", "SCO", "SEZ",
    "SME", "SOE", "TEU", "USD", "CNY", "EUR", "WTO", "NFC", "GLP", "EDP",
})


def _rows() -> list[tuple[str, list[str]]]:
    with (DATA / "companies.csv").open(encoding="utf-8") as fh:
        return [(r["name"], [a for a in r["aliases"].split(";") if a])
                for r in csv.DictReader(fh)]


def _forms() -> list[tuple[str, str]]:
    return [(name, form) for name, aliases in _rows() for form in (name, *aliases)]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_the_list_is_large_sorted_and_has_no_blank_forms() -> None:
    rows = _rows()
    assert len(rows) >= 1000
    names = [n for n, _ in rows]
    assert names == sorted(names, key=str.casefold)
    assert all(f.strip() == f and f for _, f in _forms())


def test_no_form_names_two_companies() -> None:
    owner: dict[str, str] = {}
    for name, form in _forms():
        assert owner.setdefault(_key(form), name) == name, (form, owner[_key(form)], name)


def test_no_form_is_a_place_a_body_or_lower_case(gaz: Gazetteer) -> None:
    surnames = {line.strip().casefold()
                for line in (DATA / "words" / "chinese_surnames.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    for name, form in _forms():
        assert gaz.place(form) is None, (name, form)  # a place always wins: never listed
        known = gaz.known(form)
        assert known is not None and known.cls == "Enterprise", (name, form)
        assert not form.islower(), (name, form)
        assert _key(form) not in COMMON_WORDS | CAPITALISED_ONLY, (name, form)
        assert _key(form) not in surnames, (name, form)


def test_no_row_repeats_a_name_with_only_a_legal_form_added() -> None:
    for name, aliases in _rows():
        if name in LEGAL_VARIANT_ROWS:
            continue
        cores = [_key(LEGAL.sub("", f).strip()) for f in (name, *aliases)]
        assert len(cores) == len(set(cores)), name


def test_no_one_word_form_is_an_english_word_or_a_persons_name() -> None:
    for dep in ("names", "english_words", "wordfreq"):
        pytest.importorskip(dep, reason="needs the 'gazetteer' extra")
    script = load_generator()  # the word and name lists that keep such names off the city list
    words, people = script.common_words(), script.name_clashes()
    for name, form in _forms():
        key = script.fold(form)
        if " " in form or key in REVIEWED_WORDS or any(ch.isdigit() for ch in form):
            continue
        assert key not in words, (name, form)
        assert key not in people, (name, form)


def test_short_capital_forms_are_few_and_no_domain_abbreviation() -> None:
    words = set()
    for path in (DATA / "words").glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words |= {w.casefold() for w in line.split()}
    for name, form in _forms():
        if not (form.isalpha() and form.isupper()):
            continue
        assert len(form) > 2 or form in TWO_LETTER_FORMS, (name, form)
        if len(form) == 3:
            assert form not in DOMAIN_ABBREVIATIONS, (name, form)
            assert form.casefold() not in words, (name, form)
