"""Who trades when a sentence only points at the trader: "the province" / "the city" (the
one named before) and "its" (the one province or city named before it). No rules here."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.schema import DOMAIN_RANGE

TRADERS, MARKETS = DOMAIN_RANGE["tradesWith"]
_TRADERS = {"City", "Province"}


# "the province", "the city": the trader of that kind named last before
_PLACE_WORDS = {"province": "Province", "city": "City", "municipality": "Province"}


def place_word(ctx: DocContext, tok: Token) -> int | None:
    """ "the province" (bare: no name, modifier or "of" phrase) -> the province named last
    before it in the text (a municipality is a province-level place)."""
    cls = _PLACE_WORDS.get(tok.lower_)
    if (cls is None or ctx.mention_at(tok) is not None
            or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
            or any(c.dep_ in ("compound", "amod", "prep", "nmod") for c in tok.children)):
        return None
    return ctx.antecedent(tok, cls, window=2000)


def its_trader(ctx: DocContext, its: Token) -> int | None:
    """ "Henan's exports rose, and its trade volume with ASEAN hit ...": the one province or
    city named before "its" in the sentence (or, with none, the sentence before)."""
    si = ctx.sentence_of(its)
    for sent in (ctx.sents[si], ctx.sents[si - 1] if si else None):
        if sent is None:
            break
        named = {ctx.found[i].cand.refers_to or ctx.found[i].text: i
                 for i in ctx.in_sentence(sent) if ctx.found[i].cls in _TRADERS
                 and ctx.found[i].span.end <= its.i}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
    return None
