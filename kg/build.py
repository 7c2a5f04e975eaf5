"""``kg build``: corpus -> nlp -> extract -> resolve -> graph -> Turtle + HTML.

Documents stream through spaCy in small batches; only the small per-document ``Extraction``
records are kept, never the ``Doc`` objects. Outputs are written atomically at the end, so a
bad input file stops the build with nothing half-written.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from kg.corpus import corpus_files, iter_corpus
from kg.export import write_turtle
from kg.extract import Extractor
from kg.gazetteer import Gazetteer
from kg.graph import GraphSettings, build_graph
from kg.model import Document, Extraction, ResolvedCorpus
from kg.nlp import load_pipeline, parse
from kg.resolve import resolve

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


@dataclass
class BuildReport:
    documents: int
    entities: Counter[str]
    relations: Counter[str]
    triples: int
    seconds: float
    violations: int | None = None
    outputs: list[Path] = field(default_factory=list)


def extract_corpus(
    nlp: Language,
    documents: Iterable[Document],
    gazetteer: Gazetteer,
    jobs: int = 1,
    batch_size: int = 4,
    progress: Progress | None = None,
) -> Iterator[Extraction]:
    """Stream extractions, one per document, in corpus order."""
    extractor = Extractor(nlp, gazetteer)
    for document, doc in parse(nlp, documents, batch_size=batch_size, n_process=jobs):
        yield extractor(doc, document)
        if progress:
            progress(1)


def graph_from_corpus(corpus: ResolvedCorpus, settings: BuildSettings) -> Graph:
    return build_graph(corpus, GraphSettings(resource_base=settings.resource_base))


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
    total = len(corpus_files(corpus_dir))  # fails fast on a missing or empty directory
    nlp = nlp or load_pipeline(settings.model)
    gazetteer = Gazetteer.load()
    tick = progress(total) if progress else None
    documents = iter_corpus(corpus_dir, skip_bad=settings.skip_bad, warn=warn)
    extractions = list(
        extract_corpus(nlp, documents, gazetteer, settings.jobs, settings.batch_size, tick)
    )
    corpus = resolve(extractions, gazetteer)
    graph = graph_from_corpus(corpus, settings)

    report = BuildReport(
        documents=len(corpus.documents),
        entities=Counter(e.cls for e in corpus.entities.values()),
        relations=Counter(r.pred for r in corpus.relations),
        triples=len(graph),
        seconds=0.0,
    )
    if settings.validate:
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
    ttl = out_dir / "graph.ttl"
    write_turtle(graph, ttl)
    report.outputs.append(ttl)
    if settings.html:
        from kg.viz import render_html

        html = out_dir / "graph.html"
        render_html(graph, html)
        report.outputs.append(html)
    from kg.store import load_store

    load_store(ttl, out_dir / "store")  # the on-disk SPARQL store for `kg query`/`kg serve`
    report.outputs.append(out_dir / "store")
    report.seconds = time.perf_counter() - started
    return report
