"""Dates and figures in the built graph: on assertions, events and qb:Observations, valid."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.graph.rdf import period_literal
from kg.graph.validate import validate_graph
from kg.vocab import KF, KFC, QB, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE


def _label(g: Graph, node: object) -> str:
    return str(g.value(node, RDFS.label))  # type: ignore[arg-type]


def test_a_dated_visit_carries_its_days(built_graph: Graph) -> None:
    g = built_graph
    days = {
        (_label(g, g.value(a, RDF.object)), str(g.value(a, KF.startDate)),
         str(g.value(a, KF.endDate)))
        for a in g.subjects(RDF.predicate, KF.visited)
        if _label(g, g.value(a, RDF.subject)) == "Shi Xiaolin" and (a, KF.startDate, None) in g
    }
    assert ("Sichuan Injet Electric Co., Ltd.", "2025-04-16", "2025-04-16") in days
    for a in g.subjects(KF.startDate, None):
        assert g.value(a, KF.startDate).datatype == XSD.date  # type: ignore[union-attr]


def test_undated_articles_give_no_dates(built_graph: Graph) -> None:
    # The Jilin article says "On December 13" but has no date of its own: nothing is guessed.
    g = built_graph
    for a in g.subjects(KF.startDate, None):
        assert "December 13" not in str(g.value(a, KF.sentence))


def test_respectively_gives_one_observation_per_value(built_graph: Graph) -> None:
    g = built_graph
    found = {}
    for o in g.subjects(RDF.type, QB.Observation):
        partner = g.value(o, KF.counterpart)
        if partner is not None and g.value(o, KF.indicator) == KFC.exports:
            found[_label(g, partner)] = g.value(o, SDMX_MEASURE.obsValue).toPython()  # type: ignore[union-attr]
            assert _label(g, g.value(o, SDMX_DIMENSION.refArea)) == "Jiangsu"
            assert g.value(o, KF.figureKind) == KFC.change
            assert g.value(o, SDMX_ATTRIBUTE.unitMeasure) == KFC.percent
            assert "respectively" in str(g.value(o, KF.sentence))
            assert (g.value(o, PROV.wasDerivedFrom), RDF.type, KF.Document) in g
    assert found == {"ASEAN": Decimal("24.7"), "Africa": Decimal("14.9"),
                     "Latin America": Decimal("11")}


def test_amounts_are_in_base_units(built_graph: Graph) -> None:
    g = built_graph
    values = {
        g.value(o, SDMX_MEASURE.obsValue).toPython()  # type: ignore[union-attr]
        for o in g.subjects(SDMX_DIMENSION.refPeriod, period_literal("2023"))
        if g.value(o, KF.indicator) == KFC.gdp
    }
    assert Decimal("12820000000000") in values


def test_shapes_reject_a_bad_observation_and_reversed_days(built_graph: Graph) -> None:
    g = Graph()
    for t in built_graph:
        g.add(t)
    obs = next(iter(g.subjects(RDF.type, QB.Observation)))
    g.remove((obs, KF.indicator, None))
    g.set((obs, SDMX_ATTRIBUTE.unitMeasure, URIRef(str(KF) + "EUR")))
    g.add((obs, SDMX_DIMENSION.refPeriod, Literal("sometime")))
    a = next(iter(g.subjects(KF.startDate, None)))
    g.set((a, KF.startDate, Literal("2030-01-01", datatype=XSD.date)))
    report = validate_graph(g)
    messages = " ".join(v.message for v in report.violations)
    assert not report.conforms
    assert "kf:indicator" in messages
    assert "unitMeasure" in messages
    assert "refPeriod" in messages
    assert "kf:startDate" in messages
