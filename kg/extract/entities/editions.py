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
    rf"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|(?i:{_ORDINALS})|(?:19|20)\d\d)\s+"
    r"(?:annual\s+)?(?P<series>.+)$"  # "9th annual Harbour Fair": its series is "Harbour Fair"
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
    "Global Investment Conference for the Bay Area"), or a short form keeping some of its
    words in order and its last ("Lanzhou Fair", "West Fair" for "Western China Lanzhou
    Investment and Trade Fair")?"""
    return bare == series or (series.startswith(bare + " ") and " " in bare) or _short_form(
        bare.split(), series.split())


def _short_form(short: list[str], full: list[str]) -> bool:
    if len(short) < 2 or len(short) >= len(full) or short[-1] != full[-1]:
        return False
    at = 0
    for word in short[:-1]:
        while at < len(full) - 1 and not (
                full[at] == word or len(word) >= 4 and full[at].startswith(word)):
            at += 1
        if at == len(full) - 1:
            return False
        at += 1
    return True


# "X, also known as Y", "X (also called Y)": the text gives the event a second name.
_AKA = re.compile(r"^[\s,(]*(?:also|otherwise|commonly|better)?\s*(?:known|called|referred to)"
                  r"\s+as\s+(?:the\s+)?$", re.IGNORECASE)


def _series_key(ctx: DocContext, series: str) -> str:
    """A series by its full name: "Canton Fair" is the China Import and Export Fair."""
    known = ctx.gaz.known(series)
    return known.name if known is not None and known.cls == "Event" else series


def _edition_key(ctx: DocContext, name: str, series: str) -> tuple[str, str]:
    """("133rd", "China Import and Export Fair") for "133rd Canton Fair"."""
    edition = name.replace(series, "").strip().lower().removesuffix(" annual")
    return edition, _series_key(ctx, series)


def link_editions(ctx: DocContext) -> None:
    """Point every bare series mention (or its short name: "Canton Fair", "CIFIT") at the
    document's one edition of that series; one edition's other names ("133rd Canton Fair"
    beside "133rd China Import and Export Fair", "X, also known as Y") at the fullest."""
    editions: list[tuple[str, str]] = []  # (series, edition's name)
    for f in ctx.found:
        if f.cls == "Event" and not f.cand.refers_to:
            series = series_of(f.text)
            if series is not None and (series, f.text) not in editions:
                editions.append((series, f.text))
    _also_known_as(ctx)
    if editions:
        _point_series(ctx, editions)
    _follow_chains(ctx)


def _point_series(ctx: DocContext, editions: list[tuple[str, str]]) -> None:
    fullest: dict[tuple[str, str], str] = {}
    for series, name in editions:
        key = _edition_key(ctx, name, series)
        if key not in fullest or series == key[1] and len(name) > len(fullest[key]):
            fullest[key] = name
    for f in ctx.found:
        if f.cls != "Event" or f.cand.refers_to:
            continue
        series = series_of(f.text)
        if series is not None:
            best = fullest[_edition_key(ctx, f.text, series)]
            if best != f.text:
                f.cand = replace(f.cand, refers_to=best)
            continue
        bare = _LEADING_THE.sub("", f.text)
        full = _series_key(ctx, bare)
        named = {fullest[_edition_key(ctx, name, series)] for series, name in editions
                 if _names_series(bare, series) or _series_key(ctx, series) == full}
        if len(named) == 1:
            f.cand = replace(f.cand, refers_to=named.pop())


def _follow_chains(ctx: DocContext) -> None:
    """ "the Expo" points at "China-Harbour Expo", which points at the "5th China-Harbour
    Expo": every short form ends on the name the last link names."""
    targets: dict[str, set[str]] = {}
    for f in ctx.found:
        if f.cand.refers_to:
            targets.setdefault(f.text, set()).add(f.cand.refers_to)
    target = {text: next(iter(ends)) for text, ends in targets.items() if len(ends) == 1}
    for f in ctx.found:
        seen = {f.text}
        end = f.cand.refers_to
        while end is not None and end in target and end not in seen:
            seen.add(end)
            end = target[end]
        if end is not None and end != f.cand.refers_to and end != f.text:
            f.cand = replace(f.cand, refers_to=end)


def _also_known_as(ctx: DocContext) -> None:
    events = sorted((f for f in ctx.found if f.cls == "Event"), key=lambda f: f.span.start)
    text = ctx.text
    for first, second in zip(events, events[1:], strict=False):
        between = text[first.span.end_char : second.span.start_char]
        if not second.cand.refers_to and _AKA.match(between):
            second.cand = replace(second.cand, refers_to=first.cand.refers_to or first.text)
    # the second name used again later stands for the same event
    named = {f.text: f.cand.refers_to for f in events if f.cand.refers_to}
    for f in events:
        if not f.cand.refers_to and named.get(f.text):
            f.cand = replace(f.cand, refers_to=named[f.text])
