"""Diplomats' bare posts in the one mission a document names: in a text about "the Consulate
General", "Acting Consul General Liu Jun, Commercial Counselor Zou Xiaoming ..." hold their
posts in it. A post that names its own place, country or body ("Consul General of Japan in
Osaka", "U.S. Consul General") is left to titles.py; with two missions named (or an embassy
spoken of beside the consulate), which one is meant is not said.
"""

from __future__ import annotations

import re

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule

_MISSION = re.compile(r"\b(?:embassy|consulate(?:[\s-]general)?)\b", re.I)
# The mission's own staff: consuls and counsellors of a consulate, ambassadors and
# counsellors of an embassy.
_STAFF = {
    "consulate": re.compile(r"\b(?:consul(?:[\s-]general)?|counsell?or|attach[eé])s?\b", re.I),
    "embassy": re.compile(r"\b(?:ambassador|counsell?or|attach[eé]|chargé)s?\b", re.I),
}
_KINDS = re.compile(r"\b(?:embassy|consulate)")
_PLACED = re.compile(r"\b(?:of|in|to|at|for)\b|'s\b|’s\b")


def _placed(ctx: DocContext, title: str) -> bool:
    """Does the post name its place or country ("Consul General of Japan in Osaka", "U.S.
    Consul General")? Then it is not known to be the text's mission's."""
    nations = demonyms()
    return bool(_PLACED.search(title)) or any(
        ctx.gaz.place(w) is not None or w in nations for w in re.findall(r"[A-Z][\w.]*", title))


@relation_rule("post-in-mission")
def mission_posts(ctx: DocContext) -> None:
    missions = {ctx.key(i): i for i, f in enumerate(ctx.found)
                if f.cls == "GovernmentBody" and _MISSION.search(f.text)}
    if len(missions) != 1 or len(set(_KINDS.findall(ctx.doc.text.lower()))) > 1:
        return  # one mission named, and no other kind of mission spoken of
    body = next(iter(missions.values()))
    kind = "embassy" if "embassy" in ctx.found[body].text.lower() else "consulate"
    held = {h.subj for h in ctx.hits if h.pred == "holdsPositionIn"}
    for idx, f in enumerate(ctx.found):
        if f.cls not in PEOPLE or idx in held:
            continue
        if any(_STAFF[kind].search(t) and not _placed(ctx, t) for t in f.titles):
            f.cls = "Official"
            ctx.add(idx, "holdsPositionIn", body, f.span.sent, "post-in-mission", 0.6)
