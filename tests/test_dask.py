"""The Dask executor: extraction on a real (local) distributed cluster, merged on the client."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS
from rdflib import Graph
from rdflib.compare import isomorphic
from spacy.language import Language

from kg.build import BuildSettings, build

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_build_equals_local_build(scheduler: str, tmp_path: Path, nlp: Language) -> None:
    local = build(CORPUS, tmp_path / "local", BuildSettings(validate=False, html=False), nlp=nlp)
    remote = build(
        CORPUS,
        tmp_path / "dask",
        BuildSettings(validate=False, html=False, executor="dask", scheduler=scheduler),
    )
    assert remote.extracted == local.extracted == 5
    a, b = tmp_path / "local" / "graph.ttl", tmp_path / "dask" / "graph.ttl"
    assert isomorphic(Graph().parse(a), Graph().parse(b))
    assert a.read_bytes() == b.read_bytes()
    assert remote.triples == local.triples


def test_dask_executor_without_dask_installed_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(SystemExit) as exit_:
        main(["build", str(CORPUS), "--out", str(tmp_path / "out"), "--no-cache",
              "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "pip install 'kaifang-kg[dask]'" in err
    assert not (tmp_path / "out" / "graph.ttl").exists()
