"""kg.sparql.feed: the store loaded by a second process from the N-Triples `kg build` writes
(real processes, real RocksDB stores, compared with the store loaded from graph.ttl)."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildReport
from kg.errors import E, KgError
from kg.graph.rdf import prefixes
from kg.sparql.feed import StoreFeed
from kg.sparql.store import PREFIXES_FILE, load_store, open_store


def _statements(store: ox.Store) -> list[str]:
    """The store's quads as sorted text, blank nodes (the ontology's) named alike."""
    return sorted(re.sub(r"_:\w+", "_:b", str(q)) for q in store)


def _feed(tmp_path: Path) -> StoreFeed:
    feed = StoreFeed.start()
    if feed is None:
        pytest.skip("a single core: kg build loads the store from graph.ttl")
    feed.begin(tmp_path / "fed", prefixes())
    return feed


def test_fed_store_holds_what_the_turtle_loads(
    built_corpus: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    ttl = built_corpus[0] / "graph.ttl"
    text = ox.serialize(ox.parse(path=ttl, format=ox.RdfFormat.TURTLE),
                        format=ox.RdfFormat.N_TRIPLES).decode()
    lines = text.splitlines(keepends=True)
    assert len(lines) > 1000
    feed = _feed(tmp_path)
    for k in range(0, len(lines), 333):  # in pieces of whole lines, as the writer sends them
        feed.write("".join(lines[k : k + 333]))
    feed.finish()
    loaded = load_store(ttl, tmp_path / "loaded")
    fed = open_store(tmp_path / "fed")  # checksums written: it opens read-only like any store
    assert _statements(fed) == _statements(loaded)
    assert ((tmp_path / "fed" / PREFIXES_FILE).read_text()
            == (tmp_path / "loaded" / PREFIXES_FILE).read_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fed", "loaded"]  # no temp dirs


def test_the_loaders_error_is_raised_here_and_no_store_is_left(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    feed.write("<https://example.org/a> <https://example.org/b> .\n")  # no object
    with pytest.raises(KgError) as err:
        feed.finish()
    assert err.value.code is E.E012 and "fed" in err.value.message
    assert "SyntaxError" in err.value.message  # the loader's own words
    assert list(tmp_path.iterdir()) == []


def test_abort_stops_the_loader(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    feed.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    feed.abort()
    assert feed._proc.returncode is not None  # gone, and waited for
    assert not (tmp_path / "fed").exists()


def test_two_builds_in_one_process_each_get_their_store(tmp_path: Path) -> None:
    """A second store loaded after this process opened one (a fork would hang in RocksDB)."""
    for name in ("one", "two"):
        feed = StoreFeed.start()
        if feed is None:
            pytest.skip("a single core")
        feed.begin(tmp_path / name, prefixes())
        feed.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
        feed.finish()
        store = open_store(tmp_path / name)
        assert len(store) > 1  # the statement and the ontology


def test_the_loader_runs_this_kg_whatever_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kg build` run from a checkout of another kg version: the loader must not import that."""
    other = tmp_path / "elsewhere"
    (other / "kg").mkdir(parents=True)
    (other / "kg" / "__init__.py").write_text("raise ImportError('the wrong kg')\n")
    monkeypatch.chdir(other)
    monkeypatch.setenv("PYTHONPATH", str(other))
    feed = _feed(tmp_path)
    feed.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    feed.finish()
    assert len(open_store(tmp_path / "fed")) > 1
