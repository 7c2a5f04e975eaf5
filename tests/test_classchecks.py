"""kg.graph.classchecks: class constraints checked in one pass report exactly what pyshacl
reports for them (the graphs are tests/test_validate.py's, broken in class-related ways)."""

from __future__ import annotations

from collections.abc import Callable

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS
from test_validate import (
    BRI,
    CHINA,
    DOC,
    INJET,
    SHI,
    SICHUAN,
    _relation,
    _wrong_domain,
    _wrong_range,
    valid_graph,
)

from kg.graph.classchecks import split_class_checks
from kg.graph.validate import _split_sparql, _violations, load_shapes, validate_graph
from kg.vocab import KF

QB = "http://purl.org/linked-data/cube#"
PREFECTURE = URIRef("https://example.org/ontology#Prefecture")


def _literal_object(g: Graph) -> None:
    _relation(g, SHI, KF.visited, SICHUAN, start=600)
    g.add((SHI, KF.visited, Literal("Sichuan")))  # a literal is an instance of nothing


def _untyped_object(g: Graph) -> None:
    _relation(g, SHI, KF.metWith, URIRef("https://example.org/nobody"), start=700)


def _blank_subject(g: Graph) -> None:
    g.add((BNode("b0"), KF.locatedIn, CHINA))


def _subclass_in_data(g: Graph) -> None:
    # An instance of a subclass the data declares counts as an instance of the class.
    g.add((PREFECTURE, RDFS.subClassOf, KF.City))
    g.add((URIRef("https://example.org/deyang"), RDF.type, PREFECTURE))
    _relation(g, INJET, KF.locatedIn, URIRef("https://example.org/deyang"), start=800)


def _mention_of_document(g: Graph) -> None:
    m = next(g.subjects(RDF.type, KF.Mention))
    g.set((m, KF.mentionOf, DOC))
    g.set((m, PROV.wasDerivedFrom, SHI))


def _mentioned_in_entity(g: Graph) -> None:
    g.add((INJET, KF.mentionedIn, BRI))


def _observation(g: Graph) -> None:
    obs = URIRef("https://example.org/obs/1")
    g.add((obs, RDF.type, URIRef(QB + "Observation")))
    g.add((obs, URIRef(QB + "dataSet"), SHI))  # not a qb:DataSet
    g.add((obs, KF.refEntity, SICHUAN))  # a place, not an Enterprise/Event/Organization
    g.add((obs, KF.counterpart, CHINA))  # fine


BREAKS: list[Callable[[Graph], None]] = [
    _wrong_range, _wrong_domain, _literal_object, _untyped_object, _blank_subject,
    _subclass_in_data, _mention_of_document, _mentioned_in_entity, _observation,
]


def _plain_pyshacl(g: Graph) -> list[object]:
    _conforms, report, _text = pyshacl.validate(
        g, shacl_graph=load_shapes(), inference="none", advanced=True
    )
    assert isinstance(report, Graph)
    return list(_violations(report))


@pytest.mark.parametrize("mutate", BREAKS, ids=[b.__name__ for b in BREAKS])
def test_each_break_reported_as_pyshacl_does(mutate: Callable[[Graph], None]) -> None:
    g = valid_graph()
    mutate(g)
    result = validate_graph(g)
    assert result.violations == _plain_pyshacl(g)
    assert not result.conforms or mutate is _subclass_in_data


def test_all_breaks_together() -> None:
    g = valid_graph()
    for mutate in BREAKS:
        mutate(g)
    assert validate_graph(g).violations == _plain_pyshacl(g)


def test_valid_graph_still_conforms() -> None:
    result = validate_graph(valid_graph())
    assert result.conforms and result.violations == []


def test_the_project_shapes_lose_their_class_lists() -> None:
    sh_or = URIRef("http://www.w3.org/ns/shacl#or")
    core, _sparql = _split_sparql(load_shapes())
    rest, checks = split_class_checks(core)
    assert len(checks) == 28  # 10 relations x (subject, object), mentions, observations
    # Left to pyshacl: the assertion's "a Document or a source IRI" (mixed kinds) and the
    # observation's period (datatypes).
    assert len(list(rest.subject_objects(sh_or))) == 2
    assert len(rest) < len(core)


def _own_shapes(extra: str) -> Graph:
    return Graph().parse(data=f"""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:or ( [ sh:class ex:A ] [ sh:class ex:B ] ) ; sh:message "S: an A or a B" ;
            sh:property [ sh:path ex:p ; sh:class ex:A ; sh:message "p: an A" ] .
        {extra}""", format="turtle")


def _own_data() -> Graph:
    ex = "https://example.org/"
    g = Graph()
    for k, types in enumerate([("C", "A"), ("C",), ("D",)]):
        node = URIRef(f"{ex}n{k}")
        for t in types:
            g.add((node, RDF.type, URIRef(ex + t)))
        g.add((node, URIRef(ex + "p"), URIRef(f"{ex}n{(k + 1) % 3}")))
    return g


def _own_results(shapes: Graph) -> list[object]:
    from kg.graph.classchecks import run_class_checks
    from kg.graph.validate import _focus_nodes, _make_violation

    core, checks = split_class_checks(shapes)
    _conforms, report, _text = pyshacl.validate(_own_data(), shacl_graph=core, inference="none")
    found = set(_violations(report))
    run_class_checks(_own_data(), checks, lambda s: _focus_nodes(_own_data(), shapes, s),
                     lambda *r: found.add(_make_violation(*r)))
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message, v.severity))


@pytest.mark.parametrize("extra", [
    "",
    "ex:T a sh:NodeShape ; sh:targetNode ex:n2 ; sh:node ex:S .",  # S also reached via T
    "ex:S sh:deactivated true .",
    "ex:S a <http://www.w3.org/2000/01/rdf-schema#Class> .",  # implicit class target
], ids=["plain", "referenced", "deactivated", "also-a-class"])
def test_own_shapes_report_as_pyshacl(extra: str) -> None:
    shapes = _own_shapes(extra)
    assert _own_results(shapes) == _plain_pyshacl_with(shapes)
    assert bool(split_class_checks(shapes)[1]) == (extra == "")


def _plain_pyshacl_with(shapes: Graph) -> list[object]:
    _conforms, report, _text = pyshacl.validate(_own_data(), shacl_graph=shapes,
                                                inference="none")
    return list(_violations(report))
