"""Whether a number is one period's figure of one area, and whose: the checks figures.py
applies before it keeps a figure.

- Not one period's figure: totals over several periods ("since 2018", "collectively",
  "previously", "over the past five expos", "a three-year programme", "so far"), thresholds
  ("projects of at least RMB 100 million each"), forecasts and targets ("is expected to
  reach", "will exceed", "aims to", "will be signed"), a conversion ("RMB 30 billion (about
  US$4.2 billion)", "..., or US$4.2 billion").
- "from X to Y" (or "to Y from X"): both are levels; X's period is the year written right
  after it ("from $6bn in 2008"), else none (it is the level of an unnamed earlier period),
  as ../shared/facts-more annotates it.
- Whose: not the city an event is held in ("at the expo held in Nanning"); "the city",
  "the zone", "the company" is the last such named before.
- When: a year a thing was founded or launched in is no period.
- Whose, from the document: "At the meeting" after "the conference of X was held" is X's
  (``conference_body``); "the port" is the place the text calls a port (``definite_area``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Span(Protocol):
    start: int
    end: int
    cls: str


# A figure in a clause with one of these is a total over several periods.
_MULTI_PERIOD = re.compile(
    r"\b(?:between\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}|since\s+(?:(?:19|20)\d{2}|(?:its|their|the)\s+(?:\w+\s+){0,2}?(?:establishment|"
    r"founding|launch|inception|start|beginning|opening|creation|first)|(?:it|they)\s+"
    r"(?:was|were)|then)|collectively|previously|so\s+far|thus\s+far|to\s+date|"
    r"(?:up\s+to|until|till)\s+now|accumulated|"
    r"cumulative(?:ly)?|in\s+(?:the\s+)?(?:past|last|previous)\s+(?:\w+\s+){0,2}"
    r"(?:years|sessions|editions|expos|fairs|decades?)|"
    r"over\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\w+\s+){0,2}"
    r"(?:years|sessions|editions|expos|fairs|decades?)|"
    r"(?:past|previous|last|all)\s+(?:\w+\s+)?(?:sessions|editions|expos|fairs)|"
    r"from\s+(?:\w+\s+)?(?:19|20)\d{2}\s+(?:to|through|till|until)\s+(?:the\s+(?:end|middle)\s+of\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:this\s+year|now|date|the\s+present)|"
    r"from\s+(?:\w+\s+)?(?P<y1>(?:19|20)\d{2})\s+(?:to|through|till|until)\s+(?:the\s+end\s+of\s+|"
    r"[A-Z][a-z]+\.?\s+)(?!(?P=y1))(?:19|20)\d{2}|"
    r"(?:two|three|four|five|six|ten|\d+)[\s-]years?\s+(?:programme|program|plan|period|"
    r"campaign|initiative)|over\s+the\s+years|combined\s+total)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "reached X in 2023, the highest since 2015": a record, not a total since
_BEST_SINCE = re.compile(r"\b(?:highest|lowest|most|fastest|slowest|largest|biggest|best|"
                         r"strongest|weakest|first)\s+(?:[\w-]+\s+){0,3}?since\b.*", re.IGNORECASE)
# A sentence that opens with one of these speaks of a span of time as a whole
SCOPE_OPENER = re.compile(
    r"^\W*(?:since|previously|collectively|cumulatively|so\s+far|to\s+date|in\s+total|"
    r"(?:up\s+to|until|till)\s+now|"
    r"over\s+the\s+(?:past|last|years))\b", re.IGNORECASE)
# "has held five expos, and seen ...", "a three-year, $100 million programme"
_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:expos|fairs|sessions|editions)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)[\s-]years?\b(?!\s+(?:ago|old|earlier))|\b(?:held|hosted|staged)\s+(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)\s+times\b",  # "the expo has been held three times"
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\bin\s+(?:19|20)\d{2}\b", re.IGNORECASE)
# A threshold or a per-item figure, not a total.
_THRESHOLD_BEFORE = re.compile(
    r"(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum|above|"
    r"exceeding\s+(?=\S)|threshold\s+of|each\s+(?:worth|with|of)\s+(?:over\s+|more\s+than\s+)?|"
    r"(?:worth|of)\s+(?:over|more\s+than)\s+(?=[^,]*\beach\b))\s*$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(
    r"^\s*(?:or\s+(?:more|above)\s+)?(?:each|apiece|per\s+(?:project|enterprise|company|year|"
    r"item|deal))\b|^\s*(?:or\s+(?:more|above)|and\s+above)\b",
    re.IGNORECASE,
)
# Forecasts, targets and plans: what is expected is not yet a figure.
_FORECAST = re.compile(
    r"\b(?:will|would|shall|expect(?:s|ed)?|is\s+projected|are\s+projected|projection|"
    r"forecasts?|forecasted|predict(?:s|ed)?|target(?:s|ed)?|aims?\s+to|aiming\s+to|"
    r"plans?\s+to|planning\s+to|goal|strive|striving|estimated\s+to|is\s+set\s+to|"
    r"are\s+set\s+to|poised\s+to|by\s+the\s+end\s+of\s+(?:this|next)|by\s+20\d{2}|likely|"
    r"could|might|in\s+(?:the\s+)?future)\b",
    re.IGNORECASE,
)
# Forecasts of any indicator; "will invest", "plans to invest" are agreed investments
# ("an estimated 6.3 percent growth" is a preliminary figure, not a forecast)
_ESTIMATE = re.compile(
    # "with a total expected investment of": what the projects signed are worth
    r"\b(?:expect(?:s|ed)?(?!\s+investment)|projected|forecast(?:s|ed)?|predict(?:s|ed)?|"
    r"likely)\b|"
    r"\b(?:is|are|was|were)\s+estimated\s+(?:that|to)\b|\bestimates?\s+that\b|"
    r"\b(?:will|would|is\s+set\s+to|are\s+set\s+to)\s+(?:exceed|reach|surpass|top|hit|"
    r"total|amount\s+to)\b", re.IGNORECASE)
# A target of any indicator ("aims to attract 100 billion yuan of investment"); "plans to
# invest" is an agreed investment
# (governing the value: not "the fair, which aims to promote trade, saw deals worth X")
_TARGET = re.compile(r"\b(?:(?:aims?|aiming|strives?|striving|seeks?|seeking)\s+to\s+\w+|"
                     r"(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:target|goal)\s+of)\b[^,;]{0,60}$",
                     re.IGNORECASE)
# Deals still to be signed: "273 projects will be signed during the expo"
_TO_BE_SIGNED = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to|(?:is|are)\s+to|to)\s+be\s+"
    r"(?:signed|inked|sealed|concluded)\b|\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set)"
    r"\s+to)\s+(?:sign|ink|seal|conclude)\b", re.IGNORECASE)  # ("will sign 80 projects")
# "RMB 30 billion (about US$4.2 billion)", "RMB 30 billion, or US$4.2 billion"
_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(\s*|,?\s*or\s+|,?\s*i\.e\.\s*|/\s*)(?:about\s+|around\s+|approximately\s+|"
    r"roughly\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|equivalent\s+to\s+|approx\.\s*)?$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_TO = re.compile(r"^\s*(?:in\s+(?:19|20)\d{2}\s+)?(?:to|up\s+to)\s+", re.IGNORECASE)
_OWN_YEAR = re.compile(r"^\s*in\s+(?:19|20)\d{2}\b", re.IGNORECASE)
# The place an event is held in is the setting, not whose figure it is.
_VENUE_BEFORE = re.compile(
    r"(?:held|hosted|staged|convened|opened|took\s+place|taking\s+place|venue)\s+"
    r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_EVENT_THEN_IN = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "founded in 2010", "since 2015": a year that is no period of the figure
_NOT_PERIOD_YEAR = re.compile(
    r"(?:established|founded|set\s+up|launched|opened|built|began|started|created|approved|"
    r"inaugurated|incorporated|since|began\s+operation|first\s+(?:held|hosted|staged))\s+"
    r"(?:\w+\s+)?(?:in\s+)?$",
    re.IGNORECASE,
)
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


# Where one clause of a sentence ends and the next begins
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|and|but)\s+")
_CLAUSE_OR_CUT = re.compile(CLAUSE_BREAK.pattern + r"|\.\s")  # a sentence cut at "U.S."


def clause_start(sent: str, lo: int, pos: int) -> int:
    """Where the value's own clause begins: after a semicolon or a ", while"/", and" join
    before it, not before ``lo``."""
    best = lo
    for m in _CLAUSE_OR_CUT.finditer(sent[lo:pos]):
        best = lo + m.end()
    return best


def not_one_period(sent: str, lo: int, start: int, end: int, measure: str = "") -> bool:
    """The value at ``start``..``end`` (its clause from ``lo``) is a total over several
    periods, a threshold or a forecast. An investment planned ("will invest", "plan to
    invest") is a figure: what was agreed, not a forecast."""
    clause = sent[clause_start(sent, lo, start) : start]
    tail = re.split(r"[;]|,\s+(?:while|whereas|and|but)\s+", sent[end:], maxsplit=1)[0]
    tail = _BEST_SINCE.sub(lambda m: " " * len(m.group(0)), tail)  # "the highest since 2015"
    if _MULTI_PERIOD.search(clause) or _MULTI_PERIOD.search(tail[:60]):
        return True
    # "Since the new era, ... rose to RMB 12 trillion in 2023": a figure with a year of its
    # own is that year's; without one, "since" makes it a total
    own = _YEAR_IN.search(tail.split(",")[0][:50]) is not None
    # ("signed 500 projects in total since the fair was launched")
    if (_SINCE.search(clause) or _SINCE.search(tail.split(",")[0][:60])
            or SCOPE_OPENER.match(sent)) and not own:
        return True
    if _SEVERAL.search(sent[:start]) and not own:
        return True
    if _THRESHOLD_BEFORE.search(sent[max(0, start - 40) : start]):
        return True
    if _THRESHOLD_AFTER.match(sent[end : end + 20]):
        return True
    # (from the clause's start: "will sign 80 projects with a total investment of X")
    if _TO_BE_SIGNED.search(sent, clause_start(sent, 0, start), start) or _TO_BE_SIGNED.search(
        tail[:60]
    ):
        return True
    if _ESTIMATE.search(clause) or _TARGET.search(clause):  # "It is estimated that ..."
        return True
    return measure not in ("investment", "projects") and _FORECAST.search(clause) is not None


# "30 billion yuan, about 4.2 billion dollars", "... in 2023, equivalent to $4.2 billion",
# "30 billion yuan -- roughly $4.2 billion": in another currency, a conversion too
_LOOSE_CONVERSION_GAP = re.compile(
    r"^(?:\s+in\s+(?:19|20)\d{2})?\s*(?:,|[—–]|-{1,2})\s*(?:about|around|approximately|roughly|"
    r"some|nearly|equivalent\s+to|equal\s+to|or\s+about)\s+$", re.IGNORECASE)


def is_conversion(sent: str, prev_end: int, prev_unit: str, start: int, unit: str) -> bool:
    """An amount right after another, in brackets or after "or" (or in another currency,
    after ", about"): its conversion."""
    money = ("CNY", "USD", "other")  # (amounts.OTHER: "HK$2 billion (US$256 million)")
    gap = sent[prev_end:start]
    return prev_unit in money and unit in money and (
        _CONVERSION_GAP.match(gap) is not None
        or (unit != prev_unit and _LOOSE_CONVERSION_GAP.match(gap) is not None))


def from_to(sent: str, start: int, end: int) -> str | None:
    """"from X to Y": X is a level too ("own" when a year of its own follows it, "level"
    otherwise: its period is none); None for any other value."""
    if not _FROM.search(sent[max(0, start - 25) : start]) or not _TO.match(sent[end:]):
        return None
    return "own" if _OWN_YEAR.match(sent[end:]) else "level"


def own_year(sent: str, end: int) -> str | None:
    m = re.match(r"^\s*in\s+((?:19|20)\d{2})\b", sent[end:])
    return m.group(1) if m else None


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


# "12 foreign-funded enterprises were established in 2023": the counted things' year is the
# count's period
_COUNTED_BEFORE = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:enterprises|companies|firms|"
                             r"projects)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?$",
                             re.IGNORECASE)


def not_period_year(sent: str, pos: int) -> bool:
    """The year at ``pos`` is when something began, not the figure's period (unless what
    began is what the figure counts)."""
    lo = max(0, pos - 40)
    m = _NOT_PERIOD_YEAR.search(sent[lo:pos])
    if m is None:
        return False
    at = lo + m.start()
    return _COUNTED_BEFORE.search(sent[max(0, at - 60) : at]) is None


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
    best, described, titled = None, None, None
    for i, m in enumerate(mentions):
        if m.cls in classes and m.end <= at and i not in taken:
            best = i
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
    return next((i for i in (titled, described) if i is not None),
                best if noun != "region" else None)


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


def area_after(
    sent: str, s: int, end: int, inside: Sequence[tuple[int, Span]], named_before: bool
) -> int | None:
    """Whose figure, named after the value: the agent of a passive ("were invested ... by
    X") always; what it went into or where it was set up ("invested into X", "established
    in X", "signed at X") when no name before the value says whose."""
    for i, m in inside:
        if m.start - s < end or m.cls not in _AFTER_CLASSES:
            continue
        gap = sent[end : m.start - s]
        if _AGENT_GAP.match(gap):
            return i
        if not named_before and (
            _PLACE_GAP.match(gap) or (m.cls == "Event" and _SIGNED_AT.match(gap))
        ):
            return i
    return None


# "137 projects signed ..., with a total value of RMB 38 billion": the value of the deals
_DEALS = re.compile(
    r"\b(?:projects?|deals?|agreements?|contracts?)\b[^;]{0,120}?\b(?:signed|inked|sealed|"
    r"clinched|concluded|reached)\b|\b(?:signed|inked|sealed|clinched|concluded|signing|inking)\b"
    r"[^;]{0,60}?\b"
    r"(?:projects?|deals?|agreements?|contracts?)\b",
    re.IGNORECASE,
)
# ("trade contracts" signed at an expo are what its deals are worth: docs/facts-gold.md)
_TRADE_DEALS = re.compile(r"\b(?:engineering|construction|procurement|purchas(?:e|ing)|"
                          r"sales)\s+(?:contracts?|deals?|agreements?)\b", re.I)
_GOODS_WORTH = re.compile(r"\b(?:orders?|goods|products?|sales|purchases?|equipment|machinery|"
                          r"aid|donations?|supplies|commodities)\s+(?:\w+\s+)?worth\s+"
                          r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
_VALUE_WORD = re.compile(r"\b(?:value|worth|amount|totall?ing|volume)\b[^;,]{0,30}$", re.I)


_DEAL_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:contracts?|deals?|"
                         r"agreements?|projects?)\b",
                         re.IGNORECASE)


def deal_amount(sent: str, end: int) -> bool:
    """"signed a 20-billion-yuan contract", "concluded a 1.0 billion yuan ... project": an
    amount that modifies a signed deal is its value."""
    return _DEAL_AFTER.match(sent, end) is not None and _DEALS.search(sent) is not None


# "exported goods worth ...", "imports of products worth ...": the goods traded are the flow
_TRADED_GOODS = re.compile(r"\b(?:export(?:s|ed)?|import(?:s|ed)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:goods|products?|commodities)\s+(?:\w+\s+)?worth\b", re.IGNORECASE)


def goods_value(sent: str, start: int) -> bool:
    """"won orders worth $30 million", "goods worth ...": a sale's value, no indicator's
    (unless exported or imported: "exported goods worth ..." is the exports)."""
    window = sent[max(0, start - 50) : start]
    return _GOODS_WORTH.search(window) is not None and _TRADED_GOODS.search(window) is None


def deal_value(sent: str, start: int) -> bool:
    """An amount with no indicator of its own, in a sentence about signed projects or deals,
    introduced as their value: an investment."""
    # the signing may follow the value: "with contracts worth 6 billion yuan signed";
    # purchase or engineering contracts are sales and works, not investment
    if _TRADE_DEALS.search(sent[max(0, start - 120) : start]):
        return False
    if goods_value(sent, start):
        return False
    return bool(_VALUE_WORD.search(sent[max(0, start - 40) : start])) and bool(
        _DEALS.search(sent[: start + 60])
    )
