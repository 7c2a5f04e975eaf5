"""A company's facility in a place is its investment there: "its Shenzhen branch", "the
Samsung memory chip plant in Xi'an", "BASF's project in Guangdong", "set up its Hainan
office".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import agent_of
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, targets_of, with_conjuncts
from kg.extract.lexicon import FACILITY_NOUNS

_TARGETS = {"Province", "City", "Country", "Region"}
_SETTLE_TARGETS = _TARGETS | {"Zone"}


# Verbs whose object facility is the subject's: "A opened / initiated a plant located in X".
_OPEN_FACILITY = {"open", "build", "set", "establish", "launch", "initiate", "start",
                  "complete", "inaugurate", "construct", "unveil", "commission"}


def _owner(ctx: DocContext, noun: Token) -> int | None:
    """The company whose facility it is: a modifier or possessor of the noun, or for "its",
    the company acting in the sentence; "the plant of A"; the company that opens it."""
    for child in noun.children:
        if child.dep_ not in ("compound", "poss", "nmod", "amod"):
            continue
        if child.lower_ == "its":
            firms = mentions_in(ctx, noun.doc[noun.sent.start : noun.i], {"Enterprise"})
            return firms[-1] if firms else None
        firms = mentions_in(ctx, child.subtree, {"Enterprise"})
        if firms:
            return firms[0]
    # "the Hefei plant of A"
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        firms = mentions_in(ctx, (g for g in prep.children if g.dep_ == "pobj"), {"Enterprise"})
        if firms:
            return firms[0]
    # "a production base settled by A", "a plant built by A"
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in _OPEN_FACILITY | {"settle"}):
        firms = mentions_in(ctx, (t for c in acl.children if c.dep_ == "agent"
                                  for t in c.subtree), {"Enterprise"})
        if firms:
            return firms[0]
    if noun.dep_ == "conj" and noun.head.lemma_.lower() in FACILITY_NOUNS | {"venture"} and (
            noun.head.dep_ != "conj") and any(c.dep_ == "poss" for c in noun.head.children):
        # "its joint venture and a new R&D centre" (not "the A Guangdong base and the
        # project in X": a list of different owners' sites)
        return _owner(ctx, noun.head)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OPEN_FACILITY:
        agent, _ = agent_of(ctx, noun.head, {"Enterprise"})
        return agent
    if _seen_opened(noun):  # "A saw its venture and a new centre inaugurated in X"
        agent, _ = agent_of(ctx, noun.head.head, {"Enterprise"})
        return agent
    verb = _building_verb(noun)
    if verb is not None:
        agent, _ = agent_of(ctx, verb, {"Enterprise"})
        return agent
    return None


_BUILDING = {"construction", "building", "groundbreaking"}


def _seen_opened(noun: Token) -> bool:
    """ "A saw / witnessed a new plant opened in X": the facility of a clause of seeing."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _OPEN_FACILITY and (
        verb.dep_ in ("ccomp", "xcomp")) and verb.head.lemma_.lower() in ("see", "witness")
# Participles saying where a facility is or was put up
_SITE_VERBS = {"locate", "base", "situate", "settle", "land"} | _OPEN_FACILITY


def _building_verb(noun: Token) -> Token | None:
    """ "A began the construction of a plant", "A broke ground on its plant": the verb whose
    subject builds the facility."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _BUILDING and (
            prep.head.dep_ == "dobj"):
        return prep.head.head
    if prep.lower_ == "on" and any(c.lower_ == "ground" and c.dep_ == "dobj"
                                   for c in prep.head.children):
        return prep.head  # "broke ground on"
    if prep.lower_ == "for":  # "held the groundbreaking ceremony (in X) for the plant"
        ceremony = prep.head if prep.head.pos_ == "NOUN" else next(
            (c for c in prep.head.children if c.dep_ == "dobj"), None)
        if ceremony is not None and ceremony.lemma_.lower() == "ceremony" and any(
                c.lemma_.lower() in _BUILDING for c in ceremony.children):
            return ceremony.head if ceremony.dep_ == "dobj" else None
    return None


def _places_of(ctx: DocContext, noun: Token) -> list[int]:
    """Places that modify the noun ("Shenzhen branch") or follow it after "in" (or after
    "located": "a plant located in Hefei"). Not "the office of A in Hefei": the gold reads
    that as A being in Hefei (relations.located)."""
    tokens: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod"):
            tokens += child.subtree
        elif child.dep_ == "prep" and child.lower_ in ("in", "on"):  # "on Hainan": islands
            tokens += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in _SITE_VERBS:
            # "a plant located in X", "a centre inaugurated in X", "settled by A in X"
            tokens += [p for c in child.children if c.dep_ in ("prep", "agent")
                       for t in c.subtree if t.dep_ == "prep" and t.lower_ == "in"
                       for p in t.children if p.dep_ == "pobj"]
            tokens += [p for c in child.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj"]
    # (a zone too: "its new plant in the X Development Zone" is set up in the zone)
    return mentions_in(ctx, tokens, _SETTLE_TARGETS)


# "line" is a facility only as "an assembly / a production line" (not "a hotline")
_LINE_KINDS = {"assembly", "production", "manufacturing"}


@relation_rule("invest-facility")
def facilities(ctx: DocContext) -> None:
    for sent, noun in ctx.triggers(FACILITY_NOUNS | {"line"}, {"NOUN"}):
        if ctx.mention_at(noun) is not None:
            continue  # part of a name: "Suzhou Industrial Park"
        if noun.lemma_.lower() == "line" and not any(
                c.lower_ in _LINE_KINDS for c in noun.children if c.dep_ in ("compound", "amod")):
            continue
        owner = _owner(ctx, noun)
        if owner is None:
            owner = _previous_subject(ctx, noun)
        if owner is None:
            continue
        for place in _places_of(ctx, noun) + _located_at(ctx, noun) + _ceremony_site(ctx, noun):
            ctx.add(owner, "investsIn", place, sent, "invest-facility", 0.65)


def _previous_subject(ctx: DocContext, noun: Token) -> int | None:
    """ "A is a tape maker. The Suzhou plant covers 7 ha": "the" plant named by its place
    alone, in the sentence after one whose subject is a company, is that company's."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or not any(
            c.dep_ == "compound" and ctx.mention_at(c) is not None for c in noun.children):
        return None
    si = ctx.sentence_of(noun)
    if si == 0 or mentions_in(ctx, ctx.sents[si], {"Enterprise"}):
        return None  # a company of its own sentence may be the owner: no guess
    prev = ctx.sents[si - 1]
    firms = mentions_in(ctx, (t for t in prev if t.dep_ in ("nsubj", "nsubjpass")
                              and t.head.dep_ == "ROOT"), {"Enterprise"})
    return firms[0] if len(firms) == 1 else None


def _ceremony_site(ctx: DocContext, noun: Token) -> list[int]:
    """ "held a groundbreaking ceremony in X for its plant": where the ceremony was."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or _building_verb(noun) is None:
        return []
    verb = _building_verb(noun)
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return mentions_in(ctx, (p for h in heads for c in h.children if c.dep_ == "prep"
                             and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"),
                       _SETTLE_TARGETS)


def _located_at(ctx: DocContext, noun: Token) -> list[int]:
    """ "HP's plants are mainly located in Shanghai and Jiangsu": the places of the verb the
    facility is the subject of."""
    verb = noun.head
    # (a project "landed" or "settled" in a zone: set up there)
    lemma = verb.lemma_.lower()
    # "the plant of A was opened / put into operation in X"
    done = _seen_opened(noun) or noun.dep_ == "nsubjpass" and (
        lemma in _OPEN_FACILITY or lemma == "put" and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in verb.children))
    if not done and (noun.dep_ not in ("nsubj", "nsubjpass") or lemma not in (
            "locate", "base", "situate", "land", "settle")):
        return []
    return mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                             for t in c.subtree), _SETTLE_TARGETS)


@relation_rule("invest-entry")
def market_entries(ctx: DocContext) -> None:
    """ "Tesla entered Zhengzhou in 2018": a company entering a place sets up there."""

    for sent, verb in ctx.triggers({"enter"}, {"VERB"}):
        places = [p for p in targets_of(ctx, verb, _TARGETS)
                  if ctx.found[p].cls in ("City", "Province", "Country")]
        if not places:
            continue
        agent, _ = agent_of(ctx, verb, {"Enterprise"})
        if agent is None:
            continue
        for place in places:
            ctx.add(agent, "investsIn", place, sent, "invest-entry", 0.6)


def _settled_in(ctx: DocContext, verb: Token) -> list[int]:
    return mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "in", "into") for t in c.subtree), _SETTLE_TARGETS)


@relation_rule("invest-settle")
def settled_companies(ctx: DocContext) -> None:
    """ "Tesla settled in the Lingang zone"; "companies that have settled in the zone include
    A, B and C": a company settling in a place sets up there."""
    for sent, verb in ctx.triggers({"settle"}, {"VERB"}):
        places = _settled_in(ctx, verb)
        if not places or any(c.dep_ == "dobj" for c in verb.children):  # "settled a dispute"
            continue
        firms: list[int] = []
        head = verb.head
        if verb.dep_ in ("relcl", "acl") and head.dep_ == "nsubj" and \
                head.head.lemma_.lower() == "include":
            firms = mentions_in(ctx, (t for c in head.head.children if c.dep_ in (
                "dobj", "attr", "conj") for t in c.subtree), {"Enterprise"})
        else:
            agent, _ = agent_of(ctx, verb, {"Enterprise"})
            firms = [] if agent is None else with_conjuncts(ctx, agent, {"Enterprise"})
        for firm in firms:
            for place in places:
                ctx.add(firm, "investsIn", place, sent, "invest-settle", 0.6)


_REGISTERED = {"registered", "incorporated"}


@relation_rule("invest-register")
def registered_companies(ctx: DocContext) -> None:
    """ "A Co., Ltd., registered in the X Industrial Park last year": a company registered in a
    zone has set up there. Read on the surface (the parser often hangs the participle on an
    earlier noun); zones only: a company registered in a city is located there."""
    doc = ctx.doc
    for sent, verb in ctx.triggers({"register", "incorporate"}, {"VERB"}):
        if verb.lower_ not in _REGISTERED or verb.i + 2 >= len(doc) or (
                doc[verb.i + 1].lower_ != "in"):
            continue
        k = verb.i + 2 + (doc[verb.i + 2].lower_ == "the")
        zone = ctx.mention_at(doc[k]) if k < len(doc) else None
        if zone is None or ctx.found[zone].cls != "Zone":
            continue
        j = verb.i - 1 - (doc[verb.i - 1].text == ",")  # "A Co., Ltd., registered in"
        firm = ctx.mention_at(doc[j]) if j >= sent.start else None
        if firm is not None and ctx.found[firm].cls == "Enterprise":
            ctx.add(firm, "investsIn", zone, sent, "invest-register", 0.6)
