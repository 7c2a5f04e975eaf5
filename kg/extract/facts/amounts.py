"""The numbers of one sentence, read: values with their units (money in a currency, percents,
counts of enterprises or projects), in base units. What they measure is read by
kg/extract/facts/measures.py, whether a value is a change by kg/extract/facts/changes.py, the
periods named by kg/extract/facts/periods.py; kg/extract/facts/figures.py decides which values
are figures and whose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.extract.facts.figure_scope import is_conversion
from kg.extract.lexicon import entries

_NUM = r"\d{1,3}(?:,\s?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGIT = re.compile(r"\d")
_SCALE = r"(?i:trillion|billion|million|thousand)"  # "Billion Yuan" in a headline
# after a currency sign only: "US$1.2bn", "USD14.26b", "$500m", "RMB 3 bln"
_ABBR_SCALE = r"(?:tn|bn|bln|b|mn|mln|m)(?![\w$])"
_SCALES = {
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    None: Decimal(1),
    **dict.fromkeys(("tn",), Decimal(10) ** 12),
    **dict.fromkeys(("bn", "bln", "b"), Decimal(10) ** 9),
    **dict.fromkeys(("mn", "mln", "m"), Decimal(10) ** 6),
}
_MONEY_BEFORE = re.compile(
    # ("HK$", "S$", "NT$": another currency, read only so that its conversion is no figure)
    rf"(?P<cur>(?i:RMB)|CNY|US\s?\$|USD|[A-Z]{{1,3}}\$|\$|¥)\s?(?P<num>{_NUM})(?:(?:\s*|-)(?P<scale>{_SCALE})|"
    rf"\s?(?P<abbr>{_ABBR_SCALE}))?"
    rf"(?:\s+(?:yuan|dollars|U\.\s?S\.\s?dollars|US dollars))?"
)
_OTHER_WORDS = entries("other_currencies")  # "140 million euros": no indicator's unit
_OTHERS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_OTHER_WORDS, key=len)[::-1])
_MONEY_AFTER = re.compile(
    # "960 bln yuan", "a 20-billion-yuan contract", "1.12-billion-USD", "a 1 billion US dollar
    # investment"
    rf"\b(?P<num>{_NUM})(?:[\s-]*(?P<scale>{_SCALE})|\s?(?P<abbr>{_ABBR_SCALE}))?[\s-]+"
    rf"(?P<cur>(?i:yuan)|U\.\s?S\.\s?dollars?|(?i:{_OTHERS})|"
    rf"US dollars?|(?i:dollars?)|USD|RMB|CNY|(?i:renminbi))\b"
)
# "nearly one billion dollars": a small number written as a word, with its scale and currency
_MONEY_WORDS = re.compile(
    r"(?<![\w-])(?P<num>(?i:one|two|three|four|five|six|seven|eight|nine|ten))\s+"
    rf"(?P<scale>{_SCALE})\s+(?P<cur>(?i:yuan)|U\.\s?S\.\s?dollars?|US dollars?|(?i:dollars?))\b"
)
_ONE_TO_TEN = {w: Decimal(n + 1) for n, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}
_SHARED_UNIT = re.compile(
    rf"(?<![\w.$])(?P<num>{_NUM})\s*(?P<scale>{_SCALE})(?=\s+(?:to|and)\s+(?:about\s+|over\s+)?"
    rf"(?:RMB|US|\$|¥|\d))"
)
_PERCENT = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})\s*-?\s*(?:%|percent\b|per cent\b|pct\b)"
    r"(?!\s*(?:points|percentage))"
)
# ("40 Uzbekistan – China enterprises": a spaced dash between two names)
_MOD = r"(?!(?:of|with|from|to|for|in|at|by|on|and)\b)(?:[\w\-]+|[–—](?=\s+[A-Z])|" \
       r"[“\"'‘][^”\"'’]{1,40}[”\"'’])"
_COUNT = re.compile(
    rf"(?<![\w.$,])(?P<num>{_NUM})(?!\s*(?:%|percent|{_SCALE}))"
    # "91 clean energy, new material, and biomedical enterprises": a list of sectors before it
    rf"(?P<mods>(?:\s+{_MOD}){{1,2}}(?:,\s+(?:and\s+)?(?=[a-z]){_MOD}(?:\s+{_MOD})?){{1,3}}|"
    # "8000 South Korean small and medium enterprises"
    rf"(?:\s+{_MOD}){{0,3}}?\s+small\s+and\s+medium(?:-sized)?(?:\s+{_MOD})?|"
    # "4,000 domestic and foreign enterprises", "Chinese and overseas companies"
    rf"\s+(?=[A-Za-z]){_MOD}\s+and\s+(?=[A-Za-z]){_MOD}|"
    rf"(?:\s+{_MOD}){{0,4}}?)"
    r"\s+(?P<noun>(?i:enterprises|companies|firms|businesses|projects))\b"
)
OTHER = "other"  # a currency no indicator is counted in
_OTHER_UNITS = frozenset(re.sub(r"\s", "", w.lower()) for w in _OTHER_WORDS)
_CURRENCY = {"rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "¥": "CNY", "$": "USD",
             "usd": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
             "us$": "USD"}

_COUNT_MEASURE = {"enterprises": "enterprises", "companies": "enterprises",
                  "businesses": "enterprises",
                  "firms": "enterprises", "projects": "projects"}

_APPROX = re.compile(
    r"(?:more\s+than|over|nearly|about|around|approximately|almost|some|exceed(?:ed|ing)?)\s+$",
    re.IGNORECASE,
)

# A count is a figure when the area has, attracts, signs or sets them up: not "services to
# 1,660 enterprises" or "people from 31 companies".
_COUNT_BEFORE = re.compile(
    r"(?:there\s+(?:are|were|is)(?:\s+(?:now|currently|so\s+far))?|attract(?:ed|ing|s)?|sign(?:ed|ing|s)?|seal(?:ed|ing|s)?|"
    r"contract(?:ed|ing)|secur(?:ed|ing)|lur(?:ed|ing)|"
    r"introduc(?:ed|ing)|establish(?:ed|ing)|register(?:ed|ing)|reach(?:ed|ing)|"
    r"filed(?:\s+for)?|"
    r"exceed(?:ed|ing)|total(?:ed|ing|led|ling)|a\s+total\s+of|ha(?:s|ve|d)|approv(?:ed|ing)|"
    r"boast(?:s|ed|ing)?|(?:(?:is|was|(?:has|have|had)\s+been)\s+(?:now\s+|currently\s+|"
    r"already\s+)?|,\s*)home\s+to|"
    r"ink(?:ed|ing)|land(?:ed|ing)|host(?:s|ed|ing)|hous(?:es|ed|ing)|gather(?:s|ed)?|"
    r"converg(?:e|es|ed|ing)|settled|resident|including|with|launch(?:ed|ing)?|"
    r"set(?:s|ting)?\s+up|add(?:ed|ing|s)|"
    r"(?:signing|inking|establishment|registration|participation)\s+of|attended\s+by|(?:agreements?|contracts?|deals?)\s+"
    r"(?:on|for))\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|almost\s+|overall\s+|"
    r"altogether\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
# after a count of companies, what they did at an event: "3,000 enterprises from 35 countries
# attended the expo" (kg/extract/facts/figure_gathered.py makes them the event's figure)
# (any tense: "are attending the expo", "will participate in", "gathered at the fair"; not
# "to participate", a purpose or an invitation: "went to X to participate in the fair")
TOOK_PART = (r"(?:t(?:ook|akes|aking)\s+part|participat(?:ed|es|ing)\b|attend(?:ed|s|ing)\b|"
             r"(?<!\bto\s)(?:take\s+part|participate|attend)\b|gathered\s+(?:at|in)|"
             r"(?:have|has|had)\s+(?:\w+\s+)?(?:signed\s+up|registered\s+to))")
# an aside naming those included: "170 enterprises, including A, B and C, are attending"
INCLUDED = r"(?:,\s*including\s[^;.]{1,80}?,)?"
_COUNT_AFTER = re.compile(
    rf"^(?:[^,;.]{{0,60}}?{INCLUDED})?[^,;.]{{0,60}}?\b(?:"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:established|registered|set\s+up|signed|inked|sealed|approved|introduced|settled|founded|"
    r"launched|attracted)|(?:have|has|had)\s+(?:\w+\s+)?(?:settled|registered|landed|"
    r"gathered|invested)\s+in|"
    # "389 Taiwan-funded businesses settled in the province": those it gained
    r"(?:settled|registered)\s+in\b|"
    # "12,000 foreign companies established a foothold in X"
    r"(?:established|gained|set\s+up)\s+(?:a\s+)?foothold|"
    rf"{TOOK_PART}\b)",  # those an event gathers
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,6}?(?P<noun>enterprises|companies|firms|projects)\b", re.I
)
# "newly registered foreign-funded enterprises numbered 1,936": the count after its noun
_NOUN_THEN_COUNT = re.compile(
    r"\b(?P<noun>enterprises|companies|firms|projects)\b[^,;.%$]{0,60}?\s(?:numbered|totall?ed|"
    r"reached|stood\s+at|hit|amounted\s+to|exceeded|rose\s+to|grew\s+to|increased\s+to)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|almost\s+)?"
    rf"(?P<num>{_NUM})(?![\w%]|[.,]\d|\s*(?:%|percent|per\s+cent|{_SCALE}|yuan|dollars|US|RMB))",
    re.IGNORECASE)
_BARE = re.compile(
    rf"(?<![\w.$,])(?P<num>{_NUM})(?![\w%]|\s*(?:%|percent|per\s+cent|{_SCALE}|yuan|dollars))"
)
# "with 20 projects signed", "137 Projects Signed at ..."
# (not active, with an object: "4 central enterprises signed a strategic agreement")
_SIGNED = re.compile(r"\s+(?:signed|inked|sealed|introduced|landed|launched|established|"
                     r"registered)\b(?!\s+(?:a|an|the|agreements?|contracts?|deals?|MoUs?)\b)",
                     re.IGNORECASE)
_LISTED_BEFORE = re.compile(rf"(?<![\w.$,])(?P<num>{_NUM})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DOTS = re.compile(r"\bU\.S\.|(?<=\d)\.(?=\d)")  # no clause ends at "U.S." or "20.4"
_NUMBER = re.compile(_NUM)
_WITH_COUNT = re.compile(r"resident|registered|foreign-funded|foreign-invested|settled|"
                         r"exhibiting|participating", re.I)
# "the city saw 287 newly-established foreign-funded enterprises": new ones it gained
_SAW = re.compile(r"\b(?:saw|sees|see|seen|witnessed|welcomed|recorded|added)\s+(?:more\s+than\s+|"
                  r"over\s+|nearly\s+|about\s+|around\s+|some\s+|a\s+total\s+of\s+)?$",
                  re.IGNORECASE)
_NEW_MODS = re.compile(r"\bnew(?:ly)?\b", re.IGNORECASE)
# "saw 14 projects totaling 19.9 billion yuan being nailed down": the ones it signed
_SAW_SIGNED = re.compile(r"[^,;.]{0,60}?\b(?:being\s+)?(?:signed|inked|sealed|clinched|"
                         r"nailed\s+down)\b", re.IGNORECASE)
# "signed five contracted projects": a small count written as a word
_WORD_NUMBERS = {w.lower(): Decimal(n) for w, n in (e.split() for e in entries("count_numbers"))}
# "fifty-two", "twenty-one": a ten and a unit joined by a hyphen
_WORD_NUMBERS |= {f"{ten}-{unit}": _WORD_NUMBERS[ten] + u
                  for ten in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                              "ninety")
                  for unit, u in [("one", Decimal(1))] + [
                      (w, v) for w, v in _WORD_NUMBERS.items() if v < 10]}
_WORD_MOD = r"\s+(?!(?:of|with|from|to|for|in|at|by|on|and|other|more)\b)[\w\-]+"
_WORD_COUNT = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})"
    # "five science and technology projects": two modifiers joined by "and"
    rf"(?P<mods>(?:{_WORD_MOD}){{0,3}}?|{_WORD_MOD}\s+and{_WORD_MOD})"
    r"\s+(?P<noun>projects|enterprises|companies|firms)\b", re.IGNORECASE)
# every count (_COUNT, _WORD_COUNT) ends in one of these nouns: a sentence without any is not
# scanned for counts (_WORD_COUNT tries its whole list of number words at every position)
_COUNTED_NOUN = re.compile(r"enterprises|companies|firms|businesses|projects", re.IGNORECASE)
# not "the two projects", "both", "one of the five companies"
_NOT_A_COUNT = re.compile(r"\b(?:the|these|those|its|their|of|all|both|first|last|top)\s+$", re.I)



@dataclass
class Value:
    start: int
    end: int
    value: Decimal
    unit: str
    measure: str | None  # counts carry their measure in their noun
    approx: bool = False


def _decimal(num: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(re.sub(r"[,\s]", "", num))  # "14, 225": a space after the comma
    except InvalidOperation:
        return None
    return value * _SCALES[scale.lower() if scale else None]


def plain(value: Decimal) -> str:
    """Decimal without exponent or trailing zeros: 12820000000000, 24.7."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _money(sent: str) -> list[tuple[re.Match[str], Decimal | None, str]]:
    """Every amount of money written in the sentence: (match, value, currency)."""
    out = []
    for pattern in (_MONEY_BEFORE, _MONEY_AFTER):
        for m in pattern.finditer(sent):
            cur = re.sub(r"\s", "", m["cur"].lower())
            cur = "us dollars" if cur in ("usdollars", "u.s.dollars") else cur
            scale = m["scale"] or (m.groupdict().get("abbr") or "").lower() or None
            unit = _CURRENCY.get(cur) or (OTHER if (cur.endswith("$") and cur != "$") or (
                cur in _OTHER_UNITS) else "USD")
            out.append((m, _decimal(m["num"], scale), unit))
    for m in _MONEY_WORDS.finditer(sent):
        cur = re.sub(r"\s", "", m["cur"].lower())
        unit = "CNY" if cur == "yuan" else "USD"
        out.append((m, _ONE_TO_TEN[m["num"].lower()] * _SCALES[m["scale"].lower()], unit))
    return out


def written_values(sent: str) -> set[tuple[str, str]]:
    """(value, unit) of every value the sentence writes, conversions in brackets too."""
    out = {(plain(v.value), v.unit) for v in read_values(sent)}
    return out | {(plain(value), unit) for _, value, unit in _money(sent) if value is not None}


def read_values(sent: str) -> list[Value]:
    """Every amount, percentage and count in the sentence, left to right, no overlaps.
    An amount in brackets right after another is its conversion and is dropped."""
    counted_noun = _COUNTED_NOUN.search(sent) is not None
    if _DIGIT.search(sent) is None and (not counted_noun or _WORD_COUNT.search(sent) is None) and (
        _MONEY_WORDS.search(sent) is None
    ):
        return []  # every form of a value has a number in digits (_NUM), or a word count
    found: list[Value] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: Decimal | None, unit: str, measure: str | None) -> None:
        if value is None or any(not (m.end() <= s or m.start() >= e) for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(Value(m.start(), m.end(), value, unit, measure))

    for m, value, unit in _money(sent):
        add(m, value, unit, None)
    # "from 700 million to 2.1 billion U.S. dollars": the first takes the second's currency
    for m in _SHARED_UNIT.finditer(sent):
        nxt = [v for v in found if v.unit in ("CNY", "USD") and 0 < v.start - m.end() <= 16]
        if nxt:
            add(m, _decimal(m["num"], m["scale"]), nxt[0].unit, None)
    for m in _PERCENT.finditer(sent):
        add(m, _decimal(m["num"], None), "percent", None)
    counted: list[int] = []
    for m in _COUNT.finditer(sent) if counted_noun else ():
        # "300 and 120 foreign-funded enterprises": numbers listed before the counted one
        first, heads = m.start(), []
        while (x := _LISTED_BEFORE.search(sent, 0, first)) is not None and not _YEAR.fullmatch(
            x["num"]
        ):
            heads.append(x)
            first = x.start()
        lead = _COUNT_BEFORE.search(sent[max(0, first - 40) : first])
        after = _DOTS.sub(" ", sent[m.end() :])  # "worth 9.1 million U.S. dollars have been"
        if lead is None and (_NEW_MODS.search(m["mods"] or "") or _SAW_SIGNED.match(after)):
            # "saw 287 new enterprises", "saw 14 projects ... (being) signed"
            lead = _SAW.search(sent[max(0, first - 40) : first])
        listed = bool(counted) and re.fullmatch(r"\s+and\s+", sent[counted[-1] : m.start()])
        if lead is None and not listed and not (_COUNT_AFTER.match(after) or _SIGNED.match(after)):
            continue
        if lead is not None and lead.group(0).lower().startswith("with") and not (
            _WITH_COUNT.search(m["mods"] or "") or _SIGNED.match(after)  # "with 20 projects signed"
        ):
            continue
        for x in heads:  # the number alone
            y = _NUMBER.match(sent, x.start())
            if y is not None:
                add(y, _decimal(x["num"], None), "count", _COUNT_MEASURE[m["noun"].lower()])
        add(m, _decimal(m["num"], None), "count", _COUNT_MEASURE[m["noun"].lower()])
        counted.append(m.end())
    for m in _WORD_COUNT.finditer(sent) if counted_noun else ():
        # only where the area signs, attracts or sets them up ("Two companies signed a deal"
        # counts nothing)
        lead = _COUNT_BEFORE.search(sent[max(0, m.start() - 40) : m.start()])
        # "16 industry transfer projects and five science and technology projects": listed
        # after a count, counted as it is
        listed = bool(counted) and re.fullmatch(r"\s+and\s+", sent[counted[-1] : m.start()])
        if _NOT_A_COUNT.search(sent, max(0, m.start() - 12), m.start()) or not (
            listed
            or (lead is not None and not re.match(r"with|including|ha[sdv]|there|reach|exceed|"
                                                  r"host|hous|gather|converg|settled|resident",
                                                  lead.group(0), re.IGNORECASE))
            or _COUNT_AFTER.match(_DOTS.sub(" ", sent[m.end() :]))
        ):
            continue
        add(m, _WORD_NUMBERS[m["num"].lower()], "count", _COUNT_MEASURE[m["noun"].lower()])
    # "the number of foreign-funded enterprises has reached 24,000": bare numbers after it
    number_of = _NUMBER_OF.search(sent)
    if number_of is not None:
        noun = _COUNT_MEASURE[number_of["noun"].lower()]
        for m in _BARE.finditer(sent, number_of.end()):
            add(m, _decimal(m["num"], None), "count", noun)
    for m in _NOUN_THEN_COUNT.finditer(sent):
        if not _YEAR.fullmatch(m["num"]):
            y = _NUMBER.match(sent, m.start("num"))
            if y is not None:
                add(y, _decimal(m["num"], None), "count", _COUNT_MEASURE[m["noun"].lower()])
    found.sort(key=lambda v: v.start)
    kept: list[Value] = []
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
    return [v for v in kept if v.unit != OTHER]


def value_groups(sent: str, values: list[Value]) -> list[list[Value]]:
    """Runs of values of one unit joined only by commas and "and": "24.7%, 14.9%, and 11%"."""
    groups: list[list[Value]] = []
    for v in values:
        if groups:
            last = groups[-1][-1]
            gap = sent[last.end : v.start]
            if last.unit == v.unit and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", gap):
                groups[-1].append(v)
                continue
        groups.append([v])
    return groups
