"""Posts set before a name with something in between that other title readers stop at:
a short parenthetical ("Minister of Commerce (MOC) Chen", "the mayor of Wuhu (the region's
largest city) Zhao") or a lowercase post of a place ("the mayor of Wuhu Zhao Lijun")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.extract.context import DocContext, Found
from kg.extract.lexicon import OFFICIAL_WORDS

# a parenthetical longer than this is a clause of its own, not an aside inside a title
_ASIDE_MAX = 10
_PLACES = ("Province", "City", "Region", "Country")

Reader = Callable[[DocContext, Found], "tuple[str, int | None] | None"]


def _aside_start(ctx: DocContext, f: Found) -> int | None:
    """Where the "(" of a short parenthetical right before ``f`` stands, if one does."""
    doc, k = ctx.doc, f.span.start - 1
    if k < 2 or doc[k].text != ")":
        return None
    lo = max(f.span.sent.start, k - _ASIDE_MAX - 1)
    for j in range(k - 1, lo - 1, -1):
        if doc[j].text == ")":
            return None
        if doc[j].text == "(":
            return j if j > f.span.sent.start else None
    return None


def lower_place_post(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """ "the mayor of Wuhu Zhao Lijun": a lowercase state post word, "of", a place mention,
    then the name (the place is the post's: its holder serves in it)."""
    doc, k = ctx.doc, f.span.start - 1
    idx = ctx.mention_at(doc[k]) if k >= 0 else None
    if idx is None or ctx.found[idx].cls not in _PLACES:
        return None
    place = ctx.found[idx]
    j = place.span.start - 1
    if j < 2 or doc[j].lower_ != "of" or place.span.end != f.span.start:
        return None
    head = doc[j - 1]
    if not head.is_lower or head.lower_ not in OFFICIAL_WORDS:
        return None
    return f"{head.text} of {place.text}", None


def aside_title(ctx: DocContext, f: Found, prefix: Reader) -> tuple[str, int | None] | None:
    """The title ``prefix`` reads before ``f`` once a short parenthetical is skipped, or a
    lowercase post of a place (either side of the parenthetical)."""
    found = lower_place_post(ctx, f)
    if found is not None:
        return found
    start = _aside_start(ctx, f)
    if start is None:
        return None
    moved = replace(f, span=ctx.doc[start : f.span.end], titles=[])
    return prefix(ctx, moved) or lower_place_post(ctx, moved)
