"""The figures of a built graph as a table: one row per qb:Observation, for spreadsheets.

``kg export --format csv`` writes it as ``observations.csv`` next to nodes.csv and edges.csv.
"""

from __future__ import annotations

import csv
import io

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV

from kg.vocab import KF, QB, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE

COLUMNS: tuple[str, ...] = (
    "observation",
    "indicator",
    "value",
    "unit",
    "kind",
    "area",
    "area_class",
    "counterpart",
    "period",
    "document",
    "file",
    "char_start",
    "char_end",
    "figure",
    "sentence",
    "confidence",
)


def _local(node: object) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1] if "#" in text else text


def observation_rows(graph: Graph) -> list[dict[str, str]]:
    """One dict per observation (values as text), sorted by area, indicator, period, value."""
    rows: list[dict[str, str]] = []
    for o in graph.subjects(RDF.type, QB.Observation):
        if not isinstance(o, URIRef):
            continue
        v = graph.value
        area = v(o, SDMX_DIMENSION.refArea) or v(o, KF.refEntity)
        counterpart = v(o, KF.counterpart)
        doc = v(o, PROV.wasDerivedFrom)
        rows.append({
            "observation": str(o),
            "indicator": _local(v(o, KF.indicator)),
            "value": str(v(o, SDMX_MEASURE.obsValue) or ""),
            "unit": _local(v(o, SDMX_ATTRIBUTE.unitMeasure)),
            "kind": _local(v(o, KF.figureKind)),
            "area": str(v(area, RDFS.label) or "") if area is not None else "",
            "area_class": _local(v(area, RDF.type)) if area is not None else "",
            "counterpart": str(v(counterpart, RDFS.label) or "") if counterpart else "",
            "period": str(v(o, SDMX_DIMENSION.refPeriod) or ""),
            "document": str(doc or ""),
            "file": str(v(doc, KF.fileName) or "") if doc is not None else "",
            "char_start": str(v(o, KF.charStart) or ""),
            "char_end": str(v(o, KF.charEnd) or ""),
            "figure": str(v(o, KF.surfaceForm) or ""),
            "sentence": str(v(o, KF.sentence) or ""),
            "confidence": str(v(o, KF.confidence) or ""),
        })
    return sorted(rows, key=lambda r: (r["area"], r["indicator"], r["period"], r["file"],
                                       int(r["char_start"] or 0), r["observation"]))


def observations_csv(graph: Graph) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(observation_rows(graph))
    return out.getvalue().encode("utf-8")



