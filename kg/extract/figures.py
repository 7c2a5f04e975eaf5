"""Trade figures: amounts, counts and growth rates, with what they measure, whose they are,
for which period and, for trade, with whom ("Jiangsu's exports to ASEAN grew by 24.7%").

A figure is kept only when all of these are known: a unit (a currency, percent, or a count
of enterprises or projects), a measure from ``kg.vocab.MEASURES`` named in the sentence, and
a subject (a place, zone, enterprise or event named in the sentence, or the province the
document is about when the sentence names no place). A percentage is kept only as a change
("grew by", "up ... year on year"): shares ("accounting for 10.2% of") are not figures here,
nor are averages over several years or cumulative totals. "24.7%, 14.9% and 11%
respectively" pairs each value with its own counterpart.

Values are in base units (12.82 trillion -> 12820000000000); the period is an ISO 8601 year,
month, quarter or month interval, relative expressions ("last year", "January to April")
resolved against the article's date, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.extract.figure_scope import (
    definite_area,
    from_to,
    is_conversion,
    is_venue,
    not_one_period,
    not_period_year,
)
from kg.model import Figure

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand"
_SCALES = {
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    None: Decimal(1),
}
_MONEY_BEFORE = re.compile(
    rf"(?P<cur>RMB|CNY|US\s?\$|USD|HK\$|\$|¥)\s?(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?"
    rf"(?:\s+(?:yuan|dollars|U\.\s?S\.\s?dollars|US dollars))?"
)
_MONEY_AFTER = re.compile(
    rf"\b(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?\s+(?P<cur>yuan|U\.\s?S\.\s?dollars|"
    rf"US dollars|dollars|USD|RMB)\b"
)
_PERCENT = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})\s*(?:%|percent\b|per cent\b)(?!\s*(?:points|percentage))"
)
_COUNT = re.compile(
    rf"(?<![\w.$,])(?P<num>{_NUM})(?!\s*(?:%|percent|{_SCALE}))"
    r"(?P<mods>(?:\s+(?!of\b)(?:[\w\-]+|[“\"'‘][^”\"'’]{1,40}[”\"'’])){0,4}?)"
    r"\s+(?P<noun>enterprises|companies|firms|projects)\b"
)
_CURRENCY = {"rmb": "CNY", "cny": "CNY", "yuan": "CNY", "¥": "CNY", "$": "USD", "usd": "USD",
             "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "us$": "USD"}

# What is measured. One alternation, longest forms first, so "import and export" is trade.
_MEASURES = (
    ("trade", r"imports?\s+and\s+exports?|exports?\s+and\s+imports?|import\s+and\s+export|"
              r"export\s+and\s+import|foreign\s+trade|total\s+trade|trade\s+volume|"
              r"trade\s+value|bilateral\s+trade|trade\s+(?:with|between)|trade(?!\s+(?:enterprises|"
              r"companies|firms|contracts?|agreements?|deals?|fairs?|expos?|zones?|partners?|"
              r"cent(?:er|re)s?|promotion|delegations?|missions?|shows?|events?|bodies|"
              r"associations?|negotiations?|talks|facilitation|barriers?|projects?))"),
    ("foreignInvestment", r"attract(?:s|ed|ing)?(?=\s+(?:US\s?\$|\$|USD|RMB))|"
                          r"actual(?:ly)?\s+(?:use|used|utilized|utilised)\s+(?:of\s+)?foreign"
                          r"\s+(?:investment|capital)|actual\s+use\s+of\s+foreign\s+"
                          r"(?:investment|capital)|utilized\s+foreign\s+(?:investment|capital)|"
                          r"paid-in\s+(?:\w+\s+)?investment|foreign\s+direct\s+investment|\bFDI\b|foreign\s+capital|"
                          r"foreign\s+investment"),
    ("exports", r"exports?|exported"),
    ("imports", r"imports?|imported"),
    ("investment", r"total\s+investment|combined\s+investment|planned\s+investment|"
                   r"agreed\s+investment|investment|invested|"
                   r"(?:projects|deals|agreements)\s+(?:\w+\s+)?worth|"
                   r"contracted|deals?|agreements?|valued\s+at"),
    ("gdp", r"\bGDP\b|gross\s+domestic\s+product|economic\s+(?:size|output|aggregate|volume)"),
)
_MEASURE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in _MEASURES), re.IGNORECASE
)
_COUNT_MEASURE = {"enterprises": "enterprises", "companies": "enterprises",
                  "firms": "enterprises", "projects": "projects"}

_CHANGE_BEFORE = re.compile(
    r"(?:gr[eo]w(?:s|n|ing)?|grow(?:th)?|increas(?:e|ed|es|ing)|r[io]se|rising|up|jump(?:ed)?|"
    r"surg(?:e|ed)|expand(?:ed)?|climb(?:ed)?|soar(?:ed)?)\s+(?:\w+\s+){0,2}?(?:by\s+|of\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+)?$"
    r"|(?P<neg>(?:decreas(?:e|ed|ing)|declin(?:e|ed|ing)|fell|fall(?:ing)?|down|drop(?:ped)?)"
    r"\s+(?:by\s+|of\s+)?)$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:year[\s-]on[\s-]year|from\s+(?:a\s+year\s+earlier|the\s+previous\s+year|"
    r"the\s+same\s+period)|higher|more\s+than\s+(?:in|the)|over\s+the\s+previous|increase)",
    re.IGNORECASE,
)
# Not a figure of one period: averages over years, cumulative totals, shares.
_SKIP_BEFORE = re.compile(
    r"(?:annual(?:ly)?|average|cumulative(?:ly)?|accounting\s+for|account(?:s|ed)?\s+for|"
    r"proportion|share|rate\s+of|ratio|to\s+date|in\s+total\s+since)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_SKIP_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the|its|all|their|China|national|world)|annually|a\s+year|each\s+year|"
    r"per\s+year|for\s+\w+\s+years)",
    re.IGNORECASE,
)
# Totals over many years are not figures of a period. Some markers cover the whole sentence
# ("Since 2018, ...", "in its 30 years of history"), others only the value's own clause.
_CUMULATIVE = re.compile(
    r"\b(?:cumulative(?:ly)?|in\s+total\s+since|to\s+date|each\s+of\s+which|each\s+with|"
    r"Five-Year\s+Plan|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|from\s+(?:19|20)\d{2}\s+to\s+"
    r"(?:19|20)\d{2}|(?:in|over)\s+the\s+(?:past|last)\s+\w+\s+years)\b",
    re.I,
)
_MULTI_YEAR = re.compile(
    r"\b(?:Five-Year\s+Plan|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|from\s+(?:19|20)\d{2}\s+to\s+"
    r"(?:19|20)\d{2})\b",
    re.I,
)
# "the value of goods transported via the route": a logistics figure, not a place's trade
_THROUGHPUT = re.compile(r"\b(?:transported|shipped|handled|carried)\b", re.I)
# "during the three-day event", "the conference saw": the document's event, by description
_THE_EVENT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:event|expo|fair|conference|forum|summit|exhibition|convention)\b",
    re.I,
)
_SENTENCE_SCOPE = re.compile(
    r"^\s*(?:Cumulatively|In\s+total|To\s+date|So\s+far|Since\s+(?:19|20)\d{2}|"
    r"(?:In|Over)\s+the\s+(?:past|last)\s+)|\byears\s+of\s+(?:history|development)\b",
    re.I,
)
# A percentage in a clause about a proportion is a share, not a change.
_SHARE = re.compile(r"\b(?:proportion|share|ratio|percentage)\b", re.I)
_APPROX = re.compile(
    r"(?:more\s+than|over|nearly|about|around|approximately|almost|some|exceed(?:ed|ing)?)\s+$",
    re.IGNORECASE,
)

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December)"
_PERIODS = re.compile(
    rf"(?P<mrange>(?P<m1>{_MONTH})\s*(?:to|-|–|through|and)\s*(?P<m2>{_MONTH})(?:,?\s+(?P<mry>"
    rf"(?:19|20)\d{{2}}))?)"
    r"|(?P<part>first\s+(?:(?P<q>quarter|half|two\s+quarters|three\s+quarters|two\s+months|"
    r"three\s+months|four\s+months|five\s+months|six\s+months|seven\s+months|eight\s+months|"
    r"nine\s+months|ten\s+months|eleven\s+months))(?:\s+of\s+(?P<py>(?:19|20)\d{2}|this\s+year|"
    r"last\s+year))?)"
    rf"|(?P<month>(?P<mm>{_MONTH})\s+(?P<my>(?:19|20)\d{{2}}))"
    r"|(?P<rel>last\s+year|this\s+year|previous\s+year)"
    rf"|(?P<bm>(?:in|for|during)\s+(?P<bmm>{_MONTH}))\b(?!\s+\d)"
    r"|(?P<year>(?<![\w-])(?:19|20)\d{2}(?![\w-]|\s*[-–]\s*\d)(?!\s+[A-Z]))",
    re.IGNORECASE,
)
# "over that of 2012", "from 2005's": the base a change is measured from, not its period
_BASE_YEAR = re.compile(
    r"(?:over|than|from|compared\s+(?:with|to)|since|between)\s+(?:that\s+of\s+|in\s+|the\s+end\s+of\s+"
    r"|the\s+same\s+period\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)
# A count is a figure when the area has, attracts, signs or sets them up: not "services to
# 1,660 enterprises" or "people from 31 companies".
_COUNT_BEFORE = re.compile(
    r"(?:there\s+(?:are|were|is)|attract(?:ed|ing|s)?|sign(?:ed|ing|s)?|seal(?:ed|ing|s)?|"
    r"introduc(?:ed|ing)|establish(?:ed|ing)|register(?:ed|ing)|reach(?:ed|ing)|"
    r"exceed(?:ed|ing)|total(?:ed|ing|led|ling)|a\s+total\s+of|ha(?:s|ve|d)|approv(?:ed|ing)|"
    r"ink(?:ed|ing)|land(?:ed|ing)|host(?:s|ed|ing)|hous(?:es|ed|ing)|gather(?:s|ed)?|"
    r"converg(?:e|es|ed|ing)|settled|resident|including|with)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|almost\s+)?$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"^[^,;.]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:established|registered|set\s+up|signed|inked|approved|introduced|settled|founded|"
    r"launched|attracted)",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,6}?(?P<noun>enterprises|companies|firms|projects)\b", re.I
)
_BARE = re.compile(
    rf"(?<![\w.$,])(?P<num>{_NUM})(?![\w%]|\s*(?:%|percent|per\s+cent|{_SCALE}|yuan|dollars))"
)
_WITH_COUNT = re.compile(r"resident|registered|foreign-funded|foreign-invested|settled", re.I)

_PART_MONTHS = {"quarter": 3, "half": 6, "two quarters": 6, "three quarters": 9,
                "two months": 2, "three months": 3, "four months": 4, "five months": 5,
                "six months": 6, "seven months": 7, "eight months": 8, "nine months": 9,
                "ten months": 10, "eleven months": 11}

AREA_CLASSES = frozenset({"Province", "City", "Zone", "Country", "Region", "Enterprise", "Event"})
PLACE_CLASSES = frozenset({"Province", "City", "Zone", "Country", "Region"})
# Whose figure: a province, city, zone, company or event before a country or region, which
# is more often the setting ("built by China and ...", "in Cambodia").
_PREFERRED = frozenset({"Province", "City", "Zone", "Enterprise", "Event"})
_COUNTERPART_GAP = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,3}?(?:to|from|with|and)\s+(?:the\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class MentionSpan:
    """What figure finding needs to know of a mention."""

    start: int
    end: int
    cls: str
    subject: bool = False  # the subject of its clause ("The coastal city of X ... signed")


@dataclass
class _Value:
    start: int
    end: int
    value: Decimal
    unit: str
    measure: str | None  # counts carry their measure in their noun
    approx: bool = False


def _decimal(num: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    return value * _SCALES[scale.lower() if scale else None]


def plain(value: Decimal) -> str:
    """Decimal without exponent or trailing zeros: 12820000000000, 24.7."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _values(sent: str) -> list[_Value]:
    """Every amount, percentage and count in the sentence, left to right, no overlaps.
    An amount in brackets right after another is its conversion and is dropped."""
    found: list[_Value] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: Decimal | None, unit: str, measure: str | None) -> None:
        if value is None or any(not (m.end() <= s or m.start() >= e) for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(_Value(m.start(), m.end(), value, unit, measure))

    for pattern in (_MONEY_BEFORE, _MONEY_AFTER):
        for m in pattern.finditer(sent):
            cur = re.sub(r"\s", "", m["cur"].lower())
            cur = "us dollars" if cur in ("usdollars", "u.s.dollars") else cur
            add(m, _decimal(m["num"], m["scale"]), _CURRENCY.get(cur, "USD"), None)
    for m in _PERCENT.finditer(sent):
        add(m, _decimal(m["num"], None), "percent", None)
    counted: list[int] = []
    for m in _COUNT.finditer(sent):
        lead = _COUNT_BEFORE.search(sent[max(0, m.start() - 40) : m.start()])
        listed = bool(counted) and re.fullmatch(r"\s+and\s+", sent[counted[-1] : m.start()])
        if lead is None and not listed and not _COUNT_AFTER.match(sent[m.end() :]):
            continue
        if lead is not None and lead.group(0).lower().startswith("with") and not _WITH_COUNT.search(
            m["mods"] or ""
        ):
            continue
        add(m, _decimal(m["num"], None), "count", _COUNT_MEASURE[m["noun"].lower()])
        counted.append(m.end())
    # "the number of foreign-funded enterprises has reached 24,000": bare numbers after it
    number_of = _NUMBER_OF.search(sent)
    if number_of is not None:
        noun = _COUNT_MEASURE[number_of["noun"].lower()]
        for m in _BARE.finditer(sent, number_of.end()):
            add(m, _decimal(m["num"], None), "count", noun)
    found.sort(key=lambda v: v.start)
    kept: list[_Value] = []
    for v in found:
        before = sent[: v.start]
        if kept and (
            (re.search(r"\(\s*$", before) and kept[-1].unit != "count")
            or is_conversion(sent, kept[-1].end, kept[-1].unit, v.start, v.unit)
        ):
            continue  # "30.66 billion yuan (US$4.72 billion)"
        if v.unit == "count" and re.search(r"(?:19|20)\d{2}$", sent[v.start : v.start + 4]):
            if v.end - v.start and len(re.sub(r"\D", "", sent[v.start : v.end])) == 4:
                continue  # "2023 projects" is a year modifier more often than a count
        v.approx = _APPROX.search(before[-20:]) is not None
        kept.append(v)
    return kept


def _groups(sent: str, values: list[_Value]) -> list[list[_Value]]:
    """Runs of values of one unit joined only by commas and "and": "24.7%, 14.9%, and 11%"."""
    groups: list[list[_Value]] = []
    for v in values:
        if groups:
            last = groups[-1][-1]
            gap = sent[last.end : v.start]
            if last.unit == v.unit and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", gap):
                groups[-1].append(v)
                continue
        groups.append([v])
    return groups


def _measure(sent: str, v: _Value, lo: int, names: Sequence[tuple[int, int]] = ()) -> str | None:
    """The measure named nearest before the value (within its clause, from ``lo``), else
    right after it ("US$ 298.2 billion of foreign investment")."""
    if v.measure:
        return v.measure
    best: tuple[int, str] | None = None
    for start in (lo, 0):  # its own clause first, then what the sentence began with
        for m in _MEASURE.finditer(sent, start):
            if m.start() >= v.start:
                break
            if any(a <= m.start() < b for a, b in names):
                continue  # a word of a name: "the Foreign Trade Bureau"
            best = (m.start(), m.lastgroup or "")
        if best is not None:
            return best[1]
    m = _MEASURE.search(sent[v.end : v.end + 40])
    if m and not re.search(r"[,;]", sent[v.end : v.end + m.start()]):
        return m.lastgroup
    return None


def _is_change(sent: str, v: _Value, head: _Value) -> tuple[bool, int] | None:
    """(is a change, sign) for the value, judged at the head of its group; None: a share
    or another rate, not a figure."""
    before = sent[max(0, head.start - 60) : head.start]
    if _SKIP_BEFORE.search(before) or _SKIP_AFTER.match(sent[v.end :]):
        return None
    m = _CHANGE_BEFORE.search(before)
    if m:
        return True, -1 if m.group("neg") else 1
    if _CHANGE_AFTER.match(sent[v.end :]):
        return True, 1
    if v.unit == "percent":
        return None
    return False, 1


def _periods(sent: str, anchor: dt.date | None) -> list[tuple[int, str | None]]:
    """(position, ISO period) for every period expression in the sentence; None for one
    that cannot be resolved without the article's date ("last year")."""
    out: list[tuple[int, str | None]] = []
    years = [int(y) for y in re.findall(r"(?<![\w-])((?:19|20)\d{2})(?![\w-])", sent)]
    for m in _PERIODS.finditer(sent):
        period: str | None = None
        if m["mrange"]:
            y = m["mry"] or (str(years[-1]) if years else None)
            m1, m2 = _MONTHS.index(m["m1"].lower()) + 1, _MONTHS.index(m["m2"].lower()) + 1
            if y is None and anchor is not None:
                y = str(anchor.year if m2 <= anchor.month else anchor.year - 1)
            if y is not None and m1 < m2:
                period = f"{y}-{m1:02d}/{y}-{m2:02d}"
        elif m["part"]:
            py = (m["py"] or "").lower()
            y = None
            if re.fullmatch(r"\d{4}", py):
                y = int(py)
            elif anchor is not None and py in ("", "this year"):
                y = anchor.year
            elif anchor is not None and py == "last year":
                y = anchor.year - 1
            if y is not None:
                months = _PART_MONTHS[" ".join(m["q"].lower().split())]
                period = f"{y}-Q1" if months == 3 and "quarter" in m["q"].lower() else (
                    f"{y}-01" if months == 1 else f"{y}-01/{y}-{months:02d}")
        elif m["month"]:
            period = f"{m['my']}-{_MONTHS.index(m['mm'].lower()) + 1:02d}"
        elif m["rel"]:
            rel = m["rel"].lower()
            if anchor is not None and rel == "last year":
                period = str(anchor.year - 1)
            elif anchor is not None and rel == "this year":
                period = str(anchor.year)
            elif rel != "previous year":  # unresolved: it still is the nearest period
                out.append((m.start(), None))
        elif m["year"]:
            if not _BASE_YEAR.search(sent[max(0, m.start() - 30) : m.start()]) and (
                not not_period_year(sent, m.start())
            ):
                period = m["year"]
        elif m["bm"]:  # "in April": the latest April on or before the article's date
            mo = _MONTHS.index(m["bmm"].lower()) + 1
            y = years[-1] if years else None
            if y is None and anchor is not None:
                y = anchor.year if mo <= anchor.month else anchor.year - 1
            if y is not None:
                period = f"{y}-{mo:02d}"
        if period is not None:
            out.append((m.start(), period))
    return out


def _nearest(items: list[tuple[int, str | None]], pos: int) -> str | None:
    if not items:
        return None
    return min(items, key=lambda x: (abs(x[0] - pos), x[0]))[1]


def find_figures(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[MentionSpan],
    focus: int | None,
    anchor: dt.date | None,
    event: int | None = None,
) -> list[Figure]:
    """The figures of every sentence (character spans into ``text``). ``focus`` is the
    mention of the document's province, ``event`` that of its main event, if any."""
    out: list[Figure] = []
    for s, e in sentences:
        out.extend(_sentence_figures(text, s, e, mentions, focus, anchor, event))
    return out


def _sentence_figures(
    text: str, s: int, e: int, mentions: Sequence[MentionSpan], focus: int | None,
    anchor: dt.date | None, event: int | None,
) -> list[Figure]:
    sent = text[s:e]
    values = _values(sent)
    if not values:
        return []
    inside = [(i, m) for i, m in enumerate(mentions) if s <= m.start and m.end <= e]
    names = [(m.start - s, m.end - s) for _, m in inside]
    # the place an event is held in is its setting, not whose figure it is
    settings = {i for i, m in inside if is_venue(sent, s, m, mentions)}
    counterparts = _counterparts(sent, s, inside)
    periods = _periods(sent, anchor)
    out: list[Figure] = []
    lo = 0
    previous: str | None = None  # a count's measure, for "2,003 enterprises, up 17.5%"
    groups = _groups(sent, values)
    next_start = {id(g): n[0].start for g, n in zip(groups, groups[1:], strict=False)}
    for group in groups:
        head = group[0]
        kind = _is_change(sent, head, head)
        measure = _measure(sent, head, lo, names)
        if measure is None and head.unit == "percent" and head.start - lo < 80:
            measure = previous
        clause_lo, lo = lo, group[-1].end
        previous = measure if head.unit == "count" else None
        if kind is None or measure is None:
            continue
        if head.unit == "percent" and _SHARE.search(sent[clause_lo : head.start]):
            continue
        after = sent[group[-1].end : next_start.get(id(group), len(sent))]
        if _SENTENCE_SCOPE.search(sent) or _CUMULATIVE.search(sent[clause_lo : head.start]) or (
            _MULTI_YEAR.search(after)
        ):
            continue
        if _THROUGHPUT.search(sent[clause_lo : head.start]):
            continue
        if not_one_period(sent, clause_lo, head.start, group[-1].end):
            continue
        shape = from_to(sent, head.start, head.end) if len(group) == 1 else None
        if shape == "drop":
            continue
        if shape == "level":
            kind = (False, 1)
        area, from_focus = _area(sent, s, head, [x for x in inside if x[0] not in settings],
                                 counterparts, focus, values, event)
        if area is None or from_focus:
            named = definite_area(sent, s, head.start, mentions, set(counterparts))
            area, from_focus = (named, False) if named is not None else (area, from_focus)
        if area is None:
            continue
        # "grew by 24.7%, 14.9% and 11% respectively": one counterpart per value, in order
        partners: list[int | None] = [None] * len(group)
        before = [i for i in counterparts if mentions[i].start - s < head.start]
        if len(group) > 1 and re.match(r"[^.;]{0,40}\brespectively\b", sent[group[-1].end :]):
            if len(before) >= len(group):
                partners = list(before[-len(group) :])
        elif before:
            partners = [before[-1]] * len(group) if len(group) == 1 else partners
        period = _nearest(periods, head.start)
        for v, partner in zip(group, partners, strict=True):
            change, sign = kind if len(group) == 1 else _is_change(sent, v, head) or kind
            confidence = 0.8 - (0.2 if from_focus else 0) - (0.1 if v.approx else 0)
            out.append(
                Figure(
                    measure=v.measure or measure,  # each count names its own noun
                    value=plain(v.value * sign),
                    unit=v.unit,
                    change=change,
                    area=area,
                    counterpart=partner,
                    period=period,
                    text=sent[v.start : v.end],
                    start=s + v.start,
                    end=s + v.end,
                    sent_start=s,
                    sent_end=e,
                    extractor="figure",
                    confidence=round(confidence, 2),
                )
            )
    return out


def _counterparts(sent: str, s: int, inside: list[tuple[int, MentionSpan]]) -> list[int]:
    """Places traded with: "exports to ASEAN, Africa, and Latin America", "trade with X"."""
    out: list[int] = []
    for i, m in inside:
        if m.cls not in PLACE_CLASSES - {"Zone"}:
            continue
        gap_text = sent[max(0, m.start - s - 40) : m.start - s]
        trade = re.search(
            r"(?:exports?|imports?|trade|exported|imported|trading)\s+(?:\w+\s+){0,2}?"
            r"(?:to|from|with)\s+(?:the\s+)?$",
            gap_text,
            re.IGNORECASE,
        )
        listed = out and re.fullmatch(r",?\s*(?:and\s+)?", sent[_end_of(out[-1], inside) - s :
                                                               m.start - s])
        if trade or listed:
            out.append(i)
    return out


def _end_of(index: int, inside: list[tuple[int, MentionSpan]]) -> int:
    return next(m.end for i, m in inside if i == index)


def _area(
    sent: str, s: int, v: _Value, inside: list[tuple[int, MentionSpan]], counterparts: list[int],
    focus: int | None, values: list[_Value], event: int | None,
) -> tuple[int | None, bool]:
    """Whose figure it is: a name in the possessive before its measure ("Jiangsu's
    exports"), else the first province, city, zone, enterprise or event named before the
    value (not a trade partner), else the document's province when nothing is named before
    the value. A country or region is whose figure only in the possessive: otherwise it is
    more often the setting ("built by China and ...", "in Cambodia")."""
    candidates = [
        (i, m)
        for i, m in inside
        if m.cls in AREA_CLASSES
        and i not in counterparts
        and sent[m.end - s : m.end - s + 1] != "$"
        and not any(x.start <= m.start - s < x.end for x in values)
        and m.start - s < v.start
    ]
    preferred = [(i, m) for i, m in candidates if m.cls in _PREFERRED]

    def possessive(pool: list[tuple[int, MentionSpan]]) -> int | None:
        for i, m in pool:
            after = sent[m.end - s : v.start]
            if re.match(r"[’']s\b", after) and (
                v.unit == "count" or _MEASURE.search(after[:28]) is not None
            ):
                return i
        return None

    found = possessive(preferred)
    if found is not None:
        return found, False
    which = sent.rfind(" which ", 0, v.start)
    if which >= 0:  # "..., the SSEZ in Cambodia, which has 175 resident enterprises"
        for i, m in reversed(preferred):
            if m.end - s <= which:
                return i, False
    subjects = [i for i, m in preferred if m.subject]
    if subjects:  # "At the expo, Hunan signed ...": the one that acts
        return subjects[0], False
    if preferred:
        return preferred[0][0], False
    found = possessive(candidates)
    if found is not None:
        return found, False
    if not candidates and _THE_EVENT.search(sent):
        return event, False
    if focus is not None and not candidates:
        return focus, True
    return None, False
