"""Visits whose visitor the sentence names only through a trip or a group: "Other meetings
took place, including an official visit to X and Y", "The visit also included a tour of X"
(the one person the document has visiting somewhere made them); "A headed a delegation that
visited X", "a delegation led by A that toured X" (the group's leader).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import country_of_place, relation_rule, with_conjuncts
from kg.extract.leaders import one_visitor
from kg.extract.people.homes import at_home
from kg.extract.relations import VISIT_TARGETS

_TRIP_NOUNS = {"visit", "tour", "inspection", "trip"}
_SITE_PREPS = {"to", "of", "at"}


def _told_as_done(noun: Token) -> bool:
    """The first finite verb above the noun is in the past ("took place", "included"); a
    plan or a hope ("will include a visit to X") is no visit."""
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBG", "VBN"):
            continue
        return verb.tag_ == "VBD" and not any(
            c.dep_ == "aux" and c.tag_ in ("MD", "VBZ", "VBP") for c in verb.children)
    return False


@relation_rule("visit-noun-alone")
def lone_trip_nouns(ctx: DocContext) -> None:
    for sent, noun in ctx.triggers(_TRIP_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun) or mentions_in(ctx, sent, PEOPLE):
            continue  # someone named in the sentence: the visit rules read whose it is
        if any(c.dep_ == "poss" for c in noun.children) or not _told_as_done(noun):
            continue
        objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                for g in c.children if g.dep_ == "pobj"]
        sites = [i for i in mentions_in(ctx, [t for o in objs for t in (o, *o.conjuncts)],
                                        VISIT_TARGETS) if not country_of_place(ctx, i)]
        if not sites:
            continue
        visitor = one_visitor(ctx)
        if visitor is None:
            continue
        for site in sites:
            if not at_home(ctx, visitor, site):
                ctx.add(visitor, "visited", site, sent, "visit-noun-alone", 0.55)


_GROUPS = {"delegation", "mission", "team", "group"}
_LEAD = {"lead", "head"}


def _group_leaders(ctx: DocContext, group: Token) -> list[int]:
    """ "A headed a delegation", "a delegation led by A": A (and those joined with A)."""
    if group.dep_ == "dobj" and group.head.lemma_.lower() in _LEAD:
        subj = [c for c in group.head.children if c.dep_ == "nsubj"]
        people = mentions_in(ctx, subj, PEOPLE)
    else:
        people = [i for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in _LEAD
                  for a in c.children if a.dep_ == "agent"
                  for i in mentions_in(ctx, a.children, PEOPLE)]
    return [j for i in people[:1] for j in with_conjuncts(ctx, i, PEOPLE)]


@relation_rule("visit-group-clause")
def group_clause_visits(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers({"visit", "tour", "inspect"}, {"VERB"}):
        group = verb.head
        if in_quote(ctx, verb) or verb.dep_ != "relcl" or group.lemma_.lower() not in _GROUPS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        sites = [i for i in mentions_in(ctx, [t for o in objs for t in (o, *o.conjuncts)],
                                        VISIT_TARGETS) if not country_of_place(ctx, i)]
        for person in _group_leaders(ctx, group):
            for site in sites:
                if not at_home(ctx, person, site):
                    ctx.add(person, "visited", site, sent, "visit-group-clause", 0.55)
