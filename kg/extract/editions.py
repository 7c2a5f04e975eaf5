"""One node per edition: in a report about "the 12th Harbour Trade Fair", the bare series name
("the Harbour Trade Fair") stands for that edition and becomes one of its aliases.

ANNOTATION.md: an edition with an ordinal or a year is its own Event; the bare series name used
for that edition is its alias. A series name is only read as an edition when the document
names exactly one edition of that series.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import DocContext

_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
             "twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
             "nineteenth|twentieth")
# "12th Harbour Trade Fair", "Fifth Harbour Forum", "2024 Harbour Summit", "Harbour Summit 2024"
_EDITION = re.compile(
    rf"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|(?i:{_ORDINALS})|(?:19|20)\d\d)\s+(?P<series>.+)$"
    r"|^(?P<series2>.+?)\s+(?:19|20)\d\d$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def series_of(name: str) -> str | None:
    """The series an edition's name belongs to ("12th Harbour Fair" -> "Harbour Fair")."""
    m = _EDITION.match(name)
    if m is None:
        return None
    series = m.group("series") or m.group("series2")
    # "2nd Session of the 14th National People's Congress": a session is no series name
    return None if series.lower().startswith("session") else series


def _names_series(bare: str, series: str) -> bool:
    """Is ``bare`` the series, or its leading words ("Global Investment Conference" for
    "Global Investment Conference for the Bay Area")?"""
    return bare == series or (series.startswith(bare + " ") and " " in bare)


def link_editions(ctx: DocContext) -> None:
    """Point every bare series mention at the document's one edition of that series."""
    editions: list[tuple[str, str]] = []  # (series, edition's name)
    for f in ctx.found:
        if f.cls == "Event" and not f.cand.refers_to:
            series = series_of(f.text)
            if series is not None and (series, f.text) not in editions:
                editions.append((series, f.text))
    if not editions:
        return
    for f in ctx.found:
        if f.cls != "Event" or f.cand.refers_to or series_of(f.text) is not None:
            continue
        bare = _LEADING_THE.sub("", f.text)
        named = {name for series, name in editions if _names_series(bare, series)}
        if len(named) == 1:
            f.cand = replace(f.cand, refers_to=named.pop())
