"""The document's time frame: what each written day may date.

``dates.py`` finds the days a text writes; this module gives each its role and the clause
or verb it hangs on, reading the parse the extraction already has (nothing is parsed again);
``dayscope.py`` then picks the day of each statement, and ``relativedays.py`` reads the days
written by reference ("the next day"; "the opening day of the expo" is ``eventdays.py``'s).

- A sentence spaCy cut at an abbreviation ("H.E. Mme. ...") is one sentence for dating.
- A day that dates no statement: a reporting day ("said on Monday", "at a press conference
  on June 5", "according to a statement released on ..."), a dateline ("BEIJING, June 5
  (Xinhua) --") and an end day ("will last until June 30"), which only ends an event.
- A day inside a relative clause ("..., which opened on May 1,") dates only the statements
  of that clause; a day hung on a verb of its own ("agreed to hold the expo on May 1", "...
  and visited its plant on June 3") dates only statements with a name under that verb.
- A day that bounds a time rather than dating it ("since June 3", "by Friday", "before
  June 3", "as of Tuesday") dates nothing.
- A day of a meeting at which something was said ("X, in a meeting with Y here on Monday,
  said ...") dates the meeting only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.model import DateMention

# A sentence ending in one of these was cut at an abbreviation, not at its end.
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|Gen|Gov|Sen|Rep|Amb|Hon|Rev|Jr|Sr|"
    r"St|No|Nos|Co|Corp|Inc|Ltd|Bros|Dept|Govt|Vol|vs|approx|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|"
    r"Nov|Dec)\.)\s*$"
)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# A bound of a time, not a day something happened on: "since June 3", "by Friday"
_BOUND = re.compile(
    r"\b(?:since|by|before|after|prior\s+to|as\s+of|ahead\s+of|(?:no|not)\s+later\s+than)\s+"
    r"(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"^\s*(?:\(\s*[\w ]{2,30}\s*\)\s*)?(?:--|—|–)")
# At a line's start, after a place: "HAIKOU, December 19. /TASS/.", "Aizawl, May 16 :",
# "OLYMPIA - Sept. 27, 2005 -", "GUANGZHOU, China, April 16, 2023 /PRNewswire/ --"
_DATELINE_PLACE = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*\s*){1,4}(?:,\s*(?:[A-Z][\w'’.-]*\s*){1,3})?(?:,|-|–|—)\s*$"
)
_DATELINE_MARK = re.compile(
    r"^\s*\.?\s*(?:\(\s*[\w ]{2,30}\s*\)|/\s*[\w ]{2,30}\s*/|(?:--|—|–|-|:)(?!\d))"
)
# Saying is reporting; releasing or unveiling something (a report at an expo) is a happening.
_REPORT_VERBS = frozenset({
    "say", "announce", "report", "tell", "state", "disclose", "reveal", "learn", "brief",
    "confirm", "note", "add", "write",
})
_REPORT_NOUNS = frozenset({"briefing", "statement", "interview", "announcement"})
_PRESS = frozenset({"press", "news"})

@dataclass(frozen=True)
class Dated:
    """A written day and what it may date."""

    date: DateMention
    # "statement", "report" (reporting day, dateline), "until" (an event's end day),
    # "trip_end" (a return, the close of a visit), "bound"
    # ("since June 3") or "meeting" (a meeting something was said at: dates a meeting only)
    role: str
    # tokens of the clause holding it, if a relative or participle clause: (first, end,
    # the noun a participle clause describes, "the expo held on May 1", else -1)
    clause: tuple[int, int, int] | None
    # tokens under the verb the day hangs on, when that verb is not its sentence's root
    # ("agreed to hold the expo on May 1"): the day dates statements with a name there;
    # (first, end, the verb)
    scope: tuple[int, int, int] | None = None
    # a stretch of days that may be a meeting's: hung on a verb of meeting, not on a trip
    # ("during his June 3-6 visit, X met Y" gives the meeting no day)
    meeting_days: bool = True
    # a stretch of days hung on a trip ("during his June 3-6 visit"): no day of what was
    # attended or met on it
    trip_days: bool = False


def sentence_groups(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """For each sentence, the index of the first sentence of its group: a sentence cut
    after an abbreviation ("H.E. Mme.") is one with the next for dating."""
    out: list[int] = []
    for i, (s, e) in enumerate(sentences):
        joined = (
            i > 0
            and _ABBREVIATION_END.search(text[sentences[i - 1][0] : sentences[i - 1][1]])
            is not None
            and s - sentences[i - 1][1] <= 1  # the same line
            and "\n" not in text[sentences[i - 1][1] : s]
        )
        out.append(out[i - 1] if joined else i)
        del e
    return out


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _clause_of(token: Token) -> Token | None:
    """The head of the relative or adjectival clause ``token`` sits in, if any."""
    t = token
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return t
        t = t.head
    return None


def _is_setting(noun: Token) -> bool:
    """The noun a clause describes is where the sentence happens: "At the meetings held on
    Tuesday, ...", "During the talks that took place on May 5, ..."."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lemma_.lower() in ("at", "during")
            and prep.head.pos_ in ("VERB", "AUX"))


def is_press(t: Token) -> bool:
    """ "a press conference", "a news release": a reporting occasion."""
    return t.lemma_.lower() in ("conference", "event", "release") and any(
        c.lemma_.lower() in _PRESS for c in t.children
    )


_MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "audience", "session"})


def _said_at_meeting(verb: Token) -> bool:
    """ "X in a meeting with Y here on Monday said ...": the saying was at a meeting."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "at", "during")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _MEETING_NOUNS for o in p.children)
        for h in holders for p in h.children)


def _is_report(span: Span) -> str | None:
    """The day is when something was said or published, not when it happened: "report", or
    "meeting" when it was said at a meeting (the day is the meeting's)."""
    t, steps = span.root, 0
    while t.head.i != t.i and steps < 5:
        t, steps = t.head, steps + 1
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "acl" and (is_press(t.head) or t.head.lemma_.lower() in _REPORT_NOUNS):
                return "report"  # "a press release issued on June 5", "a statement released"
            if lemma not in _REPORT_VERBS:
                return None
            if t.i > span.root.i and any(c.dep_ == "ccomp" and c.i < span.root.i
                                         for c in t.children):
                return None  # "X visited Y on June 3, the company said": the visit's day
            return "meeting" if _said_at_meeting(t) else "report"
        if lemma in _REPORT_NOUNS or is_press(t):
            return "report"
        if t.dep_ == "pobj" and t.head.lemma_.lower() == "accord":  # "according to ..."
            return "report"
    return None


def _is_dateline(text: str, d: DateMention) -> bool:
    """ "BEIJING, June 3 (Xinhua) --", or a day right after a place at a line's start and
    before a dash, a colon or an agency's name."""
    if _DATELINE_AFTER.match(text[d.end : d.end + 30]):
        return True
    line = text[text.rfind("\n", 0, d.start) + 1 : d.start]
    return (_DATELINE_PLACE.match(line) is not None
            and _DATELINE_MARK.match(text[d.end : d.end + 40]) is not None)


_END_VERBS = frozenset({"return"})
# "concluded a three-day visit on Tuesday", "left here Tuesday, concluding their visit"
_CLOSE_VERBS = frozenset({"conclude", "end", "wrap", "finish", "complete", "leave"})
_TRIPS = frozenset({"visit", "trip", "tour", "stay", "mission"})


def _closes_trip(verb: Token) -> bool:
    def closes(v: Token) -> bool:
        return v.lemma_.lower() in _CLOSE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TRIPS for c in v.children)
    return closes(verb) or (verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("advcl", "conj", "xcomp") and closes(c) for c in verb.children))


def _ends_trip(t: Token) -> bool:
    """The day hangs on a return ("return Friday", "returned on June 3", "on his return on
    June 3") or on the close of a trip ("concluded a three-day visit on Tuesday"), before any
    other verb: the trip's last day, not the day of the visit."""
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _END_VERBS or t.lower_ in _END_VERBS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return _closes_trip(t)
    return False


def roles(doc: Doc, text: str, dates: Sequence[DateMention]) -> list[Dated]:
    """Each day with what it may date (see the module docstring)."""
    out: list[Dated] = []
    for d in dates:
        span = char_span(doc, d.start, d.end)
        role = "statement"
        before = text[max(d.sent_start, d.start - 30) : d.start]
        report = _is_report(span) if span is not None else None
        if _UNTIL.search(before):
            role = "until"
        elif _BOUND.search(before):
            role = "bound"
        elif _is_dateline(text, d):
            role = "report"
        elif report is not None:
            role = report
        elif span is not None and _ends_trip(span.root):
            role = "trip_end"  # "are visiting four cities and return Friday": the trip's end
        clause = _clause_of(span.root) if span is not None else None
        setting = clause is not None and _is_setting(clause.head)
        if setting:
            clause = None  # "At the meeting held on Tuesday, X met Y": the whole sentence's day
        verb = _verb_of(span.root) if span is not None and not setting else None
        out.append(Dated(d, role, None if clause is None else (
            clause.left_edge.i, clause.right_edge.i + 1,
            clause.head.i if clause.dep_ == "acl" else -1),
            None if verb is None else (verb.left_edge.i, verb.right_edge.i + 1, verb.i),
            d.first == d.last or (span is not None and _meeting_stretch(span.root)),
            d.first != d.last and span is not None and _through_trip(span.root)))
    return out


def _through_trip(token: Token) -> bool:
    """The day hangs on a trip named as a noun ("his June 3-6 visit"), before any verb."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in _TRIPS:
            return True
    return False


_MEET_VERBS = frozenset({"meet", "talk", "hold", "confer", "negotiate", "receive"})


def _meeting_stretch(token: Token) -> bool:
    """Days hung on a verb of meeting ("held talks from June 3 to 5"), not through a trip
    ("his June 3-6 visit") nor on another verb ("visited X from June 3 to 6 and met Y")."""
    if _through_trip(token):
        return False
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t.lemma_.lower() in _MEET_VERBS



def _verb_of(token: Token) -> Token | None:
    """The verb a day hangs on, when it is not its sentence's root (nor a clause that only
    describes a noun, which ``_clause_of`` reads): "the two sides agreed to hold the expo on
    May 1" -> "hold"; a verb joined to the root ("... and visited its plant on June 3")."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("relcl", "acl"):
        return None
    if _hyphen_tail(t):
        t = t.head  # "will co-chair the council today": "co", "-", "chair" are one verb
    # "visited Yiwu to see its markets on June 21": a purpose the parser hung the day on is
    # read with the verb it serves
    while t.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        t = t.head
    if t.head.i == t.i:
        return None
    head = t.head
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    # a verb whose own subtree is the statement's (an adverbial or complement clause that
    # opens the sentence, "Speaking at a meeting with Y on Monday, X said"; "Upon arriving
    # in X on June 3, Y met Z": the same day) is read whole
    if t.i < head.i and (t.dep_ == "advcl" or (
            t.dep_ == "pcomp" and t.head.lower_ in ("upon", "on"))):
        return None
    return t


def _hyphen_tail(t: Token) -> bool:
    """The token is the second half of a hyphenated word the tokenizer cut and the parser
    hung on the first ("co-host", "re-elect")."""
    doc = t.doc
    return (t.i >= 2 and t.head.i == t.i - 2 and doc[t.i - 1].text in ("-", "‑")
            and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_)
