"""SPARQL over the built graph: run a query, then format the result for people or programs.

:func:`run_query` materialises the answer into a plain :class:`QueryResult` (so it can be
formatted several times, counted and truncated); the ``format_*``/``serialize_*`` functions
turn it into an aligned table, the SPARQL 1.1 result formats, or RDF for graph queries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from kg.errors import E, KgError
from kg.sparql.bindings import bind_values
from kg.vocab import DEFAULT_ONTOLOGY_NS, DEFAULT_RESOURCE_NS

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Kind = TypingLiteral["select", "ask", "graph"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

DEFAULT_PREFIXES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "kf": DEFAULT_ONTOLOGY_NS,
    "res": DEFAULT_RESOURCE_NS,
}
"""Declared implicitly for every query (a query's own PREFIX wins) and used to compact output."""

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@dataclass
class QueryResult:
    """A materialised SPARQL answer. ``truncated`` is set when ``max_results`` cut it short."""

    kind: Kind
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def column(self, name: str) -> list[str]:
        """Plain string values of one variable (``""`` when unbound): handy in tests/notebooks."""
        i = self.variables.index(name)
        return [plain(row[i]) for row in self.rows]

    def records(self) -> list[dict[str, str]]:
        return [
            {v: plain(t) for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]


# --- reading queries -------------------------------------------------------------------------

_QUERY_FILE_SUFFIXES = {".rq", ".sparql", ".txt"}


def read_query(text_or_file: str) -> str:
    """The SPARQL text of an argument that is either a query or the path of a ``.rq`` file."""
    path = Path(text_or_file)
    looks_like_file = path.suffix in _QUERY_FILE_SUFFIXES or not re.search(r"[\s{]", text_or_file)
    if not looks_like_file:
        return text_or_file
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KgError(E.E013, path) from None
    except UnicodeDecodeError as err:
        raise KgError(E.E003, path, f"byte {err.start}") from None
    except OSError as err:
        raise KgError(E.E021, path, err.strerror or str(err)) from None


def query_question(sparql: str) -> str:
    """The ``# Question: ...`` line of a competency query ('' if it has none)."""
    m = re.search(r"^#\s*Question:\s*(.+)$", sparql, re.MULTILINE)
    return m.group(1).strip() if m else ""


def declared_prefixes(sparql: str) -> dict[str, str]:
    """PREFIX declarations of a query, used to compact IRIs the way its author wrote them."""
    return {
        m.group(1): m.group(2)
        for m in re.finditer(r"PREFIX\s+([\w.-]*):\s*<([^>]*)>", sparql, re.IGNORECASE)
    }


# --- running ---------------------------------------------------------------------------------


def _graph_name(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise KgError(E.E011, detail=f"not a graph IRI: {iri[:200]!r}") from None


def run_query(
    store: ox.Store,
    sparql: str,
    max_results: int | None = None,
    prefixes: Mapping[str, str] | None = None,
    bindings: Mapping[ox.Variable, Term] | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> QueryResult:
    """Evaluate ``sparql`` against ``store``.

    Syntax errors raise ``KgError(E011)`` with pyoxigraph's ``line:column`` position; at most
    ``max_results`` rows/triples are kept (``truncated`` tells whether more existed).
    ``bindings`` fix variables before evaluation: a VALUES row opening the WHERE group, or,
    for a query without one (``DESCRIBE ?x``), pyoxigraph's substitution.
    ``default_graphs``/``named_graphs`` (graph IRIs: the SPARQL protocol's ``default-graph-uri``
    and ``named-graph-uri``) name the dataset and override the query's FROM / FROM NAMED.
    """
    from kg.sparql.lexical import complexity_refusal, names_dataset

    too_complex = complexity_refusal(sparql)  # thousands deep or long crash the parser
    if too_complex:
        raise KgError(E.E011, detail=too_complex)
    substitutions = None
    if bindings:
        bound = bind_values(sparql, bindings)
        if bound is None:
            substitutions = dict(bindings)
        else:
            sparql = bound
    try:
        # The default graph is the union of the dataset's graphs (kg.graph.dataset): queries
        # written against graph.ttl answer the same, and GRAPH ?g reaches one document. A
        # query that names its dataset (FROM, FROM NAMED) gets that dataset instead.
        dataset: dict[str, object] = {}
        if default_graphs or named_graphs:
            dataset["default_graph"] = [_graph_name(g) for g in default_graphs]
            dataset["named_graphs"] = [_graph_name(g) for g in named_graphs]
        else:
            dataset["use_default_graph_as_union"] = not names_dataset(sparql)
        answer = store.query(
            sparql,
            prefixes=dict(prefixes or DEFAULT_PREFIXES),
            substitutions=substitutions,
            **dataset,  # type: ignore[arg-type]
        )
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            result = QueryResult(kind="select", variables=names)
            for solution in answer:
                if max_results is not None and len(result.rows) >= max_results:
                    result.truncated = True
                    break
                result.rows.append(tuple(solution[i] for i in range(len(names))))
            return result
        result = QueryResult(kind="graph")
        for triple in answer:
            if max_results is not None and len(result.triples) >= max_results:
                result.truncated = True
                break
            result.triples.append(triple)
        return result
    except SyntaxError as err:
        raise KgError(E.E011, detail=_one_line(str(err))) from None
    except (OSError, RuntimeError, ValueError) as err:
        raise KgError(E.E041, detail=_one_line(str(err))) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- formatting ------------------------------------------------------------------------------


def plain(term: Term | None) -> str:
    """A term as a person reads it: literal values bare, IRIs in full, unbound as ''."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def compact(term: Term | None, prefixes: Mapping[str, str]) -> str:
    """Like :func:`plain`, but IRIs become prefixed names where a prefix matches."""
    if isinstance(term, ox.NamedNode):
        best = ""
        for name, ns in prefixes.items():
            local = term.value[len(ns) :]
            if ns and term.value.startswith(ns) and len(ns) > len(best) and _is_local(local):
                best, shown = ns, f"{name}:{local}"
        return shown if best else f"<{term.value}>"
    return plain(term)


def _is_local(local: str) -> bool:
    # Readable rather than strictly PN_LOCAL: `res:official/shi-xiaolin` is what people expect.
    return bool(re.fullmatch(r"([\w-][\w./-]*)?(?<!\.)", local))


def format_table(result: QueryResult, prefixes: Mapping[str, str] | None = None) -> str:
    """An aligned text table for SELECT, ``true``/``false`` for ASK, Turtle for graphs."""
    prefixes = prefixes if prefixes is not None else DEFAULT_PREFIXES
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return serialize_graph(result, "turtle", prefixes).decode("utf-8").rstrip("\n")
    header = result.variables
    cells = [[_cell(compact(t, prefixes)) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: Iterable[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(header), line("-" * w for w in widths)] + [line(r) for r in cells]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("\n", " ").replace("\t", " ")


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {  # RDF-star quoted triple (SPARQL 1.2 / Jena convention)
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def results_json(result: QueryResult) -> bytes:
    """SPARQL 1.1 Query Results JSON. Written here because a truncated answer is a plain list."""
    if result.kind == "ask":
        doc: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def serialize_results(result: QueryResult, fmt: str) -> bytes:
    """SELECT/ASK as a SPARQL 1.1 result format: ``json``, ``xml``, ``csv`` or ``tsv``."""
    if result.kind == "graph":
        raise KgError(E.E040, detail=f"format {fmt} is for SELECT/ASK; use turtle or ntriples")
    data = results_json(result)
    if fmt == "json":
        return data
    # pyoxigraph writes the other formats; re-reading our JSON keeps truncation in one place.
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=RESULT_FORMATS[fmt])


def serialize_graph(
    result: QueryResult, fmt: str = "turtle", prefixes: Mapping[str, str] | None = None
) -> bytes:
    """CONSTRUCT/DESCRIBE triples as ``turtle``, ``ntriples`` or ``rdfxml``."""
    rdf_format = GRAPH_FORMATS[fmt]
    used = None
    if rdf_format is not ox.RdfFormat.N_TRIPLES and prefixes:
        iris = {
            t.value
            for triple in result.triples
            for t in (triple.subject, triple.predicate, triple.object)
            if isinstance(t, ox.NamedNode)
        }
        # Only prefixes in use; one whose local names contain '/' would print as
        # `res:city\/chengdu`, so those IRIs stay in full.
        used = {
            name: ns
            for name, ns in prefixes.items()
            if any(i.startswith(ns) for i in iris)
            and not any(i.startswith(ns) and "/" in i[len(ns) :] for i in iris)
        }
    data = ox.serialize(result.triples, format=rdf_format, prefixes=used)
    return data or b""


def format_result(result: QueryResult, fmt: str, prefixes: Mapping[str, str] | None) -> bytes:
    """What ``kg query --format FMT`` prints; it always ends with a newline (a shell prompt
    after JSON or XML output starts on its own line)."""
    if fmt == "table" or (result.kind == "graph" and fmt not in GRAPH_FORMATS):
        data = format_table(result, prefixes).encode("utf-8")
    elif result.kind == "graph":
        data = serialize_graph(result, fmt, prefixes)
    elif fmt in GRAPH_FORMATS:
        raise KgError(
            E.E040,
            detail=f"--format {fmt} is for CONSTRUCT/DESCRIBE; a {result.kind.upper()} answer "
            "prints as table, csv, tsv, json or xml",
        )
    elif result.kind == "ask" and fmt in ("csv", "tsv"):
        data = b"true" if result.boolean else b"false"
    else:
        data = serialize_results(result, fmt)
    return data if data.endswith(b"\n") else data + b"\n"
