"""Investment told by moving a facility, putting money into a place, having a facility there or
being an investor there: "A relocated its plant to Bac Ninh in Vietnam", "A moved its regional
headquarters from Hong Kong to Shenzhen", "A will put $300 million into Hainan", "A operates
three plants in Anhui", "A has 30 subsidiaries in China", "A is one of the largest investors in
Ethiopia".

Next to ``relations.invests``, ``facilities`` and ``ventures`` (setting up, opening, building).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, with_conjuncts, word_before
from kg.extract.lexicon import FACILITY_NOUNS, OPERATION_NOUNS
from kg.schema import DOMAIN_RANGE

INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_MOVE = {"relocate", "move", "transfer", "shift"}
_PUT = {"put", "pour", "inject", "plough", "plow", "pump", "channel"}
# What is put into a place must be money: a MONEY entity or one of these nouns.
# Verbs of having: "A has a factory in X", "A operates three plants in X".
_HAVE = {"have", "own", "operate", "run", "maintain", "boast"}
_BE = {"be", "become", "remain"}
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


def _in_phrase(ctx: DocContext, token: Token) -> list[int]:
    """Places and zones in the token's own "in" phrase."""
    return [p for p in mentions_in(ctx, (t for c in token.children if c.dep_ == "prep"
                                         and c.lower_ == "in" for t in c.subtree), INVEST_TARGETS)
            if word_before(ctx, p) in ("in", ",", "and")]


@relation_rule("invest-has-facility")
def facilities_held(ctx: DocContext) -> None:
    """ "A has a factory in Guangdong and two research centers in Shanghai", "A operates three
    plants in Anhui": a company's own facility in a place is its investment there."""
    for sent, verb in ctx.triggers(_HAVE, {"VERB", "AUX"}):
        if in_quote(ctx, verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [c for o in objs for c in o.conjuncts]
        places = [p for o in objs if o.lemma_.lower() in FACILITY_NOUNS
                  for p in _in_phrase(ctx, o)]
        if any(o.lemma_.lower() in FACILITY_NOUNS for o in objs):
            places += [p for p in _in_phrase(ctx, verb) if p not in places]
        _invest(ctx, sent, verb, places, {"Enterprise"}, "invest-has-facility")


@relation_rule("invest-investor")
def investors_in(ctx: DocContext) -> None:
    """ "A is one of the largest foreign investors in Hunan", "A, the biggest investor in
    Laos,": an investor in a place invests there."""
    for sent, noun in ctx.triggers({"investor"}, {"NOUN"}):
        if in_quote(ctx, noun):
            continue
        places = _in_phrase(ctx, noun)
        head = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            head = noun.head.head  # "one of the largest investors in X"
        if head.dep_ == "attr" and head.head.lemma_.lower() in _BE:
            _invest(ctx, sent, head.head, places, set(INVESTORS), "invest-investor")
        elif head.dep_ == "appos" and (owner := ctx.mention_at(head.head)) is not None and (
                ctx.found[owner].cls in INVESTORS):
            for place in places:
                if place != owner:
                    ctx.add(owner, "investsIn", place, sent, "invest-investor", 0.55)
