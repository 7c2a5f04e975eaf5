"""kg.graph.dataset: the store as a dataset (ontology graph, a graph per document, union)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph

from kg.build import BuildReport
from kg.graph.dataset import ONTOLOGY_GRAPH, ontology_quads
from kg.sparql.query import QueryResult, plain, read_query, run_query
from kg.sparql.store import open_store
from kg.vocab import KF

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def store(built_corpus: tuple[Path, BuildReport]) -> ox.Store:
    return open_store(built_corpus[0] / "store")


def count(store: ox.Store, sparql: str) -> int:
    return int(plain(run_query(store, sparql).rows[0][0]))


def test_one_named_graph_per_document_plus_the_ontology(
    store: ox.Store, built_corpus: tuple[Path, BuildReport]
) -> None:
    n = count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert n == built_corpus[1].documents + 1


def test_ontology_is_in_its_graph_and_visible_by_default(store: ox.Store) -> None:
    in_graph = count(store, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{ONTOLOGY_GRAPH.value}> "
                            "{ ?c a owl:Class } }")
    assert in_graph >= 16  # 12 entity classes + Document, Assertion, Mention, Entity
    assert count(store, "SELECT (COUNT(*) AS ?n) { ?c a owl:Class }") == in_graph
    assert count(store, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{ONTOLOGY_GRAPH.value}> "
                        "{ ?s ?p ?o } }") == len(list(ontology_quads()))


def test_provenance_lives_in_the_graph_of_its_document(store: ox.Store) -> None:
    # Every mention and assertion taken from a document is in that document's graph ...
    misplaced = run_query(store, """SELECT ?n WHERE {
        ?d a kf:Document . ?n prov:wasDerivedFrom ?d .
        FILTER NOT EXISTS { GRAPH ?d { ?n prov:wasDerivedFrom ?d } } }""")
    assert len(misplaced) == 0
    # ... and each document graph holds only its own node and what was derived from it.
    strays = run_query(store, """SELECT ?s WHERE { ?d a kf:Document .
        GRAPH ?d { ?s ?p ?o } FILTER(?s != ?d)
        FILTER NOT EXISTS { GRAPH ?d { ?s prov:wasDerivedFrom ?d } } }""")
    assert len(strays) == 0
    # Entities stay in the default graph, outside every named graph.
    assert count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?e a kf:Official } }") == 0


def _answer(result: QueryResult) -> Counter[object] | bool:
    if result.kind == "ask":
        return bool(result.boolean)
    if result.kind == "graph":
        return Counter(str(t) for t in result.triples)
    # GROUP_CONCAT joins in no fixed order: compare its parts as a set.
    return Counter(
        tuple(" | ".join(sorted(plain(t).split(" | "))) for t in row) for row in result.rows
    )


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_query_answers_as_on_the_turtle_alone(
    store: ox.Store, built_corpus: tuple[Path, BuildReport], path: Path
) -> None:
    turtle_only = ox.Store()
    turtle_only.load(path=built_corpus[0] / "graph.ttl", format=ox.RdfFormat.TURTLE)
    sparql = read_query(str(path))
    assert _answer(run_query(store, sparql)) == _answer(run_query(turtle_only, sparql))


def test_documents_in_the_graph_match_the_named_graphs(
    store: ox.Store, built_graph: Graph
) -> None:
    docs = {str(d) for d in built_graph.subjects(RDF.type, KF.Document)}
    graphs = {plain(r[0]) for r in run_query(
        store, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").rows}
    assert graphs == docs | {ONTOLOGY_GRAPH.value}
