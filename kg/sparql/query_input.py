"""What ``kg query`` reads: the query (a file, the text itself or ``-`` for stdin), the
prefixed names it prints, and typed ``--param name=value`` bindings.

``kg query`` prints resources as ``res:official/li-keqiang``: readable, but '/' is not allowed
in a SPARQL prefixed name. :func:`expand_prefixed_names` turns such names back into full IRIs
before the query is parsed, so whatever the tool prints can be pasted into the next query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import IO

import pyoxigraph as ox

from kg.errors import E, KgError
from kg.sparql.query import declared_prefixes, read_query

XSD = "http://www.w3.org/2001/XMLSchema#"


def read_query_arg(arg: str, stdin: IO[str]) -> str:
    """The SPARQL text of ``kg query ARG``: ``-`` reads stdin, else a query or a file."""
    if arg == "-":
        text = stdin.read()
        if not text.strip():
            raise KgError(E.E011, detail="empty query on standard input")
        return text
    return read_query(arg)


# Strings, IRIs, comments and variables are skipped whole, so a ':' inside them is never taken
# for a prefixed name; what is left are candidate prefixed names.
SPARQL_TOKENS = re.compile(
    r"""(?P<skip>
        \"\"\".*?\"\"\" | '''.*?'''
      | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
      | <[^<>"{}|^`\\\s]*>
      | \#[^\n]*
      | [?$][\w]+
    )
    | (?P<pname>(?<![\w.:-])(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>[\w-][\w./%-]*))
    """,
    re.S | re.X,
)


def expand_prefixed_names(sparql: str, prefixes: Mapping[str, str]) -> str:
    """Replace prefixed names with a '/' in their local part (``res:city/chengdu``) by full
    IRIs. Only for namespaces ending in '/', and not where a property path continues with
    another prefixed name (``dcterms:source/kf:x``), so paths such as ``kf:locatedIn/a`` are
    left alone. The query's own PREFIX declarations win over ``prefixes``."""
    known = {**prefixes, **declared_prefixes(sparql)}
    out: list[str] = []
    last = 0
    for m in SPARQL_TOKENS.finditer(sparql):
        if m.group("pname") is None:
            continue
        prefix, local = m.group("prefix") or "", m.group("local")
        ns = known.get(prefix)
        tail = len(local) - len(local.rstrip("."))  # a triple's closing '.' is not the name's
        local = local[: len(local) - tail]
        if (
            ns is None
            or not ns.endswith("/")
            or "/" not in local
            or sparql[m.end() : m.end() + 1] == ":"
        ):
            continue
        out.append(sparql[last : m.start()])
        out.append(f"<{ns}{local}>" + "." * tail)
        last = m.end()
    out.append(sparql[last:])
    return "".join(out)


# --- --param name=value --------------------------------------------------------------------

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DOUBLE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")
_QUOTED = re.compile(r'"(?P<text>.*)"(?:@(?P<lang>[A-Za-z]+(-[A-Za-z0-9]+)*)|\^\^(?P<dt>\S+))?',
                     re.S)
_PNAME = re.compile(r"(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>\S*)")


def _iri(text: str, prefixes: Mapping[str, str]) -> ox.NamedNode | None:
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    if re.match(r"(https?|urn|file|mailto):", text):
        return ox.NamedNode(text)
    m = _PNAME.fullmatch(text)
    if m and (m.group("prefix") or "") in prefixes:
        return ox.NamedNode(prefixes[m.group("prefix") or ""] + m.group("local"))
    return None


Binding = tuple[ox.Variable, ox.NamedNode | ox.Literal]


def parse_param(spec: str, prefixes: Mapping[str, str]) -> Binding:
    """``name=value`` as a binding. The value's form gives its type: ``<iri>``, an
    ``http(s)://`` IRI or a prefixed name (``res:city/chengdu``) is an IRI; ``42``, ``4.2``,
    ``4e2`` are numbers; ``2025-04-16`` a date (``...T10:00:00`` a dateTime); ``true``/``false``
    booleans; ``"text"``, ``"text"@en`` or ``"v"^^xsd:type`` literals as written; anything else
    a plain string."""
    name, sep, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise KgError(E.E040, detail=f"--param {spec!r}: expected NAME=VALUE, e.g. city=res:city/"
                      "chengdu or since=2025-01-01")
    var = ox.Variable(name)
    try:
        return var, _value(value, prefixes)
    except ValueError as err:
        raise KgError(E.E040, detail=f"--param {spec!r}: {err}") from None


# A query's parameters are declared in its header, one per line (docs/sparql.md):
#   # param: official                 optional: unbound unless --param gives it (any official)
#   # param: since = 2025-01-01       with a default, written as --param would write it
_PARAM = re.compile(r"^#\s*param:\s*\??(?P<name>\w+)\s*(?:=\s*(?P<default>\S.*?))?\s*$", re.M)


def declared_params(sparql: str) -> dict[str, str | None]:
    """The ``# param:`` lines of a query: name -> default value as written (None: none)."""
    return {m.group("name"): m.group("default") for m in _PARAM.finditer(sparql)}


def query_bindings(sparql: str, given: Mapping[str, str], prefixes: Mapping[str, str]
                   ) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """The bindings a query runs with: its declared defaults, overridden by ``given``
    (name -> value as ``--param`` writes it)."""
    specs = {name: default for name, default in declared_params(sparql).items()
             if default is not None}
    specs.update(given)
    return dict(parse_param(f"{name}={value}", prefixes) for name, value in specs.items())


def _value(value: str, prefixes: Mapping[str, str]) -> ox.NamedNode | ox.Literal:
    quoted = _QUOTED.fullmatch(value)
    if quoted:
        text = quoted.group("text")
        if quoted.group("lang"):
            return ox.Literal(text, language=quoted.group("lang"))
        if quoted.group("dt"):
            dt = _iri(quoted.group("dt"), {"xsd": XSD, **prefixes})
            if dt is None:
                raise ValueError(f"unknown datatype {quoted.group('dt')}")
            return ox.Literal(text, datatype=dt)
        return ox.Literal(text)
    iri = _iri(value, prefixes)
    if iri is not None:
        return iri
    for pattern, datatype in (
        (_INTEGER, "integer"), (_DECIMAL, "decimal"), (_DOUBLE, "double"),
        (_DATE, "date"), (_DATETIME, "dateTime"),
    ):
        if pattern.fullmatch(value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))
    if value in ("true", "false"):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))
    return ox.Literal(value)
