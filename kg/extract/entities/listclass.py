"""A name's class from the names around it: "Haier, Lenovo, Velmora and Midea opened stores"
- an unknown name the model took for a town or a person, coordinated with companies only, is
a company too (brands are often named like places or people); "Palacios, Santa Fe Province"
- a name the model took for a firm or a person, followed by the province it lies in, is a
town; "Ruritanian Embassy in China Tomas Verlan" - a person written right after a diplomatic
mission, as a post would be, is an official of it. Read by kg/extract/__init__.py before the
titles and relation rules, so they see the class the context gives."""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.lexicon import CHINESE_SURNAMES

# what the statistical model alone said: a gazetteer place or a rule's class stays
_MODEL_ONLY = {"ner"}
_RETYPED = {"City", "Person", "Region"}
_PLACES = {"City", "Province", "Country", "Region"}


def firms_in_lists(ctx: DocContext) -> None:
    """Retype a model-only City, Region or brand-like Person coordinated with two or more
    companies and no vouched-for place or person (a mixed list says nothing) as an
    Enterprise."""
    for idx, f in enumerate(ctx.found):
        if f.cls not in _RETYPED or f.cand.extractor not in _MODEL_ONLY or (
                f.cls == "Person" and not _brand_like(ctx, f.text.split())):
            continue
        others = [ctx.found[i] for i in {ctx.mention_at(t) for t in f.span.root.conjuncts}
                  if i is not None and i != idx]
        firms = sum(o.cls == "Enterprise" for o in others)
        # a place the gazetteer or a rule vouches for, or a person, makes a mixed list
        mixed = any(o.cls in ("Person", "Official") or o.cls in _PLACES
                    and o.cand.extractor not in _MODEL_ONLY for o in others)
        if firms >= 2 and not mixed:
            f.cls = "Enterprise"


def towns_in_lists(ctx: DocContext) -> None:
    """ "expressways in Manzhouli and Tarvik", "the Tarvik and Bishan districts": one unknown
    word the model took for a firm, coordinated only with towns the gazetteer or a rule
    vouches for, is a town too."""
    for idx, f in enumerate(ctx.found):
        if f.cls != "Enterprise" or f.cand.extractor not in _MODEL_ONLY or len(f.span) != 1:
            continue
        others = [ctx.found[i] for i in {ctx.mention_at(t) for t in f.span.root.conjuncts}
                  if i is not None and i != idx]
        if others and all(o.cls == "City" and o.cand.extractor not in _MODEL_ONLY
                          for o in others):
            f.cls = "City"


def _brand_like(ctx: DocContext, words: list[str]) -> bool:
    """A "person" that may be a brand: one word ("Velmora"), or a place and more ("Osaka
    Gas"); "Li Ming" or "John Reed" among firms is a person all the same."""
    return len(words) == 1 and words[0] not in CHINESE_SURNAMES or (
        len(words) > 1 and ctx.gaz.place(words[0]) is not None)


_SUBDIVISION_WORDS = ("Province", "State", "Prefecture", "County", "Region", "Oblast")


def towns_of_provinces(ctx: DocContext) -> None:
    """ "between Palacios, Santa Fe Province in Argentina, and ...": a model-only firm,
    organisation or one-word person right before a comma and a province (a foreign
    subdivision, or a name ending in "Province", "State" ...; not its possessive) is a town
    of that province."""
    doc = ctx.doc
    for f in ctx.found:
        if f.cand.extractor not in _MODEL_ONLY or f.cls not in (
                "Enterprise", "Organization", "Person") or f.span.end + 1 >= len(doc):
            continue
        if doc[f.span.end].text != ",":
            continue
        nxt = ctx.mention_at(doc[f.span.end + 1])
        if nxt is None or ctx.found[nxt].span.start != f.span.end + 1:
            continue
        place = ctx.found[nxt]
        if f.cls == "Person" and len(f.span) > 1 or place.span.end < len(doc) and (
                doc[place.span.end].text in ("'s", "’s")):
            continue  # "Tomas Verlan, Anhui Province's trade envoy"
        if place.cls in ("Province", "Region") and (
                place.cand.extractor == "foreign-province"
                or place.text.endswith(_SUBDIVISION_WORDS)):
            f.cls = "City"


_MISSION = re.compile(r"\b(?:Embassy|Consulate(?:[\s-]General)?|Mission)\b")


def mission_staff(ctx: DocContext) -> None:
    """A person named right after an embassy, consulate or mission (no comma between: the
    mission stands where the post would, "Ruritanian Embassy in China Tomas Verlan") is an
    official of it."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls != "Person" or f.span.start == 0:
            continue
        body = ctx.mention_at(doc[f.span.start - 1])
        if body is None or body == idx:
            continue
        b = ctx.found[body]
        if b.cls == "GovernmentBody" and b.span.end == f.span.start and _MISSION.search(b.text):
            f.cls = "Official"
            ctx.add(idx, "holdsPositionIn", body, f.span.sent, "mission-staff", 0.7)


# "Wilhelmshaven, a port city in Lower Saxony", "Hailar, a district of Hulunbuir": the
# appositive's head says what the name is
TOWN_HEADS = {"city", "town", "port", "seaport", "county", "district", "village", "township"}
_AFTER_HEAD = {"in", "of", "on", "near", ",", ".", "that", "which", "with", "located"}


def towns_described(ctx: DocContext) -> None:
    """A model-only firm, organisation or one-word person followed by ", a port city in ...",
    ", a small town of ..." (a town word ending the appositive's first words) is a town."""
    doc = ctx.doc
    for f in ctx.found:
        if f.cand.extractor not in _MODEL_ONLY or f.cls not in (
                "Enterprise", "Organization", "Person") or f.cls == "Person" and len(f.span) > 1:
            continue
        k = f.span.end
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
            continue
        # at most three words between the article and the town word: "a major coastal port city"
        for j in range(k + 2, min(k + 6, len(doc) - 1)):
            if doc[j].lower_ in TOWN_HEADS and doc[j + 1].lower_ in _AFTER_HEAD:
                f.cls = "City"
                break
            if not doc[j].is_alpha or doc[j].pos_ == "PROPN" and doc[j].lower_ not in TOWN_HEADS:
                break


# "9 countries including Panama, Salvador and Columbia": the noun the list is said of
_COUNTRIES_LEAD = re.compile(r"\b(?:countries|nations|states)\s*(?:,|:|including|such\s+as|like|"
                             r"namely|as\s+well\s+as)?\s*(?:the\s+)?$", re.IGNORECASE)


def countries_in_lists(ctx: DocContext) -> None:
    """A name read as a city in a list said to be of countries ("9 countries including
    Panama, Salvador and Columbia", with two or more countries in it and no province) is a
    country: a short or misspelt country name is often also a city's."""
    doc = ctx.doc
    done: set[int] = set()
    for idx, f in enumerate(ctx.found):
        if idx in done or not _country_like(ctx, idx):
            continue
        items, k = [idx], f.span.end  # the list from its first item, on the surface
        while k + 1 < f.span.sent.end and doc[k].lower_ in (",", "and", "or"):
            k += 1
            if doc[k].lower_ in ("and", "or"):
                k += 1
            nxt = ctx.mention_at(doc[k]) if k < len(doc) else None
            if nxt is None or ctx.found[nxt].span.start != k or not _country_like(ctx, nxt):
                break
            items.append(nxt)
            k = ctx.found[nxt].span.end
        done.update(items)
        lead = doc[max(f.span.sent.start, f.span.start - 4) : f.span.start].text
        classes = [ctx.found[i].cls for i in items]
        mixed = {"Province", "Region"} & set(classes)  # "countries and regions": no list of one
        if len(items) < 3 or classes.count("Country") < 2 or mixed or not _COUNTRIES_LEAD.search(
                lead):
            continue
        for i in items:
            ctx.found[i].cls = "Country"


def _country_like(ctx: DocContext, idx: int) -> bool:
    """A place, or a one-word name only the model gave a class ("Columbia" read as a firm)."""
    f = ctx.found[idx]
    return f.cls in _PLACES or f.cand.extractor in _MODEL_ONLY and len(f.span) == 1 and (
        f.cls in ("Enterprise", "Organization"))
