"""Figures that speak of the figure before them: "Its exports ..." and "The city's imports ..."
are the last figure's area's (``refers_back``); "The figure jumped by 72.7 percent", "Its 4
percent increase beat ...", "That was an increase of 18 percent", "The figures represented
growth of 1.1 percent and 9.5 percent, respectively" name no measure at all: their rates are
those of the levels the sentence before gave, in order (``back_levels``).
kg/extract/facts/figures.py reads both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.figure_area import AREA_CLASSES, Named
from kg.model import Figure

_BACK = re.compile(r"^\W*(?:(?:its|their)\s|the\s+(?P<noun>city|province|zone|company)[’']s\s)",
                   re.IGNORECASE)
# "The projects, involving X, ...", "They ...": the deals of the figure just before
_DEALS_BACK = re.compile(r"^\W*(?:they\s|(?:the|these|those)\s+(?:[\w-]+\s+)?(?:projects|deals|"
                         r"contracts|agreements)\b(?!\s+(?:of|in|with|between|by|from|"
                         r"signed\s+(?:by|in|at)|(?:that|which)\s)))", re.IGNORECASE)
_BACK_CLASSES = {"city": frozenset({"City", "Province"}), "province": frozenset({"Province"}),
                 "zone": frozenset({"Zone"}), "company": frozenset({"Enterprise"})}
# "The figure ...", "These figures ...", "Its 4 percent increase ...", "Their growth ...":
# the subject is the figure (or figures) just given
_FIGURE_SUBJECT = re.compile(
    r"^\W*(?:(?:the|this|these|both)\s+(?:two\s+)?(?:figures?|numbers?|values?|amounts?|"
    r"totals?)\b(?!\s+(?:of|for|on|in)\b)|(?:its|their)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)"
    r"[\s-]+)?(?:year[\s-]on[\s-]year\s+)?(?:increase|growth|rise|gain|decline|drop|decrease|"
    r"fall)\b|"
    # "That was an increase of 18 percent year-on-year": the figure just given, as a change
    r"(?:that|this)\s+(?:was|is|represented|represents|marked|marks)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:increase|growth|rise|gain|decline|drop|decrease|fall)\b)", re.IGNORECASE)


def refers_back(sent: str, cls: str) -> bool:
    """The sentence opens on "Its ..." or "The city's ..." (a city or a municipality, which
    the gazetteer types a province) and so speaks of the last figure's area, of that kind."""
    m = _BACK.match(sent)
    if m is None:
        return False
    word = (m["noun"] or "").lower()
    return cls in _BACK_CLASSES.get(word, AREA_CLASSES)


def refers_to_deals(sent: str) -> bool:
    """The sentence opens on "The projects, ..." or "They ...", and so speaks of the deals of
    the figure just before it (not of a subject named before: with no figure, no one's)."""
    return _DEALS_BACK.match(sent) is not None


def last_subject(text: str, s: int, mentions: Sequence[Named]) -> int | None:
    """The named subject of a clause in the two sentences before the one at ``s``: whom
    "Its ..." names when no figure comes just before."""
    lo = s
    for _ in range(3):  # back to the start of the second sentence before (past "It ...")
        lo = max(text.rfind(".", 0, max(0, lo - 2)), 0)
    found = [i for i, m in enumerate(mentions)
             if m.subject and lo <= m.start < s and m.cls in AREA_CLASSES]
    return found[-1] if found else None


def back_levels(sent: str, s: int, n: int, earlier: Sequence[Figure]) -> list[Figure] | None:
    """The ``n`` levels of the sentence right before the one at ``s`` that its rates are of,
    when its subject is that figure ("The figure jumped by 72.7 percent"), else None."""
    if _FIGURE_SUBJECT.match(sent) is None:
        return None
    levels = [f for f in earlier if not f.change and s - f.sent_end <= 4]
    if not levels or len(levels) < n:
        return None
    picked = levels[-n:]
    # one rate per measure: "exports ... and imports ...; the figures grew 1% and 9%"
    return picked if n == 1 or len({f.measure for f in picked}) == n else None
