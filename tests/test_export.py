"""`kg export`: every format from the seed graph, read back with an independent parser."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.build import BuildReport
from kg.cli import main
from kg.errors import E, KgError
from kg.export.formats import EDGE_COLUMNS, export_graph
from kg.graph.dataset import ontology_quads
from kg.vocab import KF, RELATIONS

SHI = "https://w3id.org/kaifang/resource/official/shi-xiaolin-sichuan"


@pytest.fixture(scope="module")
def ttl(built_corpus: tuple[Path, BuildReport]) -> Path:
    return built_corpus[0] / "graph.ttl"


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")],
)
def test_rdf_formats_round_trip(
    ttl: Path, built_graph: Graph, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    out = export_graph(ttl, fmt, tmp_path / f"g.{fmt}")
    graph = Graph().parse(out, format=rdflib_format)
    assert len(graph) == len(built_graph)
    assert isomorphic(graph, built_graph)


def test_turtle_export_is_the_builds_turtle(ttl: Path, tmp_path: Path) -> None:
    assert export_graph(ttl, "turtle", tmp_path / "g.ttl").read_bytes() == ttl.read_bytes()


ONTOLOGY = URIRef("https://w3id.org/kaifang/ontology")


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("trig", "trig"), ("nquads", "nquads")])
def test_quad_formats_carry_document_graphs_and_the_ontology(
    ttl: Path, built_graph: Graph, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    out = export_graph(ttl, fmt, tmp_path / f"g.{fmt}")
    ds = Dataset().parse(out, format=rdflib_format)
    docs = {str(d) for d in built_graph.subjects(RDF.type, KF.Document)}
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert docs and docs | {str(ONTOLOGY)} <= names
    assert len(ds.graph(ONTOLOGY)) == len(list(ontology_quads()))
    # Everything but the ontology is the built graph, statement for statement.
    union = Graph()
    for g in ds.graphs():
        if g.identifier != ONTOLOGY:
            union += g
    assert isomorphic(union, built_graph)


def test_nquads_and_ntriples_are_sorted_and_deterministic(
    ttl: Path, built_graph: Graph, tmp_path: Path
) -> None:
    nq = export_graph(ttl, "nquads", tmp_path / "a.nq").read_bytes()
    lines = nq.decode().splitlines()
    n_ontology = len(list(ontology_quads()))
    assert lines == sorted(lines) and len(lines) == len(built_graph) + n_ontology
    quads = list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    named = {q.graph_name for q in quads if q.graph_name != ox.DefaultGraph()}
    docs = {q.subject for q in quads
            if q.object == ox.NamedNode(str(KF.Document)) and q.predicate.value == str(RDF.type)
            and q.graph_name != ox.NamedNode(str(ONTOLOGY))}
    assert len(docs) == 5
    assert named == docs | {ox.NamedNode(str(ONTOLOGY))}
    again = export_graph(ttl, "ntriples", tmp_path / "b.nt").read_bytes()
    assert again == export_graph(ttl, "ntriples", tmp_path / "c.nt").read_bytes()


def test_graphml(ttl: Path, tmp_path: Path) -> None:
    net = nx.read_graphml(export_graph(ttl, "graphml", tmp_path / "g.graphml"))
    assert net.nodes[SHI]["label"] == "Shi Xiaolin"
    assert net.nodes[SHI]["class"] == "Official"
    visited = {
        net.nodes[o]["label"]
        for s, o, data in net.edges(data=True)
        if s == SHI and data["property"] == "visited"
    }
    assert "Sichuan Injet Electric Co., Ltd." in visited
    props = {data["property"] for _, _, data in net.edges(data=True)}
    assert props <= set(RELATIONS)


def test_csv_directory(ttl: Path, tmp_path: Path) -> None:
    out = export_graph(ttl, "csv", tmp_path / "tables")
    with (out / "nodes.csv").open() as fh:
        nodes = list(csv.DictReader(fh))
    with (out / "edges.csv").open() as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes[0]) == ["id", "label", "class"]
    assert list(edges[0]) == list(EDGE_COLUMNS)
    labels = {n["id"]: n["label"] for n in nodes}
    visit = [e for e in edges if e["source"] == SHI and e["property"] == "visited"]
    assert "Kindos Pharmaceuticals Co., Ltd." in {labels[e["target"]] for e in visit}
    assert {e["target_label"] for e in visit} == {labels[e["target"]] for e in visit}
    assert {(e["source_label"], e["source_class"]) for e in visit} == {("Shi Xiaolin", "Official")}
    assert all(0 < float(e["confidence"]) <= 1 and e["document"] and e["rule"] for e in visit)
    assert all(e["target_label"].split()[0] in e["sentence"] for e in visit)
    posts = [e for e in edges if e["property"] == "servesIn" and e["date"]]
    assert posts and all(e["as_of"] == e["date"] for e in posts)
    with (out / "observations.csv").open() as fh:
        observations = list(csv.DictReader(fh))
    asean = [o for o in observations if o["counterpart"] == "ASEAN"]
    assert len(asean) == 1 and asean[0]["area"] == "Jiangsu" and asean[0]["value"] == "24.7"
    assert asean[0]["unit"] == "percent" and asean[0]["kind"] == "change"
    assert asean[0]["figure"] == "24.7%" and "respectively" in asean[0]["sentence"]
    assert len({o["observation"] for o in observations}) == len(observations)
    # Exporting again replaces the directory in one step.
    export_graph(ttl, "csv", out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


def test_missing_input_is_e008(tmp_path: Path) -> None:
    with pytest.raises(KgError) as err:
        export_graph(tmp_path / "none.ttl", "ntriples", tmp_path / "x.nt")
    assert err.value.code is E.E008
    assert not (tmp_path / "x.nt").exists()


def test_cli(ttl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["export", str(ttl), "--format", "graphml", "--out", str(tmp_path / "g.graphml")])
    assert "wrote" in capsys.readouterr().out
    assert (tmp_path / "g.graphml").stat().st_size > 0


def test_edges_csv_from_the_cli_reads_into_pandas(built_corpus: tuple[Path, BuildReport],
                                                  tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="needs the notebook extra")
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.run([str(kg), "export", str(built_corpus[0]), "--format", "csv", "--out",
                           str(tmp_path / "t")], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    edges = pd.read_csv(tmp_path / "t" / "edges.csv", keep_default_na=False)
    assert list(edges.columns) == list(EDGE_COLUMNS)
    stated = edges[edges["rule"] != "gazetteer"]
    assert len(stated) > 0 and (stated["sentence"] != "").all() and (stated["document"] != "").all()
    assert set(edges["source_class"]) <= {"Official", "Person", "Province", "City", "Country",
                                          "Region", "Enterprise", "GovernmentBody",
                                          "Organization", "Initiative", "Event", "Zone"}
    assert stated["confidence"].between(0, 1).all()
