"""A delegation from a place that names no leader: "The delegation from Guangdong came to
Chicago for the Mayors' Training Program" -> the officials the article names as serving in
Guangdong (or in a city of it) are its members: each visited Chicago and took part in the
programme. With a named leader the visit rules place the leader; this is for the rest.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.leaders import delegation_leaders
from kg.extract.people.homes import at_home
from kg.extract.people.visits import destinations

_ORIGINS = {"Province", "City", "Country", "Region"}
# a delegation arriving or visiting: "came to", "arrived in", "visited"
_MOVES = {"come", "arrive", "travel", "fly", "visit"}
_GROUPS = {"delegation"}


def _origin(ctx: DocContext, noun: Token) -> int | None:
    """ "the delegation from Guangdong", "the Guangdong delegation"."""
    tokens = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ == "pobj"]
    tokens += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    places = mentions_in(ctx, tokens, _ORIGINS)
    return places[0] if len(places) == 1 else None


def _serves_in(ctx: DocContext, place: int, origin: int) -> bool:
    """Is ``place`` the origin, or a city of the origin province?"""
    here = ctx.gaz.place(ctx.found[place].text)
    there = ctx.gaz.place(ctx.found[origin].text)
    if here is None or there is None:
        return False
    if here.name == there.name:
        return True
    home = ctx.gaz.province_of(here)
    return there.cls == "Province" and home is not None and home.name == there.name


@relation_rule("delegation-members")
def delegation_members(ctx: DocContext) -> None:
    if delegation_leaders(ctx):
        return  # the named leader's visit is read by the visit rules
    for sent, noun in ctx.triggers(_GROUPS, {"NOUN"}):
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _MOVES:
            continue
        origin = _origin(ctx, noun)
        if origin is None:
            continue
        places = [p for p in destinations(ctx, verb) if not _serves_in(ctx, p, origin)]
        # "came to Chicago for the X Programme": what the trip is for
        purposes = mentions_in(ctx, (g for c in verb.children if c.dep_ == "prep"
                                     and c.lower_ == "for" for g in c.subtree),
                               {"Event", "Initiative"})
        members: list[int] = []
        seen: set[str] = set()
        for h in ctx.hits:
            name = ctx.found[h.subj].text
            if h.pred == "servesIn" and name not in seen and _serves_in(ctx, h.obj, origin):
                seen.add(name)
                members.append(h.subj)
        for person in members:
            for place in places:
                if not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "delegation-members", 0.55)
            for purpose in purposes:
                ctx.add(person, "participatesIn", purpose, sent, "delegation-members", 0.55)
