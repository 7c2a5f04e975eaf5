"""Organisations' relations in shapes of the genre, written with invented names: a fronted
"Headquartered in X, A ..." locates A; "A exports potash to X" trades when the parser
reads "exports" as a noun; "its China headquarters in Wuhan" invests in Wuhan only; "A, a
supplier that has invested in X" invests; "X Convention and Exhibition Center" is one venue;
"Guangxi's largest trading partner is Vietnam" trades."""

from __future__ import annotations

import pytest
from extracting import classes, pairs, rules_only, run

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headquartered in Lyon, Brentmoor Textiles makes fabrics for car seats.",
         ("Brentmoor Textiles", "Lyon")),
        ("Based in Rotterdam, the Ostrander Group opened an office in Nanning.",
         ("Ostrander Group", "Rotterdam")),
        ("The fair opened. Located in Suzhou, Halden Instruments Co., Ltd. exports sensors.",
         ("Halden Instruments Co., Ltd.", "Suzhou")),
        # the same said in a relative clause
        ("Vantor Automotive, which is headquartered in Stuttgart, opened a plant in Hefei.",
         ("Vantor Automotive", "Stuttgart")),
    ],
)
def test_fronted_place_locates_the_subject(
        extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(run(extractor, text), "locatedIn")


@pytest.mark.parametrize(
    "text",
    [
        # the opening phrase describes the officials, not the company they met
        "Based in Chengdu, officials of the city met Marlow Holdings.",
        "Marlow Holdings, which is based on trust, opened a plant.",
        # no opening phrase: the company is where it met, not where it is based
        "Brentmoor Textiles said it was based on trust, in Lyon.",
    ],
)
def test_no_fronted_place(extractor: Extractor, text: str) -> None:
    found = pairs(run(extractor, text), "locatedIn")
    assert not {(s, o) for s, o in found if s in ("Marlow Holdings", "Brentmoor Textiles")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "exports" as a noun before "potash"; the company still exports
        ("Qelvik Mining exports potash to Vietnam and Thailand through the port of Qinzhou.",
         {("Qelvik Mining", "Vietnam"), ("Qelvik Mining", "Thailand")}),
        ("Guangxi exports machinery to Malaysia.", {("Guangxi", "Malaysia")}),
        # "exports" read as a second apposition of the name; the plant's city does not trade
        ("Norvell Chemicals, a supplier which set up a plant in Hefei, exports to Japan.",
         {("Norvell Chemicals", "Japan")}),
        # an office for exports is no trade with the place it opened in
        ("The Qelvik Mining exports office opened in Vientiane.", set()),
    ],
)
def test_exports_read_as_a_noun(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "tradesWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country before "headquarters" is its scope; the site is after "in"
        ("Tavira Foods set up its China headquarters in Wuhan last year.",
         {("Tavira Foods", "Wuhan")}),
        ("Tavira Foods has built its Asia-Pacific headquarters in Shanghai.",
         {("Tavira Foods", "Shanghai")}),
        # a place before "plant" with no other site named is the site
        ("Tavira Foods opened its Wuhan plant and a research centre in Changsha.",
         {("Tavira Foods", "Wuhan"), ("Tavira Foods", "Changsha")}),
        ("Tavira Foods said its China sales rose.", set()),
    ],
)
def test_scope_before_the_facility(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "investsIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative pronoun stands for the apposition, which stands for the name
        ("Norvell Chemicals, a supplier that has invested in a factory in Changsha, said it "
         "would expand output.", {("Norvell Chemicals", "Changsha")}),
        ("Norvell Chemicals, a supplier which set up a plant in Hefei, said it would grow.",
         {("Norvell Chemicals", "Hefei")}),
        # "whose clients" invested, not the company
        ("Norvell Chemicals, a supplier whose clients have invested in Changsha, said it "
         "would grow.", set()),
    ],
)
def test_relative_clause_on_an_apposition(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(run(extractor, text), "investsIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event word and centre words joined by "and" name one venue
        ("The expo opened at the Kunming Dianchi International Convention and Exhibition "
         "Center.", {"Kunming Dianchi International Convention and Exhibition Center": "Zone"}),
        ("The fair was held at the Lintou International Conference and Exhibition Centre.",
         {"Lintou International Conference and Exhibition Centre": "Zone"}),
        # two bodies stay two
        ("The Hunan Provincial Party Committee and Provincial Government issued a plan.",
         {"Hunan Provincial Party Committee": "GovernmentBody",
          "Provincial Government": "GovernmentBody"}),
    ],
)
def test_convention_and_exhibition_center(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    found = classes(extractor, text)
    assert {k: found.get(k) for k in expected} == expected
    assert not [n for n, c in found.items() if c == "Event"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner noun as the copula's subject, the market as its complement
        ("Guangxi's largest trading partner is Vietnam, the regional commerce department said.",
         {("Guangxi", "Vietnam")}),
        ("The largest trading partner of Hunan remained Germany last year.",
         {("Hunan", "Germany")}),
        # a partner in nothing said to be trade
        ("Guangxi's closest partner is Vietnam.", set()),
    ],
)
def test_partner_as_subject(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    # the rules' readings (the model may add a guess of its own, with its calibrated
    # confidence: tests/test_learn.py)
    assert pairs(run(rules_only(extractor), text), "tradesWith") == expected
