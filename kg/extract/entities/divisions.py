"""Settling candidates that join or misplace names around foreign posts and divisions.

* A capitalised run the name chunker joined over a post and a person ("Governor Helen Brack
  of Idaho and Under Secretary Tom Varley of the State Department") is no one name: the
  model's people inside it, each after a post word, say so, and the chunk gives way (to
  the organ after "of" too, when one person is inside: "Governor Xu Min of Hunan
  Provincial Government").
* A foreign division named with its country ("Tomsk Oblast of Russia") is the division.
* The two ends of a route ("Nanning-Almaty") are places, though glued by a hyphen.
* A district or county named in full once ("Lanxi District") is its bare name elsewhere in
  the document ("the Lanxi delegation"), not a company the model guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import LEADING_NON_NAME, TITLE_HEADS, TITLE_PREFIX
from kg.extract.names import Candidate, classify_name, generic_name

_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)\s+$")


def _titled_inside(text: str, cand: Candidate, people: list[Candidate]) -> bool:
    """A model person strictly inside ``cand``, right after a capitalised post word."""
    for p in people:
        if cand.start < p.start and p.end < cand.end:
            m = _WORD_BEFORE.search(text, cand.start, p.start)
            word = m.group(1) if m else ""
            if word[:1].isupper() and word.lower() in TITLE_PREFIX | TITLE_HEADS:
                return True
    return False


_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_OWN_KINDS = ("GovernmentBody", "Organization", "Enterprise", "Zone")


def _organ_after(text: str, cand: Candidate, people: list[Candidate]) -> list[Candidate]:
    """ "Governor Xu Min of Hunan Provincial Government": the chunk gives way to the person,
    and the organ after "of" is a name of its own when no other person follows."""
    inside = [p for p in people if cand.start < p.start and p.end < cand.end]
    if len(inside) != 1 or (m := _OF_THE.match(text, inside[0].end, cand.end)) is None:
        return []
    words = text[m.end() : cand.end].split()
    cls = classify_name(words)
    if len(words) < 2 or cls not in _OWN_KINDS or generic_name(words):
        return []
    return [replace(cand, start=m.end(), text=text[m.end() : cand.end], cls=cls)]


def drop_joined_posts(text: str, rules: list[Candidate],
                      ner: list[Candidate]) -> list[Candidate]:
    """The name chunks that run over "Post Name of X and Post Name of Y"; a chunk that runs
    on over a person into the next item of a list ("Vice Chairman of the X Committee Zhao
    Jin and Charge d'Affaires ...") ends before the person."""
    people = [c for c in ner if c.cls == "Person"]
    out: list[Candidate] = []
    for c in rules:
        if c.extractor != "name-keyword":
            out.append(c)
            continue
        if _titled_inside(text, c, people):
            out.extend(_organ_after(text, c, people))
            continue
        inner = [p for p in people if c.start < p.start and p.end < c.end
                 and text.startswith((" and ", ", "), p.end)]
        if inner:
            cut = text[c.start : min(p.start for p in inner)].rstrip(" ,")
            c = replace(c, end=c.start + len(cut), text=cut)
        out.append(c)
    return out


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w\s.'’-]+)$")


def without_country(c: Candidate, gaz: Gazetteer) -> Candidate:
    """ "Tomsk Oblast of Russia" -> "Tomsk Oblast" (a Region named with its country)."""
    if c.cls != "Region":
        return c
    m = _OF_COUNTRY.search(c.text)
    if m is None or m.start() == 0:
        return c
    country = gaz.place(m.group(1))
    if country is None or country.cls != "Country":
        return c
    return replace(c, end=c.start + m.start(), text=c.text[: m.start()])


_DIVISION_AFTER = re.compile(r" (?:Region|Oblast|Province|Prefecture|State|Krai|Governorate)\b")


def division_of_city(text: str, c: Candidate, gaz: Gazetteer) -> Candidate:
    """ "Almaty Region", "Osaka Prefecture": a foreign city's name before a division word
    names the division, a Region."""
    if c.extractor != "gazetteer" or c.cls != "City":
        return c
    m = _DIVISION_AFTER.match(text, c.end)
    place = gaz.place(c.text)
    if m is None or place is None or place.kind != "world":
        return c
    return replace(c, end=m.end(), text=text[c.start : m.end()], cls="Region")


def route_end(span: Span, gaz: Gazetteer) -> bool:
    """ "Nanning-Almaty", "the Hefei-Warsaw freight train": two places glued by a hyphen, one
    of them a city, with no capitalised name after them, are a route's two ends, each a
    mention ("China-Eurasia Railway Express" names a service; its places are modifiers)."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "-":
        other = doc[span.start - 2 : span.start - 1]
        after = span.end
    elif span.end + 1 < len(doc) and doc[span.end].text == "-":
        other = doc[span.end + 1 : span.end + 2]
        after = span.end + 2
    else:
        return False
    ends = [gaz.place(span.text), gaz.place(other.text)]
    if any(p is None for p in ends) or not any(p.cls == "City" for p in ends if p):
        return False
    for glued in (min(span.start, other.start) - 1, after):  # "Beijing-Tianjin-Hebei"
        if 0 <= glued < len(doc) and doc[glued].text == "-":
            return False
    return not (after < len(doc) and doc[after].text[:1].isupper())


_DIVISION = re.compile(r"((?:[A-Z][a-z]+[ \t]){1,2}?)(?i:district|county|township|town|new area)")


def division_short_forms(chosen: list[Candidate], gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """ "Lanxi District" (or "the Lanxi district") -> {"Lanxi": ("City", "Lanxi District")}:
    the bare name of each district or county the document names in full and the gazetteer
    does not know (a name two of its divisions share says nothing)."""
    forms: dict[str, set[tuple[str, str]]] = {}
    for c in chosen:
        m = _DIVISION.fullmatch(c.text)
        if c.cls != "City" or m is None:
            continue
        bare = m.group(1).strip()
        if gaz.place(bare) is None and gaz.known(bare) is None and (
                bare.split()[0].lower() not in LEADING_NON_NAME):
            forms.setdefault(bare, set()).add((c.cls, c.text))
    return {bare: next(iter(full)) for bare, full in forms.items() if len(full) == 1}
