"""Dates the text gives to what happened: "On December 13", "From April 15 to 16",
"1 Jan, 2020", "last Friday", resolved to ISO days.

Partial dates take their year from the article's date: the front matter or "date ..." line
(``Document.date``), else a dateline (a full date in the first line of the body). With
neither, a date without a year resolves to nothing: dates are never guessed. An impossible
day ("February 30") gives nothing either.

Only day-precise dates are kept ("In July 2023" is not a day). python-dateutil supplies the
month-name table and the weekday arithmetic; nothing is fetched or configured at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.parser import parserinfo
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from kg.model import DateMention, Document

_INFO = parserinfo()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAYS = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH,
    "friday": FR, "saturday": SA, "sunday": SU,
}

# One pattern per written form; each names month/day/year groups (m1 d1 y1, m2 d2 y2).
_RANGE_MD = re.compile(  # "From April 15 to 16", "December 9th to 18th", "Nov 7-8, 2024"
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"\s*(?:-|–|—|to|through|until|and)\s*"
    rf"(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR}))?"
)
_RANGE_DM = re.compile(  # "15 to 16 April 2025", "15-16 April", "the 20th and 21st of May"
    rf"\b(?P<d1>{_DAY})\s*(?:-|–|to|through|until|and)\s*(?:the\s+)?(?P<d2>{_DAY})\s+"
    rf"(?:(?<=[a-z]\s)of\s+)?(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>{_YEAR}))?"
)
_RANGE_DMDM = re.compile(  # "28 September to 2 October 2024"
    rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?\s*(?:-|–|—|to|through|until)"
    rf"\s*(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
)
_MD = re.compile(  # "April 16, 2025", "On December 13", "Sept 25", "Jan. 11", "Jan.11"
    rf"\b(?P<m1>{_MONTH})(?:\s+|(?<=\.))(?P<d1>{_DAY})\b(?!\s*%)(?:,?\s+(?P<y1>{_YEAR})\b)?"
    # "September, 11, 2016": a comma after the month only with the year ("In September, 11
    # firms ..." is no day)
    rf"|\b(?P<m2>{_MONTH}),\s*(?P<d2>{_DAY}),\s*(?P<y2>{_YEAR})\b"
)
_DM = re.compile(  # "1 Jan, 2020", "18 December 2017", "the 5th of June", "24th, September"
    rf"\b(?P<d1>{_DAY}|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th),)\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"(?:,?\s+(?P<y1>{_YEAR})\b)?"
)
# "2024-06-05", "2024/6/5", "2024.06.05": year first is never ambiguous
_ISO = re.compile(
    r"\b(?P<y1>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m1>[01]?\d)(?P=sep)(?P<d1>[0-3]?\d)\b(?!\.\d)"
)
_WEEKDAY = re.compile(
    r"\b(?P<prefix>(?:on|last|this|next|every|each)\s+(?:the\s+)?)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b",
    re.IGNORECASE,
)
# "today's business world", "the China of today" are no day; "this afternoon" is today.
_RELATIVE = re.compile(
    r"(?<!of )\b(?P<word>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|"
    r"today|tonight|tomorrow|"
    r"this\s+(?:morning|afternoon|evening))\b(?![’']s)",
    re.IGNORECASE,
)
_DAYS_BACK = {"yesterday": 1, "today": 0, "tonight": 0, "tomorrow": -1}
# "On 29th, the governor met ...", "on the 5th of this month": a day of the article's month
_DAY_ONLY = re.compile(  # also "on the morning of the 16th"
    r"\b[Oo]n\s+(?P<part>the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:the\s+)?"
    r"(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?(part)(?!\s+of\s+(?!this\s+month)\w)|"
    r"(?=\s*,|\s+(?:morning|afternoon|evening|night)\b|\s+of\s+this\s+month\b))"
)
_WEEKDAY_RANGE = re.compile(
    r"\bfrom\s+(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?:to|until|through)\s+(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
# "visited Shaanxi Monday and Tuesday": two days running are one stretch
_WEEKDAY_PAIR = re.compile(
    r"\b(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|-|–)\s+"
    r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
# what every written day, and every weekday, has (_scan)
_DIGIT = re.compile(r"[0-9]")
_WEEKDAY_END = re.compile(r"day", re.IGNORECASE)
# between a written day and the weekday that names it: "June 3 (Monday)", "Monday, June 3"
_GLOSS = re.compile(r"\s*(?:,|\(|\)|,\s*\()?\s*")
# A "Month D" that is really an ordinal or a quantity: "May 4th Movement", "March 8 Festival".
_NOT_A_DATE_AFTER = re.compile(r"\s*(?:Movement|Festival|Road|Street|Square|Plan)\b")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: dt.date
    last: dt.date


def anchor_date(document: Document) -> dt.date | None:
    """The day the article speaks from: its metadata date, else a dateline (a full date in
    the body's first line), else None."""
    if document.date:
        try:
            return dt.date.fromisoformat(document.date)
        except ValueError:
            return None
    first_line = document.text.lstrip().split("\n", 1)[0]
    for found in _scan(first_line, None):
        if found.first == found.last and _has_year(first_line[found.start : found.end]):
            return found.first
    return None


def _has_year(text: str) -> bool:
    return re.search(rf"\b{_YEAR}\b", text) is not None


def _month(name: str) -> int | None:
    if name.isdigit():
        return int(name)
    return _INFO.month(name.rstrip("."))


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _resolve(month: int, day: int, year: int | None, anchor: dt.date | None) -> dt.date | None:
    """A calendar day; a missing year comes from the anchor (the year that puts the day
    nearest the article's date). None when impossible or unanchored."""
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if anchor is None:
        return None
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - anchor).days), d))


# "On June 3 last year", "March 5 of this year", "Sept 10 to 13 in 2021"
_YEAR_SAID = re.compile(r"\s*,?\s*(?:of\s+)?(?P<which>last|this|next)\s+year\b"
                        rf"|\s+in\s+(?P<year>{_YEAR})\b(?!\s*(?:-|–|to\b))", re.IGNORECASE)
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _year_said(text: str, end: int, anchor: dt.date | None) -> int | None:
    """The year a partial date names right after it ("June 3 last year"), from the anchor."""
    m = _YEAR_SAID.match(text, end)
    if m is not None and m["year"]:
        return int(m["year"])
    if m is None or anchor is None:
        return None
    return anchor.year + _YEAR_OFFSET[m["which"].lower()]


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _scan(text: str, anchor: dt.date | None) -> list[_Found]:
    """Every day or day range written in ``text``, longest forms first, no overlaps."""
    taken: list[tuple[int, int]] = []
    out: list[_Found] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def keep(a: int, b: int, first: dt.date | None, last: dt.date | None) -> None:
        taken.append((a, b))  # even when unresolved: its parts are not dates on their own
        if first is not None and last is not None and first <= last:
            out.append(_Found(a, b, first, last))

    # every written day has an ASCII digit, every weekday "day" (a sentence without them
    # is not searched for those forms: each search walks the whole sentence)
    digits = _DIGIT.search(text) is not None
    weekdays = _WEEKDAY_END.search(text) is not None
    for m in [*_RANGE_DMDM.finditer(text), *_RANGE_MD.finditer(text)] if digits else ():
        if not free(m.start(), m.end()):
            continue
        m1 = _month(m["m1"])
        m2 = _month(m["m2"]) if m["m2"] else m1
        if m1 is None or m2 is None:
            continue
        year = _int(m["y2"]) or _int(m["y1"]) or _year_said(text, m.end(), anchor)
        last = _resolve(m2, _day(m["d2"]), year, anchor)
        first = None
        if last is not None:
            y1 = _int(m["y1"]) or (last.year - (1 if m1 > m2 else 0))
            first = _resolve(m1, _day(m["d1"]), y1, None)
        keep(m.start(), m.end(), first, last)
    for m in _RANGE_DM.finditer(text) if digits else ():
        if not free(m.start(), m.end()):
            continue
        mo = _month(m["m2"])
        if mo is None:
            continue
        last = _resolve(mo, _day(m["d2"]), _int(m["y2"]) or _year_said(text, m.end(), anchor),
                        anchor)
        first = _resolve(mo, _day(m["d1"]), last.year, None) if last else None
        keep(m.start(), m.end(), first, last)
    for pattern in (_ISO, _MD, _DM) if digits else ():
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()) or _NOT_A_DATE_AFTER.match(text, m.end()):
                continue
            parts = m.groupdict()
            if parts.get("m2"):  # the second form of _MD
                parts = {"m1": m["m2"], "d1": m["d2"], "y1": m["y2"]}
            mo = _month(parts["m1"])
            if mo is None:
                continue
            year = _int(parts["y1"]) or _year_said(text, m.end(), anchor)
            day = _resolve(mo, _day(parts["d1"]), year, anchor)
            keep(m.start(), m.end(), day, day)
    if anchor is not None:
        for m in _WEEKDAY.finditer(text) if weekdays and out else ():
            # "June 3 (Monday)", "Wednesday, June 5, 2024": the weekday names the day
            # written beside it, not a day of its own counted from the article's date
            if any(_GLOSS.fullmatch(text, f.end, m.start()) or _GLOSS.fullmatch(
                    text, m.end(), f.start) for f in out):
                taken.append((m.start(), m.end()))
        for m in _WEEKDAY_RANGE.finditer(text) if weekdays else ():  # "from Monday to
            # Wednesday": from the latest such first day, to the next such last day (a stretch
            # under way on the article's date is this week's, not last week's)
            first = anchor + relativedelta(weekday=_WEEKDAYS[m["wd1"].lower()](-1))
            last = first + relativedelta(days=1, weekday=_WEEKDAYS[m["wd2"].lower()](+1))
            keep(m.start(), m.end(), first, last)
        for m in _WEEKDAY_PAIR.finditer(text) if weekdays else ():
            last = anchor + relativedelta(weekday=_WEEKDAYS[m["wd2"].lower()](-1))
            first = last - dt.timedelta(days=1)
            if free(m.start(), m.end()) and first.weekday() == _WEEKDAYS[m["wd1"].lower()].weekday:
                keep(m.start(), m.end(), first, last)
        for m in _WEEKDAY.finditer(text) if weekdays else ():
            prefix = (m["prefix"] or "").lower().split()
            if not free(m.start(), m.end()) or m.group(0).lower().endswith("days"):
                continue
            if prefix and prefix[0] in ("every", "each"):
                continue
            wd = _WEEKDAYS[m["wd"].lower()]
            if prefix and prefix[0] == "next":
                day = anchor + relativedelta(days=1, weekday=wd(+1))
            else:  # "on Monday", "last Friday", bare "Saturday": the latest one, news style
                day = anchor + relativedelta(weekday=wd(-1))
                if prefix and prefix[0] == "last" and day == anchor:
                    day -= dt.timedelta(days=7)
            keep(m.start(), m.end(), day, day)
        for m in _RELATIVE.finditer(text):
            if free(m.start(), m.end()):
                word = m["word"].lower()
                back = (2 if word.endswith("yesterday") and "before" in word
                        else -2 if word.endswith("tomorrow") and "after" in word
                        else _DAYS_BACK.get(word, 0))
                day = anchor - dt.timedelta(days=back)
                keep(m.start(), m.end(), day, day)
        for m in _DAY_ONLY.finditer(text) if digits else ():
            if free(m.start(), m.end()):
                # this month's, or last month's when the day is still to come
                month = anchor - relativedelta(months=0 if int(m["d1"]) <= anchor.day else 1)
                day = _resolve(month.month, int(m["d1"]), month.year, None)
                keep(m.start(), m.end(), day, day)
    return sorted(out, key=lambda f: (f.start, f.end))


def find_dates(
    text: str, sentences: Sequence[tuple[int, int]], anchor: dt.date | None
) -> list[DateMention]:
    """The days written in each sentence (character spans into ``text``), resolved."""
    out: list[DateMention] = []
    for s, e in sentences:
        for f in _scan(text[s:e], anchor):
            out.append(
                DateMention(
                    text=text[s + f.start : s + f.end],
                    start=s + f.start,
                    end=s + f.end,
                    sent_start=s,
                    sent_end=e,
                    first=f.first.isoformat(),
                    last=f.last.isoformat(),
                )
            )
    return out
