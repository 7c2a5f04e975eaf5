"""Measuring statement kinds (kg/extract/trust.py) and judging confidence on unseen text.

Every rule statement of the gold articles is labelled by the real pipeline: the articles
are resolved and scored as ``kg eval`` scores them, each statement tagged through its
extractor name, and a statement is right when the graph edge it ends on matches a gold
relation. Per kind (rule, relation, classes of the two ends): how many were right.

Also: the reliability table (bins of confidence against the precision observed in them),
for ``kg train --cross-set``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluation.byrule import THRESHOLD, Threshold
from kg.evaluation.score import EvalResult, evaluate
from kg.extract import finish
from kg.extract.confidence import MODEL_PREFIX, ConfidenceTable
from kg.extract.gazetteer import Gazetteer
from kg.extract.trust import AGREE, ALL, KindTable, kind_of, reading_band, restated
from kg.graph.rdf import build_graph
from kg.graph.resolve import resolve
from kg.learn.gold import load_gold_dir
from kg.learn.train import DocExamples, OofProbs

if TYPE_CHECKING:
    from kg.learn.model import RelationModel

TAG = "#"  # "<rule>#<n>": a training statement's extractor, tagged to find its edge
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def pooled(sets: Sequence[tuple[Path, Path]], tmp: Path) -> tuple[Path, Path]:
    """One gold directory and one text directory (symlinks) for all the sets."""
    gold_dir, corpus_dir = tmp / "gold", tmp / "corpus"
    gold_dir.mkdir(parents=True)
    corpus_dir.mkdir()
    for corpus, gold in sets:
        for path in sorted(gold.glob("*.json")):
            os.symlink(path.resolve(), gold_dir / path.name)
        for g in load_gold_dir(gold):
            if (corpus / g.doc).is_file():
                os.symlink((corpus / g.doc).resolve(), corpus_dir / g.doc)
    return gold_dir, corpus_dir


Statement = tuple[str, str, str, bool, float | None]  # rule, relation, kind, restated, model


def tagged_statements(
    docs: Sequence[DocExamples],
    sets: Sequence[tuple[Path, Path]],
    tmp: Path,
    oof: OofProbs | None = None,
) -> tuple[list[Statement], list[str], EvalResult, list[list[int]]]:
    """Every rule statement of ``docs``: its (rule, relation, kind, restated, the model's
    out-of-fold probability for its pair from ``oof``) and article; the scored result of the
    documents (rules alone) and, per scored edge, the statements it was made of (``sets``:
    the (corpus, gold) pairs the documents come from)."""
    kinds: list[Statement] = []
    articles: list[str] = []
    extractions = []
    for ex in sorted(docs, key=lambda e: e.document.path):
        tagged = []
        hits = [h for h in ex.ctx.hits if not h.extractor.startswith(MODEL_PREFIX)]
        probs = (oof or {}).get(ex.document.path, {})
        found = ex.ctx.found
        for h, again in zip(hits, restated(ex.ctx, hits), strict=True):
            tagged.append(replace(h, extractor=f"{h.extractor}{TAG}{len(kinds)}"))
            model = probs.get((found[h.subj].text, h.pred, found[h.obj].text))
            kinds.append((h.extractor, h.pred, kind_of(ex.ctx, h), again, model))
            articles.append(ex.document.path)
        extractions.append(finish(ex.document, ex.ctx, tagged, ConfidenceTable({})))
    gold_dir, corpus_dir = pooled(sets, tmp)
    result = evaluate(build_graph(resolve(extractions, Gazetteer.load())), gold_dir, corpus_dir)
    # (statements read off the document's figures, not made by a rule, carry no tag)
    made_of = [[int(ev.extractor.rsplit(TAG, 1)[1]) for ev in e.evidence if TAG in ev.extractor]
               for e in result.edges]
    return kinds, articles, result, made_of


def measure_kinds(
    docs: Sequence[DocExamples],
    sets: Sequence[tuple[Path, Path]],
    tmp: Path,
    oof: OofProbs | None = None,
) -> KindTable:
    """(right, statements) per statement kind over ``docs``: a statement is right when the
    scored edge it lands on matches a gold relation (statements on no scored edge: left out).
    Also of the statements restated in their document, per relation of those the model
    agrees with, and per relation and band of the model's probability for the pair (``oof``:
    its out-of-fold probabilities, ``train_with_oof``)."""
    kinds, articles, result, made_of = tagged_statements(docs, sets, tmp, oof)
    counts: dict[tuple[str, str, str], tuple[int, int]] = {}
    again = [0, 0]
    agreed: dict[str, tuple[int, int]] = {}
    read: dict[tuple[str, str], tuple[int, int]] = {}
    for edge, rows in zip(result.edges, made_of, strict=True):
        ok = edge.gold is not None
        for i in rows:
            rule, prop, kind, is_again, model = kinds[i]
            right, n = counts.get((rule, prop, kind), (0, 0))
            counts[(rule, prop, kind)] = (right + ok, n + 1)
            if is_again:
                again[0] += ok
                again[1] += 1
            if model is not None and model >= AGREE:
                right, n = agreed.get(prop, (0, 0))
                agreed[prop] = (right + ok, n + 1)
            for key in ((prop, reading_band(model)), (ALL, reading_band(model))):
                right, n = read.get(key, (0, 0))
                read[key] = (right + ok, n + 1)
    about = (
        f"Statement kinds (rule, relation, classes of the two ends): right and scored "
        f"statements on {len(set(articles))} gold articles, and of statements their document "
        f"restates, and per relation of those the relation model agrees with (out of fold). "
        f"A statement's confidence is the lower bound of its kind's precision, at least the "
        f"restated ones' if restated, the agreed ones' if the model agrees, at most the thin "
        f"cap if thin, and at most the bound of its relation's statements the model read in "
        f"the same band (`read`: relation and band -> right, scored; kg/extract/trust.py). "
        f"Written by `kg train --confidence`; do not edit."
    )
    return KindTable(counts, about, (again[0], again[1]), agreed, read)


def readings(model: RelationModel, docs: Sequence[DocExamples]) -> OofProbs:
    """Per article, ``model``'s probability for the pair of each rule statement (as
    extraction reads new text: ``RelationModel.agreement``)."""
    return {
        ex.document.path: model.agreement(
            ex.ctx, [h for h in ex.ctx.hits if not h.extractor.startswith(MODEL_PREFIX)])
        for ex in docs
    }


def measure_also(
    model: RelationModel,
    docs: Sequence[DocExamples],
    sets: Sequence[tuple[Path, Path]],
    tmp: Path,
    names: Sequence[str],
) -> KindTable:
    """``measure_kinds`` on gold articles ``model`` was not trained on (``kg train
    --confidence-gold``), its probabilities for their pairs being those it gives new text;
    ``names``: the sets, as the table records them."""
    kinds = measure_kinds(docs, sets, tmp, readings(model, docs))
    about = (f"The same counts on {len(docs)} further gold articles ({', '.join(names)}), "
             f"which the relation model was not trained on (its reading of them is that of "
             f"new text); added to the counts above. Written by `kg train --confidence "
             f"--confidence-gold`; do not edit.")
    return replace(kinds, about=about)


@dataclass(frozen=True)
class Reliability:
    """Scored edges per bin of confidence, and how many of them were right."""

    bins: tuple[tuple[float, float, int, int], ...]  # (low, high, edges, right)
    at: Threshold  # the edges at or above the threshold


def edge_confidence(result: EvalResult, table: ConfidenceTable | None) -> list[float | None]:
    """Per scored edge: its best assertion's confidence, as the graph carries it, or (with
    ``table``) a rule's from ``table`` and a model statement's as it carries it."""
    out: list[float | None] = []
    for edge in result.edges:
        values = [
            ev.confidence
            if table is None or ev.extractor.startswith(MODEL_PREFIX)
            else table.get(ev.extractor, edge.prop)
            for ev in edge.evidence
        ]
        present = [v for v in values if v is not None]
        out.append(max(present) if present else None)
    return out


def reliability(
    result: EvalResult, table: ConfidenceTable | None = None, threshold: float = THRESHOLD
) -> Reliability:
    """The reliability table of ``result``'s edges (confidence as ``edge_confidence``)."""
    confs = edge_confidence(result, table)
    bins = []
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [
            e.gold is not None
            for e, c in zip(result.edges, confs, strict=True)
            if c is not None and low <= c and (c < high or high == BINS[-1])
        ]
        bins.append((low, high, len(inside), sum(inside)))
    above = [e.gold is not None for e, c in zip(result.edges, confs, strict=True)
             if c is not None and c >= threshold]  # fmt: skip
    at = Threshold(threshold, len(above), sum(above), len(result.edges))
    return Reliability(tuple(bins), at)


def format_reliability(rel: Reliability, title: str) -> str:
    at = rel.at
    lines = [f"{title}: confidence >= {at.threshold:g}: {at.statements} of {at.total} scored "
             f"edges ({at.share:.0%}), {at.correct} right (precision {at.precision:.3f})",
             f"  {'confidence':>11} {'edges':>6} {'right':>6} {'precision':>9}"]  # fmt: skip
    for low, high, n, right in rel.bins:
        span = f"{low:.1f}-{high:.1f}"
        prec = f"{right / n:9.3f}" if n else f"{'-':>9}"
        lines.append(f"  {span:>11} {n:6d} {right:6d} {prec}")
    return "\n".join(lines)
