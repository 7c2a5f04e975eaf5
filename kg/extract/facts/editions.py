"""An edition of an event said by its kind: "the third edition of the expo, slated for June 29
to July 2" is the document's event (the third X Expo) when the ordinal agrees with its name;
"the fourth edition of the expo" is another one. ``eventdays.py`` reads it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import Mention

_EDITION = frozenset({"edition", "session"})
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}
_NUMBERED = {v: k for k, v in _ORDINALS.items()}


def edition_of(s: Token, name: list[str]) -> Token | None:
    """For "edition" (``s``) with "of the expo": the kind noun ("expo") when the edition's
    ordinal, if any, is one of the words of the event's name (``name``, lower case);
    else None ("the next edition of the fair")."""
    if s.lemma_.lower() not in _EDITION:
        return None
    kind = next((g for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    if kind is None:
        return None
    for c in s.children:
        if c.dep_ in ("amod", "det") and (c.lower_ in _ORDINALS or c.lower_ in _NUMBERED):
            forms = {c.lower_, _ORDINALS.get(c.lower_, ""), _NUMBERED.get(c.lower_, "")}
            if not forms & set(name):
                return None
        elif c.dep_ == "amod" or c.lower_ in ("next", "last", "previous"):
            return None  # "the next edition", "the previous edition": another one
    return kind


def another_edition(doc: Doc, said: Mention, event: Mention) -> bool:
    """``said`` ("expo") is written as "the fourth (next) edition of the expo": not the
    edition the document's event (``event``) is."""
    span = doc.char_span(said.start, said.end, alignment_mode="expand")
    of = span.root.head if span is not None else None
    if of is None or span.root.dep_ != "pobj" or of.lower_ != "of" or (
            of.head.lemma_.lower() not in _EDITION):
        return False
    return edition_of(of.head, event.text.lower().split()) is None
