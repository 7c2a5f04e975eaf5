"""Writing graphs to disk: deterministic, and atomic (temp file, then rename)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import E, KgError
from kg.files import atomic_write, temp_dir


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle with prefixes declared; rdflib sorts subjects and predicates, so it is stable."""
    data = graph.serialize(format="turtle", encoding="utf-8")
    assert isinstance(data, bytes)
    return data


def write_turtle(graph: Graph, path: Path) -> None:
    data = turtle_bytes(graph)
    atomic_write(path, lambda fh: fh.write(data))


# --- `kg export`: other serialisations of a built graph ---------------------------------------

EXPORT_FORMATS: tuple[str, ...] = (
    "turtle",
    "ntriples",
    "nquads",
    "trig",
    "jsonld",
    "graphml",
    "csv",
)


def _oxigraph_lines(turtle: Path, fmt: str) -> bytes:
    """N-Triples/N-Quads via pyoxigraph's streaming parser, lines sorted for stable diffs.

    N-Quads carries the dataset (:mod:`kg.graph.dataset`): each document's statements in its named
    graph, plus the ontology graph, as in the store."""
    import pyoxigraph as ox

    from kg.graph.dataset import dataset_quads

    if fmt == "ntriples":
        try:
            quads = ox.parse(path=turtle, format=ox.RdfFormat.TURTLE)
            lines = [ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in quads]
        except SyntaxError as err:
            raise KgError(E.E008, turtle, str(err)) from None
    else:
        lines = [ox.serialize([q], format=ox.RdfFormat.N_QUADS) for q in dataset_quads(turtle)]
    return b"".join(sorted(set(lines)))


def _trig(turtle: Path) -> bytes:
    import pyoxigraph as ox

    from kg.graph.dataset import dataset_quads
    from kg.sparql.store import turtle_prefixes

    # One block per document graph, the ontology graph last (kg.graph.dataset).
    quads = list(dataset_quads(turtle))
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=turtle_prefixes(turtle))
    return data or b""


def _turtle(turtle: Path) -> bytes:
    """The build's own Turtle, byte for byte, once it is known to parse."""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=turtle, format=ox.RdfFormat.TURTLE):
            pass
    except SyntaxError as err:
        raise KgError(E.E008, turtle, str(err)) from None
    return turtle.read_bytes()


def _jsonld(graph: Graph, turtle: Path) -> bytes:
    from kg.sparql.store import turtle_prefixes

    # Only the file's own prefixes: rdflib would otherwise add its ~30 built-in ones.
    context = turtle_prefixes(turtle)
    data = graph.serialize(format="json-ld", context=context, indent=2, encoding="utf-8")
    assert isinstance(data, bytes)
    return data


def _graphml(graph: Graph) -> bytes:
    import io

    import networkx as nx

    from kg.export.analysis import entity_graph

    buffer = io.BytesIO()
    nx.write_graphml(entity_graph(graph), buffer, encoding="utf-8")
    return buffer.getvalue()


# edges.csv: one row per relation and sentence stating it (its kf:Assertion), both ends
# labelled and classed, so a pandas user needs no join (docs/sparql.md, "Exports").
EDGE_COLUMNS = (
    "source", "source_label", "source_class", "property", "target", "target_label",
    "target_class", "sentence", "document", "date", "start_date", "end_date", "as_of",
    "confidence", "rule",
)


def _csv_tables(graph: Graph) -> tuple[bytes, bytes]:
    import csv
    import io

    from kg.export.analysis import entity_graph

    net = entity_graph(graph)
    nodes, edges = io.StringIO(), io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["id", "label", "class"])
    for node, data in sorted(net.nodes(data=True)):
        writer.writerow([node, data["label"], data["class"]])
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    writer.writerows(_edge_rows(graph, net))
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")


def _edge_rows(graph: Graph, net: Any) -> list[list[str]]:
    """Every relation edge of ``net`` once per assertion (sentence) stating it, sorted."""
    from rdflib import RDF, Literal
    from rdflib.namespace import DCTERMS, PROV

    from kg.vocab import KF

    def text(node: object, prop: object) -> str:
        value = graph.value(node, prop)  # type: ignore[arg-type]
        return str(value) if isinstance(value, Literal) else (str(value) if value else "")

    rows = []
    for a in graph.subjects(RDF.type, KF.Assertion):
        s, o = str(graph.value(a, RDF.subject)), str(graph.value(a, RDF.object))
        prop = str(graph.value(a, RDF.predicate)).rpartition("#")[2]
        if s not in net or o not in net or not net.has_edge(s, o, key=prop):
            continue
        doc = graph.value(a, PROV.wasDerivedFrom)
        start = graph.value(a, KF.charStart)
        rows.append(([s, net.nodes[s]["label"], net.nodes[s]["class"], prop, o,
                      net.nodes[o]["label"], net.nodes[o]["class"], text(a, KF.sentence),
                      str(doc or ""), text(doc, DCTERMS.date) if doc else "",
                      text(a, KF.startDate), text(a, KF.endDate), text(a, KF.asOf),
                      text(a, KF.confidence), text(a, KF.extractor)],
                     int(start) if isinstance(start, Literal) else -1))
    rows.sort(key=lambda r: (r[0][0], r[0][3], r[0][4], r[0][8], r[1], r[0][14]))
    return [r for r, _ in rows]


def _write_csv_dir(graph: Graph, out: Path) -> None:
    """nodes.csv, edges.csv and observations.csv (the figures, one row each) in ``out``:
    built in a temp directory, then renamed into place."""
    import shutil

    from kg.export.observations import observations_csv

    nodes, edges = _csv_tables(graph)
    observations = observations_csv(graph)
    try:
        tmp = temp_dir(out)
    except OSError as err:
        raise KgError(E.E012, out, err.strerror or str(err)) from None
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the result is an ordinary directory
        (tmp / "nodes.csv").write_bytes(nodes)
        (tmp / "edges.csv").write_bytes(edges)
        (tmp / "observations.csv").write_bytes(observations)
        if out.exists():
            old = out.with_name(f".{out.name}.old.{os.getpid()}")
            os.replace(out, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, out)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise KgError(E.E012, out, err.strerror or str(err)) from None


def export_graph(turtle: Path, fmt: str, out: Path) -> Path:
    """Write the graph in ``turtle`` as ``fmt`` (one of EXPORT_FORMATS) to ``out``, atomically.

    ``csv`` writes a directory holding ``nodes.csv`` and ``edges.csv`` (the entity network
    of the ten relations) and ``observations.csv`` (the figures); ``graphml`` is the entity
    network, the others are the full RDF graph.
    """
    if fmt not in EXPORT_FORMATS:
        raise KgError(E.E040, detail=f"unknown export format {fmt!r}; use {EXPORT_FORMATS}")
    if not turtle.is_file():
        raise KgError(E.E008, turtle, "file not found")
    if fmt in ("ntriples", "nquads"):
        data = _oxigraph_lines(turtle, fmt)
    elif fmt == "trig":
        data = _trig(turtle)
    elif fmt == "turtle":
        data = _turtle(turtle)
    else:
        from kg.export.analysis import load_graph

        graph = load_graph(turtle)
        if fmt == "csv":
            _write_csv_dir(graph, out)
            return out
        if fmt == "jsonld":
            data = _jsonld(graph, turtle)
        else:
            data = _graphml(graph)
    atomic_write(out, lambda fh: fh.write(data))
    return out
