"""Days written by reference: "the day before" and "the previous day" (counted from the
article's date), "the next day" and "the same day" (from the last day written before).
``timeframe.py`` says which written days are no day to count from (a reporting day, a bound).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kg.extract.facts.timeframe import Dated
from kg.model import DateMention

# Days written by reference.
_DAY_BEFORE = re.compile(r"\b(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier|"
                         r"the\s+day\s+prior)\b(?!\s+(?:the|its|it|an?|yesterday)\b)", re.I)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?the\s+same\s+day|(?:on|later|earlier)\s+that\s+(?:same\s+)?"
                       r"day|that\s+same\s+day|(?:later\s+)?that\s+(?:morning|afternoon|evening))\b",
                       re.IGNORECASE)


def relative_days(
    text: str, sentences: Sequence[tuple[int, int]], anchor: dt.date | None,
    written: Sequence[DateMention], dated: Sequence[Dated] = (),
) -> list[DateMention]:
    """Days written by reference to the article's date or to the last day written before:
    "the day before", "the next day", "the same day". A reporting day or a bound ("said in
    a statement on Thursday", "since June 3") is no day counted from (``dated``: the roles
    of ``written``)."""
    out: list[DateMention] = []
    last: DateMention | None = None
    silent = {c.date.start for c in dated if c.role in ("report", "bound")}
    by_sentence: dict[int, list[DateMention]] = {}
    for d in written:
        if d.start not in silent:
            by_sentence.setdefault(d.sent_start, []).append(d)
    for s, e in sentences:
        sent = text[s:e]
        found: list[DateMention] = []
        if anchor is not None:
            for m in _DAY_BEFORE.finditer(sent):
                found.append(_new(m, s, e, anchor - dt.timedelta(days=1)))
        own = by_sentence.get(s, [])
        for pattern in (_NEXT_DAY, _SAME_DAY):
            for m in pattern.finditer(sent):
                # counted from the last day written before it: earlier in its own sentence
                # ("visited X on June 3 and Y the next day"), else in a sentence before
                ref = max((d for d in own if d.end <= s + m.start()), key=lambda d: d.start,
                          default=last)
                if ref is None:
                    continue
                first, end = dt.date.fromisoformat(ref.first), dt.date.fromisoformat(ref.last)
                found.append(_new(m, s, e, end + dt.timedelta(days=1)) if pattern is _NEXT_DAY
                             else _new(m, s, e, first, end))
        out.extend(found)
        if own or found:
            last = max(own + found, key=lambda d: d.start)
    return out


def _new(m: re.Match[str], s: int, e: int, first: dt.date,
         last: dt.date | None = None) -> DateMention:
    return DateMention(text=m.group(0).strip(), start=s + m.start(), end=s + m.end(),
                       sent_start=s, sent_end=e, first=first.isoformat(),
                       last=(last or first).isoformat())
