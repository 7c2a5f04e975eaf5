"""Variables bound before a query runs (``kg query --param``, ``KnowledgeGraph.query(**params)``):
a ``VALUES`` row written into the query where its WHERE group opens, so the bindings hold
everywhere in it, aggregates and sub-queries included.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

_STRUCTURE = re.compile(
    r"""(?P<skip>
        \"\"\".*?\"\"\" | '''.*?'''
      | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
      | <[^<>"{}|^`\\\s]*>
      | \#[^\n]*
    )
    | (?P<form>\b(?:SELECT|CONSTRUCT|DESCRIBE|ASK)\b)
    | (?P<open>\{) | (?P<close>\})
    """,
    re.S | re.X | re.I,
)


def bind_values(sparql: str, bindings: Mapping[ox.Variable, ox.NamedNode | ox.Literal]
                ) -> str | None:
    """The query with ``VALUES (?a ?b) { (x y) }`` opening its WHERE group, so the bindings
    hold everywhere in it (aggregates and sub-queries included). ``None`` when the query has
    no WHERE group (``DESCRIBE ?x``): the caller substitutes the values instead."""
    form = ""
    depth = 0
    skipping_template = False
    for m in _STRUCTURE.finditer(sparql):
        if m.group("skip"):
            continue
        if m.group("form"):
            if not form:
                form = m.group("form").upper()
                after = sparql[m.end() :].lstrip()
                skipping_template = form == "CONSTRUCT" and after.startswith("{")
            continue
        if m.group("open"):
            if depth == 0 and not skipping_template and form:
                names = " ".join(f"?{v.value}" for v in bindings)
                terms = " ".join(str(t) for t in bindings.values())
                values = f" VALUES ({names}) {{ ({terms}) }} "
                return sparql[: m.end()] + values + sparql[m.end() :]
            depth += 1
        elif m.group("close"):
            depth -= 1
            if depth == 0:
                skipping_template = False
    return None
