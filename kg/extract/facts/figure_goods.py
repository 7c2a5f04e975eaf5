"""A class of goods is a part of trade, not an area's whole: "primary commodities totalled
2.79 billion yuan", "with manufactured goods down 3.46 percent", "it imported $7.74 billion
worth of crude oil", "the export of traditional Chinese herbs"; so is one kind of trader's
("Foreign-funded enterprises ... reported a 17.9 percent growth in foreign trade").
kg/extract/facts/figures.py drops such values of exports, imports and trade. Goods as a whole
stay figures: "exported 2.89 trillion yuan worth of products", "imported goods worth 1.66
trillion yuan", "exports of goods".
"""

from __future__ import annotations

import re

from kg.extract.facts.figure_scope import clause_start
from kg.extract.lexicon import words

_TRADE = frozenset({"exports", "imports", "trade"})

_WHOLE = words("whole_goods_words")
# a lowercase word (or "A and B", "A-B") before the goods noun: a proper adjective ("Russian
# goods") says whose goods, a trade partner, and leaves them whole
_CLASS = re.compile(r"\b(?P<mod>(?-i:[a-z][\w-]*))\s+(?:and\s+(?-i:[a-z][\w-]*)\s+)?"
                    r"(?:products|goods|commodities|produce)\b", re.IGNORECASE)
# "The export of traditional Chinese herbs reached X": a class of goods named after the measure
_OF_CLASS = re.compile(r"\b(?:exports?|imports?)\s+of\s+(?P<mod>(?-i:[a-z][\w-]*))\b(?!\s+(?:"
                       r"the|its|their)\b)", re.IGNORECASE)
# "Foreign-funded enterprises in the province reported a 17.9 percent growth in foreign trade",
# "private firms' exports": one kind of trader's part
_TRADERS = re.compile(r"\b(?:foreign-(?:funded|invested)|private|state-owned|private-owned|"
                      r"privately[\s-](?:owned|run|held)|state[\s-]run|"
                      r"(?:small|medium|small\s+and\s+medium)(?:-sized)?)\s+(?:[\w-]+\s+)?"
                      r"(?:enterprises|companies|firms|businesses)\b", re.IGNORECASE)
# "General export values came in at X": one mode of trade, a part of it
_MODE = re.compile(r"\b(?:general|processing|bonded)\s+(?:trade|exports?|imports?|"
                   r"import\s+and\s+export)\b", re.IGNORECASE)
# "$7.74 billion worth of crude oil": what the amount bought or sold, named after it
_WORTH_OF = re.compile(
    r"\bworth\s+of\s+(?!(?:the\s+|its\s+)?(?:products|goods|commodities|"
    r"merchandise|imports?|exports?|trade|deals?|contracts?|agreements?|investments?|projects?|"
    r"orders?|purchases?|procurement|business|transactions?|foreign|intended|cooperation|"
    r"signed|new)\b)(?-i:[a-z])", re.IGNORECASE)
# "Imports, including farm produce, copper ore and paper pulp, reached X", "exports of the
# 'new three' products — new energy vehicles, photovoltaic products and ... —": examples of
# the goods, not a class the value is limited to
_ASIDE = re.compile(r"\b(?:including|mainly|mostly|chiefly|primarily|especially|such\s+as|"
                    r"led\s+by)\s+(?:[\w-]+\s+){0,4}$|[—–][^—–]*$", re.IGNORECASE)
_FLOW_OR_VALUE = re.compile(r"\d|\b(?:trade|exports?|imports?)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*(?:\([^()]*\)\s*)?")  # a conversion: "(US$1 billion)"


def goods_part(sent: str, measure: str, start: int, end: int) -> bool:
    """The value at ``start``..``end``, of trade, exports or imports, measures a class of
    goods: one named in its clause before it, or after it as what it is "worth of"."""
    if measure not in _TRADE:
        return False
    if _WORTH_OF.match(sent, _BRACKETS.match(sent, end).end()):  # type: ignore[union-attr]
        return True
    clause = clause_start(sent, 0, start)
    # ("$3.2 billion worth of iron ore, up 8 percent": the rate of that class too)
    if _WORTH_OF.search(sent, clause, start):
        return True
    if _TRADERS.search(sent, clause, start) or _MODE.search(sent, clause, start):
        return True
    if any(m["mod"].lower() not in _WHOLE and not _ASIDE.search(sent, clause, m.start())
           for pattern in (_CLASS, _OF_CLASS) for m in pattern.finditer(sent, clause, start)):
        return True
    # "exports of integrated circuits, mobile phones, and solar cells grew A, B and C": the
    # list's "and" begins no clause; no other measure or value between the class and the value
    last = None
    for found in _OF_CLASS.finditer(sent, 0, clause):
        last = found
    return last is not None and last["mod"].lower() not in _WHOLE and not _ASIDE.search(
        sent, 0, last.start()) and not _FLOW_OR_VALUE.search(sent, last.end(), start)
