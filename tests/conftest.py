"""Shared fixtures: the real spaCy pipeline and one real build of the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from spacy.language import Language

from kg.build import BuildReport, BuildSettings, build
from kg.gazetteer import Gazetteer
from kg.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
EXTRA = SHARED / "corpus-extra"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory: pytest.TempPathFactory, nlp: Language
                 ) -> tuple[Path, BuildReport]:
    """The seed corpus built once per test session: (output directory, report)."""
    out = tmp_path_factory.mktemp("build")
    report = build(CORPUS, out, BuildSettings(), nlp=nlp)
    return out, report


@pytest.fixture(scope="session")
def built_graph(built_corpus: tuple[Path, BuildReport]) -> Graph:
    g = Graph()
    g.parse(built_corpus[0] / "graph.ttl")
    return g
