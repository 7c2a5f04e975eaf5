"""The resolver's domain/range table agrees with the ontology, so it never keeps an edge the
ontology (and the SHACL shapes built from the same table) would reject."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDFS, Graph, URIRef
from rdflib.collection import Collection

from kg.graph.validate import load_ontology
from kg.schema import DOMAIN_RANGE, allowed
from kg.vocab import KF, RELATIONS


def _classes(onto: Graph, node: object) -> frozenset[str]:
    if isinstance(node, URIRef):
        return frozenset({str(node).rsplit("#", 1)[-1]})
    members = onto.value(node, OWL.unionOf)  # type: ignore[arg-type]
    return frozenset(str(c).rsplit("#", 1)[-1] for c in Collection(onto, members))


@pytest.mark.parametrize("prop", RELATIONS)
def test_domain_and_range_match_the_ontology(prop: str) -> None:
    onto = load_ontology()
    p = getattr(KF, prop)
    domain = _classes(onto, onto.value(p, RDFS.domain))
    range_ = _classes(onto, onto.value(p, RDFS.range))
    assert DOMAIN_RANGE[prop] == (domain, range_)


def test_allowed() -> None:
    assert allowed("visited", "Official", "Enterprise")
    assert not allowed("visited", "Enterprise", "Country")
    assert allowed("tradesWith", "Province", "Region")
