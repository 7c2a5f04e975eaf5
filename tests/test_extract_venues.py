"""Where an event is held when "it" names it (kg/extract/gatherings/venues.py), and who acts when
the subject is a post with its holder set beside it (kg/extract/clauses.post_holder), on invented
sentences."""

from __future__ import annotations

import pytest
from extracting import pairs, rules_only, run

from kg.extract import Extractor
from kg.extract.context import RelationHit
from kg.extract.gatherings.venues import one_place_read

EXPO = "7th Lantai Trade Expo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" for the event the sentence before is about
        ('The theme of the 7th Lantai Trade Expo was "Open Doors". It was held in Nanchang, '
         "Jiangxi Province, from May 18 to 20.", {(EXPO, "Nanchang")}),
        ("The 7th Lantai Trade Expo drew 300 firms. It took place in Kunming.",
         {(EXPO, "Kunming")}),
        # "it" for something that is no event
        ("Kelvar Group launched a new drone. It was held in Nanchang.", set()),
        # a ceremony beside the event is not the event
        ("The 7th Lantai Trade Expo drew 300 firms. The signing ceremony was held in Beijing.",
         set()),
        # "the fair" cannot stand for an expo
        ("The 7th Lantai Trade Expo drew 300 firms. The fair opened in Kunming on Monday.",
         set()),
    ],
)
def test_an_event_said_by_it_is_held_where_it_is_held(extractor: Extractor, text: str,
                                                       expected: set[tuple[str, str]]) -> None:
    # the rules' reading (the relation model may guess the place of "the fair" as the
    # Expo's, at its own calibrated confidence, at most 0.75: docs/confidence.md)
    located = pairs(run(rules_only(extractor), text), "locatedIn")
    assert {p for p in located if p[0] == EXPO} == expected


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The Director of the Hubei Trade Office in Wuhan, Mr Li Wenhua, attended the opening "
         "ceremony of the 7th Lantai Trade Expo.", "Li Wenhua", "Hubei Trade Office"),
        ("The Director of the Hubei Trade Office, Mr Li Wenhua, represented the Hubei "
         "Government to attend the 7th Lantai Trade Expo.", "Li Wenhua", "Hubei Trade Office"),
    ],
)
def test_the_holder_beside_a_post_acts_not_the_body(extractor: Extractor, text: str,
                                                    person: str, body: str) -> None:
    found = pairs(run(extractor, text), "participatesIn")
    assert (person, EXPO) in found
    assert (body, EXPO) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hexin Food Co is a private company from Foshan.", {("Hexin Food Co", "Foshan")}),
        ("Hexin Food Co is one of the largest food makers in Foshan.",
         {("Hexin Food Co", "Foshan")}),
        ("Kelvar Corp, whose headquarters are in Munich, opened a plant in Hefei.",
         {("Kelvar Corp", "Munich")}),
        # "-headquartered" before the name, as "-based"
        ("The Foshan-headquartered Hexin Food Co signed a deal.", {("Hexin Food Co", "Foshan")}),
        # an investor in a place is not there
        ("Kelvar Corp is the largest investor in Hefei.", set()),
    ],
)
def test_a_company_is_where_its_description_puts_it(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    # the rules' readings (the model may add a guess with its calibrated confidence)
    assert {p for p in pairs(run(rules_only(extractor), text), "locatedIn")
            if p[0] in ("Hexin Food Co", "Kelvar Corp")} == expected


@pytest.mark.parametrize(
    ("text", "thing", "read", "guess", "kept"),
    [
        # another city than the one the text holds the event in
        ("The 7th Lantai Trade Expo was held in Fuzhou on Monday. Firms from Xiamen signed "
         "12 deals at the expo.", EXPO, "Fuzhou", "Xiamen", False),
        # the same place the rule read
        ("The 7th Lantai Trade Expo was held in Fuzhou on Monday. Firms from Xiamen signed "
         "12 deals at the expo.", EXPO, "Fuzhou", "Fuzhou", True),
        # a city inside the province the rule read: the city is the better answer
        ("The 7th Lantai Trade Expo was held in Fujian Province. Firms from Xiamen signed "
         "12 deals at the expo.", EXPO, "Fujian Province", "Xiamen", True),
        # the city around the county the rule read
        ("The 7th Lantai Trade Expo took place in Nandan County, Hechi, on Monday. Hechi "
         "welcomed the guests.", EXPO, "Nandan County", "Hechi", True),
        # a zone the text puts in a province is not also in the country
        ("The Tarvel Economic Development Zone in south China's Guangdong Province drew 30 "
         "projects. China welcomes investment.", "Tarvel Economic Development Zone",
         "Guangdong Province", "China", False),
    ],
)
def test_the_model_does_not_move_what_a_rule_placed(extractor: Extractor, text: str, thing: str,
                                                    read: str, guess: str, kept: bool) -> None:
    ctx = extractor.rules_context(extractor.nlp(text))
    index = {f.text: i for i, f in enumerate(ctx.found)}
    assert (index[thing], "locatedIn", index[read]) in {
        (h.subj, h.pred, h.obj) for h in ctx.hits}
    sent = ctx.found[index[thing]].span.sent
    guessed = RelationHit(index[thing], "locatedIn", index[guess], sent, "model:locatedIn", 0.6)
    out = one_place_read(ctx, [*ctx.hits, guessed])
    assert (guessed in out) is kept
    assert all(h in out for h in ctx.hits)  # the rules' own statements stay
