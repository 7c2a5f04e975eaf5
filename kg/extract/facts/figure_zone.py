"""A zone described, not named: "The pilot free trade zone (FTZ) in east China's Anhui
Province generated foreign trade of X", "Foreign direct investment in the pilot FTZ rose to
Y", "signed for Anhui's pilot FTZ". When the document names one zone, of that place (or of
none), the description is that zone and the figure is the zone's, not the place's: the zone's
name may come only later, or only in a source ("according to the administration office of
China (Anhui) Pilot Free Trade Zone"). kg/extract/facts/figures.py calls ``described_zone``.
A zone's own news (its headline names or describes the one zone of that kind) is about the
zone: docplace.py makes it the document's place (``headline_zone``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.figure_area import Span

# "the pilot FTZ", "the free trade zone", "Anhui's pilot FTZ", "this development zone": a
# zone by its kind, in lower case ("Free Trade Zone" is a name's word)
_ZONE = re.compile(
    r"(?:\b(?:the|this|its)|[’']s)\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:(?-i:zone)|(?-i:FTZ)|"
    r"(?-i:park)|(?-i:bonded\s+area))\b(?!\s+(?:of|for)\s)", re.IGNORECASE)


_KINDS = {"ftz": "ftz", "free trade zone": "ftz", "free-trade zone": "ftz", "zone": "zone",
          "park": "park", "bonded area": "area"}


def _kind(words: str) -> set[str]:
    """The kinds of zone a name or description says ("pilot FTZ": an FTZ, which is a zone): a
    zone described by its kind is one of the zones of that kind ("the FTZ", not a "sub-area"
    of it)."""
    low = words.lower()
    kinds = {k for w, k in _KINDS.items() if re.search(rf"\b{w}\b", low)}
    return kinds | {"zone"} if "ftz" in kinds else kinds


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
    kind = _kind(found.group(0))  # ("the zone": a zone of any kind)
    for i, m in enumerate(mentions):
        if m.cls == "Zone" and (kind == {"zone"} or _kind(text[m.start : m.end]) & kind):
            zones.setdefault(text[m.start : m.end].lower(), i)
    zones = _fullest(zones)
    if len(zones) != 1:
        return None
    name, first = next(iter(zones.items()))
    # (or one from a sentence before: "the zone" is nearer than a place this one names not)
    if area is None or from_focus or not s <= mentions[area].start < e:
        return first
    place = text[mentions[area].start : mentions[area].end]
    # "the pilot FTZ in Anhui Province": Anhui's zone, when the zone's name says so
    word = re.sub(r"\s+(?:province|city|municipality)$", "", place, flags=re.IGNORECASE)
    if mentions[area].cls in ("Province", "City") and word.lower() in name:
        return first
    return None


def headline_zone(text: str, headline: int | None,
                  zones: Sequence[tuple[int, int, str]]) -> int | None:
    """A zone's own news: the headline (ending at ``headline``) names or describes a zone
    ("Heilongjiang pilot FTZ sees ...", "Xinjiang's only comprehensive bonded area sees ..."),
    and the text names one zone of that kind. ``zones``: (index, start, text) of the zone
    mentions. The index of its first mention under its fullest name, or None."""
    if headline is None:
        return None
    named = [z for z in zones if z[1] < headline]
    found = _ZONE.search(text, 0, headline)
    if found is None and not named:
        return None
    kind = _kind(named[0][2] if named else found.group(0))
    first: dict[str, int] = {}
    for i, _, name in zones:
        if kind == {"zone"} or _kind(name) & kind:
            first.setdefault(name.lower(), i)
    first = _fullest(first)
    return next(iter(first.values())) if len(first) == 1 else None


def _fullest(zones: dict[str, int]) -> dict[str, int]:
    """"the FTZ" and "the Anhui pilot FTZ" are one zone: without a name that ends another."""
    return {n: i for n, i in zones.items()
            if not any(o != n and o.endswith(" " + n) for o in zones)}
