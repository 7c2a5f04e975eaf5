"""What a SPARQL text says outside its strings, IRIs, comments and names, found without a
parser: cheap (regular expressions, linear in the text), so it can run on every request
before anything costly, and it follows the engine wherever rdflib's grammar cannot.

* :func:`has_keyword` (:func:`uses_service`, :func:`names_dataset`) and
  :func:`operator_count` read the text outside its strings, IRIs, comments and names: a
  keyword is a bare word (``"SERVICE"`` in a string, ``<urn:SERVICE>``, ``?service``,
  ``kf:Service`` and a ``# SERVICE`` comment are not). Oxigraph reads no ``\\u`` escape
  outside strings and IRIs, so a keyword it runs is spelled out here too.
* :func:`complexity_refusal` bounds what parsers and the engine recurse through: bracket
  nesting and the number of operators (``!!!!…`` or ``1+1+…`` thousands long crash the engine's
  parser with a stack overflow).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.sparql.guard import MAX_NESTING, nesting_depth

MAX_OPERATORS = 2_000
"""Operator characters (``! + - * / | & = < > ^``) accepted in one query. Real queries use a
few dozen; the engine's parser overflows its stack somewhere past 6,000 in one chain."""

# Whatever may hold a keyword's letters without being one, removed before words are read.
_NOT_CODE = re.compile(
    # strings, written as "unrolled loops" (runs of plain characters, then one escape or
    # quote): linear and fast on a megabyte of text
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    r"|'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'"
    r'|<[^<>"{}|^`\\\s]*>'  # an IRI (a '<' with spaces after it is an operator)
    r"|\#[^\n\r]*"
    r"|[?$]\w+"  # variables
    r"|@[A-Za-z]+(?:-[A-Za-z0-9]+)*"  # language tags
    r"|(?:[^\W\d][\w.-]*)?:[\w:%.-]*(?:\\.[\w:%.-]*)*"  # prefixed names, blank node labels
    r"|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"  # numbers (the '-' of an exponent is no operator)
)
_WORD = re.compile(r"[A-Za-z]+")
_OPERATORS = "!+-*/|&=<>^"


@lru_cache(maxsize=8)  # one request asks several questions of the same text
def code_of(sparql: str) -> str:
    """The text with strings, IRIs, comments, names and numbers blanked out."""
    return _NOT_CODE.sub(" ", sparql)


def has_keyword(sparql: str, keyword: str) -> bool:
    """``keyword`` (upper case) is used as a bare word, in any case."""
    if keyword.lower() not in sparql.lower():  # the common answer, without the scan
        return False
    return keyword in {w.upper() for w in _WORD.findall(code_of(sparql))}


def uses_service(sparql: str) -> bool:
    """A SERVICE clause (or a syntax error that the word makes no better)."""
    return has_keyword(sparql, "SERVICE")


def names_dataset(sparql: str) -> bool:
    """FROM or FROM NAMED: the query says which graphs it reads."""
    return has_keyword(sparql, "FROM")


def operator_count(sparql: str) -> int:
    """Operator characters outside strings, IRIs, comments and names."""
    raw = sum(map(sparql.count, _OPERATORS))
    if raw <= MAX_OPERATORS:  # fewer in all the text: no need to look closer
        return raw
    return sum(map(code_of(sparql).count, _OPERATORS))


def complexity_refusal(sparql: str) -> str | None:
    """Why the text is refused before any parser or the engine sees it (None: it is not)."""
    depth = nesting_depth(sparql)
    if depth > MAX_NESTING:
        return f"query nested {depth} brackets deep; at most {MAX_NESTING} are accepted"
    operators = operator_count(sparql)
    if operators > MAX_OPERATORS:
        return (
            f"query has {operators} operators; at most {MAX_OPERATORS} are accepted "
            "(use VALUES or IN (...) for long lists)"
        )
    return None
