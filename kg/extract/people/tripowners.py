"""Whose trip a trip noun tells of ("A is on a visit to X", "during his visit to X", "the visit of
A to X", "signed by A during a visit to X"): read by the visit rules (``visits.on_a_trip``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext, mentions_in

# setting off on a trip: "departs on a trade mission to X", "embarked on a tour of X"
_SET_OFF = {"depart", "leave", "embark", "set", "go", "head", "travel", "fly", "arrive"}


def trip_owner(ctx: DocContext, noun: Token) -> int | None:
    """Whose trip: "A, who is on a visit to X" / "A is on a visit to X" (the subject of "be
    on"), "A ... during his visit to X" (the sentence's subject, for a possessive pronoun),
    "the visit of A to X" (the person after "of"), or "signed by A during a visit to X" (the
    agent of the passive verb the trip is told with)."""
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in of.children if o.dep_ == "pobj"):
            idx = ctx.mention_at(obj)
            if idx is not None and ctx.found[idx].cls in PEOPLE:
                return idx
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("during", "on") and head.head.pos_ == "VERB":
        for agent in (c for c in head.head.children if c.dep_ == "agent"):
            people = [i for o in agent.children if o.dep_ == "pobj"
                      for i in [ctx.mention_at(o)] if i is not None
                      and ctx.found[i].cls in PEOPLE]
            if len(people) == 1:
                return people[0]
    if noun.dep_ == "pobj" and head.lower_ == "on" and (
            head.head.lemma_ == "be" or head.head.lemma_.lower() in _SET_OFF):
        # "A is on a visit to X", "A departs Friday on a trade mission to X"
        be = head.head
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("who", "that") and be.dep_ == "relcl":
            subjects = [be.head]
        for subj in subjects:
            idx = ctx.mention_at(subj)
            if idx is not None and ctx.found[idx].cls in PEOPLE:
                return idx
        return None
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children) and \
            not any(t.dep_ in ("ccomp", "relcl") for t in noun.ancestors):  # "B said his"
        root = noun.sent.root
        guests = _received(ctx, root) if noun.i > root.i else None
        if guests is not None:
            return guests  # "A received B in Hefei as part of his trip to China": B's trip
        people = [i for c in root.children if c.dep_ == "nsubj"
                  for i in mentions_in(ctx, c.subtree, PEOPLE)]
        # "In the last days of her trade mission to X, Governor Y met ...": a phrase put
        # before the subject speaks of the subject's trip
        fronted = noun.i < root.i and all(a.i < root.i or a.i == root.i for a in noun.ancestors)
        if len(people) == 1 and (ctx.found[people[0]].span.start < noun.i or fronted):
            return people[0]
    return None


# a host receiving a guest: the guest is the one on a trip
_RECEIVE = {"receive", "welcome", "host", "greet"}


def _received(ctx: DocContext, verb: Token) -> int | None:
    """The one person ``verb`` (a host's reception) takes as its object."""
    if verb.lemma_.lower() not in _RECEIVE or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    guests = [i for c in verb.children if c.dep_ == "dobj"
              for i in mentions_in(ctx, [c, *c.conjuncts], PEOPLE)]
    return guests[0] if len(guests) == 1 else None
