"""``kg build``: corpus -> nlp -> extract -> resolve -> graph -> Turtle + HTML.

Documents stream through spaCy in small batches (here, in worker processes or on a Dask
cluster: ``kg.run.executors``); each ``Extraction`` goes straight into SQLite
(``kg.run.cache``: kept as ``OUT/cache.sqlite`` so a rebuild only parses what changed, or a
temporary spool) and is streamed back from there: resolution reads the corpus in passes, and
the graph is written one document at a time, so memory does not grow with the corpus. Only
validation and the HTML page need the whole graph in memory. Outputs are written as a new set
beside the old one and switched in one step at the end (``kg.run.outputs``), so a bad input
file or an interruption leaves the previous outputs whole.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.corpus.reader import iter_corpus, walk_corpus
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import model_id
from kg.files import temp_file
from kg.graph.curation import (
    Curation,
    CurationReport,
    apply_curation,
    find_curation,
    load_curation,
)
from kg.graph.iris import check_base
from kg.graph.rdf import GraphSettings, build_graph, prefixes
from kg.graph.resolve import resolve
from kg.graph.serialise import write_graph_files
from kg.model import Document, Extraction
from kg.run.cache import CACHE_FILE, ExtractionCache, Spool, pipeline_id
from kg.run.outputs import OUTPUT_NAMES, OutputSet, build_lock
from kg.sparql.feed import StoreFeed

if TYPE_CHECKING:  # spaCy is imported only when something has to be parsed
    from spacy.language import Language

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BuildSettings:
    model: str | None = None  # spaCy pipeline name or path; default: best installed
    jobs: int = 1  # spaCy worker processes
    batch_size: int = 4
    resource_base: str | None = None
    skip_bad: bool = False  # warn and skip unreadable files instead of failing
    html: bool = True
    validate: bool = True
    strict: bool = False  # fail when the graph violates the SHACL shapes
    cache: bool = True  # reuse OUT/cache.sqlite extractions of unchanged documents
    executor: str = "local"  # "local" (this machine, --jobs processes) or "dask"
    scheduler: str | None = None  # Dask scheduler address for executor="dask"
    ntriples: bool = False  # also write OUT/graph.nt (for bulk loading into a shared store)
    curation: Path | None = None  # curation file; default CORPUS/curation.yaml if present


@dataclass
class BuildReport:
    documents: int
    entities: Counter[str]
    relations: Counter[str]
    triples: int
    seconds: float
    violations: int | None = None
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0  # documents parsed and extracted in this run
    cached: int = 0  # documents whose extraction came from OUT/cache.sqlite
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (bench/)
    curation: CurationReport | None = None  # what the curation file changed


def _stopwatch(timings: dict[str, float]) -> Callable[[str], None]:
    last = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        timings[stage] = now - last[0]
        last[0] = now

    return lap


def _extract_into(
    cache: ExtractionCache,
    documents: list[Document],
    settings: BuildSettings,
    nlp: Language | None,
    pipeline: str,
    tick: Progress | None,
) -> int:
    """Store every document's extraction in ``cache``: documents it already covers are left
    alone, the rest go through the executor (spaCy is only loaded when something is left to
    parse). Extractions are written as they arrive and never collected. Returns how many
    documents were parsed."""
    from kg.run.executors import make_executor

    covered = cache.covered(documents)
    if tick and covered:
        tick(len(covered))
    missing = [d for d in documents if d.doc_id not in covered]
    if missing:
        executor = make_executor(
            settings.executor,
            settings.model,
            settings.jobs,
            settings.batch_size,
            settings.scheduler,
            nlp=nlp,
            expect=pipeline,
        )
        pending: list[Extraction] = []
        with executor:
            for ex in executor.extract(missing, tick):
                pending.append(ex)
                if len(pending) >= 64:  # commit as we go: a crash keeps the work done
                    cache.put_many(pending)
                    pending.clear()
        cache.put_many(pending)
    return len(missing)


@contextmanager
def _spool(
    out_dir: Path, settings: BuildSettings, pipeline: str, warn: Callable[[str], None] | None
) -> Iterator[ExtractionCache]:
    """Where extractions live during the build: ``OUT/cache.sqlite``, kept for the next
    build; or, with the cache off, a temporary SQLite file removed afterwards."""
    from kg.run.cache import CACHE_FILE, ExtractionCache, cache_key

    out_dir.mkdir(parents=True, exist_ok=True)
    if settings.cache:
        path, temporary = out_dir / CACHE_FILE, False
    else:
        fd, name = temp_file(out_dir / "spool.sqlite")
        os.close(fd)
        path, temporary = Path(name), True
    cache = ExtractionCache(path, cache_key(pipeline), durable=not temporary, warn=warn)
    try:
        yield cache
    finally:
        cache.close()
        if temporary:
            for extra in ("", "-journal", "-wal"):
                Path(f"{path}{extra}").unlink(missing_ok=True)


@contextmanager
def _store_feed() -> Iterator[StoreFeed | None]:
    """The store's loader process (kg.sparql.feed), started now so that its start-up overlaps
    the parse; stopped on the way out if the build never got to use it."""
    feed = StoreFeed.start()
    try:
        yield feed
    finally:
        if feed is not None:
            feed.abort()


@contextmanager
def _output_set(
    out_dir: Path, feed: StoreFeed | None, settings: BuildSettings
) -> Iterator[OutputSet]:
    """The new set of outputs, written beside the published one and switched in one step
    (kg.run.outputs); discarded if the build stops before it is published. The loader is
    told its store now: it opens the store (RocksDB's files, ~0.1 s) while the corpus is
    parsed instead of after resolution, when the graph writer waits for it."""
    outputs = OutputSet(out_dir)
    try:
        if feed is not None:
            feed.begin(outputs.path("store"),
                       prefixes(GraphSettings(resource_base=settings.resource_base)))
        yield outputs
    except BaseException:
        if feed is not None:
            feed.abort()  # before the set goes: the loader writes into it
        outputs.discard()
        raise


def build(
    corpus_dir: Path,
    out_dir: Path,
    settings: BuildSettings = BuildSettings(),
    progress: Callable[[int], Progress] | None = None,
    warn: Callable[[str], None] | None = None,
    nlp: Language | None = None,
) -> BuildReport:
    """Build ``out_dir/graph.ttl`` (and ``graph.html``) from the files in ``corpus_dir``."""
    started = time.perf_counter()
    timings: dict[str, float] = {}
    lap = _stopwatch(timings)
    if settings.resource_base is not None:
        check_base(settings.resource_base)
    # Never read the build's own outputs back as documents (--out inside the corpus).
    own = [out_dir, *(out_dir / name for name in (*OUTPUT_NAMES, CACHE_FILE))]
    total = len(walk_corpus(corpus_dir, own)[0])  # fails fast on a missing directory
    curation_file = find_curation(corpus_dir, settings.curation)
    curation = load_curation(curation_file) if curation_file else None  # fails fast too
    gazetteer = Gazetteer.load()
    tick = progress(total) if progress else None
    # Documents are plain text records; reading them first tells which ones the cache
    # already covers. Their extractions go to SQLite and are streamed back from there.
    documents = list(iter_corpus(corpus_dir, settings.skip_bad, warn, exclude=own))
    lap("read")
    pipeline = model_id(nlp) if nlp is not None else pipeline_id(settings.model)
    # One build per output directory at a time (the cache and the output set included).
    with build_lock(out_dir), _spool(out_dir, settings, pipeline, warn) as cache, \
            _store_feed() as feed, _output_set(out_dir, feed, settings) as outputs:
        extracted = _extract_into(cache, documents, settings, nlp, pipeline, tick)
        if settings.cache:
            cache.prune(documents)
        lap("extract")
        report = _resolve_and_write(cache.stream(documents), gazetteer, outputs, settings, lap,
                                    curation, warn, feed)
    report.extracted, report.cached = extracted, len(documents) - extracted
    report.timings = timings
    report.seconds = time.perf_counter() - started
    return report


def _resolve_and_write(
    extractions: Spool,
    gazetteer: Gazetteer,
    outputs: OutputSet,
    settings: BuildSettings,
    lap: Callable[[str], None],
    curation: Curation | None = None,
    warn: Callable[[str], None] | None = None,
    feed: StoreFeed | None = None,
) -> BuildReport:
    corpus = resolve(extractions, gazetteer)
    curated = None
    if curation is not None:  # after resolution: the per-document cache is untouched
        corpus, curated = apply_curation(corpus, curation, settings.resource_base, warn)
    lap("resolve")
    graph_settings = GraphSettings(resource_base=settings.resource_base)
    # The rdflib Graph costs ~1 kB per triple: only build it for validation and the page.
    graph = build_graph(corpus, graph_settings) if settings.validate or settings.html else None
    lap("rdflib_graph")
    report = BuildReport(
        documents=len(extractions),
        entities=Counter(e.cls for e in corpus.entities.values()),
        relations=Counter(r.pred for r in corpus.relations),
        triples=len(graph) if graph is not None else 0,
        seconds=0.0,
        curation=curated,
    )
    if graph is not None and settings.validate:
        from kg.graph.validate import validate_graph

        result = validate_graph(graph)
        report.violations = len(result.violations)
        if settings.strict and not result.conforms:
            from kg.errors import E, KgError
            from kg.graph.validate import format_report

            first = format_report(result).splitlines()[0] if result.violations else ""
            raise KgError(
                E.E048,
                detail=f"{report.violations} violations; first: {first}",
            )
    lap("validate")
    # The SPARQL store for `kg query`/`kg serve`: loaded from the N-Triples as they are
    # written, by the loader process where there is one (kg.sparql.feed), else from graph.ttl.
    ttl = outputs.path("graph.ttl")
    nt = outputs.path("graph.nt") if settings.ntriples else None
    # The loader gets the end of the N-Triples before the Turtle is written: it indexes them
    # meanwhile.
    report.triples = write_graph_files(corpus, graph_settings, ttl, nt,
                                       sink=feed.write if feed else None,
                                       sink_end=feed.end if feed else None)
    names = ["graph.ttl", "graph.nt"] if nt else ["graph.ttl"]
    lap("write")
    if graph is not None and settings.html:
        from kg.web.viz import render_html

        render_html(graph, outputs.path("graph.html"))
        names.append("graph.html")
    lap("html")
    if feed is not None:
        feed.finish()
    else:
        from kg.sparql.store import load_store

        load_store(ttl, outputs.path("store"))
    names.append("store")
    outputs.publish()
    report.outputs += [outputs.published(name) for name in names]
    lap("store")
    return report
