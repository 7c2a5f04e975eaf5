"""A place reached only through a tie is no investment: "Chengdu has established sister-city
relations with cities of X", "opened direct flights to X", "a shipping route connecting A and X
will be launched" name X as the far end of a tie, not as where A invests."""

from __future__ import annotations

from kg.extract.context import DocContext, RelationHit
from kg.extract.lexicon import words

_TIE_NOUNS = words("tie_nouns")
# The rules reading "set up / open / launch ... X" by the verb alone
_VERB_RULES = {"invest", "invest-the-place"}


def _tied(ctx: DocContext, obj: int) -> bool:
    """Is the place a tie's far end: a tie noun above it ("a route connecting A and X"), or
    the object of the verb it hangs from by other words than "in" ("established relations
    with X", "opened flights to X")?"""
    tok = ctx.found[obj].span.root
    via = ""
    for _ in range(12):
        if tok.head is tok:
            return False
        if tok.dep_ == "prep":
            via = tok.lower_
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _TIE_NOUNS:
            return True
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "relcl", "amod"):
            return via not in ("in", "into", "at", "") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TIE_NOUNS
                for c in tok.children)
    return False


def ties_not_investment(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    return [h for h in hits if h.pred != "investsIn" or h.extractor not in _VERB_RULES
            or not _tied(ctx, h.obj)]
