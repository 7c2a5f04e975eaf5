"""Whether a value is a change ("grew by 5%", "up ... year on year", "a 3.5-percent decline",
"down 0.3% from May": the gold counts a rate over the month before as the month's change too)
and its sign, a level, or no figure of one period at all (an average, a share).
"""

from __future__ import annotations

import re

from kg.extract.facts.amounts import Value

_CHANGE_BEFORE = re.compile(
    # ("set up a $300 million plant": no change)
    r"(?:gr[eo]w(?:s|n|ing)?|grow(?:th)?|increas(?:e|ed|es|ing)|r[io]se|rising|"
    r"(?<!\bset\s)(?<!\bsets\s)(?<!setting\s)up|jump(?:ed|ing)?|"
    r"surg(?:e|ed|ing)|expand(?:ed|ing)?|climb(?:ed|ing)?|soar(?:ed|ing)?|gain(?:s|ed)?|rebound(?:ed)?|"
    # ("up year-on-year by 6.5 percent")
    r"leap(?:t|ed)?)\s+(?:(?!to\b|from\b)[\w-]+\s+){0,2}?(?:by\s+|of\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+)?$"
    r"|(?P<neg>(?:(?:decreas(?:e|ed|ing)|declin(?:e|ed|ing)|fell|fall(?:ing)?|drop(?:ped|ping)?|"
    r"dip(?:ped|ping)?|slipped|slid|plung(?:ed|ing)|plummet(?:ed|ing)|tumbl(?:ed|ing)|"
    # ("a year-on-year reduction of 6.8 percent"; not "clearance time reduced by 60%")
    r"slump(?:ed|ing)|shr[ai]nk|shrunk|shrinking|(?<=year.on.year\s)reduction)"
    r"\s+(?:(?!to\b|from\b)[\w-]+\s+){0,2}?|down\s+)(?:by\s+|of\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+)?)$",
    re.IGNORECASE,
)
_MONTH_ON_MONTH = re.compile(
    r"\s*(?:(?:from|over|compared\s+(?:with|to)|than)\s+(?:the\s+previous\s+month|last\s+month|"
    r"a\s+month\s+(?:earlier|ago|before)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b\.?(?!\s*(?:to|-|–|through)\s*\w))|"
    r"(?:month[\s-]on[\s-]month|on\s+a\s+monthly\s+basis)\b)", re.IGNORECASE)
# "up from 2.9 billion dollars (in 2022)": the earlier level a change is measured from
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|"
                      r"around\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:year[\s-]on[\s-]year|from\s+(?:a\s+year\s+earlier|the\s+previous\s+year|"
    r"the\s+same\s+period)|higher|more\s+than\s+(?:in|the)|over\s+the\s+previous|increase|"
    r"(?:year[\s-]on[\s-]year\s+)?(?:growth|rise|jump|gain)\b)",
    re.IGNORECASE,
)
# "a 3.5-percent decline"
_DROP_AFTER = re.compile(r"\s*(?:year[\s-]on[\s-]year\s+)?(?:decline|drop|decrease|fall)\b",
                         re.IGNORECASE)
# Not a figure of one period: averages over years, cumulative totals, shares.
_SKIP_BEFORE = re.compile(
    r"(?:annual(?:ly)?|average|cumulative(?:ly)?|accounting\s+for|account(?:s|ed)?\s+for|"
    r"proportion|share|rate\s+of|ratio|to\s+date|in\s+total\s+since|"
    # an average per head or per project; fixed-asset investment, a statistic of no deals
    r"per\s+(?:capita|head|person|project|enterprise|company|firm)|fixed[\s-]assets?\s+investment|"
    r"investment\s+in\s+fixed\s+assets)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_FLOW_ACCOUNTS = re.compile(r"\b(?:imports|exports)\s+account(?:s|ed)?\s+for\s+"
                            r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
_SKIP_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the|its|all|their|China|national|world)|annually|a\s+year|each\s+year|"
    r"per\s+year|for\s+\w+\s+years|"
    # "surging over 50 percent for the fourth straight year": a run of years, no one year's
    r"for\s+(?:the\s+)?\w+\s+(?:straight|consecutive|successive)\s+years?)",
    re.IGNORECASE,
)


def is_change(sent: str, v: Value, head: Value) -> tuple[bool, int] | None:
    """(is a change, sign) for the value, judged at the head of its group; None: a share
    or another rate, not a figure."""
    before = sent[max(0, head.start - 60) : head.start]
    if v.unit != "percent" and _FLOW_ACCOUNTS.search(before):
        return False, 1  # "Of the total, imports accounted for X yuan": a level, no share
    if _SKIP_BEFORE.search(before) or _SKIP_AFTER.match(sent[v.end :]):
        return None
    if _UP_FROM.search(before):  # "..., up from X in 2022": X is that year's level
        return (False, 1) if re.match(r"\s*in\s+(?:19|20)\d{2}\b", sent[v.end :]) else None
    if _MONTH_ON_MONTH.match(sent, v.end) and v.unit != "percent":
        return None  # "up 3 billion yuan from May": a difference, no level
    m = _CHANGE_BEFORE.search(before)
    # "exports gained 7 percent"; "imports gained 77 billion yuan" is no clear change
    if m and (v.unit == "percent" or not m.group(0).lower().startswith("gain")):
        return True, -1 if m.group("neg") else 1
    if _CHANGE_AFTER.match(sent[v.end :]):
        return True, 1
    if _DROP_AFTER.match(sent, v.end):
        return True, -1
    if v.unit == "percent":
        return None
    return False, 1
