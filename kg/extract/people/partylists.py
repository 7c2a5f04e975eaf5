"""More members of a touring party (kg/extract/people/tours.py): those the group's own phrase
lists ("led a delegation including A and B to X", "a delegation led by X and comprising A and
B") and those a sentence says belong to it ("B is also part of the delegation").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.leaders import same_person
from kg.extract.lexicon import GROUP_NOUNS, TRIP_NOUNS

_TRIP_WORDS = TRIP_NOUNS | {"delegation", "mission"}
# (not "party": as often a political one)
_GROUPS = GROUP_NOUNS - {"party"}
# the words that open a group's list of members
_LISTING = {"including", "comprising", "with"}
_LISTING_VERBS = {"include", "comprise", "consist"}


def part_of(ctx: DocContext, keys: set[str]) -> list[int]:
    """ "B is also part of the delegation", "C was a member of the mission": the subject."""
    out: list[int] = []
    for _, verb in ctx.triggers({"be"}, {"AUX", "VERB"}):
        attrs = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in (
            "part", "member")]
        trips = [g for a in attrs for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _TRIP_WORDS]
        if trips and not in_quote(ctx, verb):
            out += [i for c in verb.children if c.dep_ == "nsubj"
                    for i in mentions_in(ctx, c.subtree, PEOPLE) if not same_person(ctx, i, keys)]
    return out


def _party_group(ctx: DocContext, noun: Token, keys: set[str]) -> bool:
    """Is the group the party's: "X led a delegation", "a delegation led by X" (X a leader)?"""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("lead", "head"):
        named = [c for c in noun.head.children if c.dep_ == "nsubj"]
    else:
        named = [a for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in (
            "lead", "head") for a in c.children if a.dep_ == "agent"]
    people = mentions_in(ctx, (t for n in named for t in n.subtree), PEOPLE)
    return bool(people) and all(same_person(ctx, i, keys) for i in people)


def named_in_group(ctx: DocContext, keys: set[str]) -> list[int]:
    """People listed inside the party's group phrase: "a delegation including A and B",
    "comprising A, director of Y, and B" (a title's names are no members)."""
    out: list[int] = []
    for _, noun in ctx.triggers(_GROUPS, {"NOUN"}):
        if in_quote(ctx, noun) or not _party_group(ctx, noun, keys):
            continue
        # "led by X and comprising A": the list may hang on the "led" clause as its conjunct
        heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
        lists = [c for h in heads for c in [*h.children, *h.conjuncts]
                 if c.lower_ in _LISTING or c.lemma_.lower() in _LISTING_VERBS]
        out += [i for c in lists for i in mentions_in(ctx, c.subtree, PEOPLE)
                if not same_person(ctx, i, keys) and i not in out]
    return out
