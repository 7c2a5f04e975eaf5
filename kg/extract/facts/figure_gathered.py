"""Companies an event gathers: "Over 3,000 enterprises from 35 countries attended the Expo",
"the Expo ..., with the participation of about 2,100 companies", "with more than 2,000
exhibiting companies", "2,000 companies have registered to take part in the exhibition".
The count is the event's (docs/facts-gold.md: how many enterprises an event gathers); with
no event named or described in the sentence, companies that took part in something are no
figure (kg/extract/facts/figure_parts.py, not_a_whole).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.amounts import INCLUDED, TOOK_PART
from kg.extract.facts.figure_area import THE_EVENT, Span

# after the count: what the companies did at the event, as amounts.py reads such counts
# ("from 35 countries and regions attended"; not what they did there, "displayed", "joined",
# "exhibited": those stay no figure)
# (past an aside of those included: "2,192 companies, including 418 overseas firms, took part")
_TOOK_PART = re.compile(rf"(?:[^,;.]{{0,60}}?{INCLUDED})?,?[^,;.]{{0,60}}?\b{TOOK_PART}\b",
                        re.IGNORECASE)
# "this year's expo": the document's event
_THIS_EDITION = re.compile(r"\bthis\s+year[’']s\s+(?:[\w-]+\s+)?(?:expo|fair|exhibition|event|"
                           r"forum|conference|summit|session|edition)\b", re.IGNORECASE)
# before it: "the participation of", "attended by", "with ... exhibiting/participating"
_GATHERED_BY = re.compile(
    r"\b(?:participation\s+of|attended\s+by)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|"
    r"around\s+|some\s+|almost\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_TAKING_PART = re.compile(r"^[\d,\s]*(?:[\w-]+\s+){0,3}?(?:exhibiting|participating|attending)\b",
                          re.IGNORECASE)
_COMPANIES = re.compile(r"(?:enterprises|companies|firms|businesses)$", re.IGNORECASE)


def gathered(sent: str, start: int, end: int) -> bool:
    """The count of companies at ``start``..``end`` is of those taking part in something."""
    if not _COMPANIES.search(sent, start, end):
        return False
    return bool(_TOOK_PART.match(sent, end) or _GATHERED_BY.search(sent, 0, start)
                or _TAKING_PART.match(sent[start:end]))


def gathering(sent: str, s: int, start: int, names: Sequence[tuple[int, Span]],
              event: int | None) -> int | None:
    """The event the companies at ``start`` take part in: one the sentence names (the first
    after the count, else the last before it), else the document's when the sentence says
    "the expo", "this year's fair"; None without one."""
    events = [(i, m) for i, m in names if m.cls == "Event"]
    after = [i for i, m in events if m.start - s >= start]
    before = [i for i, m in events if m.start - s < start]
    if after or before:
        return (after or before[-1:])[0]
    return event if THE_EVENT.search(sent) or _THIS_EDITION.search(sent) else None
