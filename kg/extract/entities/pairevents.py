"""Events with a lower-case head. Named by the two sides they bring together: "the
Zhejiang-Japan business forum", "the fourth China-U.S. governors' forum" (the capitalised
pair makes the phrase a name where "a business forum" is none; one or two nouns before the
head keep it one: "the China-ASEAN commemorative summit", "the A-B economic and trade
exchange meeting" are descriptions). Numbered sessions of a named body: "the 24th plenary
meeting of the X-Y Economic and Trade Council". And a name an event noun introduces: "a
promotional expo event called Jiangxi Day"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.gazetteer import Gazetteer
from kg.extract.names import Candidate

_HEADS = r"(?:forum|summit|expo|fair|conference|symposium|dialogue|roundtable|exhibition)"
_ORDINAL = (r"(?:(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|"
            r"\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d\d)")
_SIDE = r"[A-Z][\w.]*[A-Za-z.]"
_PAIR_EVENT = re.compile(
    rf"(?<![\w\-])(?:({_ORDINAL})\s+)?({_SIDE}(?:-{_SIDE})+)\s+"
    rf"((?:[a-z]+(?:[’']s|s[’'])?\s+){{1,2}}){_HEADS}\b(?![\-’'])")


# "the 24th plenary meeting of the Kelvan-Tarsa Trade Council": an edition of a named body's
# meeting
_BODY_WORD = r"(?:[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*)"
_SESSION = re.compile(
    rf"(?<![\w\-])({_ORDINAL})\s+(?:(?:plenary|annual|joint|ministerial)\s+)?"
    rf"(?:meeting|session|conference)\s+of\s+the\s+"
    rf"({_BODY_WORD}(?:\s+(?:(?:and|of|for|on)\s+)?{_BODY_WORD})*)")
_BODY_HEADS = {"council", "commission", "committee", "association", "organization",
               "organisation", "forum", "alliance", "conference", "union", "group"}


# "a promotional event called Hunan Day", "a forum dubbed Silk Road Dialogue"
_CALLED = re.compile(
    r"\b(?:event|expo|exhibition|forum|fair|festival|conference|gala|contest|competition)s?"
    r"\s+(?:called|named|dubbed|entitled|titled)\s+"
    r"([A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z0-9][\w'’-]*){0,6})")


def _side(gaz: Gazetteer, name: str) -> bool:
    """A country, province, city or region ("U.S.", "ASEAN" as a known body too)."""
    return gaz.place(name) is not None or gaz.known(name) is not None


def pair_events(doc: Doc, text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    for m in _PAIR_EVENT.finditer(text):
        sides = m.group(2).split("-")
        if not all(_side(gaz, s) for s in sides):
            continue
        span = doc.char_span(m.start(3), m.end(3), alignment_mode="expand")
        # nouns only between the pair and the head ("business", "governors'"), no adjective
        if span is None or any(t.pos_ not in ("NOUN", "PROPN", "PART", "PUNCT") for t in span):
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        yield Candidate(start, m.end(), text[start:m.end()], "Event", "pair-event", 0.6, 1)
    for m in _CALLED.finditer(text):
        yield Candidate(m.start(1), m.end(1), m.group(1), "Event", "called-event", 0.6, 1)
    for m in _SESSION.finditer(text):
        if m.group(2).split()[-1].lower() in _BODY_HEADS:
            yield Candidate(m.start(), m.end(), m.group(), "Event", "body-session", 0.6, 1)
