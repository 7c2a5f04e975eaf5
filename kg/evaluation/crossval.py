"""k-fold cross-validation of rules-only against rules+model, scored like a real build.

The gold documents are dealt into ``k`` folds (sorted by file name, in turn). For each fold
a model is trained on the other folds (thresholds and confidence chosen inside them) and
applied to the held-out documents only. The held-out extractions of every fold together make
one corpus, which goes through the real resolver and graph writer and is scored by
``kg.evaluation.score`` against the pooled gold: the same path `kg build` + `kg eval` take, with no
document ever scored by a model that saw it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluation.score import EvalResult, Score, evaluate
from kg.extract import finish
from kg.extract.gazetteer import Gazetteer
from kg.graph.rdf import GraphSettings, build_graph, write_graph_files
from kg.graph.resolve import resolve
from kg.learn.gold import load_gold_dir
from kg.learn.train import DocExamples, folds, train_model
from kg.model import Extraction


@dataclass
class CrossValidation:
    k: int
    documents: int
    rules: EvalResult
    model: EvalResult
    added: int  # statements the fold models added to the held-out extractions


def cross_validate(
    docs: Sequence[DocExamples],
    sets: Sequence[tuple[Path, Path]],
    k: int,
    graphs: Path | None = None,
) -> CrossValidation:
    """Score rules-only and rules+model extractions of every held-out fold.

    ``sets`` are the (corpus dir, gold dir) pairs ``docs`` came from (for the scorer);
    ``graphs``: also write ``rules.ttl`` and ``model.ttl`` there (to check with another
    scorer, e.g. ``../shared/spec/score.py``).
    """
    rules_only: list[Extraction] = []
    with_model: list[Extraction] = []
    added = 0
    for held in folds(docs, k):
        names = {e.document.path for e in held}
        model = train_model([e for e in docs if e.document.path not in names])
        for ex in held:
            hits = model.hits(ex.ctx)
            added += len(hits)
            rules_only.append(finish(ex.document, ex.ctx, list(ex.ctx.hits)))
            with_model.append(finish(ex.document, ex.ctx, [*ex.ctx.hits, *hits]))
    gaz = Gazetteer.load()
    with tempfile.TemporaryDirectory(prefix="kg-cv-") as tmp:
        gold_dir, corpus_dir = _pooled(sets, Path(tmp))
        results = []
        for name, extractions in (("rules", rules_only), ("model", with_model)):
            corpus = resolve(extractions, gaz)
            if graphs is not None:
                write_graph_files(corpus, GraphSettings(), graphs / f"{name}.ttl")
            results.append(evaluate(build_graph(corpus), gold_dir, corpus_dir))
    return CrossValidation(k, len(docs), results[0], results[1], added)


def _pooled(sets: Sequence[tuple[Path, Path]], tmp: Path) -> tuple[Path, Path]:
    """One gold directory and one text directory (symlinks) for all the sets."""
    gold_dir, corpus_dir = tmp / "gold", tmp / "corpus"
    gold_dir.mkdir()
    corpus_dir.mkdir()
    for corpus, gold in sets:
        for path in sorted(gold.glob("*.json")):
            os.symlink(path.resolve(), gold_dir / path.name)
        for g in load_gold_dir(gold):
            if (corpus / g.doc).is_file():
                os.symlink((corpus / g.doc).resolve(), corpus_dir / g.doc)
    return gold_dir, corpus_dir


def format_cv(cv: CrossValidation) -> str:
    """Per relation: P/R/F1 of rules alone and of rules + model, then totals."""
    head = (
        f"{cv.k}-fold cross-validation over {cv.documents} documents "
        f"(model trained without the scored fold; {cv.added} statements added)\n"
    )
    lines = [
        head,
        f"{'':18} {'rules only':^20}  {'rules + model':^20}",
        f"{'':18} {'P':>6} {'R':>6} {'F1':>6}  {'P':>6} {'R':>6} {'F1':>6}  {'dF1':>6}",
    ]

    def row(name: str, a: Score, b: Score) -> str:
        return (
            f"{name:18} {a.precision:6.3f} {a.recall:6.3f} {a.f1:6.3f}  "
            f"{b.precision:6.3f} {b.recall:6.3f} {b.f1:6.3f}  {b.f1 - a.f1:+6.3f}"
        )

    lines.append(row("RELATIONS", cv.rules.relations, cv.model.relations))
    for prop, score in cv.rules.by_property.items():
        lines.append(row("  " + prop, score, cv.model.by_property[prop]))
    lines.append(row("ENTITIES", cv.rules.entities, cv.model.entities))
    return "\n".join(line.rstrip() for line in lines)
