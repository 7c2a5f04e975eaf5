"""Which names of a sentence may own its figures: not a name inside a currency ("U.S.
dollars") or a source ("according to the customs of X", "X Customs said"), not a country that
only places the name after it ("China's Henan", "(Northeast China) Heilongjiang"), not a place
that places another ("Jiangsu's Kunshan"), names an event ("this Harbin fair"), says where a
company is based ("a Shanghai-based firm") or opens a dateline, and not a venue or a
facility's place (read by kg/extract/facts/figures.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.figure_area import PLACE_CLASSES, Named, places_it
from kg.extract.facts.figure_parts import SOURCE_BEFORE, SOURCE_BODY, not_an_owner

# "(Northeast China) Heilongjiang Province": the region in brackets places the name after it
_BRACKETED_LOCATOR = re.compile(r"\)\s*(?-i:[A-Z])")
_DOLLARS = re.compile(r"\s*dollars?\b|\$", re.IGNORECASE)  # "U.S. dollars", "US$"
# "China's Henan", "central China's northernmost province": a country placing the name after it
_LOCATOR = re.compile(r"[’']s\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:(?-i:[A-Z][a-z])|(?:province|city|"
                      r"region|municipality|county|capital|port)\b)", re.IGNORECASE)
# a dateline ("CHONGQING — ...", "Harbin, July 25 (Xinhua) ...", "SUZHOU, China, Nov. 14,
# 2022 /PRNewswire/ --"), or a place naming an event
# ("this Harbin fair"): not whose figure it is
_DATELINE = re.compile(
    r"\s*(?:[—–]|-{1,2}\s|\(|,\s*(?:(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\s*,\s*)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# "Attleboro, Massachusetts-based Sensata", "a Shanghai-based firm": where a company is based
_BASED = re.compile(r"(?:,\s*(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2})?[\s-]based\b",
                    re.IGNORECASE)
_NAMES_EVENT = re.compile(r"\s+(?:fair|expo|forum|summit|exhibition|conference)\b", re.IGNORECASE)
_CURRENCY_OR_SOURCE = re.compile(
    r"\b(?:according\s+to|data\s+(?:from|released\s+by)|statistics\s+(?:from|released\s+by)|"
    r"figures\s+(?:from|released\s+by)|(?:learned|learnt)\s+from)\b"
    r"(?:(?!\b(?:show|shows|showed|indicate[sd]?|reveal(?:s|ed)?)\b)[^,;()]){0,40}$", re.IGNORECASE)


def owner_names(text: str, s: int, e: int, mentions: Sequence[Named]) -> list[tuple[int, Named]]:
    """(index, mention) of the mentions of the sentence ``s``..``e`` that may own a figure."""
    return [(i, m) for i, m in enumerate(mentions) if s <= m.start and m.end <= e
            and not _CURRENCY_OR_SOURCE.search(text[s : m.start])
            and not _DOLLARS.match(text, m.end) and not SOURCE_BODY.match(text, m.end)
            and not SOURCE_BEFORE.search(text, max(s, m.start - 50), m.start)
            and not (m.cls in ("Country", "Region") and (
                _LOCATOR.match(text, m.end) or _BRACKETED_LOCATOR.match(text, m.end)
                and text[m.start - 1 : m.start] == "("))
            and not places_it(text, m, mentions)
            and not (m.cls in PLACE_CLASSES and (_NAMES_EVENT.match(text, m.end)
                                                 or _BASED.match(text, m.end)))
            and not (not text[s : m.start].strip() and _DATELINE.match(text, m.end))
            and not not_an_owner(text, m.start, m.end, m.cls)]
