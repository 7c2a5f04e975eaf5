"""Investment said in other words than "set up ... in": "A marketing centre was established by
A in Germany", "companies such as A and B have started operations in Tianjin", "A signed an
investment agreement with Hefei".

Next to ``relations.invests`` and ``facilities`` (a company's plant, branch or project in a
place).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import (
    agent_of,
    in_quote,
    place_nouns_of,
    relation_rule,
    with_conjuncts,
    word_before,
)
from kg.extract.lexicon import DEAL_NOUNS, OPERATION_NOUNS
from kg.schema import DOMAIN_RANGE

INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_BUILD = {"set", "establish", "build", "open", "found", "construct", "launch"}
_INVEST = _BUILD | {"invest", "develop"}
_START = {"start", "begin", "launch", "commence"}
_DEAL_CUES = {"investment", "project", "cooperation"}


def _places_after(ctx: DocContext, verb: Token, preps: tuple[str, ...]) -> list[int]:
    """Places and zones in the verb's own "in"/"with" phrases."""
    tokens = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for t in c.subtree]
    return [p for p in mentions_in(ctx, tokens, INVEST_TARGETS)
            if word_before(ctx, p) in preps]


def _places_in(ctx: DocContext, noun: Token, prep: str) -> list[int]:
    """Places in the noun's own prepositional phrase ("operations in Hefei")."""
    return mentions_in(ctx, (t for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
                             for t in c.subtree), INVEST_TARGETS)


def _firms_invest(ctx: DocContext, sent: Span, verb: Token, places: list[int], rule: str,
                  conf: float) -> None:
    """The verb's company and the companies listed with it invest in each place."""
    if not places:
        return
    agent, _ = agent_of(ctx, verb, {"Enterprise"})
    if agent is None:
        return
    for firm in with_conjuncts(ctx, agent, {"Enterprise"}):
        for place in places:
            ctx.add(firm, "investsIn", place, sent, rule, conf)


@relation_rule("invest-passive")
def built_by(ctx: DocContext) -> None:
    """ "A marketing centre was established by A in Germany": the agent after "by" builds."""
    for sent, verb in ctx.triggers(_BUILD, {"VERB"}):
        if verb.tag_ != "VBN" or in_quote(ctx, verb):
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.subtree]
        investors = mentions_in(ctx, agents, INVESTORS)
        # "by A in Germany": the parser often hangs the place on the agent's name
        places = _places_after(ctx, verb, ("in",)) + [
            p for p in mentions_in(ctx, agents, INVEST_TARGETS) if word_before(ctx, p) == "in"]
        for agent in investors[:1]:
            for place in places:
                ctx.add(agent, "investsIn", place, sent, "invest-passive", 0.6)


@relation_rule("invest-operations")
def started_operations(ctx: DocContext) -> None:
    """ "Companies such as A, B and C have started operations in the city", "A began
    production in Hefei": starting to work in a place is setting up there."""
    for sent, verb in ctx.triggers(_START, {"VERB"}):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or objs[0].lemma_.lower() not in OPERATION_NOUNS or in_quote(ctx, verb):
            continue
        places = (_places_after(ctx, verb, ("in",)) or _places_in(ctx, objs[0], "in")
                  or place_nouns_of(ctx, verb))
        _firms_invest(ctx, sent, verb, places, "invest-operations", 0.6)


def _investment_deal(noun: Token) -> bool:
    """ "an investment agreement", "a project contract", "an agreement to build a plant"."""
    if noun.lemma_.lower() not in DEAL_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _DEAL_CUES
           for c in noun.children):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BUILD | {"invest"}
               for c in noun.children)


@relation_rule("invest-deal")
def signed_deals(ctx: DocContext) -> None:
    """ "A signed an investment agreement with Hefei": the company invests in the place it
    signed with (a signed, concrete project counts; ANNOTATION.md)."""
    for sent, verb in ctx.triggers({"sign", "ink"}, {"VERB"}):
        deals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and _investment_deal(c)]
        if not deals or in_quote(ctx, verb):
            continue
        places = _places_after(ctx, verb, ("with",))
        for deal in deals:
            places += [p for p in _places_in(ctx, deal, "with") if p not in places]
        _firms_invest(ctx, sent, verb, places, "invest-deal", 0.55)


@relation_rule("invest-the-place")
def built_in_the_city(ctx: DocContext) -> None:
    """ "SMC has established a technology hub in the city", "A and B have jointly invested
    11.9 billion yuan to build a centre in the city": "the city" is the city named last."""
    for sent, verb in ctx.triggers(_INVEST, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        _firms_invest(ctx, sent, verb, place_nouns_of(ctx, verb), "invest-the-place", 0.5)
