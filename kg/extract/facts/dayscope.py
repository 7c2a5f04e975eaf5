"""How far a written day reaches, and which day dates a statement: a day does not date a
name said under an infinitive of intent ("agreed to hold the forum in X") or in a clause of
time ("a day after the expo opened in X") that holds no day, nor a name outside the verb or
the clause its day hangs on (``timeframe.py`` reads those); of the days that reach a
statement, the nearest to its object, one on its side of an "and" first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.facts.timeframe import Dated, char_span
from kg.model import DateMention, Mention

# Verbs whose infinitive says what is meant, not what happened: "agreed to hold the forum"
_INTENT = frozenset({"agree", "plan", "decide", "hope", "wish", "intend", "expect", "aim",
                     "pledge", "promise", "vow", "seek", "want", "propose", "prepare",
                     "consider", "discuss", "look", "welcome", "encourage", "urge", "call",
                     "commit", "strive", "need"})


def intended(token: Token) -> Token | None:
    """The infinitive of intent ``token`` is said under ("the two sides agreed to hold the
    forum in X": for "forum", "hold"), if any."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if (t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.lemma_.lower() in _INTENT
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
        return t
    return None


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "once"})


def subordinate(token: Token) -> Token | None:
    """The clause of time ``token`` is said in, hung on something else ("a day after the
    expo opened in X", "before the forum closed"): its verb, if any."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if t.dep_ not in ("pcomp", "pobj", "advcl"):
        return None
    if t.head.lower_ in _SUBORDINATORS or any(
            w.lower_ in _SUBORDINATORS for w in t.subtree if w.i < t.i):
        return t
    return None


def reaches(c: Dated, doc: Doc, obj: tuple[int, int], subj: tuple[int, int],
            clause: bool = True) -> bool:
    """The day may date a statement between these two names: it is not under a verb that
    holds neither of them nor (with ``clause``) inside a clause that holds neither."""
    named = [x.root for x in (char_span(doc, *obj), char_span(doc, *subj)) if x is not None]
    day = char_span(doc, c.date.start, c.date.end)
    for t in named:  # "On Tuesday, they agreed to hold the forum in X": no day of the forum;
        for within in (intended(t), subordinate(t)):  # "..., a day after the expo opened in X"
            if within is not None and day is not None and not (
                    within.left_edge.i <= day.root.i <= within.right_edge.i):
                return False
    if c.scope is not None and c.role == "until" and _shares_subject(doc[c.scope[2]]):
        pass  # "opened on May 5 and will last until May 9": the same subject's end day
    elif c.scope is not None:
        here = [t.i for t in named if t.sent.start <= c.scope[0] < t.sent.end]
        if here and not any(c.scope[0] <= i < c.scope[1] for i in here):
            return False
    return not clause or c.clause is None or any(
        c.clause[0] <= t.i < c.clause[1] or t.i == c.clause[2] for t in named)


def _shares_subject(verb: Token) -> bool:
    """A verb joined to the one before without a subject of its own ("opened ... and will
    last until")."""
    return verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def ends_of(dated: Sequence[Dated], doc: Doc, thing: tuple[int, int]) -> list[DateMention]:
    """The end days ("until") of a sentence that may end ``thing`` (a character span)."""
    return [c.date for c in dated if c.role == "until" and reaches(c, doc, thing, thing,
                                                                    clause=False)]


# what stands between a name and a day that belongs to another conjunct ("visited X on June 3
# and Y on June 5": June 3 is not Y's)
_CONJUNCT = re.compile(r"\band\b|;")


def choose(
    candidates: Sequence[Dated], doc: Doc, obj: tuple[int, int], subj: tuple[int, int],
    pred: str = "", text: str = "",
) -> DateMention | None:
    """The day that dates a statement: a statement day of its sentence (a meeting's day for
    a meeting) that ``reaches`` it, the nearest to its object, one not across an "and" from
    it before one that is (``text``: the Doc's text)."""
    roles_ok = ("statement", "meeting") if pred == "metWith" else ("statement",)
    pool = [c for c in candidates if c.role in roles_ok and reaches(c, doc, obj, subj)
            and (pred != "metWith" or c.meeting_days)
            and (pred not in ("metWith", "participatesIn") or not c.trip_days)]
    if not pool:
        return None
    centre = obj[0]
    several = len({(c.date.first, c.date.last) for c in pool}) > 1

    def across(c: Dated) -> bool:
        if c.date.end <= subj[0]:
            return False  # "On June 3, X and Y visited Z": the whole clause's day
        a, b = (c.date.end, obj[0]) if c.date.end <= obj[0] else (obj[1], c.date.start)
        return several and a < b and _CONJUNCT.search(text, a, b) is not None

    return min(pool, key=lambda c: (across(c), abs(c.date.start - centre), c.date.start)).date


# what an event holds of its own: "the opening ceremony for the X Expo was held on June 3"
_ITS_OWN = frozenset({"ceremony", "opening", "closing", "inauguration", "launch", "kickoff"})
_GATHERINGS = frozenset({"conference", "teleconference", "videoconference", "meeting",
                         "seminar", "briefing", "interview", "roadshow", "symposium"})


def for_another(doc: Doc, name: tuple[int, int], gatherings: bool = False) -> bool:
    """The name (a character span) is said only as what another thing is for: "A promotional
    conference for the third X Expo was held on May 11", "a teleconference for the preparation
    work of the X Fair", "an interview for the X Expo": the sentence's days are that other
    thing's, not the named event's nor a statement about it. With ``gatherings``, only a
    gathering of its own is that other thing ("a trip to X for the Y Fair" still dates taking
    part in it)."""
    span = char_span(doc, *name)
    if span is None:
        return False
    t = span.root
    for _ in range(8):
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        # (a proper noun is a name's own "for": "China International Fair for Investment
        # and Trade (CIFIT)")
        if (t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ == "NOUN"
                and t.head.head.text.islower() and not span.start <= t.head.head.i < span.end
                and t.head.head.lemma_.lower() not in _ITS_OWN):
            return not gatherings or t.head.head.lemma_.lower() in _GATHERINGS
        t = t.head
    return False


# what stands between two names of one list: "the X Expo, Y Fair, and Z Symposium"
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


def for_others(doc: Doc, text: str, mentions: Sequence[Mention],
               gatherings: bool = False) -> set[int]:
    """The event mentions (indices) said only as what another thing is for (``for_another``),
    with the names listed after one of them ("... for the preparation of the X Expo, Y Fair,
    and Z Symposium were held", whatever the parse makes of the list's last name)."""
    out: set[int] = set()
    before: int | None = None
    for i in sorted((i for i, m in enumerate(mentions) if m.cls == "Event"),
                    key=lambda i: (mentions[i].start, mentions[i].end)):
        m = mentions[i]
        if for_another(doc, (m.start, m.end), gatherings) or (
                before in out and _LISTED.fullmatch(text, mentions[before].end, m.start)):
            out.add(i)
        before = i
    return out
