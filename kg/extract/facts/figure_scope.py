"""Whether a number is one period's figure: the checks figures.py applies before it keeps a
figure (whose it is: ``figure_owner.py``; the value of deals: ``figure_deals.py``).

- Not one period's figure: totals over several periods ("since 2018", "collectively",
  "previously", "over the past five expos", "a three-year programme", "so far"), thresholds
  ("projects of at least RMB 100 million each"), forecasts and targets ("is expected to
  reach", "will exceed", "aims to", "will be signed"), a conversion ("RMB 30 billion (about
  US$4.2 billion)", "..., or US$4.2 billion").
- "from X to Y" (or "to Y from X"): both are levels; X's period is the year written right
  after it ("from $6bn in 2008"), else none (it is the level of an unnamed earlier period),
  as ../shared/facts-more annotates it.
- When: a year a thing was founded or launched in is no period.
"""

from __future__ import annotations

import re

# A figure in a clause with one of these is a total over several periods.
_MULTI_PERIOD = re.compile(
    r"\b(?:between\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}|since\s+(?:(?:19|20)\d{2}|(?:its|their|the)\s+(?:\w+\s+){0,2}?(?:establishment|"
    r"founding|launch|inception|start|beginning|opening|creation|first)|(?:it|they)\s+"
    r"(?:was|were)|then)|collectively(?!\s+(?:worth|valued|totall?ing|amounting))|previously|so\s+far|thus\s+far|to\s+date|"
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
# ("In total, 33 projects were signed" is one occasion's total, "In total, the zone has
# attracted 500 enterprises" one up to now; "Over the past six months" is a period)
SCOPE_OPENER = re.compile(
    r"^\W*(?:since|previously|collectively|cumulatively|so\s+far|to\s+date|"
    r"in\s+total(?=[^.;]*?\b(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|wn)\b)|"
    r"(?:up\s+to|until|till)\s+now|"
    # "First launched in 2005, the expo has ...": what it has done since
    r"(?:first\s+)?(?:launched|founded|established|inaugurated|started|created)\s+in\s+"
    r"(?:19|20)\d{2}(?=\s*,)|"
    r"over\s+the\s+(?:(?:past|last)(?!\s+(?:[\w-]+\s+)?(?:months?|weeks?|quarters?)\b)|"
    r"years))\b", re.IGNORECASE)
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
                     r"(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:target|goal)\s+of)\b[^,;]{0,60}$"
                     # "efforts to raise trade to $5 billion", "a roadmap to increase trade
                     # to $200 billion": an infinitive bringing the indicator to the value
                     r"|\bto\s+(?:raise|increase|boost|lift|push|bring|double|triple|expand)\s+"
                     r"[^,;]{0,80}?\bto\s+(?:about\s+|around\s+|over\s+|more\s+than\s+)?$",
                     re.IGNORECASE)
# "... to $200 billion by 2024": a year a value is to be reached by is a target's, and "By
# 2007, a total of ..." a total up to then (ANNOTATION: "by 2022" is a target, no period)
_BY_YEAR_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?by\s+(?:19|20)\d{2}\b", re.IGNORECASE)
# the stock of many ("1,000 EU-invested firms, with the combined paid-in foreign investment
# exceeding X"); deals' "combined value" is what was signed
# ("Combined imports of the city amounted to X": one place's total, its subject)
_COMBINED = re.compile(r"\b(?:with|in|their)\s+(?:a\s+|the\s+)?combined\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:investment|capital|trade|exports|imports)\b", re.IGNORECASE)
_BY_YEAR_OPENER = re.compile(r"^\W*by\s+(?:19|20)\d{2}\s*,", re.IGNORECASE)
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
# "founded in 2010", "since 2015": a year that is no period of the figure
_NOT_PERIOD_YEAR = re.compile(
    r"(?:established|founded|set\s+up|launched|opened|built|began|started|starting|beginning|"
    r"created|approved|inaugurated|incorporated|since|began\s+operation|first\s+(?:held|hosted|"
    r"staged))\s+(?:\w+\s+)?(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)


# Where one clause of a sentence ends and the next begins
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|and|but)\s+")
# (a sentence cut at "U.S."; "... over two decades and there are 1,055 firms": a new clause)
_CLAUSE_OR_CUT = re.compile(CLAUSE_BREAK.pattern + r"|\.\s|\s+and\s+(?=there\s+(?:are|were|is)\b)")


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
    if measure not in ("investment", "projects") and _COMBINED.search(clause[-70:]):
        return True  # "with the combined paid-in foreign investment exceeding X": a stock
    if _BY_YEAR_OPENER.match(sent) or (
        measure not in ("investment", "projects") and _BY_YEAR_AFTER.match(sent, end)
    ):  # (an investment agreed "by 2026" is agreed now)
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
