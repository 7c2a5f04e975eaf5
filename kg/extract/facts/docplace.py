"""The place a document is about, for figures whose sentence names none ("From January to
June, its total imports and exports reached ..."): the province the document is about
(``DocContext.focus_province``, docs/facts-gold.md), unless it is a city's own news: a city
named more than any province, which the text names at most once, to place the city ("Nantong
in East China's Jiangsu province"), and not in its bodies' names."""

from __future__ import annotations

from kg.extract.context import DocContext, Found
from kg.extract.facts.figure_parts import SOURCE_BODY
from kg.extract.facts.figure_zone import headline_zone
from kg.extract.facts.headlines import headline_end

_ONCE = 2  # DocContext.place_counts of one mention of its own


def document_place(ctx: DocContext) -> int | None:
    """The index of the first mention of the document's place, or None. A zone's own news
    (its headline names or describes the one zone of that kind the text names) is about it."""
    zone = headline_zone(ctx.text, headline_end(ctx.text), [
        (i, f.span.start_char, f.text) for i, f in enumerate(ctx.found) if f.cls == "Zone"])
    if zone is not None:
        return zone
    name, cls = ctx.focus_province, "Province"
    cities = ctx.place_counts("City", lambda f: _source(ctx.text, f)).most_common(2)
    top = max(ctx.place_counts("Province").values(), default=0)
    if cities and top <= _ONCE and cities[0][1] > top and (
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


def _source(text: str, f: Found) -> bool:
    """"data from Harbin Customs", "the Harbin Municipal Statistics Bureau": the city names the
    body a figure comes from. ``text`` is the document's text (``Doc.text`` joins every token
    again on each call)."""
    return SOURCE_BODY.match(text, f.span.end_char) is not None or (
        SOURCE_BODY.search(" " + f.text) is not None)
