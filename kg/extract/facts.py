"""Dates and figures of one document, added to its ``Extraction``.

Dates (``dates.py``) go on the statements of a dated sentence that are happenings (visits,
participation, launches, investments, support, an event held somewhere, a post taken up:
"was appointed", "took office") and on the Event
mentions a dated sentence says were held, opened or attended; figures (``figures.py``)
become ``Figure`` records. Both read the article's date (``dates.anchor_date``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.context import DocContext
from kg.extract.dates import anchor_date, find_dates
from kg.extract.figures import IT, MentionSpan, find_figures
from kg.extract.timeframe import (
    Dated,
    choose,
    event_days,
    is_press,
    relative_days,
    roles,
    sentence_groups,
)
from kg.model import DateMention, EventDate, Extraction, Mention, RelationMention

# Statements that happen on a day; the others (serves in, located in, trades with) are states.
DATED_PREDICATES = frozenset(
    {"visited", "metWith", "participatesIn", "implements", "investsIn", "supports"}
)
# Verbs that date the event itself; attending or meeting at it dates only the statement.
# Holding a post is a state, dated only where the sentence says the post was taken up.
POST_PREDICATES = frozenset({"holdsPositionIn", "servesIn"})
_TAKES_POST = re.compile(
    r"\b(?:appointed|named|elected|took\s+office|took\s+over|assumed\s+(?:the\s+)?(?:post|office)|"
    r"was\s+made|sworn\s+in|promoted)\b",
    re.IGNORECASE,
)
_EVENT_VERBS = re.compile(
    r"\b(?:held|hold|holds|open(?:s|ed)?|clos(?:e|es|ed)|kick(?:s|ed)?\s+off|took\s+place|"
    r"take[sn]?\s+place|taking\s+place|hosted|hosts|convened|launched|staged|conclude[sd]?|end(?:s|ed)|"
    r"wrap(?:s|ped)\s+up|beg[ia]n|begins|commence[sd]?|start(?:s|ed)|r[au]n(?:s|ning)?|"
    r"last(?:s|ed)|inaugurated|(?:co-)?chair(?:s|ed)?|scheduled|slated|"
    r"(?:got|gets|get|is|was|were|are)\s+under\s?way|(?:came|comes|drew|draws)\s+to\s+a\s+close)\b",
    re.IGNORECASE,
)


def add_facts(extraction: Extraction, ctx: DocContext) -> Extraction:
    document = extraction.document
    anchor = anchor_date(document)
    text = ctx.text
    sentences = [(sent.start_char, sent.end_char) for sent in ctx.sents]
    written = find_dates(text, sentences, anchor)
    dates = written + relative_days(text, sentences, anchor, written)
    mentions = extraction.mentions
    main_event = _main_event(extraction)
    groups = sentence_groups(text, sentences)
    group_of = {s: sentences[groups[i]][0] for i, (s, _) in enumerate(sentences)}
    # a sentence cut at an abbreviation ("H.E. Mme.") is read whole
    joined: dict[int, tuple[int, int]] = {}
    for i, (_, end) in enumerate(sentences):
        first = sentences[groups[i]][0]
        joined[first] = (first, end)
    event_dates = _event_dates(ctx.doc, text, joined, group_of, roles(ctx.doc, text, dates),
                               mentions)
    # "the opening day of the expo": a day of an event whose days the document gives
    days_of: dict[str, tuple[str, str]] = {}
    for ed in event_dates:
        name = mentions[ed.mention].text
        first, last = days_of.get(name, (ed.first, ed.last))
        days_of[name] = (min(first, ed.first), max(last, ed.last))
    event_at = {m.start: m.text for m in mentions if m.cls == "Event"}
    by_ref = event_days(text, sentences, days_of, event_at,
                        mentions[main_event].text if main_event is not None else None)
    if by_ref:
        dates = dates + by_ref
        event_dates += _event_dates(ctx.doc, text, joined, group_of, roles(ctx.doc, text, by_ref),
                                    mentions)
    dates.sort(key=lambda d: (d.start, d.end))
    by_group: dict[int, list[Dated]] = {}
    for d in roles(ctx.doc, text, dates):
        by_group.setdefault(group_of.get(d.date.sent_start, d.date.sent_start), []).append(d)
    event_dates += _ends_later(text, by_group, group_of, event_dates, mentions, main_event)
    relations = []
    for r in extraction.relations:
        subj, obj = mentions[r.subj], mentions[r.obj]
        group = by_group.get(group_of.get(r.sent_start, r.sent_start), [])
        day = choose(group, ctx.doc, (obj.start, obj.end), (subj.start, subj.end))
        if day is not None and r.pred == "locatedIn" and subj.cls == "Event":
            # an event held somewhere is held on all its days: "opened on May 5 and will
            # last until May 9"
            ends = [d.date.last for d in group if d.role == "until" and d.date.last > day.first]
            day = replace(day, last=max([day.last, *ends]))
        relations.append(_dated(r, day, subj.cls, text[r.sent_start : r.sent_end]))
    spans = _figure_spans(ctx.doc, text, mentions)
    focus = None
    if ctx.focus_province is not None:
        for i, f in enumerate(ctx.found):
            place = ctx.gaz.place(f.text) if f.cls == "Province" else None
            if place is not None and place.name == ctx.focus_province:
                focus = i
                break
    figures = find_figures(text, list(joined.values()), spans, focus, anchor, main_event,
                           _clause_subject(ctx.doc, spans))
    return replace(
        extraction,
        relations=tuple(relations),
        dates=tuple(dates),
        event_dates=tuple(event_dates),
        figures=tuple(figures),
    )


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
        if root is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(a <= c.idx < b for a, b in events)
            for c in root.children
        ):
            return verb  # "The expo closed Tuesday ...": the event's own verb
        if any(not any(a <= c.idx < b for a, b in events) for c in objects):
            continue
        if root is not None and any(  # "a press conference held after the closing ceremony"
            is_press(t) for t in [root.head, *(c for c in root.children if c.dep_ == "nsubjpass")]
            if t.dep_ != "ROOT" or t.i != root.i
        ):
            continue
        return verb
    return None


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
                and _ANOTHER.match(doc.text, mentions[i].end, mentions[chosen].start)]
    return out


# "... Expo and the concurrent ... Summit": a second name of its own; "the Investment
# Conference and Signing Ceremony of ..." may be one long name cut in two
_ANOTHER = re.compile(r"[\s,]*(?:and|as\s+well\s+as)\s+(?:the|its|a)\b", re.I)


def _event_dates(
    doc: Doc, text: str, joined: dict[int, tuple[int, int]], group_of: dict[int, int],
    dated: list[Dated], mentions: Sequence[Mention],
) -> list[EventDate]:
    """The days of the event a dated sentence says was held, opened or closed: the
    statement day nearest it, to an end day ("will last until June 30") when one is given.
    ``joined`` maps the first sentence of a group (a sentence cut at an abbreviation is one
    with the next, ``group_of``) to the group's span."""
    by_sentence: dict[int, list[Dated]] = {}
    for d in dated:
        by_sentence.setdefault(group_of.get(d.date.sent_start, d.date.sent_start), []).append(d)
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
        if chosen is None:
            continue
        starts = [d.date for d in days if d.role == "statement"]
        until = [d.date for d in days if d.role == "until"]
        if not starts:
            continue
        where = mentions[chosen].start
        first = min(starts, key=lambda d: (abs(d.start - where), d.start))
        last = max([first.last] + [u.last for u in until if u.last > first.first])
        held = _joined_events(doc, mentions, chosen, before) if before else [chosen]
        out += [EventDate(i, first.first, last) for i in held]
    return out


_GENERIC_EVENT = re.compile(
    r"\b(?:expo|fair|event|forum|conference|exhibition|summit|festival|show)\b", re.I)


def _ends_later(
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
            event = named[-1] if named else (
                main_event if _GENERIC_EVENT.search(text, group, d.date.start) else None)
            if event is not None and mentions[event].text.islower():
                event = main_event  # "the expo" named as a mention: the document's event
            first = starts.get(mentions[event].text) if event is not None else None
            if event is not None and first is not None and d.date.last > first:
                out.append(EventDate(event, first, d.date.last))
    return out


# "and Co-ordinating Meeting": the tail of a name cut at its "and" is no event of its own
_CUT_NAME = re.compile(r"(?:and|of|for|on|in|with|the)\b")
_RELATIVE = frozenset({"which", "that", "who"})
_SAY = frozenset({"say", "note", "add", "state", "stress", "point"})


def _clause_subject(doc: Doc, spans: Sequence[MentionSpan]) -> Callable[[int], int | None]:
    """The mention that is the subject of the clause a value (at a character offset) sits
    in: "the GBA ... has an economic aggregate approaching 15 trillion yuan", "At the expo,
    Hunan signed 50 projects"; the noun a relative clause describes ("the zone, which
    attracted ..."); "the city of X" is X."""

    def mention_of(tok: Token) -> int | None:
        for t in (tok, *[c for c in tok.children if c.dep_ in ("appos", "prep")]):
            if t.dep_ == "prep" and t.lemma_ == "of":
                t = next((c for c in t.children if c.dep_ == "pobj"), t)
            for i, m in enumerate(spans):
                if m.start <= t.idx < m.end:
                    return i
        return None

    def subject_of(pos: int) -> int | None:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return None
        t = span[0]
        for _ in range(12):
            if t.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                             and not _in_dateline(c)), None)
                if subj is not None:
                    if subj.lower_ in _RELATIVE and t.dep_ == "relcl":
                        subj = t.head
                    if subj.lower_ == "it":
                        return IT  # whose the figure before was
                    return mention_of(subj)
                said = [c for c in t.head.children if c.dep_ == "dobj"]
                if t.dep_ in ("conj", "ccomp") and t.head.lemma_ in _SAY and said:
                    return mention_of(said[0])  # misparsed "said the GBA ... has X"
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    return subject_of


_LONGER = frozenset({"Event", "Zone", "Enterprise"})


def _figure_spans(doc: Doc, text: str, mentions: Sequence[Mention]) -> list[MentionSpan]:
    """What figure finding reads of each mention. A name that begins a longer event, zone
    or company name the document writes elsewhere, followed by the rest of it ("Liaoning"
    cut from a headline's "Liaoning International Investment and Trade Conference"), is
    that longer name."""
    longer = {m.text.casefold(): i for i, m in enumerate(mentions) if m.cls in _LONGER}
    out = []
    for m in mentions:
        span = MentionSpan(m.start, m.end, m.cls, _is_subject(doc, m))
        if m.cls not in _LONGER:
            for name, j in longer.items():
                if (len(name) > m.end - m.start and name.startswith(m.text.casefold())
                        and text[m.start : m.start + len(name)].casefold() == name):
                    span = MentionSpan(m.start, m.start + len(name), mentions[j].cls,
                                       span.subject, same_as=j)
                    break
        out.append(span)
    return out


def _in_dateline(t: Token) -> bool:
    """ "Kunming: The expo concluded ...": a place before a colon or dash opening the
    sentence is where the story is filed, not the clause's subject."""
    after = t.i + 1
    return (t.i - t.sent.start <= 3 and after < len(t.doc)
            and t.doc[after].text in (":", "--", "—", "–", "-"))


def _is_subject(doc: Doc, m: Mention) -> bool:
    """The mention is (or names, "the city of X") the subject of its clause."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or _in_dateline(span[-1]):
        return False
    root = span.root
    if root.dep_ in ("pobj", "appos") and root.head.lemma_ in ("of", "city", "province"):
        root = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _main_event(extraction: Extraction) -> int | None:
    """The first mention of the event the document names most often."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(extraction.mentions):
        if m.cls == "Event":
            counts[m.text] = counts.get(m.text, 0) + 1
            first.setdefault(m.text, i)
    if not counts:
        return None
    best = max(sorted(counts), key=lambda t: (counts[t], -first[t]))
    return first[best]


def _dated(
    r: RelationMention, d: DateMention | None, subj_cls: str, sentence: str
) -> RelationMention:
    if d is None:
        return r
    if (
        r.pred in DATED_PREDICATES
        or (r.pred == "locatedIn" and subj_cls == "Event")
        or (r.pred in POST_PREDICATES and _TAKES_POST.search(sentence))
    ):
        return replace(r, first_date=d.first, last_date=d.last)
    return r
