"""``kg build``: corpus -> nlp -> extract -> resolve -> graph -> Turtle + HTML.

Documents stream through spaCy in small batches (here, in worker processes or on a Dask
cluster: ``kg.executors``); only the small per-document ``Extraction`` records are kept, never
the ``Doc`` objects, and extractions are cached per document (``kg.cache``) so a rebuild only
parses what changed. Resolution always runs over the whole current corpus. The graph streams
to Turtle without being held in memory unless validation or the HTML page needs it. Outputs
are written atomically at the end, so a bad input file stops the build with nothing
half-written.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.corpus import corpus_files, iter_corpus
from kg.gazetteer import Gazetteer
from kg.graph import GraphSettings, build_graph, write_graph_files
from kg.model import Document, Extraction, ResolvedCorpus
from kg.nlp import model_id, parse
from kg.resolve import resolve

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


def extract_corpus(
    nlp: Language,
    documents: Iterable[Document],
    gazetteer: Gazetteer,
    jobs: int = 1,
    batch_size: int = 4,
    progress: Progress | None = None,
) -> Iterator[Extraction]:
    """Stream extractions, one per document, in corpus order."""
    from kg.extract import Extractor

    extractor = Extractor(nlp, gazetteer)
    for document, doc in parse(nlp, documents, batch_size=batch_size, n_process=jobs):
        yield extractor(doc, document)
        if progress:
            progress(1)


def graph_from_corpus(corpus: ResolvedCorpus, settings: BuildSettings) -> Graph:
    return build_graph(corpus, GraphSettings(resource_base=settings.resource_base))


def _stopwatch(timings: dict[str, float]) -> Callable[[str], None]:
    last = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        timings[stage] = now - last[0]
        last[0] = now

    return lap


def _extractions(
    documents: list[Document],
    out_dir: Path,
    settings: BuildSettings,
    nlp: Language | None,
    tick: Progress | None,
) -> tuple[list[Extraction], int]:
    """Every document's extraction, in corpus order: from the cache where possible, the rest
    through the executor (spaCy is only loaded when something is left to parse)."""
    from kg.cache import CACHE_FILE, ExtractionCache, cache_key, pipeline_id
    from kg.executors import make_executor

    pipeline = model_id(nlp) if nlp is not None else pipeline_id(settings.model)
    cache = ExtractionCache(out_dir / CACHE_FILE, cache_key(pipeline)) if settings.cache else None
    try:
        found = cache.get_many(documents) if cache else {}
        if tick and found:
            tick(len(found))
        missing = [d for d in documents if d.doc_id not in found]
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
                    found[ex.document.doc_id] = ex
                    pending.append(ex)
                    if cache and len(pending) >= 64:  # commit as we go: a crash keeps work
                        cache.put_many(pending)
                        pending.clear()
            if cache:
                cache.put_many(pending)
        if cache:
            cache.prune(documents)
    finally:
        if cache:
            cache.close()
    return [found[d.doc_id] for d in documents], len(missing)


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
    total = len(corpus_files(corpus_dir))  # fails fast on a missing or empty directory
    gazetteer = Gazetteer.load()
    tick = progress(total) if progress else None
    # Documents are plain text records (the extractions keep them anyway); reading them first
    # tells which ones the cache already covers.
    documents = list(iter_corpus(corpus_dir, skip_bad=settings.skip_bad, warn=warn))
    lap("read")
    extractions, extracted = _extractions(documents, out_dir, settings, nlp, tick)
    lap("extract")
    corpus = resolve(extractions, gazetteer)
    lap("resolve")
    graph_settings = GraphSettings(resource_base=settings.resource_base)
    # The rdflib Graph costs ~1 kB per triple: only build it for validation and the page.
    graph = build_graph(corpus, graph_settings) if settings.validate or settings.html else None
    lap("rdflib_graph")

    report = BuildReport(
        documents=len(corpus.documents),
        entities=Counter(e.cls for e in corpus.entities.values()),
        relations=Counter(r.pred for r in corpus.relations),
        triples=len(graph) if graph is not None else 0,
        seconds=0.0,
        extracted=extracted,
        cached=len(documents) - extracted,
        timings=timings,
    )
    if graph is not None and settings.validate:
        from kg.validate import validate_graph

        result = validate_graph(graph)
        report.violations = len(result.violations)
        if settings.strict and not result.conforms:
            from kg.errors import E, KgError
            from kg.validate import format_report

            first = format_report(result).splitlines()[0] if result.violations else ""
            raise KgError(
                E.E015,
                detail=f"graph violates the shapes ({report.violations} "
                f"violations; first: {first}); run `kg validate`",
            )
    lap("validate")
    ttl = out_dir / "graph.ttl"
    nt = out_dir / "graph.nt" if settings.ntriples else None
    report.triples = write_graph_files(corpus, graph_settings, ttl, nt)
    report.outputs += [ttl, nt] if nt else [ttl]
    lap("write")
    if graph is not None and settings.html:
        from kg.viz import render_html

        html = out_dir / "graph.html"
        render_html(graph, html)
        report.outputs.append(html)
    lap("html")
    from kg.store import load_store

    load_store(ttl, out_dir / "store")  # the on-disk SPARQL store for `kg query`/`kg serve`
    report.outputs.append(out_dir / "store")
    lap("store")
    report.seconds = time.perf_counter() - started
    return report
