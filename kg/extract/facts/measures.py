"""What a value measures: trade, exports, imports, foreign investment, investment (deals
signed and what they are worth), GDP, or a trade balance no indicator measures; named right
after the value, else nearest before it in its clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.facts.amounts import Value

_NOT_FLOW = (r"(?:enterprises|companies|firms|businesses|credit|tax(?:es)?|rebates?|tariffs?|"
             r"licen[cs]es?|controls?|processing|restrictions?|bans?)\b")
# What is measured. One alternation, longest forms first, so "import and export" is trade.
BALANCE = "balance"  # a trade surplus or deficit: no indicator measures it
_MEASURES = (
    (BALANCE, r"(?:trade\s+)?(?:surplus(?:es)?|deficits?)"),
    ("trade", r"(?:imports?\s+(?:from\s+)?and\s+exports?|exports?\s+(?:to\s+)?and\s+imports?|"
              r"import\s+and\s+export|exports?-imports?|imports?-exports?|"
              r"export\s+and\s+import|foreign\s+trade|total\s+trade|trade\s+volume|"
              r"trade\s+value|bilateral\s+trade|trade\s+(?:with|between)|trade)"
              # a modifier of something else: "foreign trade enterprises", "trade contracts"
              r"(?!\s+(?:enterprises|companies|firms|contracts?|agreements?|deals?|fairs?|expos?|"
              r"zones?|partners?|cent(?:er|re)s?|promotion|delegations?|missions?|shows?|events?|"
              r"bodies|associations?|negotiations?|talks|facilitation|barriers?|projects?|"
              r"conferences?|councils?|forums?|weeks?|festivals?|cooperation\s+zones?))"
              # a balance is no volume: "trade surplus", "trade deficit"
              r"(?!\s+(?:surplus(?:es)?|deficits?|balances?|frictions?|disputes?|wars?))"),
    ("foreignInvestment", r"attract(?:s|ed|ing)?(?=\s+(?:US\s?\$|\$|USD|RMB))|"
                          # "Hubei actually utilized 7.5 billion dollars"
                          r"actually\s+(?:used|utili[sz]ed)(?=\s+(?:about\s+|over\s+|some\s+|"
                          r"more\s+than\s+|nearly\s+)?(?:US\s?\$|\$|USD|RMB|¥|\d))|"
                          r"actual(?:ly)?\s+(?:use|used|utilized|utilised)\s+(?:of\s+)?foreign"
                          r"\s+(?:investment|capital)|actual\s+use\s+of\s+foreign\s+"
                          r"(?:investment|capital)|utilized\s+foreign\s+(?:investment|capital)|"
                          r"paid-in\s+(?:\w+\s+)?investment|foreign\s+direct\s+investment|\bFDI\b|foreign[\s-]capital|"
                          r"(?:use|utili[sz]ation)\s+of\s+foreign\s+funds|"
                          r"foreign\s+investment"),
    # not a modifier: "export-oriented industries", "export enterprises", "import tariffs"
    # (not "exporters", "importers")
    # "sold products abroad valued at X", "purchasing goods worth X from around the world"
    ("exports", rf"(?<!-)exports?\b(?!-|\s+{_NOT_FLOW})|exported|"
                r"sold\s+(?:[\w-]+\s+){0,3}?(?:abroad|overseas)\b"),
    ("imports", rf"(?<!-)imports?\b(?!-|\s+{_NOT_FLOW})|imported|"
                r"(?:purchas(?:ed|ing|es)|bought|buying)\s+(?:goods|commodities|products)"
                r"(?=(?:[^.;]|\.\d){0,60}?\bfrom\s+(?:abroad|overseas|around\s+the\s+world)\b)"),
    ("investment", r"total\s+investment|combined\s+investment|planned\s+investment|"
                   r"agreed\s+investment|investment|(?<!-)invest(?:ed|s|ing)?\b|"
                   r"(?:projects?|deals|agreements)(?:\s+[\w-]+){0,4}?,?\s+(?:(?:is|was|are|were)\s+)?worth|"
                   r"contracted|contract\s+(?:volume|value|amount)s?|deals?|agreements?|valued\s+at|"
                   # "currently being built at a cost of X": what the project is worth
                   r"(?:built|constructed|developed|completed)\s+at\s+a\s+(?:total\s+)?cost\s+of|"
                   r"(?:committed|allocated|poured|injected|spen(?:d|ds|ding|t))(?=\s+(?:about\s+|over\s+|some\s+|"
                   r"more\s+than\s+|nearly\s+)?(?:RMB|US\$|\$|USD|¥|\d))"),
    ("gdp", r"\bGDP\b|gross\s+domestic\s+product|economic\s+(?:size|output|aggregate|volume)"),
)
MEASURE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in _MEASURES), re.IGNORECASE
)
# words that say "investment" only when nothing before them in the clause says what
_WEAK = re.compile(r"valued\s+at", re.IGNORECASE)
_NAMED_DEAL = re.compile(r"(?:deals?|agreements?)$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+[A-Z][\w-]*|\b[A-Z]{2,})\)?\s+$")


# "organizing 27 economic, trade, and cultural exchange activities": a measure's word in a
# list of the modifiers of a bare count (no unit, no "of") describes the counted things
_COUNTED_MODIFIER = re.compile(
    r"(?<![\w.,$])(?!(?:19|20)\d{2}\b)\d[\d,]*\s+(?:(?!(?:of|in|to|from|with|for|worth|yuan|"
    r"dollars?|billion|million|trillion|percent|per|times|more|new|foreign|major|key)\b)"
    r"[a-z][\w-]*(?:,\s+(?:and\s+)?|\s+and\s+)){1,3}$")
_LIST_ON = re.compile(r",\s+(?:and\s+)?[a-z]|\s+and\s+[a-z]")
# "recorded growth of 5.9 percent with its biggest trade partner": trade with it
_WITH_PARTNER = re.compile(r"\s*(?:year[\s-]on[\s-]year\s+)?with\s+(?:its|their|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:trade|trading)\s+partners?\b", re.IGNORECASE)
_RATE_OF = re.compile(r"\s*(?:year[\s-]on[\s-]year\s+)?(?:increase|growth|rise|jump|decline|drop|"
                      r"fall|decrease)\s+(?:of|in)\s+(?:its\s+|their\s+|the\s+|[\w-]+[’']s\s+)?",
                      re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:was|were|ha(?:s|ve|d)\s+been)\s+|"
                          r"(?:worth\s+)?(?:of|in)\s+)?", re.IGNORECASE)


def measure_of(sent: str, v: Value, lo: int, names: Sequence[tuple[int, int]] = ()) -> str | None:
    """The measure named nearest before the value (within its clause, from ``lo``), else
    right after it ("US$ 298.2 billion of foreign investment")."""
    if v.measure:
        return v.measure
    # "351 million yuan was exported", "9 billion yuan (US$1.3 billion) of investment",
    # "US$94.9 billion worth of imports": the measure the value is attached to
    link = _RIGHT_AFTER.match(sent, v.end)
    right = MEASURE.match(sent, link.end()) if link is not None else None
    if right is not None:
        return right.lastgroup
    best: tuple[int, str] | None = None
    for start in (lo, 0):  # its own clause first, then what the sentence began with
        for m in MEASURE.finditer(sent, start):
            if m.start() >= v.start:
                break
            if any(a <= m.start() < b for a, b in names):
                continue  # a word of a name: "the Foreign Trade Bureau"
            if _COUNTED_MODIFIER.search(sent, max(0, m.start() - 60), m.start()) and \
                    _LIST_ON.match(sent, m.end()):
                continue  # "27 economic, trade and cultural activities": what is counted
            if _NAMED_DEAL.match(m.group(0)) and _NAME_BEFORE.search(sent, 0, m.start()):
                continue  # "the Regional Comprehensive Economic Partnership agreement"
            if best is not None and _WEAK.fullmatch(m.group(0)):
                continue  # "Exports during this period were valued at ...": exports
            best = (m.start(), m.lastgroup or "")
        if best is not None:
            return best[1]
    if _WITH_PARTNER.match(sent, v.end):
        return "trade"
    rate = _RATE_OF.match(sent, v.end)
    named = MEASURE.match(sent, rate.end()) if rate is not None else None
    if named is not None:  # "a 12.3 percent year on year increase of its foreign trade"
        return named.lastgroup
    m = MEASURE.search(sent[v.end : v.end + 40])
    if m and not re.search(r"[,;]", sent[v.end : v.end + m.start()]):
        return m.lastgroup
    return None
