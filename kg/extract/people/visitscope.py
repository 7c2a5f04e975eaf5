"""What a visit statement does not reach, checked on the finished statements (run by
kg.extract.finish, whichever rule read the visit):

- a place inside a person's title: "visited Yan Hai, head of government for the Tibet
  Autonomous Region", "a delegation led by Karl Olsen, Deputy Governor of Vestland, Norway" --
  the person is called on (metWith), the place of the post is not visited (the gold differs
  on the body of the post: a call on its head may be a visit to it, so bodies stay);
- a place that only says where another place the same person visited lies: "Pingdingshan
  city in Henan province, central China", "Hangzhou, the capital of Zhejiang province",
  "Taiyuan in northern China's Shanxi Province" (only the city is the visit's; a headline that
  says "visits Shanxi" is its own statement and stays). A bare comma ("a visit to Dalian,
  Liaoning province") is left: the gold counts the province there.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.context import COMPASS, DocContext, RelationHit
from kg.extract.people.homes import within

_CONTAINERS = {"Province", "Region", "Country"}
_PLACES = {"City", "Province", "Region", "Country"}
# the words between a place and the larger place that says where it is
_LOCATING = {"in", ",", "the", "of", "capital", "city", "provincial", "province", "'s", "’s",
             "municipality", "county", "district", "state", *COMPASS}


# the words that make a place the locator of the one before it ("in", "the capital of")
_PLACING = {"in", "of", "capital", *COMPASS}


def _in_title(ctx: DocContext, idx: int) -> bool:
    """Is mention ``idx`` inside the appositive (the title) of a person (the visitor's own
    included: his post's place is home), or, for a province or region, inside a phrase that
    places another place ("Recife, capital of the state of Pernambuco")? Walks up from the
    name; a verb or a clause ends the walk."""
    tok: Token = ctx.found[idx].span.root
    seen_appos = seen_prep = False
    for _ in range(12):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") or tok.dep_ in (
                "relcl", "acl", "advcl", "ccomp", "xcomp"):
            return False
        seen_appos = seen_appos or tok.dep_ == "appos"
        seen_prep = seen_prep or tok.dep_ == "prep"
        tok = tok.head
        owner = ctx.mention_at(tok)
        if owner is None or owner == idx:
            continue
        if ctx.found[owner].cls in PEOPLE:
            # (the body of the post may be where the call was paid: "visited Li Songlin, the
            # Party Secretary of the Provincial Science and Technology Department" is read as a
            # visit to the department too, so only places go)
            return seen_appos and ctx.found[idx].cls in _PLACES
        if ctx.found[owner].cls in _PLACES and seen_prep and (
                ctx.found[idx].cls in ("Province", "Region")):
            return True
    return False


def _locates(ctx: DocContext, outer: int, inner: int) -> bool:
    """Does place ``outer`` follow place ``inner`` across locating words only ("X in Y",
    "X, the capital of Y", "X in central Y") and hold it?"""
    a, b = ctx.found[inner].span, ctx.found[outer].span
    if not (a.end <= b.start <= a.end + 6) or a.sent.start != b.sent.start:
        return False
    between = ctx.doc[a.end : b.start]
    # ("Ganzhou in Jiangxi province, central China": a place between locates too)
    if not between or any(t.lower_ not in _LOCATING and ctx.mention_at(t) is None
                          for t in between):
        return False
    if not any(t.lower_ in _PLACING for t in between):
        return False  # "a visit to Dalian, Liaoning province": the gold counts both
    if ctx.found[outer].cls == "Country":
        # "Pingdingshan, central China" (the gold keeps "Xian, China": a country named
        # plainly after a city is visited too)
        return ctx.found[inner].cls != "Country" and any(t.lower_ in COMPASS for t in between)
    inner_name = ctx.gaz.place_name(ctx.found[inner].text)
    outer_name = ctx.gaz.place_name(ctx.found[outer].text)
    return bool(inner_name and outer_name) and inner_name != outer_name and within(
        ctx, inner_name, outer_name)


def _china_of(ctx: DocContext, outer: int, inner: int) -> bool:
    """ "northern China's Shanxi Province": the country before a possessive only locates."""
    a, b = ctx.found[outer].span, ctx.found[inner].span
    return a.end + 1 == b.start and ctx.doc[a.end].text in ("'s", "’s")


# (the words as written: a headline's capitals make "Visits" a proper noun to the tagger)
_VISIT_WORDS = {"visit", "visits", "visited", "visiting", "tour", "tours", "toured", "inspect",
                "inspects", "inspected", "trip"}


def _headlined(ctx: DocContext) -> tuple[set[str], int]:
    """Names the document's first sentence (its headline) gives with a visit word: "Ambassador
    Baucus Visits Shanxi Province" states that visit whatever the body says of the place."""
    first = ctx.sents[0] if ctx.sents else None
    if first is None or not any(t.lower_ in _VISIT_WORDS for t in first):
        return set(), -1
    return {ctx.key(i) for i in ctx.in_sentence(first)}, first.start


def scope_visits(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """``hits`` without the visits of names in someone's title and of places that only
    locate another place visited in the same sentence."""
    visited: dict[tuple[str, int], list[int]] = {}  # (visitor, sentence start) -> places
    for h in hits:
        if h.pred == "visited" and ctx.found[h.obj].cls in _PLACES:
            visited.setdefault((ctx.key(h.subj), h.sent.start), []).append(h.obj)
    out = []
    headline, head_start = _headlined(ctx)
    for h in hits:
        if h.pred == "visited":
            if _in_title(ctx, h.obj):
                continue
            if ctx.found[h.obj].cls in _CONTAINERS and (
                    h.sent.start == head_start or ctx.key(h.obj) not in headline):
                others = [p for p in visited.get((ctx.key(h.subj), h.sent.start), [])
                          if ctx.key(p) != ctx.key(h.obj)]
                if any(_locates(ctx, h.obj, p) or _china_of(ctx, h.obj, p) for p in others):
                    continue
        out.append(h)
    return out
