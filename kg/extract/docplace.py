"""The place a document is about, for figures whose sentence names none ("From January to
June, its total imports and exports reached ..."): the province the document is about
(``DocContext.focus_province``, docs/facts-gold.md), else, when it names no province at all,
the city it names most (a city's own news)."""

from __future__ import annotations

from kg.extract.context import DocContext


def document_place(ctx: DocContext) -> int | None:
    """The index of the first mention of the document's place, or None."""
    name, cls = ctx.focus_province, "Province"
    cities = ctx.place_counts("City").most_common(2)
    if not ctx.place_counts("Province") and cities and (
        len(cities) == 1 or cities[0][1] > cities[1][1]
    ):
        name, cls = cities[0][0], "City"
    if name is None:
        return None
    for i, f in enumerate(ctx.found):
        place = ctx.gaz.place(f.text) if f.cls == cls else None
        if place is not None and place.name == name:
            return i
    return None
