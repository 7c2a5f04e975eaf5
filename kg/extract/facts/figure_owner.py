"""Whose a figure is, from the words around a name (``figure_area.py`` reads the names' places
in the sentence): not the city an event is held in ("at the expo held in Nanning"); "the
city", "the zone", "the company" is the last such named before (``definite_area``: "the port"
is the place the text calls a port); "At the meeting" after "the conference of X was held" is
X's (``conference_body``); a name after the value: the agent of a passive, where it was
invested or signed (``area_after``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.extract.facts.figure_area import Span

# The place an event is held in (or a project is based in) is the setting, not whose figure it
# is.
_VENUE_BEFORE = re.compile(
    r"(?:held|hosted|staged|convened|opened|took\s+place|taking\s+place|venue)\s+"
    r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$"
    # "the company's project based in X": where a project or plant is, not whose
    r"|(?:project|plant|factory|facility|base|centre|center)\s+(?:based|located|situated|sited)"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_EVENT_THEN_IN = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "the city's exports", "the zone attracted": the last such named before
_DEFINITE = re.compile(
    r"\b(?:the\s+(?P<noun>city|zone|company|group|enterprise|port|park|district|county|region)|"
    r"this\s+(?P<noun2>city|zone|company|district|region)|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?P<noun3>giant|firm|carmaker|automaker|chipmaker|"
    r"manufacturer|maker|producer|plant|factory))\b(?:[’']s)?",
    re.IGNORECASE,
)
DEFINITE = _DEFINITE  # (kg/extract/facts/figure_parts.py: a clause's own definite subject)
_NOUN_CLASS = {"city": "City", "district": "City", "county": "City", "zone": "Zone",
               "park": "Zone", "port": "City", "company": "Enterprise", "group": "Enterprise",
               "enterprise": "Enterprise", **dict.fromkeys(
                   ("giant", "firm", "carmaker", "automaker", "chipmaker", "manufacturer",
                    "maker", "producer", "plant", "factory"), "Enterprise")}


def is_venue(sent: str, s: int, m: Span, mentions: Sequence[Span]) -> bool:
    """A place the sentence names as where an event is held."""
    if m.cls not in ("City", "Province", "Country", "Region"):
        return False
    before = sent[: m.start - s]
    if _VENUE_BEFORE.search(before[-60:]):
        return True
    for ev in mentions:
        if ev.cls == "Event" and ev.end <= m.start and s <= ev.start:
            if _EVENT_THEN_IN.match(sent[ev.end - s : m.start - s]):
                return True
    return False

# "Like Xiamen, a pioneering city, the zone will ...": a place the text compares with is not
# the one "the city" names after it
_LIKENED = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|than)\s+$")


def definite_area(
    text: str, s: int, value_start: int, mentions: Sequence[Span], taken: set[int]
) -> int | None:
    """"the city's exports", "trade through the port": a mention of that kind before the
    definite phrase, when the sentence names none of that kind before it. The text's own
    word for it decides between several ("the land port of X", "Y, a port city" for "the
    port"); else the last one named."""
    found = None
    for m in _DEFINITE.finditer(text, s, s + value_start):
        found = m
    if found is None:
        return None
    noun = (found["noun"] or found["noun2"] or found["noun3"]).lower()
    # "the region": a region, or an autonomous region (a province), that the text calls one
    classes = {"Region", "Province"} if noun == "region" else {_NOUN_CLASS[noun]}
    at = found.start()
    word = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
    described, titled = None, None
    kinds: list[int] = []  # every mention of that kind before it
    near_word: list[int] = []  # those the text calls one near them
    for i, m in enumerate(mentions):
        if m.cls in classes and m.end <= at and i not in taken and not _LIKENED.search(
            text, max(0, m.start - 12), m.start
        ):
            kinds.append(i)
            # the words around it in its paragraph, not the definite phrase itself
            par_end = text.find("\n", m.end)
            near = text[max(0, m.start - 40, text.rfind("\n", 0, m.start) + 1) : min(
                m.end + 40, at, par_end if par_end >= 0 else at)]
            if word.search(text, m.start, m.end):  # "the district": "Qiantang District"
                titled = i
            elif word.search(near) and (
                described is None or mentions[described].cls != "Region" or m.cls == "Region"
            ):  # a region the text calls one before a province listed near the word
                described = i
                near_word.append(i)
    # of several cities the text calls cities, the one it names most is the one it is
    # about ("X Mayor Y said the city's trade ...", "between Dongxing, a city, and Z"); a tie
    # goes to the last named
    if described is not None and mentions[described].cls != "Region":
        described = _most_named(text, near_word, mentions)
    best = _most_named(text, kinds, mentions) if kinds else None
    return next((i for i in (titled, described) if i is not None),
                best if noun != "region" else None)


def _most_named(text: str, found: Sequence[int], mentions: Sequence[Span]) -> int:
    """The one of ``found`` whose name the mentions write most often; the last on a tie."""
    def name(i: int) -> str:
        return text[mentions[i].start : mentions[i].end].lower()
    times = Counter(name(i) for i in found)
    return max(reversed(found), key=lambda i: times[name(i)])


# "the investment promotion conference of X was held ...": X is whose the conference is
_BODY_BEFORE = re.compile(
    r"\b(?:conference|meeting|forum|fair|expo|summit|symposium|seminar|ceremony|event)\s+"
    r"(?:of|by|(?:held|hosted|organi[sz]ed)\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BODY_CLASSES = frozenset({"Province", "City", "Zone", "Enterprise", "Region", "Country"})


def conference_body(text: str, s: int, upto: int, mentions: Sequence[Span]) -> int | None:
    """"At the meeting, 16 projects were signed" after "the investment promotion
    conference of X was held": the last body whose unnamed conference the text gives, in
    the sentence starting at ``s`` (before ``upto``) or the two before it, in its paragraph."""
    lo = text.rfind("\n", 0, s) + 1
    stops = [m.end() for m in re.finditer(r"[.!?]\s+", text[lo:s])]
    lo += stops[-3] if len(stops) >= 3 else 0
    best = None
    for i, m in enumerate(mentions):
        if lo <= m.start < upto and m.cls in _BODY_CLASSES and _BODY_BEFORE.search(
            text[max(0, m.start - 60) : m.start]
        ):
            best = i
    return best


# "7 billion dollars were invested ... by X": the agent is whose figure
_AGENT_GAP = re.compile(
    r"^[^;]{0,80}?\b(?:invested|signed|inked|established|set\s+up|registered|made|"
    r"attracted|introduced|put|funded|injected|launched|built|developed|constructed|"
    r"initiated|undertaken|financed)\b[^;]{0,60}?\bby\s+(?:the\s+)?$"
    # "a $1.2 billion petrochemical project by X"
    r"|^\s*(?:[\w-]+\s+){0,3}?(?:project|plant|factory|facility|base|expansion)s?\s+"
    r"(?:(?:launched|built|developed|planned|funded|financed)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "... invested into X", "522 companies established in X", "137 projects signed at X"
_PLACE_GAP = re.compile(r"^[^,;]{0,80}?\b(?:in|into|at|during)\s+(?:the\s+)?$", re.IGNORECASE)
# "638 projects, with a total investment of X (about Y), were inked at the Z Expo"
_SIGNED_AT = re.compile(
    r"^[^;]{0,160}?\b(?:were|was|have\s+been|has\s+been|being|got)\s+(?:\w+\s+)?(?:signed|inked|"
    r"sealed|concluded|clinched|reached|agreed|introduced)\s+(?:at|during|on\s+the\s+sidelines\s+of)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_CLASSES = frozenset({"Province", "City", "Zone", "Enterprise", "Event"})
# "12,000 foreign companies were established in X", "established a foothold in X": the
# enterprises a country gains are its own (a country after other values is their setting)
_SET_UP_IN = re.compile(r"^[^,;]{0,80}?\b(?:established|set\s+up|registered|founded)\s+"
                        r"(?:a\s+foothold\s+|(?:\w+\s+)?presence\s+)?in\s+(?:the\s+)?$",
                        re.IGNORECASE)


# "The province will invest X to build roads in the Y Zone": the document's province is
# named before the value, by description
_THE_PROVINCE = re.compile(r"\b(?:the|this|our)\s+province\b", re.IGNORECASE)


def province_before(sent: str, lo: int, start: int) -> bool:
    """The value's clause (from ``lo``) names the document's province as "the province"."""
    return _THE_PROVINCE.search(sent, lo, start) is not None


_SET_UP_BEFORE = re.compile(r"\b(?:set\s+up|established|registered|founded)\s+(?:more\s+than\s+|"
                            r"over\s+|nearly\s+|about\s+|some\s+|almost\s+)?[\d,]+\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:enterprises|companies|firms|businesses)$",
                            re.IGNORECASE)
# "By spending $500 million, investors from X are set to build ...": X's investment
_INVESTORS_FROM = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:investors|companies|enterprises|firms|"
                             r"businesses)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")


def area_after(
    sent: str, s: int, end: int, inside: Sequence[tuple[int, Span]], named_before: bool,
    count: bool = False,
) -> int | None:
    """Whose figure, named after the value: the agent of a passive ("were invested ... by
    X") always; what it went into or where it was set up ("invested into X", "established
    in X", "signed at X") when no name before the value says whose."""
    for i, m in inside:
        if m.start - s < end or m.cls not in _AFTER_CLASSES | {"Country"}:
            continue
        gap = sent[end : m.start - s]
        if m.cls == "Country":
            if not named_before and count and _SET_UP_IN.match(gap):
                return i
            continue
        if _AGENT_GAP.match(gap):
            return i
        # "set up 266 companies in the provincial capital X": the city or zone they are in
        # (finer than a province named before)
        if count and m.cls in ("City", "Zone") and _IN_PLACE.fullmatch(gap) and (
                _SET_UP_BEFORE.search(sent, max(0, end - 80), end)):
            return i
        if not named_before and (
            _PLACE_GAP.match(gap) or (m.cls == "Event" and _SIGNED_AT.match(gap))
            or _INVESTORS_FROM.match(gap)
        ):
            return i
    return None


_FROM_ABROAD = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:worth\s+of\s+|in\s+|of\s+)?"
                          r"(?:[\w-]+\s+)?investments?\s+from\s+(?:the\s+)?", re.IGNORECASE)
# capital from these is counted as foreign (whatever class the gazetteer gives them)
_OFFSHORE = re.compile(r"Hong\s+Kong(?:\s+SAR)?|Macao|Macau|Taiwan", re.IGNORECASE)


def from_abroad(text: str, s: int, sent: str, end: int,
                inside: Sequence[tuple[int, Span]]) -> int | None:
    """"$11 billion worth of investment from Taiwan": investment a country or region puts in
    is foreign investment where it goes. The mention of where it comes from."""
    m = _FROM_ABROAD.match(sent, end)
    if m is None:
        return None
    return next((i for i, x in inside if x.start - s == m.end() and (
        x.cls in ("Country", "Region") or _OFFSHORE.fullmatch(text, x.start, x.end))), None)
