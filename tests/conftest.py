"""Shared fixtures: the real spaCy pipeline and one real build of the seed corpus."""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from rdflib import Graph
from spacy.language import Language

from kg.build import BuildReport, BuildSettings, build
from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import load_pipeline
from kg.model import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
EXTRA = SHARED / "corpus-extra"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_http(
    url: str,
    proc: subprocess.Popen,  # type: ignore[type-arg]
    name: str,
    seconds: float,
    diagnose: Callable[[], object],
    params: dict[str, str] | None = None,
) -> requests.Response:
    """Poll ``url`` until the server started as ``proc`` answers 200; fail with
    ``diagnose()`` if it dies, or with what it last answered after ``seconds``."""
    deadline = time.monotonic() + seconds
    last = "no connection"  # what the server last said, so a failure says why
    while True:
        try:
            r = requests.get(url, params=params, timeout=10)
            if r.status_code == 200:
                return r
            last = f"HTTP {r.status_code}: {' '.join(r.text.split())[:200]}"
        except (requests.ConnectionError, requests.Timeout) as err:
            last = type(err).__name__
        assert proc.poll() is None, diagnose()
        assert time.monotonic() < deadline, f"{name} did not answer 200 in {seconds:g} s ({last})"
        time.sleep(0.3)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def extractor(nlp: Language, gazetteer: Gazetteer) -> Extractor:
    """The real extractor over the real pipeline (see tests/extracting.py to run it)."""
    return Extractor(nlp, gazetteer)


FigureRow = tuple[str, str, str, bool, str, "str | None", "str | None"]


@pytest.fixture(scope="session")
def figures_of(nlp: Language, extractor: Extractor) -> Callable[..., list[FigureRow]]:
    """The figures the real extractor finds in a text dated ``date``: (measure, value, unit,
    change, area, counterpart, period) each."""

    def run(text: str, date: str | None = "2024-05-20") -> list[FigureRow]:
        doc = Document("d", "d.txt", text, "0" * 64, date=date)
        ex = extractor(nlp(text), doc)
        ms = ex.mentions
        return [
            (f.measure, f.value, f.unit, f.change, ms[f.area].text,
             ms[f.counterpart].text if f.counterpart is not None else None, f.period)
            for f in ex.figures
        ]

    return run


def shared_build(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]
) -> tuple[Path, object]:
    """``make(out)`` run once per test run into a directory named ``name``: under pytest-xdist
    (`make test` runs `-n 2`) the workers share it, the first one builds and the others wait
    on a lock, then all read the same build. Returns (directory, what make returned)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's directory, above each worker's own
    out = root / f"shared-{name}"
    with open(root / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = out / ".result.pickle"
        if done.exists():
            return out, pickle.loads(done.read_bytes())
        shutil.rmtree(out, ignore_errors=True)  # a half-built one from a failed worker
        result = make(out)
        done.write_bytes(pickle.dumps(result))
    return out, result


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory: pytest.TempPathFactory, nlp: Language
                 ) -> tuple[Path, BuildReport]:
    """The seed corpus built once per test run: (output directory, report)."""
    out, report = shared_build(
        tmp_path_factory, "build", lambda out: build(CORPUS, out, BuildSettings(), nlp=nlp)
    )
    return out, report  # type: ignore[return-value]


@pytest.fixture(scope="session")
def built_graph(built_corpus: tuple[Path, BuildReport]) -> Graph:
    g = Graph()
    g.parse(built_corpus[0] / "graph.ttl")
    return g


@pytest.fixture(scope="session")
def built_extra(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """../shared/corpus-extra built once per session (graph.ttl, graph.html, store)."""
    if not EXTRA.is_dir():
        pytest.skip(f"{EXTRA} not present")
    out, _ = shared_build(
        tmp_path_factory, "extra", lambda out: build(EXTRA, out, BuildSettings(validate=False),
                                                     nlp=nlp)
    )
    return out
