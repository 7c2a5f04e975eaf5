"""Values that read like one area's figure but are not: companies that took part in an
event ("704 companies took part in the expo"), a mark passed ("surpassing the 3
trillion yuan mark"), a bound before the figure itself ("surpassed US$200 billion and reached
US$210.8 billion"), a figure of many unnamed owners ("the foreign trade of 16 cities
surpassed ..."), the total of a part given as a share ("accounted for 83 percent of all
deals, totaling ..."), one sector's part ("... went toward the service industry"), the size
each deal passes ("110 projects worth more than X ..., with a combined investment of Y").
kg/extract/facts/figures.py drops them. A venue building or a place naming a plant is no owner
(``not_an_owner``); "the company" of a value's own clause is (``definite_subject``).

And whose or which, when a sentence lists several: "for Beijing and Suzhou ..., at X and Y
respectively" pairs the areas in order (``listed``), "exports and imports reached X and Y
respectively" the measures (``respective``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.figure_area import Span
from kg.extract.facts.figure_owner import DEFINITE
from kg.extract.facts.figure_scope import clause_start
from kg.extract.lexicon import FACILITY_NOUNS, words

_MARK_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:mark|threshold|milestone|barrier)\b",
                         re.IGNORECASE)
_BOUND = re.compile(
    r"\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|s|ping)?|cross(?:ed|es|ing)?|"
    r"pass(?:ed|es|ing)?|br(?:oke|eaks?|eaking)(?:\s+through)?)\s+(?:the\s+)?$", re.IGNORECASE)
_THEN_LEVEL = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and\s+)?(?:reached|hit|totall?ed|stood\s+at|to\s+reach|"
    r"reaching|amounting\s+to)\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+|around\s+)?"
    r"(?:RMB|CNY|USD|US|\$|¥|\d)", re.IGNORECASE)
_NUMBER = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|all)"
_PLACES = r"(?:cities|provinces|countries|regions|municipalities|counties|districts)"
_MANY_OWNERS = re.compile(
    # "Other provinces ... have signed 38 projects", "Sichuan, Hunan and other provinces had"
    # (not partners: "trade with other countries")
    # (nor "trade with the other 14 RCEP member countries")
    rf"(?<!\bwith\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bwith\sthe\s)(?<!\bto\sthe\s)"
    rf"(?<!\bfrom\sthe\s)\bother\s+(?:[\w-]+\s+){{0,3}}?{_PLACES}\b|"
    rf"\b(?:of|for)\s+(?:a\s+total\s+of\s+|the\s+)?{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{_PLACES}\b|"
    rf"\b{_NUMBER}\s+{_PLACES}\s+(?:topping|exceeding|surpassing|reaching|above|over|with)\s+"
    r"(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_SHARE_TOTAL = re.compile(
    r"\baccount(?:s|ed|ing)?\s+for\s+[^,;]*,\s*(?:totall?ing|amounting\s+to|worth|valued\s+at|"
    r"or|at|reaching)\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?$", re.IGNORECASE)


# "A total of 704 companies, including ..., took part in the expo": companies that did one
# thing, not a stock of a place's enterprises
_TOOK_PART = re.compile(
    r"(?:(?!\band\b|\bwhile\b)[^;.]){0,100}?\b(?:took\s+part|participat(?:e|ed|ing)|attended|"
    r"exhibited|"
    r"showcased|displayed|joined)\b", re.IGNORECASE)
# "173 companies who have each received at least $30 million": those past a threshold
_EACH_DID = re.compile(r"[^;.]{0,40}?\b(?:who|that|which)\s+(?:\w+\s+){0,2}?each\b", re.I)
_COMPANIES = re.compile(r"(?:enterprises|companies|firms)$", re.IGNORECASE)
_COUNTED = re.compile(r"projects$", re.IGNORECASE)
# "51.94 billion yuan worth of contracts were signed with ..., accounting for 19.38 percent of
# the total": a part of the deals (a part of trade, "exports ..., accounting for 40 percent of
# the total", is a figure)
_SHARE_OF_TOTAL = re.compile(r"[^;]{0,120}?,\s*(?:accounting|which\s+accounted)\s+for\s+[^;]{0,40}?"
                             r"\bof\s+the\s+(?:total|whole)\b", re.IGNORECASE)


# "372 billion yuan, including 30 projects from such companies": a part of the projects signed
# (projects only: "trade reached X, including exports of Y" gives exports, "24,000 foreign
# enterprises, including 152 Fortune 500 companies" the place's Fortune 500 companies)
_INCLUDING = re.compile(r"\d[^;]*?,\s*including\s+(?:more\s+than\s+|over\s+|about\s+|"
                        r"nearly\s+|some\s+)?$", re.IGNORECASE)


# "$255 million in foreign capital went toward the service industry": one sector's part
_TO_SECTOR = re.compile(
    r"[^;,]{0,40}?\b(?:went|flowed|poured|was\s+(?:invested|channell?ed|directed|used))\s+"
    r"(?:in|into|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:industry|industries|sectors?)\b",
    re.IGNORECASE)


# "110 projects worth more than 100 million yuan were signed, with a combined investment of
# X": the size each project passes, the total given after it
_EACH_PASSES = re.compile(r"\b(?:projects|deals|contracts|agreements|orders)\s+"
                          r"(?:worth|valued\s+at)\s+(?:more\s+than|over)\s+$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"[^;]*?\b(?:combined|total|aggregate|overall)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:investment|value|amount)\b", re.IGNORECASE)


def not_a_whole(sent: str, start: int, end: int, measure: str = "") -> bool:
    """The value at ``start``..``end`` is a mark, a bound, many owners' or a part's total, a
    part of the deals given before it, one sector's part, or a count of companies that took
    part in something."""
    if _TO_SECTOR.match(sent, end):
        return True
    if _EACH_PASSES.search(sent[max(0, start - 60) : start]) and _TOTAL_AFTER.match(sent, end):
        return True
    if measure in ("investment", "projects") and _SHARE_OF_TOTAL.match(sent, end):
        return True
    if _COMPANIES.search(sent, start, end) and (_TOOK_PART.match(sent, end)
                                                 or _EACH_DID.match(sent, end)):
        return True
    if _COUNTED.search(sent, start, end) and _INCLUDING.search(sent, 0, start):
        return True
    if _MARK_AFTER.match(sent, end):
        return True
    if _BOUND.search(sent[max(0, start - 30) : start]) and _THEN_LEVEL.match(sent, end):
        return True
    if _MANY_OWNERS.search(sent[clause_start(sent, 0, start) : start]):
        return True
    return _SHARE_TOTAL.search(sent[max(0, start - 120) : start]) is not None


# "data from Harbin Customs", "the Nanning municipal statistics bureau said": a place naming
# the body a figure comes from, not whose figure it is
SOURCE_BODY = re.compile(
    r"\s+(?:(?:municipal|provincial|city|regional|local)\s+)?(?:customs|"
    r"(?:bureau|department|office)\s+of\s+(?:statistics|commerce)|"
    r"(?:statistics|statistical|commerce|commercial)\s+(?:bureau|department|office))\b",
    re.IGNORECASE)

# "Customs authorities in Zhengzhou said ...", "the statistics bureau of X": the same, named
# before the place
SOURCE_BEFORE = re.compile(
    r"\b(?:customs|statistic(?:s|al)|commerce)\s+(?:(?:authorities|officials|bureau|department|"
    r"office|administration)\s+)?(?:in|of|at)\s+(?:the\s+)?$", re.IGNORECASE)


# what joins two areas of one list: "Beijing and Suzhou", "A, B and the C"
_JOINED = re.compile(r",?\s*(?:and\s+)?(?:the\s+)?")


def listed(sent: str, s: int, pool: Sequence[tuple[int, Span]], before: int, n: int) -> list[int]:
    """The ``n`` areas of a list named before ``before`` ("the total foreign trade of Beijing
    and Suzhou, ..., at X and Y respectively"): the first run of exactly ``n`` names joined by
    commas and "and", else none."""
    names = [(i, m) for i, m in pool if m.end - s <= before]
    run: list[int] = []
    last_end = -1
    for i, m in names:
        if run and _JOINED.fullmatch(sent[last_end : m.start - s]):
            run.append(i)
        else:
            if len(run) == n:
                return run
            run = [i]
        last_end = m.end - s
    return run if len(run) == n else []


# "the central region's GDP", "the country's foreign trade", "nationwide": an unnamed area
# other than the document's own
_OTHER_AREA = re.compile(
    r"\b(?:the|its|this)\s+(?:(?:[\w-]+\s+){0,2}?(?:country|nation|world|continent)|"
    r"(?:central|eastern|western|northern|southern|north-?eastern|north-?western|south-?eastern|"
    r"south-?western)\s+(?:region|area)s?)[’']s?\s|"
    r"\b(?:nationwide|across\s+the\s+(?:country|nation)|the\s+whole\s+country)\b",
    re.IGNORECASE)


# "Last year's expo saw contracts worth ...", "at the previous session": another edition's
_OTHER_EDITION = re.compile(
    r"\b(?:last\s+year[’']s|the\s+(?:previous|preceding|last)|(?:a|one)\s+year\s+(?:ago|earlier)"
    r"\s+at\s+the)\s+(?:[\w-]+\s+){0,2}?(?:editions?|sessions?|expos?|fairs?|forums?|conferences?|"
    r"summits?|exhibitions?|events?)\b", re.IGNORECASE)


def others_figure(sent: str, lo: int, start: int) -> bool:
    """The value's clause (from ``lo``) gives its figure to an unnamed area that is not the
    document's place, or to another edition of its event: "The central region's GDP reached
    ...", "Nationwide, trade rose ...", "Last year's expo saw deals worth ..."."""
    return _OTHER_AREA.search(sent[clause_start(sent, lo, start) : start]) is not None


def other_edition(sent: str, lo: int, start: int) -> bool:
    """"Last year's expo saw contracts worth X": not this edition's figure, nor the place's."""
    return _OTHER_EDITION.search(sent[clause_start(sent, lo, start) : start]) is not None


_YEARS_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:in|for)\s+((?:(?:19|20)\d{2}\s*"
                          r"(?:,\s*(?:and\s+)?|and\s+))+(?:19|20)\d{2})\b,?\s*respectively\b",
                          re.IGNORECASE)


def listed_years(sent: str, end: int, n: int) -> list[str] | None:
    """"X and Y in 2022 and 2023, respectively": one year per value of the list ending at
    ``end``, when the text gives exactly ``n``."""
    m = _YEARS_AFTER.match(sent, end)
    years = re.findall(r"(?:19|20)\d{2}", m.group(1)) if m else []
    return years if len(years) == n else None


# "signed 228 projects during the fair with a total investment of X"
_WITH_VALUE = re.compile(
    r"[^;]{0,60}?\bwith\s+(?:a|an|the)\s+(?:total\s+)?(?:planned\s+|contracted\s+|agreed\s+)?"
    r"(?:investment|value|amount)\s+of\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE)


def values_of_count(sent: str, count_end: int, start: int) -> bool:
    """The amount at ``start`` is the value of the projects counted just before (ending at
    ``count_end``): "N projects ... with a total investment of X", so of the same area."""
    return _WITH_VALUE.match(sent, count_end, start) is not None


def blank(sent: str, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence with the spans blanked out (same length): "Summit 2022" gives no year."""
    for a, b in spans:
        sent = sent[:a] + " " * (b - a) + sent[b:]
    return sent


# "opened a $250 million production base", "a 1.2-billion-dollar expansion of its plant": an
# amount that says what a facility or project is worth is an investment
_A_BEFORE = re.compile(r"\b(?:an?|its|their)\s+(?:new\s+|planned\s+|proposed\s+)?(?:about\s+|"
                       r"around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$", re.IGNORECASE)
_FACILITY_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(FACILITY_NOUNS | {"expansion", "venture", "upgrade"}, key=len, reverse=True))
    + r")(?:s|es)?\b", re.IGNORECASE)


def facility_amount(sent: str, start: int, end: int) -> bool:
    """The amount at ``start``..``end`` modifies a facility or project ("a $250 million
    production base"): its investment."""
    return _A_BEFORE.search(sent, max(0, start - 40), start) is not None and (
        _FACILITY_AFTER.match(sent, end) is not None)


def definite_subject(sent: str, lo: int, start: int, names: Sequence[tuple[int, int]]) -> bool:
    """The value's own clause, after a break, speaks of "the company" or "the city" and names
    no one ("X signed a deal with Tesla, and the company will invest Y"): that phrase, not a
    name of the clause before, says whose figure it is."""
    at = clause_start(sent, lo, start)
    return at > lo and DEFINITE.search(sent, at, start) is not None and not any(
        at <= a < start for a, _ in names)


# "the Haikou International Exhibition Center", "the Shangri-La Hotel": a building where deals
# are signed or events held
_VENUE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(words("venue_words"))) + r")\s+(?:cent(?:er|re)|hall)s?$|\bhotel$",
    re.IGNORECASE)
# "The Suzhou plant covers ...": a place naming a company's facility, not whose figure it is
_FACILITY_NAMED = re.compile(r"\s+(?:plant|factory|facility|mill|campus|warehouse)s?\b",
                             re.IGNORECASE)


def not_an_owner(text: str, start: int, end: int, cls: str) -> bool:
    """The mention at ``start``..``end`` is a venue building or a place that names a facility
    ("the Suzhou plant"): a setting, not whose figure it is."""
    if _VENUE_NAME.search(text, start, end) is not None:
        return True
    return cls in ("City", "Province") and _FACILITY_NAMED.match(text, end) is not None


_ONE_MEASURE = {"exports": "exports", "export": "exports", "imports": "imports",
                "import": "imports", "trade": "trade", "gdp": "gdp", "investment": "investment",
                "fdi": "foreignInvestment"}
_LISTED_MEASURE = re.compile(
    r"\b(?:number\s+of\s+(?:[\w-]+\s+){0,3}?(?:projects|enterprises|companies|firms)|"
    r"imports?\s+and\s+exports?|exports?\s+and\s+imports?|foreign\s+trade|"
    r"(?:actual(?:ly)?\s+(?:used|utili[sz]ed)\s+|utili[sz]ed\s+)?foreign\s+(?:investment|capital|funds)|"
    r"exports?|imports?|trade|GDP|FDI|investment)\b", re.IGNORECASE)
# "exports to ASEAN and imports from the EU", "the number of projects signed at the event
# and the total investment": what joins two listed measures
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s+(?!and\b)[\w-]+){0,8}\s*,?\s+and\s+"
                       r"(?:(?:its|their|the)\s+)?(?:total\s+)?", re.IGNORECASE)


_OF_WHOM = re.compile(r"\s+(?:of|with|to|from|for|by|between|in)\b", re.IGNORECASE)


def _listed_name(words: str) -> str:
    word = words.lower().split()
    if word[0] == "number":
        return "projects" if word[-1] == "projects" else "enterprises"
    if "import" in words.lower() and "export" in words.lower():
        return "trade"
    if word[-2:] in (["foreign", "investment"], ["foreign", "capital"], ["foreign", "funds"]):
        return "foreignInvestment"
    return _ONE_MEASURE.get(word[-1], "trade")


def respective(clause: str, n: int) -> list[str] | None:
    """"exports and imports reached X and Y respectively": the ``n`` measures listed last
    in ``clause``, in order, or None when it lists no such run ("imports and exports of A
    and B fell 1% and 2%, respectively" is one measure, trade)."""
    runs: list[list[str]] = []
    end = -1
    for m in _LISTED_MEASURE.finditer(clause):
        names = [_listed_name(m.group(0))]
        # "exports and imports reached X and Y": two; "imports and exports with A and B": one
        if names == ["trade"] and " and " in m.group(0).lower() and not _OF_WHOM.match(
            clause, m.end()
        ):
            names = [_listed_name(w) for w in m.group(0).lower().split(" and ")]
        if end >= 0 and _LIST_GAP.fullmatch(clause[end : m.start()]):
            runs[-1].extend(names)
        else:
            runs.append(names)
        end = m.end()
    if runs and len(runs[-1]) == n:
        return runs[-1]
    return None


# "Among them, 12 projects ...": a part of a total given before (trade's parts are figures:
# "Among them, exports reached ...")
SUBSET = re.compile(
    r"^\W*(?:among\s+(?:them|these|those|which)|of\s+(?:them|these|which)|(?P<noun>among\s+the\s+"
    r"(?:[\w-]+\s+){0,4}?(?:projects|deals|contracts|agreements|enterprises|companies|firms|"
    r"investments?)|the\s+other\s+(?:\w+\s+)?(?:projects|deals|contracts|agreements)|"
    r"the\s+(?:single\s+)?(?:biggest|largest)\s+(?:projects?|deals?|contracts?|investments?)|"
    # "Those nine deals alone are worth ...": a part picked out of a total
    r"(?:those|these|the)\s+(?:[\w-]+\s+){0,2}?(?:projects|deals|contracts|agreements|"
    r"enterprises|companies)\s+alone|"
    # "Four of the newly established enterprises have ...", "12 of them"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|most|many)\s+of\s+"
    r"(?:them|these|those|the)))\b",
    re.IGNORECASE)
# a sentence about what no indicator measures: turnover, revenue, income, outsourcing
NO_INDICATOR = re.compile(r"\W*(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:turnover|revenues?|income|"
                          r"outsourcing)\b", re.IGNORECASE)
