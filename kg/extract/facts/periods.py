"""The periods a sentence names ("in 2023", "last year", "January to April", "the first
half", "Q1"), resolved against the article's date, and which of them is a value's: the
nearest in its own clause. A base a change is measured from ("over that of 2012", "from the
same period last year") is no period. kg/extract/facts/amounts.py reads the values.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.facts.figure_scope import CLAUSE_BREAK, not_period_year

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December)"
# a month in a range may be abbreviated: "Jan-Sept", "Jan.-Oct."
_MONTH_OR_ABBR = rf"(?<![\w.])(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?" \
                 r"(?![\w]))"
_PERIODS = re.compile(
    rf"(?P<mrange>(?P<m1>{_MONTH_OR_ABBR})\s*(?:to|-|–|through|and)\s*(?P<m2>{_MONTH_OR_ABBR})"
    rf"(?:,?\s+(?P<mry>"
    rf"(?:19|20)\d{{2}})|\s+(?:of\s+)?(?P<mrel>this|last)\s+year)?)"
    r"|(?P<part>first\s+(?:(?P<q>quarter|half|two\s+quarters|three\s+quarters|two\s+months|"
    r"three\s+months|four\s+months|five\s+months|six\s+months|seven\s+months|eight\s+months|"
    r"nine\s+months|ten\s+months|eleven\s+months|(?:[2-9]|1[01])\s+months))(?:(?:\s+of)?\s+"
    r"(?P<py>(?:19|20)\d{2}|this\s+year|last\s+year))?)"
    # "Q1", "H1 2022", "2024 Q3"; "the second quarter", "the second half of 2023"
    r"|(?P<qh>(?:(?P<qhy0>(?:19|20)\d{2})\s*)?(?<![\w-])(?-i:(?P<qhk>[QH])(?P<qhn>[1-4]))(?![\w-])"
    r"(?:,?\s+(?:of\s+)?(?P<qhy>(?:19|20)\d{2}|this\s+year|last\s+year))?)"
    r"|(?P<nth>(?P<ord>second|third|fourth)\s+(?P<unit>quarter|half)(?:(?:\s+of)?\s+"
    r"(?P<nthy>(?:19|20)\d{2}|this\s+year|last\s+year))?)"
    rf"|(?P<month>(?P<mm>{_MONTH})\s+(?P<my>(?:19|20)\d{{2}}))"
    # "during the past six months": the full months before the article's
    r"|(?P<past>(?:past|last|previous)\s+(?P<pn>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|[2-9]|1[01])\s+months)"
    r"|(?P<rel>last\s+year|this\s+year|previous\s+year|last\s+month|this\s+month)"
    rf"|(?P<bm>(?:in|for|during|(?:as\s+of|by|at)\s+the\s+end\s+of|as\s+of|by|(?P<bmlast>last))\s+"
    rf"(?P<bmm>{_MONTH}))\b(?!\s+\d)(?!\s*(?:to|-|–|through|and)\s*{_MONTH})"
    r"(?:\s+(?:of\s+)?(?P<bmrel>this|last)\s+year)?"
    # (not a name's "2023 China-ASEAN Expo"; "the province's 2022 GDP" is that year's)
    r"|(?P<year>(?<![\w-])(?:19|20)\d{2}(?![\w-]|\s*[-–]\s*\d)(?!\s+(?!GDP\b)(?-i:[A-Z])))",
    re.IGNORECASE,
)
# "over that of 2012", "from 2005's": the base a change is measured from, not its period
_BASE_YEAR = re.compile(
    # ("compared with the amount of the end of last year")
    r"(?:over|than|from|compared\s+(?:with|to)|since|between|against)\s+(?:the\s+(?:amount|figure|"
    r"level|number|value|volume|total)\s+(?:of|at|in)\s+)?(?:that\s+of\s+|in\s+|"
    r"the\s+end\s+of\s+|(?:the\s+)?same\s+(?:period|time|months?|quarter)\s+(?:of\s+|in\s+)?)?$"
    # "three times the figure of the last expo held in 2018": a former edition's year
    r"|\b(?:last|previous|former|earlier|prior)\s+(?:[\w-]+\s+){0,2}?(?:held\s+|hosted\s+)?in\s+$",
    re.IGNORECASE,
)
# "down 6 percent from the same period of 2023", "higher than in the first half": the base
# of a change, for a period other than a bare year ("From January to April" is a period)
_BASE_PERIOD = re.compile(
    r"(?:(?:over|than|from|compared\s+(?:with|to)|against)\s+(?:that\s+(?:of|in)\s+|"
    r"(?:the\s+)?same\s+period\s+(?:of|in)\s+)(?:the\s+)?|(?:over|than|compared\s+(?:with|to)|"
    r"against)\s+(?:in\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
# "320 enterprises, up from 260 in 2022", "compared with 5.1 billion yuan last year": the year
# of the base value a change is measured from (unless "from X in 2022 to Y": both levels)
_BASE_VALUE = re.compile(
    r"\b(?:over|than|from|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|"
    r"over\s+|more\s+than\s+)?(?:RMB\s*|US\$\s*|\$\s*)?\d[\d,.]*\s*(?:%|percent\s+|"
    r"(?:[a-z-]+\s+){0,4}?)(?:in\s+)?$", re.IGNORECASE)
# "Over the first half of 2023 the province's trade rose 15.9%": "over" opening the clause,
# before any value, says when (the base of a change comes after the change: "up 5% over ...")
_OVER = re.compile(r"\bover\s+(?:the\s+)?$", re.IGNORECASE)
_VALUE_BEFORE = re.compile(r"\d(?!\d*\s*(?:st|nd|rd|th)\b)")


def _base_period(sent: str, start: int, before: str) -> bool:
    """The period at ``start`` is what a change is measured from."""
    if not _BASE_PERIOD.search(before):
        return False
    if _OVER.search(before):  # (only after a value of its clause)
        lo = max((m.end() for m in CLAUSE_BREAK.finditer(sent, 0, start)), default=0)
        return _VALUE_BEFORE.search(sent, lo, start - len(_OVER.search(before).group(0))) \
            is not None
    return True


_TO_AFTER = re.compile(r"\s*,?\s*(?:to|up\s+to)\b", re.IGNORECASE)
# "April 30, 2024", "30 April 2024": the year of a day (a dateline's), no period
_DAY_BEFORE = re.compile(rf"(?:{_MONTH_OR_ABBR}\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}\s+"
                         rf"{_MONTH_OR_ABBR}),?\s+$", re.IGNORECASE)
# how far before a year its base phrase may begin: "compared with the same period in 2021"
_BASE_REACH = 45
# "down 3% from the first quarter", "nine times the figure from H1 2019"
_BASE_PART = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_PART_MONTHS = {"quarter": 3, "half": 6, "two quarters": 6, "three quarters": 9,
                "two months": 2, "three months": 3, "four months": 4, "five months": 5,
                "six months": 6, "seven months": 7, "eight months": 8, "nine months": 9,
                "ten months": 10, "eleven months": 11}


_BY_END = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_YEARS = re.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w-])")


def periods_in(sent: str, anchor: dt.date | None, to_date: bool = False,
               ) -> list[tuple[int, str | None]]:
    """(position, ISO period) for every period expression in the sentence; None for one
    that cannot be resolved without the article's date ("last year"). ``to_date``: "by
    April" is the year's months up to April (a flow's), else no period (a stock's)."""
    out: list[tuple[int, str | None]] = []
    own_years = [int(y.group(1)) for y in _YEARS.finditer(sent)
                 if not _BASE_YEAR.search(sent[max(0, y.start() - _BASE_REACH) : y.start()])]
    for m in _PERIODS.finditer(sent):
        period: str | None = None
        before = sent[max(0, m.start() - 40) : m.start()]
        if not m["year"] and (_base_period(sent, m.start(), before) or (
            (m["part"] or m["qh"] or m["nth"]) and _BASE_PART.search(before)
        ) or (m["rel"] and _BASE_YEAR.search(before))):
            continue  # "from the same period last year": what the change is measured from
        if (m["year"] or m["rel"]) and _BASE_VALUE.search(sent, max(0, m.start() - 60), m.start()) \
                and not _TO_AFTER.match(sent, m.end()):
            continue  # "up from 260 in 2022": the base value's year
        if m["mrange"]:
            m1, m2 = _month_number(m["m1"]), _month_number(m["m2"])
            # its own year, else one the sentence gives (not a base year: "over 2022"), else
            # the latest such months on or before the article's date
            y = m["mry"] or (str(own_years[-1]) if own_years else None)
            if m["mrel"] and anchor is not None:
                y = str(anchor.year - (1 if m["mrel"].lower() == "last" else 0))
            elif y is None and anchor is not None:
                y = str(anchor.year if m2 <= anchor.month else anchor.year - 1)
            if y is not None and m1 < m2:
                period = f"{y}-{m1:02d}/{y}-{m2:02d}"
        elif m["part"]:
            py = (m["py"] or "").lower()
            y = None
            if re.fullmatch(r"\d{4}", py):
                y = int(py)
            elif anchor is not None and py == "this year":
                y = anchor.year
            elif anchor is not None and py == "last year":
                y = anchor.year - 1
            q = " ".join(m["q"].lower().split())
            months = _PART_MONTHS.get(q) or int(q.split()[0])
            if y is None and anchor is not None and not py:
                # no year: the latest such months on or before the article's date
                y = anchor.year if months <= anchor.month else anchor.year - 1
            if y is not None:
                period = f"{y}-Q1" if months == 3 and "quarter" in m["q"].lower() else (
                    f"{y}-01" if months == 1 else f"{y}-01/{y}-{months:02d}")
        elif m["qh"] or m["nth"]:
            period = _quarter_or_half(m, anchor)
        elif m["month"]:
            mo = _MONTHS.index(m["mm"].lower()) + 1
            period = f"{m['my']}-{mo:02d}"
            if to_date and mo > 1 and _BY_END.search(sent, 0, m.start()):
                period = f"{m['my']}-01/{period}"  # "by the end of June 2023": so far
        elif m["past"]:
            period = _past_months(m["pn"], anchor)
        elif m["rel"]:
            rel = m["rel"].lower()
            if anchor is not None and rel == "last year":
                period = str(anchor.year - 1)
            elif anchor is not None and rel == "this year":
                period = str(anchor.year)
            elif anchor is not None and rel.endswith("month"):  # against the article's date
                month = anchor.replace(day=1) - dt.timedelta(days=1 if rel[0] == "l" else 0)
                period = f"{month.year}-{month.month:02d}"
            elif rel != "previous year":  # unresolved: it still is the nearest period
                out.append((m.start(), None))
        elif m["year"]:
            if not _BASE_YEAR.search(sent[max(0, m.start() - _BASE_REACH) : m.start()]) and (
                not not_period_year(sent, m.start())
            ) and not _DAY_BEFORE.search(sent, 0, m.start()):
                period = m["year"]
        elif m["bm"] and re.match(r"by\b", m["bm"], re.IGNORECASE) and not to_date:
            # "had 80 firms by the end of June", "4,200 firms set up by July": a stock up to
            # then, not a month's figure (ANNOTATION: no period)
            out.append((m.start(), None))
        elif m["bm"]:  # "in April": the latest April on or before the article's date
            mo = _MONTHS.index(m["bmm"].lower()) + 1
            # (not a year something began in: "Starting operation in 2016, ... by June")
            # (nor the base of a change: "In August, ... up 153 percent from the same
            # period in 2019" is this year's August)
            y = next((int(x.group(1)) for x in reversed(list(_YEARS.finditer(sent)))
                      if not not_period_year(sent, x.start()) and not _BASE_YEAR.search(
                          sent[max(0, x.start() - _BASE_REACH) : x.start()])), None)
            if m["bmlast"]:  # "last July": the latest July before the article's month
                y = None if anchor is None else anchor.year - (mo >= anchor.month)
            elif m["bmrel"] and anchor is not None:  # "in March this year"
                y = anchor.year - (1 if m["bmrel"].lower() == "last" else 0)
            elif y is None and anchor is not None:
                y = anchor.year if mo <= anchor.month else anchor.year - 1
            if y is not None and to_date and re.match(r"by\b", m["bm"], re.IGNORECASE):
                # "by April, trade fell 7.1 percent": customs' flows add up over the year so
                # far (kg/extract/facts/figures.py asks this only for trade, exports, imports)
                period = f"{y}-01/{y}-{mo:02d}" if mo > 1 else f"{y}-01"
            elif y is not None:
                period = f"{y}-{mo:02d}"
        if period is not None:
            out.append((m.start(), period))
    return out


_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def _past_months(n: str, anchor: dt.date | None) -> str | None:
    """"the past six months" in an article of July 2023 = 2023-01/2023-06: the full months
    before the article's month, when they lie in one year."""
    if anchor is None:
        return None
    count = int(n) if n.isdigit() else _COUNTS.index(n.lower()) + 2
    last = anchor.month - 1
    first = last - count + 1
    if first < 1:
        return None
    return f"{anchor.year}-{first:02d}/{anchor.year}-{last:02d}"


def _quarter_or_half(m: re.Match[str], anchor: dt.date | None) -> str | None:
    """"Q2 2023" = 2023-Q2, "H2" = the second half (YYYY-07/YYYY-12); with no year, the
    latest such on or before the article's date."""
    if m["qh"]:
        kind, n, said = m["qhk"].upper(), int(m["qhn"]), m["qhy0"] or m["qhy"]
    else:
        n = ("second", "third", "fourth").index(m["ord"].lower()) + 2
        kind, said = ("Q" if m["unit"].lower() == "quarter" else "H"), m["nthy"]
    if kind == "H" and n > 2:
        return None
    last_month = 3 * n if kind == "Q" else 6 * n
    year = _year_said(said, anchor, last_month)
    if year is None:
        return None
    return f"{year}-Q{n}" if kind == "Q" else f"{year}-{last_month - 5:02d}/{year}-{last_month:02d}"


def _year_said(said: str | None, anchor: dt.date | None, last_month: int) -> int | None:
    """The year a period names ("2023", "this year", "last year"), else the latest year whose
    such months end on or before the article's date."""
    said = " ".join((said or "").lower().split())
    if said.isdigit():
        return int(said)
    if anchor is None:
        return None
    if said:
        return anchor.year - (1 if said == "last year" else 0)
    return anchor.year if last_month <= anchor.month else anchor.year - 1


def _month_number(name: str) -> int:
    """1-12 of a month name or its abbreviation ("Sept.")."""
    short = name.lower()[:3]
    return next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(short))


def nearest(items: list[tuple[int, str | None]], pos: int) -> str | None:
    if not items:
        return None
    return min(items, key=lambda x: (abs(x[0] - pos), x[0]))[1]


# ", which set up a free trade zone in 2017,", "After the RCEP took effect in 2022,": a year
# of an aside or of what came before, not the period of a value outside it
_ASIDE = re.compile(r",\s+(?:which|where|who|whose)\b[^,;]*|^\W*(?:after|following|before|since)"
                    r"\b[^,;]*,", re.IGNORECASE)

_AMOUNT = re.compile(r"\d\s*(?:%|percent|per\s+cent|trillion|billion|million|yuan|dollars)", re.I)


def period_of(sent: str, periods: list[tuple[int, str | None]], pos: int) -> str | None:
    """The period of the value at ``pos``: the nearest one in its own clause ("..., while in
    2024 its exports grew 12 percent"), else the nearest in the sentence; none from an aside
    the value is not in."""
    asides = [m.span() for m in _ASIDE.finditer(sent) if not m.start() <= pos < m.end()
              and not _AMOUNT.search(m.group(0))]  # (", which rose 10% in 2023,": the same year)
    periods = [p for p in periods if not any(a <= p[0] < b for a, b in asides)]
    lo, hi = 0, len(sent)
    for m in CLAUSE_BREAK.finditer(sent):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    own = [p for p in periods if lo <= p[0] < hi]
    found = nearest(own or periods, pos)
    # "In July, X signed ... 11 billion yuan, becoming the largest this year": the month the
    # value's clause opens on, not the year a remark after the value names
    finer = [p for p in own or periods if p[0] < pos and p[1] and found and len(found) == 4
             and p[1].startswith(found + "-")]
    if finer and any(p[0] > pos and p[1] == found for p in own or periods):
        return finer[-1][1]
    return found
