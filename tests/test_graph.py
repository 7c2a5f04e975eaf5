"""The RDF a build emits: what SPARQL users and triple stores rely on."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.build import BuildReport
from kg.graph.rdf import GraphSettings, build_graph
from kg.graph.resolve import resolve
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS


def entities(g: Graph) -> list[URIRef]:
    return [n for c in ENTITY_CLASSES for n in g.subjects(RDF.type, getattr(KF, c))]


def test_every_entity_has_one_class_and_one_label(built_graph: Graph) -> None:
    nodes = entities(built_graph)
    assert len(nodes) > 100
    for node in nodes:
        classes = [c for c in ENTITY_CLASSES if (node, RDF.type, getattr(KF, c)) in built_graph]
        assert len(classes) == 1, node
        assert len(list(built_graph.objects(node, RDFS.label))) == 1, node


def test_every_relation_is_traceable_to_a_sentence(built_graph: Graph) -> None:
    count = 0
    for prop in RELATIONS:
        p = getattr(KF, prop)
        for s, o in built_graph.subject_objects(p):
            count += 1
            stmts = [a for a in built_graph.subjects(RDF.subject, s)
                     if (a, RDF.predicate, p) in built_graph and (a, RDF.object, o) in built_graph]
            assert stmts, (s, prop, o)
            for a in stmts:
                assert built_graph.value(a, PROV.wasDerivedFrom) is not None
                assert built_graph.value(a, KF.extractor) is not None
                conf = float(built_graph.value(a, KF.confidence))
                assert 0.0 <= conf <= 1.0
    assert count > 50


def test_documents_carry_metadata(built_graph: Graph) -> None:
    docs = list(built_graph.subjects(RDF.type, KF.Document))
    assert len(docs) == 5
    for d in docs:
        assert len(str(built_graph.value(d, KF.sha256))) == 64
        assert built_graph.value(d, DCTERMS.title) is not None
    dated = {str(built_graph.value(d, KF.fileName)): built_graph.value(d, DCTERMS.date)
             for d in docs}
    assert str(dated["002_bd3142a90b5e95d2.txt"]) == "2022-12-26"
    sources = {str(built_graph.value(d, DCTERMS.source)) for d in docs}
    assert any("nenpower.com" in s for s in sources)


def test_turtle_loads_in_pyoxigraph(built_corpus: tuple[Path, BuildReport]) -> None:
    out, report = built_corpus
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == report.triples


def test_sentence_behind_an_edge(built_graph: Graph) -> None:
    rows = list(built_graph.query("""
        PREFIX kf: <https://w3id.org/kaifang/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?sentence WHERE {
          ?s rdfs:label "Shi Xiaolin" . ?o rdfs:label "Sichuan Injet Electric Co., Ltd." .
          ?a rdf:subject ?s ; rdf:predicate kf:visited ; rdf:object ?o ; kf:sentence ?sentence .
        }"""))
    assert rows and any("Sichuan Injet Electric" in str(r[0]) for r in rows)


def test_resource_namespace_is_configurable(built_graph: Graph, gazetteer: object) -> None:
    from kg.model import Document, Extraction, Mention

    d = Document("abc", "a.txt", "Sichuan", "0" * 64)
    corpus = resolve([Extraction(d, (Mention("Sichuan", "Province", 0, 7, 0, 7, "t", 0.9),), ())],
                     gazetteer)  # type: ignore[arg-type]
    g = build_graph(corpus, GraphSettings(resource_base="https://example.org/kg/"))
    subjects = {str(s) for s in g.subjects(RDF.type, KF.Province)}
    assert subjects == {"https://example.org/kg/province/sichuan"}
