"""FROM and FROM NAMED choose the dataset, in `kg query` and on `kg serve`'s /sparql; only a
query that names no dataset sees the default, the union of the store's graphs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import requests
from test_sparql_guard import kg_serve  # noqa: F401 - the fixture: a real `kg serve`

from kg.build import BuildReport

KG = str(Path(sys.executable).parent / "kg")
ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DOCS = "SELECT ?g WHERE { GRAPH ?g { ?g a kf:Document } } ORDER BY ?g LIMIT 1"


def cases(doc: str) -> list[tuple[str, str]]:
    """(query, what its count must equal): 'union', 'doc' (the document's graph) or '0'."""
    return [
        (ALL, "union"),
        (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}", "doc"),
        (f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}", "doc"),
        (f"select (count(*) as ?n) from\n<{doc}> {{ ?s ?p ?o }}", "doc"),
        ("SELECT (COUNT(*) AS ?n) FROM <http://nonexistent/> WHERE { ?s ?p ?o }", "0"),
        # FROM NAMED alone: the default graph is empty, the named graph is there for GRAPH
        (f"SELECT (COUNT(*) AS ?n) FROM NAMED <{doc}> WHERE {{ ?s ?p ?o }}", "0"),
        (f"SELECT (COUNT(*) AS ?n) FROM NAMED <{doc}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
         "doc"),
        # 'FROM' in a string, a comment, an IRI or a name is no dataset clause
        ('PREFIX from: <urn:from#>\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o '
         'FILTER(?o != "FROM <urn:x>" && ?p != from:x && ?p != <urn:FROM>) } # FROM <urn:y>',
         "union"),
    ]


def check(count: Callable[[str], int], doc: str) -> None:
    union, in_doc = count(ALL), count(cases(doc)[1][0])
    assert 0 < in_doc < union
    expected = {"union": union, "doc": in_doc, "0": 0}
    for query, what in cases(doc):
        assert count(query) == expected[what], query


def first_document(store: Path) -> str:
    done = subprocess.run([KG, "query", DOCS, "--store", str(store), "--format", "csv"],
                          capture_output=True, text=True, check=True)
    return done.stdout.split()[1]


def test_kg_query_honours_from(built_corpus: tuple[Path, BuildReport]) -> None:
    """Three runs of the command (the endpoint test below goes through every case)."""
    store = built_corpus[0] / "store"

    def rows(query: str) -> list[str]:
        done = subprocess.run([KG, "query", query, "--store", str(store), "--format", "csv"],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()[1:]

    per_graph = dict(row.split(",") for row in rows(
        "SELECT ?g ?n WHERE { { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
        "GROUP BY ?g } ?g a kf:Document } ORDER BY ?g LIMIT 1"))
    [(doc, in_doc)] = per_graph.items()
    assert rows(f"SELECT (COUNT(*) AS ?n) FROM <{doc}> WHERE {{ ?s ?p ?o }}") == [in_doc]
    nothing = "SELECT (COUNT(*) AS ?n) FROM <http://nonexistent/> WHERE { ?s ?p ?o }"
    assert rows(nothing) == ["0"]


def test_sparql_endpoint_honours_from(kg_serve: str,  # noqa: F811 - the fixture
                                      built_corpus: tuple[Path, BuildReport]) -> None:
    def count(query: str) -> int:
        r = requests.post(kg_serve, data={"query": query}, headers={"Accept": "text/csv"},
                          timeout=30)
        assert r.status_code == 200, (query, r.text)
        return int(r.text.split()[1])

    check(count, first_document(built_corpus[0] / "store"))
