"""A place takes part in the event it hosts only when no government body of it is named as
the host (ANNOTATION.md: "where the text names a government body as host or organiser, that
body participates"): "The Expo was hosted by the People's Government of Jilin Province" makes
the government, not Jilin, a participant. A filter over the statements, run when they are
all in (kg/extract/__init__.py ``finish``).
"""

from __future__ import annotations

from kg.extract.context import DocContext, RelationHit
from kg.extract.people.jurisdiction import places_in

# The rules that make a place a participant for hosting, not for anything it is said to do.
_HOSTING = {"located-held", "located-host-city"}


def named_host_not_place(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """``hits`` without a place's hosting participation in an event that a government body
    of that place takes part in."""
    bodies: dict[str, set[str]] = {}  # event -> the places its participating organs belong to
    for hit in hits:
        body = ctx.found[hit.subj]
        if hit.pred == "participatesIn" and body.cls == "GovernmentBody":
            names = set(places_in(ctx, body.text))
            if body.scope:
                names.add(body.scope)  # "the Provincial Government" of the document's province
            bodies.setdefault(ctx.key(hit.obj), set()).update(names)
    if not bodies:
        return hits
    return [hit for hit in hits if not (
        hit.pred == "participatesIn" and hit.extractor in _HOSTING
        and ctx.gaz.place_name(ctx.found[hit.subj].text) in bodies.get(ctx.key(hit.obj), ()))]
