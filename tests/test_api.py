"""kg.open(build_dir): the Python way into a build (rows, DataFrames, rdflib, networkx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDFS, Graph, Literal, URIRef

import kg
from kg.api import KnowledgeGraph, Rows
from kg.build import BuildReport
from kg.errors import E, KgError

SHI = "https://w3id.org/kaifang/resource/official/shi-xiaolin-sichuan"


@pytest.fixture(scope="module")
def g(built_corpus: tuple[Path, BuildReport]) -> KnowledgeGraph:
    return kg.open(built_corpus[0])


def test_query_rows_have_python_values(g: KnowledgeGraph) -> None:
    rows = g.query("SELECT ?d ?date ?title WHERE { ?d a kf:Document ; dcterms:date ?date ; "
                   "dcterms:title ?title } ORDER BY ?date")
    assert isinstance(rows, Rows) and rows.variables == ["d", "date", "title"]
    assert len(rows) >= 1 and all(isinstance(r["date"], dt.date) for r in rows)
    assert rows[0]["d"].startswith("https://w3id.org/kaifang/resource/doc/")
    counts = g.query("SELECT (COUNT(*) AS ?n) WHERE { ?o a kf:Official }")
    assert isinstance(counts, Rows) and isinstance(counts[0]["n"], int) and counts[0]["n"] >= 10
    assert g.query("ASK { res:official/shi-xiaolin-sichuan a kf:Official }") is True


def test_query_parameters_and_rq_files(g: KnowledgeGraph) -> None:
    visits = g.query("SELECT ?p WHERE { ?o kf:visited ?p }", o="res:official/shi-xiaolin-sichuan")
    same = g.query("SELECT ?p WHERE { ?o kf:visited ?p }", o=URIRef(SHI))
    assert isinstance(visits, Rows) and visits and visits == same
    named = g.query("SELECT ?o WHERE { ?o rdfs:label ?l }", l=Literal("Shi Xiaolin"))
    assert named == [{"o": SHI}]
    rq = Path(__file__).resolve().parent.parent / "queries" / "officials-by-province.rq"
    pairs = g.query(str(rq))
    assert isinstance(pairs, Rows)
    assert {"official": "Shi Xiaolin", "province": "Sichuan"}.items() <= next(
        r for r in pairs if r["official"] == "Shi Xiaolin").items()


def test_to_df(g: KnowledgeGraph) -> None:
    pd = pytest.importorskip("pandas", reason="needs the notebook extra")
    rows = g.query("SELECT ?l ?c WHERE { ?e rdfs:label ?l ; a ?c ; kf:mentionedIn ?d }")
    assert isinstance(rows, Rows)
    df = rows.to_df()
    assert isinstance(df, pd.DataFrame) and list(df.columns) == ["l", "c"]
    assert len(df) == len(rows) and "Shi Xiaolin" in set(df["l"])
    assert set(df["c"]) >= {"https://w3id.org/kaifang/ontology#Official"}
    # prefixed names, as `kg query` prints them, on request
    short = g.query("SELECT ?e ?c ?l WHERE { ?e rdfs:label ?l ; a ?c ; kf:mentionedIn ?d }"
                    ).to_df(prefixed=True)  # type: ignore[union-attr]
    assert "kf:Official" in set(short["c"])
    assert "res:official/shi-xiaolin-sichuan" in set(short["e"])
    assert set(short["l"]) == set(df["l"])  # literals stay as they are


def test_graph_is_rdflib_over_the_store(g: KnowledgeGraph, built_graph: Graph) -> None:
    assert str(g.graph.value(URIRef(SHI), RDFS.label)) == "Shi Xiaolin"
    # The build's statements are all there (plus the ontology graph). Oxigraph types plain
    # strings as xsd:string, so objects are compared by value.
    assert len(g.graph) > len(built_graph)
    about = {(p, str(o)) for _, p, o in g.graph.triples((URIRef(SHI), None, None))}
    assert about == {(p, str(o)) for _, p, o in built_graph.triples((URIRef(SHI), None, None))}
    answer = g.graph.query("SELECT ?s ?l WHERE { ?s kf:visited/rdfs:label ?l }",
                           initBindings={"s": URIRef(SHI)})
    assert "Sichuan Injet Electric Co., Ltd." in {str(r[1]) for r in answer}


def test_nx_is_the_entity_network(g: KnowledgeGraph) -> None:
    net = g.nx()
    assert isinstance(net, nx.MultiDiGraph)
    assert net.nodes[SHI]["label"] == "Shi Xiaolin" and net.nodes[SHI]["class"] == "Official"
    assert any(k == "visited" for _, _, k in net.out_edges(SHI, keys=True))


def test_describe_and_stats(g: KnowledgeGraph, built_corpus: tuple[Path, BuildReport]) -> None:
    [shi] = g.describe("Shi Xiaolin")
    assert shi.iri == SHI and any(f.predicate == "visited" for f in shi.facts)
    assert g.stats().documents == built_corpus[1].documents


def test_open_without_a_build_is_e014(tmp_path: Path) -> None:
    with pytest.raises(KgError) as err:
        kg.open(tmp_path)
    assert err.value.code is E.E014
