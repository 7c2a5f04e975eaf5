"""An event said by its kind, and which edition: "The five-day expo closed on Sunday" is the
document's event (``kind_of``); "the third edition of the expo, slated for June 29 to July 2"
is it too when the ordinal agrees with its name (the third X Expo); "the fourth edition of
the expo", "the 6th expo", "the next edition", "the expo will be held again next year" are
another one. ``eventdays.py`` and ``document.py`` read it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.model import Mention

_EDITION = frozenset({"edition", "session"})
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}
_NUMBERED = {v: k for k, v in _ORDINALS.items()}
_LATER = frozenset({"next", "last", "previous", "future", "coming"})


def _is_ordinal(word: str) -> bool:
    """"third", "3rd" (lower case)."""
    return word in _ORDINALS or word in _NUMBERED or (
        word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))


def ordinal_agrees(s: Token, name: list[str]) -> bool:
    """``s`` ("expo", "edition") carries no ordinal, or one of the words of the event's name
    (``name``, lower case): "the third edition" of the Third X Expo, not "the 6th expo"."""
    numbered = [w for w in name if _is_ordinal(w)]
    for c in s.children:
        if c.dep_ in ("amod", "det", "nummod") and _is_ordinal(c.lower_):
            forms = {c.lower_, _ORDINALS.get(c.lower_, ""), _NUMBERED.get(c.lower_, "")}
            if numbered and not forms & set(numbered):
                return False  # (a name without its ordinal: any edition may be it)
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


# An event's kind, and the words a name of that kind may end with
_KIND_WORDS = {"expo": ("expo", "exposition"), "exposition": ("expo", "exposition"),
               "fair": ("fair",), "forum": ("forum",), "conference": ("conference",),
               "exhibition": ("exhibition", "expo"), "summit": ("summit",),
               "festival": ("festival",), "show": ("show",)}
# "the next expo", "a fair": another edition, or none in particular
_OTHER = frozenset({"a", "an", "another", "next", "last", "previous", "future", "each", "every",
                    "first", "such"})


def kind_of(doc: Doc, verb: re.Match[str], mentions: Sequence[Mention],
             main_event: int | None) -> int | None:
    """The document's event when the event verb's subject is only its kind: "The five-day
    expo closed on Sunday", "the fair, which closed on Monday, ..." ("the event" is any
    kind)."""
    span = doc.char_span(verb.start(), verb.end(), alignment_mode="expand")
    if span is None or main_event is None:
        return None
    root = span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.dep_ in ("relcl", "acl"):
        subjects.append(root.head)
    name = mentions[main_event].text.lower().split()
    for s in subjects:
        s = edition_of(s, name) or s  # "the third edition of the expo, slated for ..."
        if not ordinal_agrees(s, name):
            return None  # "the 6th expo will be held from ...": another edition
        noun = s.lemma_.lower()
        if s.pos_ in ("NOUN", "PROPN") and _described(s, name):
            return main_event  # "at a promotion conference and signing ceremony held on ..."
        if any(c.lower_ in _OTHER for c in s.children) or s.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.pos_ == "PROPN" or t.is_quote for t in s.lefts):
            continue  # 'The "Harbour Day" event': an event of its own name
        if noun == "event" or any(w in name for w in _KIND_WORDS.get(noun, ())):
            return main_event
    return main_event if _leading_kind(span, name) else None


def _leading_kind(verb: Span, name: list[str]) -> bool:
    """ "The 10-day fair with over 600 booths opened on Sunday", parsed with "fair" as no
    noun: the sentence opens with "the", a length at most, and the event's kind word."""
    toks = list(verb.sent)[: verb.start - verb.sent.start]
    if not toks or toks[0].lower_ != "the":
        return False
    k = 1
    while k < len(toks) and (toks[k].like_num or toks[k].text == "-"
                             or toks[k].lower_ in ("day", "days")):
        k += 1
    return k < len(toks) and any(w in name for w in _KIND_WORDS.get(toks[k].lower_, ()))


def _described(s: Token, name: list[str]) -> bool:
    """An unnamed event ("a promotion conference and signing ceremony") described word for
    word by the document's event's name: at least two nouns, each a word of the name, one of
    them a kind of event; "a", "an" or "the" before it, not "another" or "next"."""
    group = [s.head, *s.head.conjuncts] if s.dep_ == "conj" else [s, *s.conjuncts]
    words = [t for g in group for t in (*(c for c in g.children if c.dep_ == "compound"), g)]
    dets = {c.lower_ for g in group for c in g.children if c.dep_ in ("det", "amod", "poss")}
    if (dets - {"a", "an", "the"}) & _OTHER or len(words) < 2:
        return False
    return any(t.lemma_.lower() in _KIND_WORDS or t.lemma_.lower() == "ceremony"
               for t in words) and all(t.lower_ in name for t in words)
