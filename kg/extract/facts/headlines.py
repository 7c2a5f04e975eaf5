"""A headline's figures that the body gives again: "Hechi attracts $1.45b investment" over a
body that writes "9.88 billion yuan ($1.45 billion)". The body's sentence says whose, when
and in which currency the figure first is; the headline's shortened copy (no period, often
only the bracketed conversion) is no figure of its own. kg/extract/facts/document.py drops them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from kg.extract.facts.amounts import written_values
from kg.model import Figure

_ROUNDING = Decimal("0.025")  # a headline may round the body's value to fewer digits
# "exceed USD10 bln", "tops $5b": a round number the body's value passes
_AT_LEAST = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|tops?|over|above|"
                       r"more\s+than|beyond)\s+$", re.IGNORECASE)
_PASSED = Decimal("1.1")
# a headline: the text's first line, with no full stop of its own, over the body
_HEADLINE = re.compile(r"\A\s*(?P<line>[^\n]{1,200}?)[ \t]*\n")


def headline_end(text: str) -> int | None:
    """Where the text's headline ends, or None when its first line is a body sentence
    ("KUNMING, Oct. 20 (Xinhua) -- ... .")."""
    m = _HEADLINE.match(text)
    if m is None or re.search(r"[.!?:][\"'”’)]?$", m["line"]) or not text[m.end() :].strip():
        return None
    return m.end("line")


def drop_headline_repeats(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """The figures without those of the headline whose value and unit a body sentence
    writes (as a figure or as a conversion in brackets)."""
    end = headline_end(text)
    if end is None or not any(f.start < end for f in figures):
        return list(figures)
    body: set[tuple[str, str]] = set()
    for line in text[end:].split("\n"):
        body |= written_values(line)
    return [f for f in figures if f.start >= end or not any(
        unit == f.unit and _rounded(f.value.lstrip("-"), value, _AT_LEAST.search(
            text, max(0, f.start - 20), f.start) is not None) for value, unit in body)]


def _rounded(headline: str, body: str, at_least: bool = False) -> bool:
    """The headline's value is the body's, maybe rounded ("39 bln" for "39.66 billion"), or
    a round number the body's passes ("exceed USD10 bln" over "10.27 billion")."""
    a, b = Decimal(headline), Decimal(body)
    return a == b or (b != 0 and abs(a - b) / b < _ROUNDING) or (
        at_least and a < b < a * _PASSED)
