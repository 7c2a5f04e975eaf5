"""``kg stats``: what is in a graph -- classes, properties, counts, documents, dates covered.

Plain SPARQL over the store (default graph = the union, see :mod:`kg.graph.dataset`); the ontology's
own statements are left out of the counts, so the figures describe the data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kg.graph.dataset import ONTOLOGY_GRAPH
from kg.sparql.query import compact, plain, run_query

# The data: everything except the ontology's named graph.
_DATA = f"{{ ?s ?p ?o }} MINUS {{ GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?s ?p ?o }} }}"


@dataclass
class Stats:
    triples: int
    graphs: int  # named graphs: one per document, plus the ontology's
    documents: int
    first_date: str | None
    last_date: str | None
    undated_documents: int
    classes: dict[str, int] = field(default_factory=dict)  # instances per class
    properties: dict[str, int] = field(default_factory=dict)  # statements per property


def _int(store: ox.Store, sparql: str) -> int:
    rows = run_query(store, sparql).rows
    return int(plain(rows[0][0])) if rows and rows[0][0] is not None else 0


def graph_stats(store: ox.Store, prefixes: Mapping[str, str]) -> Stats:
    data = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_DATA} }}"
    dates = run_query(store, "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE "
                             "{ ?doc a kf:Document ; dcterms:date ?d }").rows
    first, last = (plain(t) or None for t in dates[0]) if dates else (None, None)
    stats = Stats(
        triples=_int(store, data),
        graphs=_int(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
        documents=_int(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kf:Document }"),
        first_date=first,
        last_date=last,
        undated_documents=_int(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a "
                               "kf:Document FILTER NOT EXISTS { ?d dcterms:date ?x } }"),
    )
    for row in run_query(store, f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
            {{ ?s a ?c }} MINUS {{ GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?s a ?c }} }}
        }} GROUP BY ?c ORDER BY DESC(?n) ?c""").rows:
        stats.classes[compact(row[0], prefixes)] = int(plain(row[1]))
    for row in run_query(store, f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{ {_DATA} }}
            GROUP BY ?p ORDER BY DESC(?n) ?p""").rows:
        stats.properties[compact(row[0], prefixes)] = int(plain(row[1]))
    return stats


def format_text(stats: Stats) -> str:
    if stats.first_date:
        span = f"{stats.first_date} to {stats.last_date}"
        if stats.undated_documents:
            span += f" ({stats.undated_documents} undated)"
    else:
        span = "no dated documents"
    lines = [
        f"triples:    {stats.triples}",
        f"documents:  {stats.documents}",
        f"dates:      {span}",
        f"graphs:     {stats.graphs} (one per document, plus the ontology)",
        f"classes:    {len(stats.classes)}",
    ]
    width = max([len(k) for k in (*stats.classes, *stats.properties)] + [10]) + 2
    lines += [f"  {name:{width}} {n}" for name, n in stats.classes.items()]
    lines.append(f"properties: {len(stats.properties)}")
    lines += [f"  {name:{width}} {n}" for name, n in stats.properties.items()]
    return "\n".join(lines) + "\n"


def format_json(stats: Stats) -> str:
    return json.dumps(asdict(stats), ensure_ascii=False, indent=2) + "\n"
