"""What a SPARQL request *is*, decided by parsing it, before a read-only endpoint runs it.

Two layers keep ``kg serve`` from making requests on a client's behalf:

1. :func:`inspect` parses the text with rdflib's SPARQL 1.1 grammar and walks the parsed
   query's algebra: a ``SERVICE`` pattern anywhere (any case, any comment or escape around it)
   is refused with a clear message, and text that parses as an update is refused as one.
   The text is first put in the form the engine will run (:func:`normalize`: line ends as
   ``\\n``), so the check and the engine read the same characters.
2. The engine runs in worker processes that cannot open a network socket at all
   (``kg.sparql.sandbox.deny_network``), so a query the first layer cannot vet (rdflib's grammar
   is narrower than Oxigraph's) still cannot reach anything.

:func:`nesting_depth` bounds brackets before any parser sees the text: both parsers recurse
per level, and a query nested thousands deep would crash them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

MAX_NESTING = 64
"""Deepest bracket nesting accepted; real queries stay under ten."""
MAX_PARSED = 100_000
"""Longer texts are not parsed here (rdflib's parser would hold the server for seconds);
they go to the sandboxed engine unvetted, under its timeout."""

Kind = Literal["query", "update", "unknown"]
_NOT_BRACKET = re.compile(r"[^{}()\[\]]+")


@dataclass(frozen=True)
class Verdict:
    kind: Kind  # "unknown": rdflib could not parse it (the engine decides, sandboxed)
    service: bool = False  # the parsed query contains a SERVICE pattern


def normalize(sparql: str) -> str:
    """The text both the check and the engine see. SPARQL ends a ``#`` comment at CR or LF;
    some parsers only at LF, so a bare CR is made an LF (it is whitespace either way)."""
    return sparql.replace("\r\n", "\n").replace("\r", "\n")


def nesting_depth(sparql: str) -> int:
    """The deepest ``{ ( [`` nesting of the raw text (brackets in strings count too: the
    bound is on what a parser may have to recurse through, so over-counting is safe)."""
    depth = deepest = 0
    for ch in _NOT_BRACKET.sub("", sparql):  # a loop over the brackets only: fast on 1 MB
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]" and depth:
            depth -= 1
    return deepest


def _nodes(node: object) -> Iterator[object]:
    """Every node of an rdflib parse tree or algebra (CompValue, lists, ParseResults)."""
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif hasattr(item, "asList") and hasattr(item, "__iter__"):  # pyparsing ParseResults
            stack.extend(iter(item))  # type: ignore[call-overload]


def _has_service(tree: object) -> bool:
    return any(getattr(n, "name", None) == "ServiceGraphPattern" for n in _nodes(tree))


@lru_cache(maxsize=512)  # clients repeat their queries; parsing costs a few ms
def _inspect(sparql: str, prefixes: tuple[tuple[str, str], ...]) -> Verdict:
    return inspect(sparql, dict(prefixes))


def inspect_cached(sparql: str, prefixes: Mapping[str, str]) -> Verdict:
    """:func:`inspect`, remembered for the last few hundred distinct texts."""
    return _inspect(sparql, tuple(sorted(prefixes.items())))


def inspect(sparql: str, prefixes: Mapping[str, str] | None = None) -> Verdict:
    """Parse ``sparql`` (already :func:`normalize`-d and depth-checked) and say what it is."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if len(sparql) > MAX_PARSED:
        return Verdict("unknown")
    try:
        tree = parseQuery(sparql)
    except Exception:  # noqa: BLE001 - pyparsing, recursion, rdflib internals: not vetted
        try:
            update = parseUpdate(sparql)
        except Exception:  # noqa: BLE001
            return Verdict("unknown")
        # An "update" of nothing but a prologue or a comment is not one: the engine answers.
        return Verdict("update" if "request" in update else "unknown")
    try:
        algebra = translateQuery(tree, initNs=dict(prefixes or {}))
    except Exception:  # noqa: BLE001 - e.g. an undeclared prefix: the parse tree still shows it
        return Verdict("query", _has_service(tree))
    return Verdict("query", _has_service(algebra.algebra) or _has_service(tree))
