"""Dates and figures of one document, added to its ``Extraction``.

Dates (``dates.py``) go on the statements of a dated sentence that are happenings (visits,
participation, launches, investments, support, an event held somewhere, a post taken up:
"was appointed", "took office") and on the Event
mentions a dated sentence says were held, opened or attended; figures (``figures.py``)
become ``Figure`` records. Both read the article's date (``dates.anchor_date``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import DocContext
from kg.extract.dates import anchor_date, find_dates
from kg.extract.figures import MentionSpan, find_figures
from kg.model import DateMention, EventDate, Extraction, RelationMention

# Statements that happen on a day; the others (serves in, located in, trades with) are states.
DATED_PREDICATES = frozenset({"visited", "participatesIn", "implements", "investsIn", "supports"})
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
    r"takes\s+place|hosted|hosts|convened|launched|staged)\b",
    re.IGNORECASE,
)


def add_facts(extraction: Extraction, ctx: DocContext) -> Extraction:
    document = extraction.document
    anchor = anchor_date(document)
    sentences = [(sent.start_char, sent.end_char) for sent in ctx.sents]
    dates = find_dates(ctx.text, sentences, anchor)
    by_sentence: dict[int, DateMention] = {}
    for d in dates:
        by_sentence.setdefault(d.sent_start, d)  # the first day a sentence gives
    mentions = extraction.mentions
    relations = tuple(
        _dated(r, by_sentence.get(r.sent_start), mentions[r.subj].cls,
               ctx.text[r.sent_start : r.sent_end])
        for r in extraction.relations
    )
    event_dates: list[EventDate] = []
    for sent_start, d in sorted(by_sentence.items()):
        verb = _EVENT_VERBS.search(ctx.text, sent_start, d.sent_end)
        if verb is None:
            continue
        # The event held is the one named last before the verb, else the first after it.
        events = [(i, m) for i, m in enumerate(mentions)
                  if m.cls == "Event" and m.sent_start == sent_start]
        before = [i for i, m in events if m.end <= verb.start()]
        after = [i for i, m in events if m.start >= verb.end()]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is not None:
            event_dates.append(EventDate(chosen, d.first, d.last))
    spans = [MentionSpan(m.start, m.end, m.cls) for m in mentions]
    focus = None
    if ctx.focus_province is not None:
        for i, f in enumerate(ctx.found):
            place = ctx.gaz.place(f.text) if f.cls == "Province" else None
            if place is not None and place.name == ctx.focus_province:
                focus = i
                break
    figures = find_figures(ctx.text, sentences, spans, focus, anchor, _main_event(extraction))
    return replace(
        extraction,
        relations=relations,
        dates=tuple(dates),
        event_dates=tuple(event_dates),
        figures=tuple(figures),
    )


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
