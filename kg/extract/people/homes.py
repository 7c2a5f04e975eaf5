"""Where a person is at home: the place they serve in, inside it or holding it. A visit
rule asks before it sends someone to a place (the mayor who shows guests round his own city
did not visit it); nor is the airport a journey ends at visited. No rules here, so
importing it does not change the rules' run order."""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.missions import seat_of


def within(ctx: DocContext, inner: str, outer: str) -> bool:
    """Is gazetteer place ``inner`` ``outer`` or inside it (by the gazetteer's parents)?"""
    place = ctx.gaz.place(inner)
    for _ in range(5):
        if place is None:
            return False
        if place.name == outer:
            return True
        place = ctx.gaz.place(place.parent) if place.parent else None
    return False


def at_home(ctx: DocContext, person: int, place: int) -> bool:
    """Is ``place`` where ``person`` serves, inside it, or holding it?"""
    name = ctx.gaz.place_name(ctx.found[place].text)
    who = ctx.key(person)
    for hit in ctx.hits:
        if hit.pred != "servesIn" or ctx.key(hit.subj) != who:
            continue
        home = ctx.gaz.place_name(ctx.found[hit.obj].text)
        if home == name or within(ctx, name, home) or within(ctx, home, name):
            return True
    return _posted_there(ctx, who, name)


def _posted_there(ctx: DocContext, who: str, name: str) -> bool:
    """ "Vice Consul-General of the X Consulate-General in Bergen": a post in a body seated
    in the place (or in a place holding it) makes it home; the consul who accompanies a
    delegation round Bergen did not visit it."""
    held = [h.obj for h in ctx.hits if h.pred == "holdsPositionIn" and ctx.key(h.subj) == who]
    bodies = {ctx.key(b) for b in held}
    for body in held:  # the seat in a mission's name (its locatedIn may come later)
        seated = seat_of(ctx.found[body].text, ctx.gaz)
        if seated is not None:
            seat = ctx.gaz.place_name(ctx.found[body].text[seated[1] : seated[2]])
            if seat == name or within(ctx, seat, name) or _told_inside(ctx, seat, name):
                return True
    for hit in ctx.hits:
        if hit.pred != "locatedIn" or ctx.key(hit.subj) not in bodies:
            continue
        seat = ctx.gaz.place_name(ctx.found[hit.obj].text)
        if seat == name or within(ctx, seat, name):
            return True
        # "Bergen of Vestland": the seat told inside the place
        if any(h.pred == "locatedIn" and ctx.key(h.subj) == ctx.key(hit.obj)
               and ctx.found[h.obj].text == name for h in ctx.hits):
            return True
    return False


def _told_inside(ctx: DocContext, seat: str, name: str) -> bool:
    """ "Bergen of Vestland": the text places the seat inside the place."""
    return any(h.pred == "locatedIn" and ctx.gaz.place_name(ctx.found[h.subj].text) == seat
               and ctx.found[h.obj].text == name for h in ctx.hits)


# "arrived at Kunming International Airport": where a journey ends, not a place visited
_TERMINALS = {"airport", "station", "terminal"}


def journey_end(ctx: DocContext, idx: int) -> bool:
    """Is mention ``idx`` an airport or a station (a place one arrives at, not visits)?"""
    return ctx.found[idx].text.split()[-1].lower() in _TERMINALS
