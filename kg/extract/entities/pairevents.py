"""Events with a lower-case head. Named by the two sides they bring together: "the
Zhejiang-Japan business forum", "the fourth China-U.S. governors' forum" (the capitalised
pair makes the phrase a name where "a business forum" is none; one or two nouns before the
head keep it one: "the China-ASEAN commemorative summit", "the A-B economic and trade
exchange meeting" are descriptions). Numbered sessions of a named body: "the 24th plenary
meeting of the X-Y Economic and Trade Council", "the fourth X-Y Cooperation Council meeting".
And a name an event noun introduces: "a promotional expo event called Jiangxi Day"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import NAME_KEYWORDS
from kg.extract.names import Candidate, classify_name

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
               "organisation", "forum", "alliance", "conference", "union", "group", "mechanism"}
# "the fourth Kelvan-Tarsa Comprehensive Cooperation Council meeting": the body's name before
# a lower-case "meeting" (the body's head word ends the name)
_BODY_MEETING = re.compile(
    rf"(?<![\w\-])({_ORDINAL})\s+({_BODY_WORD}(?:\s+{_BODY_WORD}){{0,6}})\s+"
    rf"(?:(?:plenary|annual|joint|ministerial)\s+)?(?:meeting|session)\b")


# "a promotional event called Hunan Day", "a forum dubbed Silk Road Dialogue"
_CALLED = re.compile(
    r"\b(?:event|expo|exhibition|forum|fair|festival|conference|gala|contest|competition)s?"
    r"\s+(?:called|named|dubbed|entitled|titled)\s+"
    r"([A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z0-9][\w'’-]*){0,6})")


# "China (Guangxi) – UAE Economic and Trade Cooperation Matchmaking Conference": a place with
# its province in brackets, a spaced dash, then the other side and the event (the dash with
# spaces cuts a capitalised run elsewhere: "BEIJING (Xinhua) - The ...")
_NAMEWORD = r"(?:\([A-Z][^()\n]{0,40}\)|[A-Z][\w'’.\-]*)"
_DASHED_PAIR = re.compile(
    r"(?<![\w\-])(?!The\b)([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)[ \t]*\(([A-Z][^()\n]{0,40})\)"
    r"[ \t]+[-–—][ \t]+(?!The\b)"
    rf"({_NAMEWORD}(?:[ \t]+(?:(?:and|of|for|on|&)[ \t]+)?{_NAMEWORD}){{1,12}})")


def _dashed_pairs(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    for m in _DASHED_PAIR.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group(3)))
        words = [t.group() for t in tokens]
        # the name ends at its last event word ("... Conference in Lima": not "in Lima")
        ends = [k for k, w in enumerate(words) if classify_name(words[: k + 1]) == "Event"
                and NAME_KEYWORDS.get(w.lower()) == "Event"]
        # a place and its part: "China (Guangxi)", not "BEIJING (Xinhua)" (nor a dateline)
        if not ends or m.group(1).isupper() or gaz.place(m.group(1)) is None or gaz.place(
                m.group(2).split(",")[0].strip()) is None:
            continue
        end = m.start(3) + tokens[ends[-1]].end()
        yield Candidate(m.start(), end, text[m.start():end], "Event", "pair-event", 0.6, 1)


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
    yield from _dashed_pairs(text, gaz)
    for m in _CALLED.finditer(text):
        yield Candidate(m.start(1), m.end(1), m.group(1), "Event", "called-event", 0.6, 1)
    for m in _SESSION.finditer(text):
        # "... of the X Coordination Mechanism on Border Trade": the head before its topic
        if any(w.lower() in _BODY_HEADS for w in m.group(2).split()):
            yield Candidate(m.start(), m.end(), m.group(), "Event", "body-session", 0.6, 1)
    for m in _BODY_MEETING.finditer(text):
        if m.group(2).split()[-1].lower() in _BODY_HEADS:
            yield Candidate(m.start(), m.end(), m.group(), "Event", "body-session", 0.6, 1)
