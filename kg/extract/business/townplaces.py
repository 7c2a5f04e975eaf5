"""Where a town lies, told by its appositive: "Kristiansand, a port city in Agder", "Rosvik,
a district of Vestby", or by the country after it: "an office in Trier, Germany" (relations.py
reads a company's appositive place)."""

from __future__ import annotations

from kg.extract.context import DocContext, RelationHit
from kg.extract.entities.listclass import TOWN_HEADS
from kg.extract.grammar import relation_rule

# what a town may lie in, and the words that may stand before its name ("the southern X")
_AROUND = {"City", "Province", "Region", "Country"}
_SKIPPED = {"the", "northern", "southern", "eastern", "western", "central", "northeastern",
            "northwestern", "southeastern", "southwestern", "coastal"}


@relation_rule("town-apposition")
def towns_in_places(ctx: DocContext) -> None:
    """ "Kristiansand, a port city in Agder": the town (one the rules call a City) lies in the
    place right after the appositive's "in" or "of" (no further: "a district of X in the north
    of Y" says X)."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        k = f.span.end
        if f.cls != "City" or k + 3 >= len(doc) or doc[k].text != "," or (
                doc[k + 1].lower_ not in ("a", "an")):
            continue
        for j in range(k + 2, min(k + 6, len(doc) - 2)):
            if doc[j].lower_ in TOWN_HEADS and doc[j + 1].lower_ in ("in", "of"):
                m = j + 2
                while m < len(doc) - 1 and doc[m].lower_ in _SKIPPED:
                    m += 1
                place = ctx.mention_at(doc[m])
                if place is not None and place != idx and ctx.found[place].cls in _AROUND:
                    ctx.add(idx, "locatedIn", place, f.span.sent, "appositive-place", 0.6)
                break
            if not doc[j].is_alpha:
                break


@relation_rule("town-country")
def towns_with_their_country(ctx: DocContext) -> None:
    """ "an office in Trier, Germany", "born in Lyon, France, in 1970": a town (one the rules
    call a City) followed by a comma and a country that ends the phrase (not a list: "Trier,
    Germany and Peru") lies in that country."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        k = f.span.end
        if f.cls != "City" or k + 1 >= len(doc) or doc[k].text != ",":
            continue
        country = ctx.mention_at(doc[k + 1])
        if country is None or ctx.found[country].cls != "Country":
            continue
        c = ctx.found[country]
        if c.span.start != k + 1 or c.span.end < len(doc) and (
                doc[c.span.end].lower_ in ("and", "or") or doc[c.span.end].text == "," and
                c.span.end + 1 < len(doc) and ctx.mention_at(doc[c.span.end + 1]) is not None):
            continue
        ctx.add(idx, "locatedIn", country, f.span.sent, "town-country", 0.7)


def _town_place(ctx: DocContext, idx: int) -> bool:
    """Is the mention the "Agder" of "Varnholm, a port city in Agder"?"""
    doc = ctx.doc
    k = ctx.found[idx].span.start - 1
    while k > 0 and doc[k].lower_ in _SKIPPED:
        k -= 1
    if k < 4 or doc[k].lower_ not in ("in", "of") or doc[k - 1].lower_ not in TOWN_HEADS:
        return False
    j = k - 1
    while j > k - 5 and doc[j].is_alpha and doc[j].lower_ not in ("a", "an"):
        j -= 1
    return doc[j].lower_ in ("a", "an") and doc[j - 1].text == ","


def town_place_not_target(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """ "A route linking Hefei and Varnholm, a port city in Agder, will be launched": the place
    that says where a town lies is no target of the investing read around it."""
    return [h for h in hits if h.pred != "investsIn" or not _town_place(ctx, h.obj)]
