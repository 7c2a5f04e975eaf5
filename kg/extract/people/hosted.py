"""A visit told only by its meeting: "Mayor A met with B, head of the Miyagi delegation ...
economic cooperation could be strengthened through the visit". The delegation's one leader,
met by an official who serves in the city the report is about, with no place of the visit
stated anywhere, visited that city.
"""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.leaders import delegation_leaders
from kg.extract.people.homes import at_home

_VISIT_WORDS = ("visit", "visits", "visiting", "visited", "trip", "tour")


@relation_rule("visit-hosted")
def hosted_visits(ctx: DocContext) -> None:
    if ctx.focus_city is None or not ctx.has_word(_VISIT_WORDS):
        return
    leaders = delegation_leaders(ctx)
    if len(leaders) != 1:
        return
    leader = leaders[0]
    key = ctx.key(leader)
    if any(h.pred == "visited" and ctx.key(h.subj) == key for h in ctx.hits):
        return  # the visit's place is told: the visit rules have it
    city = ctx.place_index(ctx.focus_city)
    if city is None or at_home(ctx, leader, city):
        return
    hosts = {ctx.key(h.subj) for h in ctx.hits if h.pred == "servesIn"
             and ctx.key(h.obj) == ctx.key(city)}
    for h in ctx.hits:
        ends = {ctx.key(h.subj), ctx.key(h.obj)}
        if h.pred == "metWith" and key in ends and ends - {key} <= hosts and ends != {key}:
            ctx.add(leader, "visited", city, h.sent, "visit-hosted", 0.5)
            return
