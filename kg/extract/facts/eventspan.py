"""One event, one span of days: an event that "opened on June 12" and "runs until June 16" is
held June 12-16, not also on June 12 alone (a length, "the five-day expo", gives no end day:
docs/facts-gold.md). ``document.py`` calls ``one_span`` on the event days found.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import EventDate, Mention


def one_span(event_dates: Sequence[EventDate], mentions: Sequence[Mention]) -> list[EventDate]:
    """``event_dates`` without the one-day dates of an event that a longer span begins with."""
    longer = {(mentions[ed.mention].text, ed.first) for ed in event_dates if ed.last > ed.first}
    return [ed for ed in event_dates if ed.last > ed.first
            or (mentions[ed.mention].text, ed.first) not in longer]
