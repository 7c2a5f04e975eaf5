"""One event, one span of days: an event that "opened on June 12" and "runs until June 16" is
held June 12-16, not also on June 12 alone (a length, "the five-day expo", gives no end day:
docs/facts-gold.md). ``document.py`` calls ``one_span`` on the event days found.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import DateMention, EventDate, Mention


def one_span(event_dates: Sequence[EventDate], mentions: Sequence[Mention]) -> list[EventDate]:
    """``event_dates`` without the one-day dates of an event that a longer span begins with."""
    longer = {(mentions[ed.mention].text, ed.first) for ed in event_dates if ed.last > ed.first}
    return [ed for ed in event_dates if ed.last > ed.first
            or (mentions[ed.mention].text, ed.first) not in longer]


def opening_stretch(
    event_dates: Sequence[EventDate], days_of: dict[str, tuple[str | None, str | None]],
    stretches: Sequence[DateMention], mentions: Sequence[Mention],
) -> list[EventDate]:
    """An event that "opened on Friday" (no end day given, ``days_of``) and a stretch of days
    written after it that begins on that very day, in a sentence naming no other event ("A
    wide variety of activities will be held from April 20 to 26"): the event's days."""
    out: list[EventDate] = []
    for ed in event_dates:
        m = mentions[ed.mention]
        if days_of.get(m.text) != (ed.first, None) or ed.last != ed.first:
            continue
        for d in stretches:
            if d.first == ed.first and d.last > d.first and d.start > m.end and not any(
                    o.cls == "Event" and o.sent_start == d.sent_start and o.text != m.text
                    for o in mentions):
                out.append(EventDate(ed.mention, ed.first, d.last))
                break
    return out
