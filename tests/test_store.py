"""kg.sparql.store: the on-disk pyoxigraph store written by `kg build` (real RocksDB stores)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import BuildReport
from kg.errors import E, KgError
from kg.graph.dataset import ontology_quads
from kg.sparql.store import load_store, memory_store, open_store, store_prefixes


def test_build_writes_a_store(built_corpus: tuple[Path, BuildReport], built_graph: Graph) -> None:
    out, report = built_corpus
    assert out / "store" in report.outputs
    store = open_store(out / "store")
    # The graph, plus the ontology in its own named graph (kg.graph.dataset).
    assert len(store) == len(built_graph) + len(list(ontology_quads()))
    assert len(built_graph) == report.triples
    assert store_prefixes(out / "store")["kf"] == "https://w3id.org/kaifang/ontology#"


def test_load_store_replaces_atomically_while_readers_are_open(
    built_corpus: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    ttl = built_corpus[0] / "graph.ttl"
    first = load_store(ttl, tmp_path / "store")
    n = len(first)
    # A second read-only reader at the same time: no RocksDB lock conflict.
    second = open_store(tmp_path / "store")
    assert len(second) == n
    # Reloading while both are open swaps the directory; old handles keep working.
    third = load_store(ttl, tmp_path / "store")
    assert len(third) == len(first) == len(second) == n
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "store"]
    assert leftovers == []  # no temp or old directories left behind


def test_read_write_open_works_when_no_reader_holds_it(
    built_corpus: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    load_store(built_corpus[0] / "graph.ttl", tmp_path / "s")  # returned store dropped at once
    writable = open_store(tmp_path / "s", read_only=False)
    assert len(writable) > 0


def test_missing_store_is_e014(tmp_path: Path) -> None:
    with pytest.raises(KgError) as err:
        open_store(tmp_path / "nowhere")
    assert err.value.code is E.E014
    assert "kg build" in err.value.message


def test_missing_or_bad_turtle_is_e008(tmp_path: Path) -> None:
    with pytest.raises(KgError) as err:
        load_store(tmp_path / "missing.ttl", tmp_path / "store")
    assert err.value.code is E.E008
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(KgError) as err:
        load_store(bad, tmp_path / "store")
    assert err.value.code is E.E008
    assert not (tmp_path / "store").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.ttl"]  # temp dir cleaned up
    with pytest.raises(KgError):
        memory_store(bad)
