"""Where a delegation's leader serves: "a delegation from Hetian Prefecture headed by the
prefecture deputy Party secretary Wu Gang", "a delegation from Xuchang led by Zhou Ping,
Party secretary of the city" -> the leader ``servesIn`` the place the delegation comes from.

The post names no place of its own, so the title rules (titles.py, jurisdiction.py) either
gave none or fell back on the document's province, which is the host's, not the guest's:
that fallback gives way to the delegation's place.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.people.jurisdiction import places_in

_GROUPS = {"delegation", "mission", "team", "group"}
_LEAD = {"led", "headed"}
_HOMES = {"City", "Province", "Region", "Zone"}
# words that may stand between "by" and the leader's name: articles and title words
_SKIP = {"the", "a", ",", "its", "their"}


def _place_after_from(ctx: DocContext, group: Token) -> int | None:
    """The place right after "<group> from (the)"."""
    doc = ctx.doc
    i = group.i + 1
    if i >= len(doc) or doc[i].lower_ != "from":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    idx = ctx.mention_at(doc[i]) if i < len(doc) else None
    if idx is None or ctx.found[idx].cls not in _HOMES:
        return None
    return idx


def _leader_after(ctx: DocContext, place: int) -> int | None:
    """ "... from X(,) led/headed by [title words] Y": Y, when only title words stand between."""
    doc = ctx.doc
    sent = ctx.found[place].span.sent
    i = ctx.found[place].span.end
    if i < sent.end and doc[i].text == ",":
        i += 1
    if i + 1 >= sent.end or doc[i].lower_ not in _LEAD or doc[i + 1].lower_ != "by":
        return None
    for k in range(i + 2, min(i + 12, sent.end)):
        idx = ctx.mention_at(doc[k])
        if idx is not None:
            return idx if ctx.found[idx].cls in PEOPLE else None
        if not (doc[k].lower_ in _SKIP or doc[k].is_alpha):
            return None
    return None


def _local_post(ctx: DocContext, person: int) -> bool:
    """An official whose posts name no place of their own ("Party secretary", "deputy Party
    secretary of the city")."""
    f = ctx.found[person]
    if f.cls != "Official" or not f.titles:
        return False
    return not any(places_in(ctx, t) for t in f.titles)


@relation_rule("delegation-home")
def delegation_home(ctx: DocContext) -> None:
    """A delegation from a place, led by an official whose post names no place: the
    official serves in that place."""
    for sent, group in ctx.triggers(_GROUPS, {"NOUN"}):
        place = _place_after_from(ctx, group)
        if place is None:
            continue
        leader = _leader_after(ctx, place)
        if leader is None or not _local_post(ctx, leader):
            continue
        # the title rules' guess from the host's province gives way
        titles = ctx.found[leader].titles
        ctx.hits = [h for h in ctx.hits if not (
            h.pred == "servesIn" and h.subj == leader and h.extractor == "title-jurisdiction"
            and not any(ctx.found[h.obj].text in t for t in titles))]
        ctx.add(leader, "servesIn", place, sent, "delegation-home", 0.7)


_IT = {"it", "delegation", "group", "mission"}


def _leaders_next(ctx: DocContext, si: int) -> list[int]:
    """ "It was led by A and B." / "The delegation was headed by A": A and B, when sentence
    ``si`` + 1 opens so."""
    if si + 1 >= len(ctx.sents):
        return []
    sent = ctx.sents[si + 1]
    words = [t for t in sent if not t.is_space][:6]
    lowered = [t.lower_ for t in words]
    if not lowered or not _IT & set(lowered[:2]) or "by" not in lowered or not _LEAD & set(
            lowered):
        return []
    return mentions_in(ctx, words[lowered.index("by")].subtree, PEOPLE)


@relation_rule("delegation-named-after")
def delegation_named_after(ctx: DocContext) -> None:
    """ "A met with the X Government delegation. It was led by Governor B and C": A met B and
    C (the body stands for its people only while none is named)."""
    for hit in list(ctx.hits):
        if hit.pred != "metWith" or ctx.found[hit.obj].cls in PEOPLE or hit.extractor != "meet":
            continue
        if not any(t.lower_ == "delegation" for t in hit.sent):
            continue
        leaders = _leaders_next(ctx, ctx.sentence_of(hit.sent[0]))
        if not leaders:
            continue
        ctx.hits.remove(hit)
        for person in leaders:
            ctx.add(hit.subj, "metWith", person, hit.sent, "delegation-named-after", 0.7)
