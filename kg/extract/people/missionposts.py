"""Diplomats' posts in the mission the text names: "Russia's Consulate General in Harbin said
that Consul X met ..." (a bare consular post, and the one mission of its sentence), "Consul
General of the Republic of Ruritania in Xi'an X ... the Consulate General of the Republic of
Ruritania" (the post names the same state as a mission named in the document).

A bare post with the mission named only elsewhere in the document is left alone: which
mission is meant is not said (a rule taking the document's one mission was wrong on text
not read).
"""

from __future__ import annotations

import re

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule

_MISSION = re.compile(r"\b(?:embassy|consulate(?:[\s-]general)?)\b", re.I)
_STAFF = re.compile(r"\b(?:ambassador|consul(?:[\s-]general)?|counsell?or|attach[eé])\b", re.I)
_PLACED = re.compile(r"\b(?:of|in|to|at|for)\b|'s\b|’s\b")
# "Consul General of the Republic of Ruritania in Xi'an": the state the post is of
_OF_STATE = re.compile(r"\bof ((?:the )?[A-Z][\w'-]*(?: (?:of )?(?:the )?[A-Z][\w'-]*)*)")


def _state_of(text: str) -> str | None:
    m = _OF_STATE.search(text)
    return None if m is None else re.sub(r"^the ", "", m.group(1))


def _bare(ctx: DocContext, title: str) -> bool:
    """A post naming no place or state ("Consul", not "U.S. Consul General", "Consul General
    of Japan in Osaka")."""
    nations = demonyms()
    return not _PLACED.search(title) and not any(
        ctx.gaz.place(w) is not None or w in nations for w in re.findall(r"[A-Z][\w.]*", title))


def _apposed_mission(ctx: DocContext, j: int, missions: list[int]) -> int | None:
    """The mission set alone after a name and its comma, as a post would be ("X, Embassy of
    Y in China, said"): the person is of its staff."""
    doc = ctx.doc
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
    idx = ctx.mention_at(doc[k]) if k < len(doc) else None
    if idx not in missions or ctx.found[idx].span.start != k:
        return None
    end = ctx.found[idx].span.end
    if end < len(doc) and doc[end].lower_ == "and":  # "..., and Mr. Z" (not "and the city")
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        follows = nxt is not None and (nxt.lower_.rstrip(".") in ("mr", "ms", "mrs", "dr") or (
            (m := ctx.mention_at(nxt)) is not None and ctx.found[m].cls in PEOPLE))
        return idx if follows else None
    return idx if end >= len(doc) or doc[end].text in (",", ";", ".", ")") else None


@relation_rule("post-in-mission")
def mission_posts(ctx: DocContext) -> None:
    missions = [i for i, f in enumerate(ctx.found)
                if f.cls == "GovernmentBody" and _MISSION.search(f.text)]
    if not missions:
        return
    held = {h.subj for h in ctx.hits if h.pred == "holdsPositionIn"}
    for idx, f in enumerate(ctx.found):
        if f.cls not in PEOPLE or idx in held:
            continue
        apposed = _apposed_mission(ctx, f.span.end, missions)
        if apposed is not None:  # "Ms. X, Consulate-General of Y in Qingdao and Mr. Z, ..."
            f.cls = "Official"
            ctx.add(idx, "holdsPositionIn", apposed, f.span.sent, "post-in-mission", 0.6)
            continue
        staff = [t for t in f.titles if _STAFF.search(t)]
        if not staff:
            continue
        body = None
        if any(_bare(ctx, t) for t in staff):
            here = {ctx.key(i): i for i in missions if ctx.found[i].span.sent == f.span.sent}
            body = next(iter(here.values())) if len(here) == 1 else None
        else:
            states = {s for t in staff if (s := _state_of(t)) is not None}
            same = {ctx.key(i): i for i in missions if _state_of(ctx.found[i].text) in states}
            body = next(iter(same.values())) if len(same) == 1 else None
        if body is not None:
            f.cls = "Official"
            ctx.add(idx, "holdsPositionIn", body, f.span.sent, "post-in-mission", 0.6)
