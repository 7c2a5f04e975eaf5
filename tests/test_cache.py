"""Incremental rebuilds: the per-document extraction cache in OUT/cache.sqlite."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS
from rdflib import RDF, Graph, URIRef
from spacy.language import Language

from kg.build import BuildReport, BuildSettings, build
from kg.extract.nlp import model_id
from kg.model import Extraction
from kg.run.cache import ExtractionCache, from_json, pipeline_id, to_json
from kg.vocab import KF

FAST = BuildSettings(validate=False, html=False)


def _build(corpus: Path, out: Path, nlp: Language, **kw: object) -> BuildReport:
    return build(corpus, out, BuildSettings(**{**FAST.__dict__, **kw}), nlp=nlp)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def test_pipeline_id_matches_loaded_pipeline(nlp: Language) -> None:
    # Read from meta.json without loading spaCy; must equal the loaded pipeline's id.
    assert pipeline_id(None) == model_id(nlp)


def test_extraction_json_round_trip(nlp: Language, tmp_path: Path) -> None:
    from kg.corpus.reader import iter_corpus
    from kg.extract import Extractor
    from kg.extract.gazetteer import Gazetteer
    from kg.extract.nlp import parse

    extractor = Extractor(nlp, Gazetteer.load())
    docs = list(iter_corpus(CORPUS))[:2]
    for document, doc in parse(nlp, docs):
        ex = extractor(doc, document)
        assert ex.mentions
        assert from_json(to_json(ex)) == ex
        _spools_round_trip(ex, Path(tmp_path))


def _spools_round_trip(ex: Extraction, tmp: Path) -> None:
    """A scratch spool keeps pickles and reads them back; the kept cache holds JSON and
    never unpickles a row (a planted pickle is a damaged entry, dropped with a warning)."""
    scratch = ExtractionCache(tmp / "scratch.sqlite", "k", durable=False)
    scratch.put_many([ex])
    assert scratch.get_many([ex.document]) == {ex.document.doc_id: ex}
    scratch.close()
    warnings: list[str] = []
    kept = ExtractionCache(tmp / "kept.sqlite", "k", warn=warnings.append)
    kept.put_many([ex])
    assert kept.get_many([ex.document]) == {ex.document.doc_id: ex}
    kept.db.execute("UPDATE extraction SET data = ?", (pickle.dumps(ex),))
    assert kept.covered([ex.document]) == set() and "damaged" in warnings[0]
    kept.close()


def test_edit_and_remove_rebuild_like_clean_builds(
    corpus: Path, tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = _build(corpus, out, nlp)
    assert (first.extracted, first.cached) == (5, 0)
    assert (out / "cache.sqlite").is_file()
    first_ttl = (out / "graph.ttl").read_bytes()

    # Nothing changed: everything comes from the cache and spaCy is never started.
    import kg.run.executors

    def no_spacy(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction ran although every document was cached")

    with monkeypatch.context() as m:
        m.setattr(kg.run.executors, "make_executor", no_spacy)
        again = build(corpus, out, FAST)
    assert (again.extracted, again.cached) == (0, 5)
    before = (out / "graph.ttl").read_bytes()
    assert before == first_ttl

    # Edit one document: only it is re-extracted; the graph equals a clean build's.
    files = sorted(corpus.glob("*.txt"))
    edited = files[1]
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\nWang Ming, Governor of Hainan Province, visited Wuxi on Monday.\n",
        encoding="utf-8",
    )
    incremental = _build(corpus, out, nlp)
    assert (incremental.extracted, incremental.cached) == (1, 4)
    clean = _build(corpus, tmp_path / "clean", nlp, cache=False)
    assert clean.extracted == 5
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "clean" / "graph.ttl").read_bytes()
    assert (out / "graph.ttl").read_bytes() != before

    # Remove a document: its statements go, and the graph equals a clean build's.
    old = Graph().parse(out / "graph.ttl")
    removed = files[3]
    removed.unlink()
    after_removal = _build(corpus, out, nlp)
    assert (after_removal.extracted, after_removal.cached) == (0, 4)
    clean2 = _build(corpus, tmp_path / "clean2", nlp, cache=False)
    ttl = (out / "graph.ttl").read_bytes()
    assert ttl == (tmp_path / "clean2" / "graph.ttl").read_bytes()
    assert clean2.documents == 4

    new = Graph().parse(out / "graph.ttl")
    gone = [
        d for d in old.subjects(KF.fileName, None) if str(old.value(d, KF.fileName)) == removed.name
    ]
    assert len(gone) == 1
    doc = gone[0]
    assert (doc, RDF.type, KF.Document) not in new
    assert not list(new.triples((None, None, doc)))
    only_there = {
        e for e in old.subjects(KF.mentionedIn, doc) if set(old.objects(e, KF.mentionedIn)) == {doc}
    }
    assert only_there, "the removed document should have had entities of its own"
    for e in only_there:
        assert isinstance(e, URIRef)
        assert not list(new.triples((e, KF.mentionedIn, None)))
        assert not list(new.triples((None, KF.mentionOf, e)))


def test_no_cache_writes_no_cache(corpus: Path, tmp_path: Path, nlp: Language) -> None:
    report = _build(corpus, tmp_path / "out", nlp, cache=False)
    assert report.extracted == 5
    assert not (tmp_path / "out" / "cache.sqlite").exists()
    # the temporary spool the extractions streamed through is gone too
    shown = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert shown == ["graph.ttl", "store"]
