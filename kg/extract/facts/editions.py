"""Which edition of an event a sentence speaks of, when it names the event by its kind: "the
third edition of the expo, slated for June 29 to July 2" is the document's event (the third X
Expo) when the ordinal agrees with its name; "the fourth edition of the expo", "the 6th
expo", "the next edition", "the expo will be held again next year" are another one.
``eventdays.py`` reads it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import Mention

_EDITION = frozenset({"edition", "session"})
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}
_NUMBERED = {v: k for k, v in _ORDINALS.items()}
_LATER = frozenset({"next", "last", "previous", "future", "coming"})


def _is_ordinal(t: Token) -> bool:
    return t.lower_ in _ORDINALS or t.lower_ in _NUMBERED or (
        t.lower_[:-2].isdigit() and t.lower_[-2:] in ("st", "nd", "rd", "th"))


def ordinal_agrees(s: Token, name: list[str]) -> bool:
    """``s`` ("expo", "edition") carries no ordinal, or one of the words of the event's name
    (``name``, lower case): "the third edition" of the Third X Expo, not "the 6th expo"."""
    for c in s.children:
        if c.dep_ in ("amod", "det", "nummod") and _is_ordinal(c):
            forms = {c.lower_, _ORDINALS.get(c.lower_, ""), _NUMBERED.get(c.lower_, "")}
            if not forms & set(name):
                return False
        elif c.lower_ in _LATER:
            return False  # "the next edition", "the previous expo"
    return True


def edition_of(s: Token, name: list[str]) -> Token | None:
    """For "edition" (``s``) with "of the expo": the kind noun ("expo") when the edition is
    the event's own (``ordinal_agrees``); else None."""
    if s.lemma_.lower() not in _EDITION:
        return None
    kind = next((g for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    return kind if kind is not None and ordinal_agrees(s, name) else None


def another_edition(doc: Doc, said: Mention, event: Mention) -> bool:
    """``said`` ("expo") is written as "the 6th expo" or "the fourth (next) edition of the
    expo": not the edition the document's event (``event``) is."""
    span = doc.char_span(said.start, said.end, alignment_mode="expand")
    if span is None:
        return False
    name = event.text.lower().split()
    root, of = span.root, span.root.head
    if not ordinal_agrees(root, name):
        return True
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _EDITION:
        return False
    return edition_of(of.head, name) is None


def held_again(verb: Token) -> bool:
    """ "The expo will be held again next year", "... again in 2026": a later edition's days."""
    said = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "aux")}
    later = any(c.dep_ == "npadvmod" and c.lower_ in ("year", "time")
                and any(g.lower_ in _LATER for g in c.children) for c in verb.children)
    return later or ("again" in said and bool(said & {"will", "shall", "'ll"}))


def said_again(doc: Doc, start: int, end: int, event: Mention | None) -> bool:
    """The day (a character span) hangs on a verb of a later edition (``held_again``) or one
    whose subject is another edition said by its kind ("the next edition of the expo", "the
    6th expo"; ``event``: the document's event)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    t = span.root if span is not None else None
    while t is not None and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t is None or t.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    name = event.text.lower().split() if event is not None else []
    return held_again(t) or (event is not None and any(
        s.pos_ == "NOUN" and s.text.islower() and (
            not ordinal_agrees(s, name)
            or (s.lemma_.lower() in _EDITION and edition_of(s, name) is None))
        for s in subjects))
