"""The days of events: which event a dated sentence says was held, opened or closed, and
on which days ("The 5th Harbour Expo opened on June 12 and will last until June 16"; "The
five-day expo closed on Sunday"; "This year's expo, which will last until Aug. 21, ..."),
and the days written by an event's own ("the opening day of the expo", "on its second day"),
counted only from the end of it the document gives (an expo that "opened on June 12" has no
closing day).

``facts.py`` reads the written days (``dates.py``) and their roles (``timeframe.py``) and
calls ``days_held``, ``known_days``, ``event_days`` and ``ends_later`` here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.facts.dayscope import ends_of, for_others, intended, subordinate
from kg.extract.facts.editions import another_edition, held_again, kind_of
from kg.extract.facts.timeframe import Dated, is_press
from kg.model import DateMention, EventDate, Mention

_EVENT_VERBS = re.compile(
    r"\b(?:held|hold|holds|open(?:s|ed)?|clos(?:e|es|ed)|kick(?:s|ed)?\s+off|took\s+place|"
    r"take[sn]?\s+place|taking\s+place|hosted|hosts|convened|launched|staged|conclude[sd]?|end(?:s|ed)|"
    r"wrap(?:s|ped)\s+up|beg[ia]n|begins|commence[sd]?|start(?:s|ed)|r[au]n(?:s|ning)?|"
    r"last(?:s|ed)|inaugurated|(?:co-)?chair(?:s|ed)?|scheduled|slated|organi[sz]ed|"
    r"(?:got|gets|get|is|was|were|are)\s+under\s?way|(?:came|comes|drew|draws)\s+to\s+a\s+close)\b",
    re.IGNORECASE,
)


# an event that holds something else: those days are the other thing's
_HOLD = frozenset({"hold", "host", "stage", "convene", "organize", "organise"})
_NOT_OBJECTS = frozenset({"place", "day", "week", "month", "year", "morning", "afternoon"})


def _event_verb(
    doc: Doc, text: str, start: int, end: int, mentions: Sequence[Mention]
) -> re.Match[str] | None:
    """The first verb in ``start``..``end`` that says an event took place: not one whose
    object is something else ("to hold bilateral meetings", "opened a plant")."""
    events = [(m.start, m.end) for m in mentions if m.cls == "Event"]
    for verb in _EVENT_VERBS.finditer(text, start, end):
        span = doc.char_span(verb.start(), verb.end(), alignment_mode="expand")
        objects = [
            c for c in (span.root.children if span is not None else ())
            if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")
            and c.lemma_.lower() not in _NOT_OBJECTS  # "took place", "held the day before"
        ]
        root = span.root if span is not None else None
        if root is not None and root.lemma_.lower() in _HOLD and any(
            not any(a <= c.idx < b for a, b in events) for c in objects
        ):
            continue  # "The X Forum will hold its annual conference from April 8 to 11"
        if root is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(a <= c.idx < b for a, b in events)
            for c in root.children
        ):
            return verb  # "The expo closed Tuesday ...": the event's own verb
        if any(not any(a <= c.idx < b for a, b in events) for c in objects):
            continue
        if root is not None and not objects and _other_subject(root, events):
            continue  # "The visit ended on June 5, before the expo": something else ended
        if root is not None and any(  # "a press conference held after the closing ceremony"
            is_press(t) for t in [root.head, *(c for c in root.children if c.dep_ == "nsubjpass")]
            if t.dep_ != "ROOT" or t.i != root.i
        ):
            continue
        return verb
    return None


# Subjects that may stand for an event without naming it
_EVENT_SUBJECTS = frozenset({"expo", "exposition", "fair", "forum", "conference", "exhibition",
                             "summit", "festival", "show", "event", "ceremony", "session",
                             "meeting", "edition", "it"})


def _other_subject(verb: Token, events: Sequence[tuple[int, int]]) -> bool:
    """The verb's subject is something other than an event: no event named in it, no event
    noun, no pronoun standing for one ("which opened on June 12")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(
        s.pos_ == "PRON" or s.lemma_.lower() in _EVENT_SUBJECTS
        or any(a <= t.idx < b for t in s.subtree for a, b in events)
        for s in subjects)


def _joined_events(doc: Doc, mentions: Sequence[Mention], chosen: int,
                   others: Sequence[int]) -> list[int]:
    """The events written together with ``chosen`` as one subject: "The 17th Tiannan Expo and
    the concurrent Tiannan Investment Summit concluded Monday"."""
    def root(i: int) -> Token | None:
        span = doc.char_span(mentions[i].start, mentions[i].end, alignment_mode="expand")
        return span.root if span is not None else None

    out = [chosen]
    t = root(chosen)
    while t is not None and t.dep_ == "conj":
        t = t.head
        out += [i for i in others if i not in out and (r := root(i)) is not None and r.i == t.i
                and _another(doc.text, mentions[i].end, mentions[chosen].start)]
    return out


# "... Expo and the concurrent ... Summit": a second name of its own; "the Investment
# Conference and Signing Ceremony of ..." may be one long name cut in two
_ANOTHER = re.compile(r"[\s,]*(?:and|as\s+well\s+as)\s+(?:(?:the|its|a)\b|$)", re.I)
# "... Fair and 2022 International Cooperation Forum ...": a name opening with a year or an
# edition is a second name too
_EDITION = re.compile(r"(?:19|20)\d{2}\b|\d{1,3}(?:st|nd|rd|th)\b", re.I)


def _another(text: str, end: int, start: int) -> bool:
    m = _ANOTHER.match(text, end, start)
    return m is not None and (m.group(0)[-1:].isalpha() or _EDITION.match(text, start) is not None)


def days_held(
    doc: Doc, text: str, joined: dict[int, tuple[int, int]], group_of: dict[int, int],
    dated: list[Dated], mentions: Sequence[Mention], main_event: int | None = None,
) -> list[EventDate]:
    """The days of the event a dated sentence says was held, opened or closed: the
    statement day nearest it, to an end day ("will last until June 30") when one is given.
    An event named by its kind alone ("The five-day expo closed on Sunday") is the
    document's event (``main_event``) when that is of the kind.
    ``joined`` maps the first sentence of a group (a sentence cut at an abbreviation is one
    with the next, ``group_of``) to the group's span."""
    by_sentence: dict[int, list[Dated]] = {}
    for d in dated:
        by_sentence.setdefault(group_of.get(d.date.sent_start, d.date.sent_start), []).append(d)
    other = for_others(doc, text, mentions)
    out: list[EventDate] = []
    for sent_start, days in sorted(by_sentence.items()):
        end = joined.get(sent_start, (sent_start, days[0].date.sent_end))[1]
        verb = _event_verb(doc, text, sent_start, end, mentions)
        if verb is None:
            continue
        # The event held is the one named last before the verb, else the first after it.
        events = [(i, m) for i, m in enumerate(mentions)
                  if m.cls == "Event" and group_of.get(m.sent_start, m.sent_start) == sent_start
                  and not _CUT_NAME.match(m.text)]
        before = [i for i, m in events if m.end <= verb.start()]
        after = [i for i, m in events if m.start >= verb.end()]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen in other:
            continue  # "a promotional conference for the X Expo was held": not the expo's day
        if chosen is None:
            chosen = kind_of(doc, verb, mentions, main_event)
        elif mentions[chosen].text.islower() and main_event is not None:
            chosen = main_event  # "the fair" read back as a mention: the document's event
            if another_edition(doc, mentions[before[-1] if before else after[0]],
                               mentions[main_event]):
                continue  # "the fourth edition of the expo"
        if chosen is None:
            continue
        starts = [d.date for d in days if d.role == "statement"]
        span = doc.char_span(verb.start(), verb.end(), alignment_mode="expand")
        if span is not None and held_again(span.root):
            continue  # "The expo will be held again next year from Sept 10 to 13"
        meant = intended(span.root) if span is not None else None
        if meant is not None:  # "On Tuesday, they agreed to hold the forum next year"
            starts = [d for d in starts if _under(doc, d, meant)]
        within = subordinate(span.root) if span is not None else None
        if within is not None:  # "on June 3, a day after the expo opened"
            starts = [d for d in starts if _under(doc, d, within)]
        named = mentions[chosen]
        until = ends_of(days, doc, (named.start, named.end))
        if not starts:
            continue
        where = mentions[chosen].start
        first = min(starts, key=lambda d: (abs(d.start - where), d.start))
        ends = [_end(u, first.first) for u in until]
        last = max([first.last] + [e for e in ends if e > first.first])
        held = _joined_events(doc, mentions, chosen, before) if before else [chosen]
        out += [EventDate(i, first.first, last) for i in held]
    return out


_KIND_AFTER = re.compile(
    r"\b(?:the|this|this\s+year's|this\s+year’s)\s+(?:\w+\s+){0,2}"
    r"(?:expo|exposition|fair|event|forum|conference|exhibition|summit|festival|show)\b")
_GENERIC_EVENT = re.compile(
    r"\b(?:expo|exposition|fair|event|forum|conference|exhibition|summit|festival|show)\b", re.I)


def ends_later(
    text: str, by_group: dict[int, list[Dated]], group_of: dict[int, int],
    event_dates: Sequence[EventDate], mentions: Sequence[Mention], main_event: int | None,
) -> list[EventDate]:
    """An end day in a sentence of its own ("This year's expo, which will last until Aug.
    21, covers ...") ends the event named there, or the document's event where the sentence
    says "the expo": only an event whose first day the document gives."""
    starts: dict[str, str] = {}
    for ed in event_dates:
        name = mentions[ed.mention].text
        starts[name] = min(starts.get(name, ed.first), ed.first)
    done = {group_of.get(mentions[ed.mention].sent_start, mentions[ed.mention].sent_start)
            for ed in event_dates}
    out: list[EventDate] = []
    for group, days in sorted(by_group.items()):
        for d in days:
            if d.role != "until" or group in done:
                continue
            named = [i for i, m in enumerate(mentions) if m.cls == "Event"
                     and group_of.get(m.sent_start, m.sent_start) == group
                     and m.start < d.date.start]
            # "Running until next Tuesday, this annual event is ...": the kind may follow, in
            # lower case (not a name's last word: "... Economic Forum")
            said = (_GENERIC_EVENT.search(text, group, d.date.start)
                    or _KIND_AFTER.search(text, d.date.end, max(x.date.sent_end for x in days)))
            event = named[-1] if named else (main_event if said else None)
            if event is None and _IT.match(text, group):
                event = _dated_before(group, group_of, event_dates, mentions)
            if event is not None and mentions[event].text.islower():
                event = main_event  # "the expo" named as a mention: the document's event
            if event is not None and event == main_event and len(starts) == 1 and (
                mentions[event].text not in starts
            ):  # "the exposition": the one event dated, named longer ("The first X Expo")
                event = next(ed.mention for ed in event_dates)
            first = starts.get(mentions[event].text) if event is not None else None
            if event is not None and first is not None and _end(d.date, first) > first:
                out.append(EventDate(event, first, _end(d.date, first)))
    return out


_OPENS = re.compile(r"open(?:s|ed)?|kick(?:s|ed)?\s+off|beg[ia]n|begins|commence[sd]?|"
                    r"start(?:s|ed)|inaugurated|(?:got|gets|get|is|was|were|are)\s+under\s?way",
                    re.IGNORECASE)
_CLOSES = re.compile(r"clos(?:e|es|ed)|conclude[sd]?|end(?:s|ed)|wrap(?:s|ped)\s+up|"
                     r"(?:came|comes|drew|draws)\s+to\s+a\s+close", re.IGNORECASE)


def known_days(
    doc: Doc, text: str, joined: dict[int, tuple[int, int]], group_of: dict[int, int],
    event_dates: Sequence[EventDate], mentions: Sequence[Mention],
) -> dict[str, tuple[str | None, str | None]]:
    """Each event's first and last day as far as the document gives them (None: not
    given): the one day an event opened on is only its first, the one it closed on only its
    last ("The expo closed on June 16" gives no opening day)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for ed in event_dates:
        m = mentions[ed.mention]
        first: str | None = ed.first
        last: str | None = ed.last
        if first == last:
            group = group_of.get(m.sent_start, m.sent_start)
            start, end = joined.get(group, (m.sent_start, m.sent_end))
            verb = _event_verb(doc, text, start, end, mentions)
            said = verb.group(0) if verb is not None else ""
            if _OPENS.fullmatch(said):
                last = None
            elif _CLOSES.fullmatch(said):
                first = None
        had_first, had_last = out.get(m.text, (None, None))
        firsts = [d for d in (had_first, first) if d is not None]
        lasts = [d for d in (had_last, last) if d is not None]
        out[m.text] = (min(firsts) if firsts else None, max(lasts) if lasts else None)
    return out


# "It will last until June 16": a sentence whose subject is the thing the one before was about
_IT = re.compile(r"\s*It\b")


def _dated_before(group: int, group_of: dict[int, int], event_dates: Sequence[EventDate],
                  mentions: Sequence[Mention]) -> int | None:
    """The event the sentence right before ``group`` gave days to, if one."""
    before = max((g for g in group_of.values() if g < group), default=None)
    held = {mentions[ed.mention].text: ed.mention for ed in event_dates
            if group_of.get(mentions[ed.mention].sent_start) == before}
    return next(iter(held.values())) if before is not None and len(held) == 1 else None


def _under(doc: Doc, d: DateMention, verb: Token) -> bool:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and verb.left_edge.i <= span.root.i <= verb.right_edge.i


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


def _end(until: DateMention, first: str) -> str:
    """The end day an "until" day gives an event that began on ``first``: a weekday ("runs
    until Sunday") is the first such day on or after the start, not the one before the
    article's date."""
    if until.last >= first or _WEEKDAY.search(until.text) is None:
        return until.last
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(until.last)
    return (end + dt.timedelta(days=7 * -(-(start - end).days // 7))).isoformat()


# "and Co-ordinating Meeting": the tail of a name cut at its "and" is no event of its own
_CUT_NAME = re.compile(r"(?:and|of|for|on|in|with|the)\b")


_ORDINAL_DAY = {"opening": 0, "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4,
                "sixth": 5, "closing": -1, "final": -1, "last": -1}
EVENT_DAY = re.compile(
    r"\b(?:the|its)\s+(?P<which>opening|first|second|third|fourth|fifth|sixth|closing|final|"
    r"last)\s+day(?:\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def event_days(
    text: str, sentences: Sequence[tuple[int, int]],
    days_of: dict[str, tuple[str | None, str | None]], event_at: dict[int, str],
    main_event: str | None, stretches: Sequence[DateMention] = (),
) -> list[DateMention]:
    """"the opening day of the expo", "on its second day": a day of an event whose days
    the document gives. ``event_at`` maps a character offset to the event mention starting
    there; ``days_of`` an event's name to its (first, last) days, None where the document
    does not give it (an expo that "opened on June 12": no closing day). A bare "on the
    second day" counts from the stretch of days written last before it (``stretches``: "a
    visit from Tuesday to Thursday. On the first day, ..."), else from the document's event."""
    out: list[DateMention] = []
    for s, e in sentences:
        for m in EVENT_DAY.finditer(text, s, e):
            event = event_at.get(m.end()) if m.group(0).rstrip().endswith(("of", "the")) else None
            before = [d for d in stretches if d.end <= m.start()]
            if event is None and not m.group(0).lower().startswith("its") and before:
                stretch = max(before, key=lambda d: d.end)
                offset = _ORDINAL_DAY[m["which"].lower()]
                first, last = (dt.date.fromisoformat(x) for x in (stretch.first, stretch.last))
                day = last if offset < 0 else first + dt.timedelta(days=offset)
                if day <= last:
                    out.append(DateMention(text=m.group(0).strip(), start=m.start(), end=m.end(),
                                           sent_start=s, sent_end=e, first=day.isoformat(),
                                           last=day.isoformat()))
                continue
            if event is None or (event not in days_of and event.islower()):
                event = main_event  # "the expo": the document's event
            if event is None or event not in days_of:
                continue
            first, last = (None if x is None else dt.date.fromisoformat(x)
                           for x in days_of[event])
            offset = _ORDINAL_DAY[m["which"].lower()]
            day = last if offset < 0 else None if first is None else (
                first + dt.timedelta(days=offset))
            if day is not None and (last is None or day <= last):
                out.append(DateMention(text=m.group(0).strip(), start=m.start(), end=m.end(),
                                       sent_start=s, sent_end=e, first=day.isoformat(),
                                       last=day.isoformat()))
    return out
