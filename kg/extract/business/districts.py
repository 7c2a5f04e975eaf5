"""Where a district is, from the possessive of its city: "Suzhou's Wujiang District", "South
Jiaxing's Jiashan County", "Qiaoshan's Binhai Industrial Park".

A relation rule (``located-possessive``); the document's compass locators ("Central China's
Hubei") name no place and are not read here: the owner must be a City.
"""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule

_POSSESSIVE = {"'s", "’s"}


@relation_rule("located-possessive")
def located_possessive(ctx: DocContext) -> None:
    """A City or Zone right after "<City>'s" lies in that city."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("City", "Zone") or f.span.start < 2:
            continue
        if doc[f.span.start - 1].text not in _POSSESSIVE:
            continue
        owner = ctx.mention_at(doc[f.span.start - 2])
        if owner is None or owner == idx or ctx.found[owner].cls != "City":
            continue
        ctx.add(idx, "locatedIn", owner, f.span.sent, "located-possessive", 0.7)
