"""Builds are byte-for-byte reproducible, and independent of the number of worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, EXTRA
from spacy.language import Language

from kg.build import BuildSettings, build
from kg.web.netgraph import synthetic_graph

KG = Path(sys.executable).parent / "kg"


def test_two_builds_are_byte_identical(tmp_path: Path, nlp: Language) -> None:
    settings = BuildSettings(validate=False, html=True, cache=False)
    build(CORPUS, tmp_path / "a", settings, nlp=nlp)
    build(CORPUS, tmp_path / "b", settings, nlp=nlp)
    for name in ("graph.ttl", "graph.html"):
        a, b = tmp_path / "a" / name, tmp_path / "b" / name
        if name == "graph.html" and not a.exists():
            continue
        assert a.read_bytes() == b.read_bytes(), name


def test_jobs_2_matches_jobs_1(tmp_path: Path, nlp: Language) -> None:
    one = build(
        CORPUS, tmp_path / "j1", BuildSettings(validate=False, html=False, cache=False), nlp=nlp
    )
    two = build(
        CORPUS,
        tmp_path / "j2",
        BuildSettings(validate=False, html=False, cache=False, jobs=2, ntriples=True),
    )
    assert two.extracted == one.extracted == 5
    assert (tmp_path / "j1" / "graph.ttl").read_bytes() == (
        tmp_path / "j2" / "graph.ttl"
    ).read_bytes()
    # The N-Triples twin holds the same statements.
    lines = (tmp_path / "j2" / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == one.triples == two.triples


@pytest.mark.parametrize("n, jobs", [(1, 2), (5, 2), (100, 2), (1000, 4)])
def test_worker_batches_cover_the_corpus_in_order_and_shrink(n: int, jobs: int) -> None:
    """The batches handed to worker processes: every document once, in corpus order, at most
    DOCS_PER_TASK each, never growing (the last ones small, so the workers end together)."""
    from kg.run.executors import DOCS_PER_TASK, _guided_batches

    batches = list(_guided_batches(list(range(n)), jobs, DOCS_PER_TASK))
    assert [d for b in batches for d in b] == list(range(n))
    sizes = [len(b) for b in batches]
    assert max(sizes) <= DOCS_PER_TASK and min(sizes) >= 1
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] == 1


def _kg(args: list[str], hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    run = subprocess.run([str(KG), *args], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.skipif(not EXTRA.is_dir(), reason="../shared/corpus-extra is absent")
def test_page_bytes_do_not_follow_the_hash_seed(tmp_path: Path) -> None:
    # corpus-extra is past the page's physics threshold, so its layout is computed in Python
    # and frozen into the page: two builds under different hash seeds must agree byte for byte.
    for seed in ("1", "2"):
        _kg(["build", str(EXTRA), "--out", str(tmp_path / seed), "--no-validate"], seed)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_big_page_bytes_do_not_follow_the_hash_seed(tmp_path: Path) -> None:
    # 1,500 entities: one component too big for networkx's ForceAtlas2 (the numpy layout).
    ttl = tmp_path / "big.ttl"
    synthetic_graph(1500, seed=2).serialize(ttl, format="turtle")
    for seed in ("1", "2"):
        _kg(["viz", str(ttl), "--out", str(tmp_path / f"{seed}.html")], seed)
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()
