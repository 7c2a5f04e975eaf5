"""A delegation's visit told only by its meeting: "Li Ming, governor of Anhui, met with a
delegation led by Karl Olsen" -> Karl Olsen ``visited`` Anhui, the place the host serves in
as that same sentence names it. Only a delegation "led/headed by" the guest: "B and his
delegation" names no coming (the annotation leaves it a meeting).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.people.homes import at_home

_GROUPS = {"delegation", "mission"}
_LEAD = {"lead", "head"}
# (a country the host serves in is too wide to say where the meeting was)
_PLACES = {"City", "Province", "Region"}


def _leads_coming_group(ctx: DocContext, idx: int) -> bool:
    """Is the mention the "by" agent of "led/headed" hanging on a delegation?"""
    tok = ctx.found[idx].span.root
    by = tok.head
    while by.dep_ == "conj" and by.head.i != by.i:  # "led by A and B"
        by = by.head.head if by.head.dep_ == "pobj" else by.head
    if by.dep_ == "pobj":
        by = by.head
    lead = by.head
    return (by.dep_ == "agent" and lead.lemma_.lower() in _LEAD and lead.dep_ == "acl"
            and lead.head.lemma_.lower() in _GROUPS)


def _meeting_places(ctx: DocContext, sent: Span) -> set[str]:
    """The places the sentence puts a meeting "in" or "at" (on a verb)."""
    return {ctx.key(i) for t in sent if t.dep_ == "prep" and t.lower_ in ("in", "at")
            and t.head.pos_ == "VERB"
            for i in mentions_in(ctx, t.subtree, PLACE_CLASSES)}


@relation_rule("visit-host-place")
def host_place_visits(ctx: DocContext) -> None:
    meetings = [h for h in ctx.hits if h.pred == "metWith" and h.extractor == "meet"]
    for h in meetings:
        for host, guest in ((h.subj, h.obj), (h.obj, h.subj)):
            if not _leads_coming_group(ctx, guest) or _leads_coming_group(ctx, host) or (
                    ctx.found[guest].span.start < ctx.found[host].span.start):
                continue  # (the delegation as subject: "... met B in Oslo" is no hosting)
            if any(v.pred == "visited" and ctx.key(v.subj) == ctx.key(guest)
                   and v.sent.start == h.sent.start for v in ctx.hits):
                continue  # the sentence says where the visit was
            met_in = _meeting_places(ctx, h.sent)
            places = {s.obj for s in ctx.hits if s.pred == "servesIn"
                      and ctx.key(s.subj) == ctx.key(host) and s.sent.start == h.sent.start
                      and ctx.found[s.obj].cls in _PLACES
                      and h.sent.start <= ctx.found[s.obj].span.start < h.sent.end}
            if met_in - {ctx.key(p) for p in places}:
                continue  # "... met with a delegation led by B in Beijing": not at home
            for place in sorted(places):
                if not at_home(ctx, guest, place):
                    ctx.add(guest, "visited", place, h.sent, "visit-host-place", 0.55)
