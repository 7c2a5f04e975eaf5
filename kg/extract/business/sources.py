"""A source of a place's investment invests in it: "Hong Kong is Hainan's largest source of
foreign investment", "Singapore is the largest source of investment in Jiangsu", "A has
become a major source of investment for Wuxi"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.schema import DOMAIN_RANGE

INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_CAPITAL = {"investment", "capital", "fdi"}
_COPULAS = {"be", "become", "remain"}


def _capital_of(noun: Token) -> Token | None:
    """ "source of (foreign) investment": the capital noun of "source"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CAPITAL), None)


@relation_rule("invest-source")
def investment_sources(ctx: DocContext) -> None:
    for sent, noun in ctx.triggers({"source"}, {"NOUN"}):
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_.lower() not in _COPULAS or in_quote(ctx, noun):
            continue
        capital = _capital_of(noun)
        if capital is None:
            continue
        # the place whose source it is: "Hainan's source", "investment in / for Jiangsu"
        where = [c for c in noun.children if c.dep_ == "poss"]
        where += [g for h in (noun, capital) for c in h.children if c.dep_ == "prep"
                  and c.lower_ in ("in", "for", "into") for g in c.children if g.dep_ == "pobj"]
        places = mentions_in(ctx, where, INVEST_TARGETS)
        sources = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubj"
                                    for t in c.subtree), INVESTORS)
        for source in sources[:1]:
            for place in places:
                if place != source:
                    ctx.add(source, "investsIn", place, sent, "invest-source", 0.55)
