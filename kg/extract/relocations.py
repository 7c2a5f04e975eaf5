"""Investment told by moving a facility or by putting money into a place: "A relocated its
plant to Bac Ninh in Vietnam", "A moved its regional headquarters from Hong Kong to Shenzhen",
"A will put $300 million into Hainan", "the province poured 2 billion yuan into the zone".

Next to ``relations.invests``, ``facilities`` and ``ventures`` (setting up, opening, building).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import agent_of, in_quote, relation_rule, with_conjuncts, word_before
from kg.extract.lexicon import FACILITY_NOUNS, OPERATION_NOUNS
from kg.schema import DOMAIN_RANGE

INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_MOVE = {"relocate", "move", "transfer", "shift"}
_PUT = {"put", "pour", "inject", "plough", "plow", "pump", "channel"}
# What is put into a place must be money: a MONEY entity or one of these nouns.
_MONEY_NOUNS = {"money", "fund", "funds", "capital", "investment", "yuan", "dollar", "euro",
                "rmb", "usd"}


def _places_after(ctx: DocContext, verb: Token, preps: tuple[str, ...]) -> list[int]:
    """Places and zones in the verb's own "to"/"into" phrase ("to Bac Ninh in Vietnam": both)."""
    tokens = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for t in c.subtree]
    found = mentions_in(ctx, tokens, INVEST_TARGETS)
    return [p for p in found if word_before(ctx, p) in (*preps, "in", "of", ",")]


def _invest(ctx: DocContext, sent: Span, verb: Token, places: list[int], classes: set[str],
            rule: str) -> None:
    """The verb's investor and the investors listed with it invest in each place."""
    if not places:
        return
    agent, _ = agent_of(ctx, verb, classes)
    if agent is None:
        return
    for investor in with_conjuncts(ctx, agent, classes):
        for place in places:
            if place != investor:
                ctx.add(investor, "investsIn", place, sent, rule, 0.55)


@relation_rule("invest-relocate")
def relocations(ctx: DocContext) -> None:
    """ "A relocated its cable factory to Bac Ninh", "A moved production to Hefei": a company
    that moves a facility or its work to a place sets up there."""
    for sent, verb in ctx.triggers(_MOVE, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or objs[0].lemma_.lower() not in FACILITY_NOUNS | OPERATION_NOUNS:
            continue
        _invest(ctx, sent, verb, _places_after(ctx, verb, ("to",)), {"Enterprise"},
                "invest-relocate")


def _money(obj: Token) -> bool:
    return obj.ent_type_ == "MONEY" or obj.lemma_.lower() in _MONEY_NOUNS or any(
        t.ent_type_ == "MONEY" for t in obj.subtree)


@relation_rule("invest-put")
def money_put_into(ctx: DocContext) -> None:
    """ "A will put $300 million into Hainan", "the province injected 2 billion yuan into the
    X Zone": money put into a place is invested there."""
    for sent, verb in ctx.triggers(_PUT, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs or not _money(objs[0]):
            continue
        _invest(ctx, sent, verb, _places_after(ctx, verb, ("into",)), set(INVESTORS),
                "invest-put")
