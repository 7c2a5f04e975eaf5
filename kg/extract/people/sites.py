"""Visits to named sites: going to a company, a zone or an institution is visiting it
("went to Hexing Electronics to listen to reports", "stopped by the Kaiyuan Science Park",
"arrived at the Dongshan Logistics Center", "called at the Qilin Institute"), and so is an
investigation, a survey or an inspection of one ("conducted an on-site investigation of X").
What "the delegation" of "A, accompanied by B and C" visits: kg/extract/people/tours.py.

Next to kg/extract/people/visits.py, where going to a city is a visit only when the sentence says
it is one: a person does not go to a company or a port on the way to somewhere else. The
verbs and their prepositions are a word list (kg/data/words/site_moves.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, with_conjuncts
from kg.extract.lexicon import SITE_MOVES, TRIP_NOUNS
from kg.extract.people.homes import journey_end

# The sites a visit to which is told by going there (not places: kg/extract/people/visits.py).
SITES = frozenset({"Enterprise", "Zone", "Organization"})
# "conducted an investigation of X", "made a survey at X": the verbs that carry a trip noun.
_SUPPORT = {"conduct", "carry", "make", "pay", "undertake", "begin", "start", "hold"}
_NOUN_PREPS = {"of", "at", "in", "into", "on", "to"}


def _objects(ctx: DocContext, verb: Token, prep: Token) -> list[int]:
    """The sites the preposition takes: "to X and Y", "to companies like X and Y", "to the
    workshop of X" (a site inside the phrase is the visited one)."""
    if prep.dep_ == "prt":  # "stopped by X": the parser may hang X on the verb
        heads = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        heads = [g for g in prep.children if g.dep_ == "pobj"]
    return mentions_in(ctx, (t for h in heads for t in h.subtree), SITES)


def _moves(ctx: DocContext) -> list[tuple[Token, list[int]]]:
    """(verb, sites) of every "went to / stopped by / called at" a named site."""
    out: list[tuple[Token, list[int]]] = []
    lemmas = {verb for verb, *_ in SITE_MOVES}
    for _, verb in ctx.triggers(lemmas, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        sites: list[int] = []
        for child in verb.children:
            if child.dep_ in ("prep", "prt", "agent", "dative") and (
                    (lemma, child.lower_) in SITE_MOVES):
                sites += [i for i in _objects(ctx, verb, child) if i not in sites
                          and not journey_end(ctx, i)]
        if sites:
            out.append((verb, sites))
    return out


def _surveys(ctx: DocContext) -> list[tuple[Token, list[int]]]:
    """(support verb, sites) of "conducted an investigation of X", "made a survey at X"."""
    out: list[tuple[Token, list[int]]] = []
    for _, noun in ctx.triggers(TRIP_NOUNS, {"NOUN"}):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _SUPPORT or in_quote(ctx, noun):
            continue
        sites = [i for c in noun.children if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS
                 for i in _objects(ctx, noun, c)]
        if sites:
            out.append((verb, list(dict.fromkeys(sites))))
    return out


# "was at X to inspect its production", "was at X for an investigation"
_PURPOSES = {"inspect", "investigate", "learn", "see", "observe", "study", "survey", "tour",
             "visit", "research", "check", "examine", "understand"}


def _stays(ctx: DocContext) -> list[tuple[Token, list[int]]]:
    """(verb, sites) of "was at X to inspect ...", "was at X for an inspection"."""
    out: list[tuple[Token, list[int]]] = []
    for _, verb in ctx.triggers({"be"}, {"AUX", "VERB"}):
        purpose = any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _PURPOSES
                      for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in TRIP_NOUNS for g in c.children)
            for c in verb.children)
        if not purpose or in_quote(ctx, verb):
            continue
        sites = [i for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                 for i in _objects(ctx, verb, c)]
        if sites:
            out.append((verb, sites))
    return out


@relation_rule("visit-site")
def site_visits(ctx: DocContext) -> None:
    for verb, sites in _moves(ctx) + _surveys(ctx) + _stays(ctx):
        agent, conf = agent_of(ctx, verb, PEOPLE)
        if agent is None:
            continue
        for person in with_conjuncts(ctx, agent, PEOPLE):
            for site in sites:
                ctx.add(person, "visited", site, verb.sent, "visit-site", min(conf, 0.6))

