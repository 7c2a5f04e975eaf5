"""A zone described, not named: "The pilot free trade zone (FTZ) in east China's Anhui
Province generated foreign trade of X", "Foreign direct investment in the pilot FTZ rose to
Y", "signed for Anhui's pilot FTZ". When the document names one zone, of that place (or of
none), the description is that zone and the figure is the zone's, not the place's: the zone's
name may come only later, or only in a source ("according to the administration office of
China (Anhui) Pilot Free Trade Zone"). kg/extract/facts/figures.py calls ``described_zone``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.figure_area import Span

# "the pilot FTZ", "the free trade zone", "Anhui's pilot FTZ", "this development zone": a
# zone by its kind, in lower case ("Free Trade Zone" is a name's word)
_ZONE = re.compile(
    r"(?:\b(?:the|this|its)|[’']s)\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:(?-i:zone)|(?-i:FTZ)|"
    r"(?-i:park))\b(?!\s+(?:of|for)\s)", re.IGNORECASE)


def described_zone(text: str, s: int, e: int, at: int, mentions: Sequence[Span],
                   area: int | None, from_focus: bool) -> int | None:
    """The document's one zone when the sentence ``s``..``e`` describes a zone by its kind,
    names none before the value at ``at`` (a source after it may: "according to the office
    of X Zone"), and gives the figure to no one else than the zone's own place (or to no
    one): the zone's first mention; else None."""
    found = _ZONE.search(text, s, e)
    if found is None or any(s <= m.start < at and m.cls == "Zone" for m in mentions):
        return None
    zones: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.cls == "Zone":
            zones.setdefault(text[m.start : m.end].lower(), i)
    if len(zones) != 1:
        return None
    name, first = next(iter(zones.items()))
    if area is None or from_focus:
        return first
    place = text[mentions[area].start : mentions[area].end]
    # "the pilot FTZ in Anhui Province": Anhui's zone, when the zone's name says so
    word = re.sub(r"\s+(?:province|city|municipality)$", "", place, flags=re.IGNORECASE)
    if mentions[area].cls in ("Province", "City") and word.lower() in name:
        return first
    return None
