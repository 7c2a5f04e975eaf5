"""kg.graph.liftshapes: property shapes checked at the top level report what pyshacl reports
when it reaches them through their node shapes (tests/test_validate.py's broken graphs)."""

from __future__ import annotations

from collections.abc import Callable

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from test_validate import CASES, valid_graph

from kg.graph.liftshapes import lift_property_shapes
from kg.graph.validate import _violations, load_shapes, validate_graph

EX = "https://example.org/"


def _plain_pyshacl(g: Graph, shapes: Graph | None = None) -> list[object]:
    _conforms, report, _text = pyshacl.validate(
        g, shacl_graph=shapes if shapes is not None else load_shapes(), inference="none",
        advanced=True,
    )
    assert isinstance(report, Graph)
    return list(_violations(report))


BREAKS: list[Callable[[Graph], None]] = [case[1] for case in CASES]


@pytest.mark.parametrize("mutate", BREAKS, ids=[case[0] for case in CASES])
def test_each_break_reported_as_pyshacl_does(mutate: Callable[[Graph], None]) -> None:
    g = valid_graph()
    mutate(g)
    assert validate_graph(g).violations == _plain_pyshacl(g)


def test_all_breaks_together() -> None:
    g = valid_graph()
    for mutate in BREAKS:
        try:
            mutate(g)
        except StopIteration:  # a break that needs what an earlier one removed
            continue
    assert validate_graph(g).violations == _plain_pyshacl(g)


def _shapes(extra: str) -> Graph:
    return Graph().parse(data=f"""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <{EX}> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:datatype xsd:integer ;
                          sh:message "p: one integer" ] .
        {extra}""", format="turtle")


def _data() -> Graph:
    g = Graph()
    for k, value in enumerate([Literal(1), Literal("x"), None]):
        node = URIRef(f"{EX}n{k}")
        g.add((node, RDF.type, URIRef(EX + "C")))
        if value is not None:
            g.add((node, URIRef(EX + "p"), value))
    return g


@pytest.mark.parametrize("extra", [
    "",  # lifted
    "ex:T a sh:NodeShape ; sh:targetNode ex:n0 ; sh:node ex:S .",  # S used by T: kept
    "ex:S sh:deactivated true .",  # pyshacl skips S and its property shapes: kept
], ids=["lifted", "referenced", "deactivated"])
def test_lifting_keeps_results(extra: str) -> None:
    shapes = _shapes(extra)
    assert _plain_pyshacl(_data(), lift_property_shapes(shapes)) == _plain_pyshacl(_data(), shapes)


def test_what_is_lifted() -> None:
    lifted = lift_property_shapes(_shapes(""))
    prop = next(lifted.subjects(SH.path, URIRef(EX + "p")))
    assert isinstance(prop, BNode)
    assert (None, SH.property, prop) not in lifted
    assert (prop, SH.targetClass, URIRef(EX + "C")) in lifted
    kept = lift_property_shapes(_shapes("ex:S sh:deactivated true ."))
    assert (URIRef(EX + "S"), SH.property, None) in kept
    assert Literal(True) in set(kept.objects(URIRef(EX + "S"), SH.deactivated))
