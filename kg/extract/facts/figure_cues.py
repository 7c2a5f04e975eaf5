"""The wording cues of kg/extract/facts/figures.py: totals over many years, sentence-wide
scopes, "respectively" lists, shares, flows of goods, "so far" and the like."""

from __future__ import annotations

import re

# Totals over many years are not figures of a period. Some markers cover the whole sentence
# ("Since 2018, ...", "in its 30 years of history"), others only the value's own clause.
# a span of several years: "the 13th Five-Year Plan", "2016-2020", "from 2016 to 2020"
_YEARS = (r"Five-Year\s+Plan|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
          r"from\s+(?:19|20)\d{2}\s+to\s+(?:19|20)\d{2}")
CUMULATIVE = re.compile(
    r"\b(?:cumulative(?:ly)?|in\s+total\s+since|to\s+date|each\s+of\s+which|each\s+with|"
    rf"{_YEARS}|(?:in|over)\s+the\s+(?:past|last)\s+\w+\s+years)\b",
    re.I,
)
MULTI_YEAR = re.compile(rf"\b(?:{_YEARS})\b", re.I)
# "the value of goods transported via the route": a logistics figure, not a place's trade
THROUGHPUT = re.compile(r"\b(?:transported|shipped|handled|carried(?!\s+out))\b", re.I)
VISITED = re.compile(r"\b(?:visit(?:s|ed|ing)?|inspect(?:s|ed|ing)?|tour(?:s|ed|ing)?|"
                      r"met\s+with|meets?\s+with|called\s+on)\b", re.I)
# ("Over the past six months" is one period, the months before the article: periods.py)
SENTENCE_SCOPE = re.compile(
    r"^\s*(?:Cumulatively|To\s+date|So\s+far|Since\s+(?:19|20)\d{2}|"
    r"(?:In|Over)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years|decades?)\b)|"
    r"\byears\s+of\s+(?:history|development)\b",
    re.I,
)

# "... 44.1 percent and 58.7 percent year on year to 10.65 billion yuan and 6.98 billion yuan,
# respectively": the word may follow a second list of values in the same clause
RESPECTIVELY = re.compile(
    r"(?:(?!\bwhile\b|\bwhereas\b)(?:[^.;]|\.\d)){0,40}?\b(?:to\s(?:[^.;]|\.\d){0,80}?)?"
    r"\brespectively\b",
    re.I,
)
# "with those figures respectively up 28.8 percent and 35.9 percent"
RESPECTIVELY_UP = re.compile(r"\brespectively\s+(?:[\w-]+\s+){0,4}$", re.I)
# A percentage in a clause about a proportion is a share, not a change.
SHARE = re.compile(r"\b(?:proportion|share|ratio|percentage)\b", re.I)

DEAL_MEASURES = frozenset({"projects", "investment"})
# "by April": the months so far of a flow of goods (kg/extract/facts/periods.py)
FLOWS = frozenset({"trade", "exports", "imports"})
BY_MONTH = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|"
                       r"July|August|September|October|November|December)\b", re.IGNORECASE)


IN_THE = re.compile(r"[^,;]{0,60}?\b(?:in|into|at)\s+(?:the|this)\s+(?:zone|city|park|port|"
                     r"district|county)\b", re.IGNORECASE)
SO_FAR = re.compile(
    r"\b(?:so|thus)\s+far\b|\bto\s+date\b|\b(?:as\s+of|up\s+to|until|till)\s+now\b", re.IGNORECASE)
PLACE_WORD = re.compile(r"\s+(?:province|city|municipality|autonomous\s+region)$", re.IGNORECASE)
BILATERAL = re.compile(r"\bbilateral\s+trade\b", re.IGNORECASE)
PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|wn)\b", re.IGNORECASE)
