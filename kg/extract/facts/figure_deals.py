"""An amount as the value of deals or goods: an amount that modifies a signed deal
("signed a 20-billion-yuan contract") or is introduced as the signed projects' value is an
investment; orders or goods worth an amount are a sale, no indicator's (unless exported or
imported).
"""

from __future__ import annotations

import re

# "137 projects signed ..., with a total value of RMB 38 billion": the value of the deals
_DEALS = re.compile(
    r"\b(?:projects?|deals?|agreements?|contracts?)\b[^;]{0,120}?\b(?:signed|inked|sealed|"
    r"clinched|concluded|reached|nailed\s+down|agreed\s+(?:up)?on)\b|"
    r"\b(?:signed|inked|sealed|clinched|concluded|signing|inking)\b"
    r"[^;]{0,60}?\b"
    r"(?:projects?|deals?|agreements?|contracts?)\b",
    re.IGNORECASE,
)
# ("trade contracts" signed at an expo are what its deals are worth: docs/facts-gold.md)
_TRADE_DEALS = re.compile(r"\b(?:engineering|construction|procurement|purchas(?:e|ing)|"
                          r"sales)\s+(?:contracts?|deals?|agreements?)\b", re.I)
_GOODS_WORTH = re.compile(r"\b(?:orders?|goods|products?|sales|purchases?|equipment|machinery|"
                          r"aid|donations?|supplies|commodities)\s+(?:\w+\s+)?worth\s+"
                          r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
_VALUE_WORD = re.compile(r"\b(?:value|worth|amount|totall?ing|volume)\b[^;,]{0,30}$|"
                         # "The value of cooperation projects agreed upon surpasses ..."
                         r"\bvalue\s+of\s+(?:[\w-]+\s+){0,2}?(?:projects|deals|contracts|"
                         r"agreements)\b[^;,]{0,50}$", re.I)


_DEAL_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:worth\s+of\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:contracts?|deals?|agreements?|projects?)\b",
                         re.IGNORECASE)


def deal_amount(sent: str, end: int) -> bool:
    """"signed a 20-billion-yuan contract", "concluded a 1.0 billion yuan ... project": an
    amount that modifies a signed deal is its value."""
    return _DEAL_AFTER.match(sent, end) is not None and _DEALS.search(sent) is not None


# "exported goods worth ...", "imports of products worth ...": the goods traded are the flow
_TRADED_GOODS = re.compile(r"\b(?:export(?:s|ed)?|import(?:s|ed)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:goods|products?|commodities)\s+(?:\w+\s+)?worth\b", re.IGNORECASE)


def goods_value(sent: str, start: int) -> bool:
    """"won orders worth $30 million", "goods worth ...": a sale's value, no indicator's
    (unless exported or imported: "exported goods worth ..." is the exports)."""
    window = sent[max(0, start - 50) : start]
    return _GOODS_WORTH.search(window) is not None and _TRADED_GOODS.search(window) is None


def deal_value(sent: str, start: int) -> bool:
    """An amount with no indicator of its own, in a sentence about signed projects or deals,
    introduced as their value: an investment."""
    # the signing may follow the value: "with contracts worth 6 billion yuan signed";
    # purchase or engineering contracts are sales and works, not investment
    if _TRADE_DEALS.search(sent[max(0, start - 120) : start]):
        return False
    if goods_value(sent, start):
        return False
    return bool(_VALUE_WORD.search(sent[max(0, start - 90) : start])) and bool(
        _DEALS.search(sent[: start + 60])
    )


# "The 20.8-billion-dollars worth of deals covered ...": the value of the deals themselves
_WORTH_OF_DEALS = re.compile(r"\s*(?:\([^()]*\)\s*)?worth\s+of\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:deals|contracts|agreements)\b", re.IGNORECASE)


def deals_worth(sent: str, end: int) -> bool:
    """The amount ending at ``end`` is what deals are worth ("X worth of deals")."""
    return _WORTH_OF_DEALS.match(sent, end) is not None

