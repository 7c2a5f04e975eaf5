"""Builds are byte-for-byte reproducible, and independent of the number of worker processes."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS
from spacy.language import Language

from kg.build import BuildSettings, build


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
