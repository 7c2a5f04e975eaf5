"""Two posts written out before one name: "Deputy Secretary of the CPC Fujian Provincial
Committee and Governor of Fujian Province Wang Ning", "Member of the Standing Committee of the
Yunlan Provincial Party Committee and Vice Governor Li Ming". The title rules (titles.py) read
the post next to the name; the first post's body is the holder's too (``holdsPositionIn``,
and its place ``servesIn``).
"""

from __future__ import annotations

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import OFFICIAL_WORDS, TITLE_PREFIX, starts_post
from kg.extract.people.jurisdiction import serve_in

_ORGANS = {"GovernmentBody", "Zone"}
_PLACES = {"Province", "City", "Region", "Country"}
_LINKS = {"of", "the", "and", "-"}
_MAX_GAP = 10


def _post_before(ctx: DocContext, org: int) -> bool:
    """Is ``org`` named in a post: "<Title words> of (the) <org>"?"""
    doc = ctx.doc
    i = ctx.found[org].span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    return starts_post(doc[i - 1].lower_) and doc[i - 1].text[:1].isupper()


def _holder_after(ctx: DocContext, org: int) -> int | None:
    """The name at the end of a second post right after "<org> and": title words, "of",
    places, up to the name."""
    doc = ctx.doc
    sent = ctx.found[org].span.sent
    k = ctx.found[org].span.end
    if k >= sent.end or doc[k].lower_ != "and":
        return None
    k += 1
    titled = False
    while k < min(sent.end, ctx.found[org].span.end + _MAX_GAP):
        idx = ctx.mention_at(doc[k])
        if idx is not None:
            cls = ctx.found[idx].cls
            if cls in PEOPLE:
                return idx if titled else None
            if cls not in _PLACES:
                return None
            k = ctx.found[idx].span.end
            continue
        word = doc[k].lower_
        if word in TITLE_PREFIX and doc[k].text[:1].isupper():
            titled = True
        elif word not in _LINKS:
            return None
        k += 1
    return None


@relation_rule("post-chain")
def post_chains(ctx: DocContext) -> None:
    """The body of the first of two posts before a name is the holder's."""
    for org, f in enumerate(ctx.found):
        if f.cls not in _ORGANS or not _post_before(ctx, org):
            continue
        person = _holder_after(ctx, org)
        start = _post_start(ctx, org)
        if person is None or start > 0 and ctx.doc[start - 1].lower_ in ("the", "a", "an"):
            continue  # "The director of X and Governor Y": two people, one unnamed
        if any(h.subj == person and h.obj == org and h.pred == "holdsPositionIn"
               for h in ctx.hits):
            continue
        holder = ctx.found[person]
        title = ctx.doc[start : f.span.end].text
        if title not in holder.titles:
            holder.titles.append(title)
        if set(title.lower().split()) & OFFICIAL_WORDS or f.cls == "GovernmentBody":
            holder.cls = "Official"
        sent = holder.span.sent
        ctx.add(person, "holdsPositionIn", org, sent, "post-chain", 0.75)
        if holder.cls == "Official":
            serve_in(ctx, person, org, title, sent, 0.7)


def _post_start(ctx: DocContext, org: int) -> int:
    """The first title word of the post naming ``org``."""
    doc = ctx.doc
    i = ctx.found[org].span.start - 1
    if doc[i].lower_ == "the":
        i -= 1
    i -= 1  # "of"
    while i >= 0 and (starts_post(doc[i].lower_) and doc[i].text[:1].isupper()
                      or doc[i].lower_ in _LINKS - {"and"} and i > 0
                      and starts_post(doc[i - 1].lower_)):
        i -= 1
    return i + 1
