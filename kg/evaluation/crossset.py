"""Cross-set evaluation: train the relation model on one set of gold articles, score another.

k-fold figures over the articles the rules were written on say nothing about new text: a
rule written while reading every dev article is in-sample on every fold. Here the model is
trained on the articles of ``train`` only and the articles of ``score`` are extracted four
ways (the hand rules alone, rules + model, the model alone, and the shipped way: per
relation, as its mode says), resolved and written as a real build would, and scored by
``kg.evaluate`` against their own gold (which agrees with ``../shared/spec/score.py``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.evaluation.byrule import rule_stats
from kg.evaluation.score import EvalResult, Score, evaluate
from kg.evaluation.trust import (
    Reliability,
    format_reliability,
    measure_also,
    measure_kinds,
    pooled,
    reliability,
)
from kg.extract import finish
from kg.extract.confidence import MODEL_PREFIX, ConfidenceTable, entry_for
from kg.extract.gazetteer import Gazetteer
from kg.graph.rdf import GraphSettings, build_graph
from kg.graph.resolve import resolve
from kg.graph.serialise import write_graph_files
from kg.learn.train import MODES, PROPERTIES, DocExamples, train_with_oof, with_modes
from kg.model import Extraction

RUNS = ("rules", "combined", "model", "shipped")


@dataclass
class CrossSet:
    train_documents: int
    score_documents: int
    results: dict[str, EvalResult]  # run name (RUNS) -> its scores on the scored set
    added: int  # model statements (all relations, before merging with the rules')
    by_rule: Reliability  # the shipped way, a rule statement at its rule's training precision
    by_kind: Reliability  # the shipped way, a rule statement at its kind's bound on ``train``
    modes: dict[str, str]


def cross_set(
    train: Sequence[DocExamples],
    train_gold: Sequence[tuple[Path, Path]],
    score: Sequence[DocExamples],
    score_gold: Sequence[tuple[Path, Path]],
    modes: Mapping[str, str] | None = None,
    graphs: Path | None = None,
    also: tuple[Sequence[DocExamples], Sequence[tuple[Path, Path]], Sequence[str]] | None = None,
) -> CrossSet:
    """Train on ``train``; extract ``score`` four ways (RUNS: the rules alone, rules + model
    for every relation, the model alone, and the shipped way: each relation as ``modes``
    says) and score each against ``score_gold`` ((corpus, gold) pairs). ``graphs``: also
    write the four graphs there as NAME.ttl.

    Confidence as unseen text gets it, two ways: the model's statements carry their
    calibrated probability (fitted on ``train`` only); a rule's statements get the precision
    that rule had on ``train`` (as ``kg calibrate`` would measure it there), or the lower bound
    of its kind's precision on ``train`` (as ``kg train --confidence`` measures it), raised or
    capped where the model trained on ``train`` agrees or disagrees with it. ``also``: further
    gold articles (their examples, (corpus, gold) pairs and names) counted into the kinds
    too, as `kg train --confidence-gold` does."""
    modes = dict(MODES if modes is None else modes)
    model, oof = train_with_oof(train, {p: "add" for p in PROPERTIES})
    with tempfile.TemporaryDirectory(prefix="kg-xset-") as tmp:
        rules_table = _rules_table(train, train_gold, Path(tmp) / "train")
        kinds = measure_kinds(train, train_gold, Path(tmp) / "kinds", oof)
        if also is not None:
            kinds = replace(kinds, also=measure_also(model, *also[:2], Path(tmp) / "also",
                                                     also[2]))
    table = ConfidenceTable(rules_table.entries, kinds=kinds)
    everything, shipped = with_modes(model, {p: "add" for p in PROPERTIES}), with_modes(
        model, modes)
    runs: dict[str, list[Extraction]] = {name: [] for name in RUNS}
    added = 0
    for ex in score:
        hits = everything.hits(ex.ctx)
        added += len(hits)
        runs["rules"].append(finish(ex.document, ex.ctx, list(ex.ctx.hits)))
        runs["combined"].append(finish(ex.document, ex.ctx, [*ex.ctx.hits, *hits]))
        runs["model"].append(finish(ex.document, ex.ctx, hits))
        stated = shipped.apply(ex.ctx)
        runs["shipped"].append(finish(ex.document, ex.ctx, stated, table,
                                      model.agreement(ex.ctx, stated)))
    gaz = Gazetteer.load()
    results: dict[str, EvalResult] = {}
    with tempfile.TemporaryDirectory(prefix="kg-xset-") as tmp:
        gold_dir, corpus_dir = pooled(score_gold, Path(tmp) / "score")
        for name, extractions in runs.items():
            corpus = resolve(extractions, gaz)
            if graphs is not None:
                graphs.mkdir(parents=True, exist_ok=True)
                write_graph_files(corpus, GraphSettings(), graphs / f"{name}.ttl")
            results[name] = evaluate(build_graph(corpus), gold_dir, corpus_dir)
    by_rule = reliability(results["shipped"], rules_table)
    by_kind = reliability(results["shipped"])
    return CrossSet(len(train), len(score), results, added, by_rule, by_kind, modes)


def _rules_table(
    train: Sequence[DocExamples], sets: Sequence[tuple[Path, Path]], tmp: Path
) -> ConfidenceTable:
    """Each rule's precision per relation on the training articles (``kg calibrate``'s)."""
    gaz = Gazetteer.load()
    gold_dir, corpus_dir = pooled(sets, tmp)
    corpus = resolve([finish(ex.document, ex.ctx, list(ex.ctx.hits)) for ex in train], gaz)
    result = evaluate(build_graph(corpus), gold_dir, corpus_dir)
    entries = {
        (st.extractor, st.prop): entry_for(st.correct, st.statements)
        for st in rule_stats([result])
        if not st.extractor.startswith(MODEL_PREFIX)
    }
    return ConfidenceTable(entries)


def _row(name: str, scores: Sequence[Score]) -> str:
    cells = "  ".join(f"{s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}" for s in scores)
    return f"{name:17} {cells}  {scores[-1].f1 - scores[0].f1:+6.3f}"


def format_cross_set(xs: CrossSet, title: str) -> str:
    """Per relation and per class: P/R/F1 of each run, and the shipped way's gain."""
    names = {"rules": "rules only", "combined": "rules + model", "model": "model only",
             "shipped": "shipped modes"}
    head = f"{'':17} " + "  ".join(f"{names[n]:^17}" for n in RUNS)
    sub = f"{'':17} " + "  ".join(f"{'P':>5} {'R':>5} {'F1':>5}" for _ in RUNS) + "  dF1"
    lines = [title, head, sub]
    res = [xs.results[n] for n in RUNS]
    lines.append(_row("RELATIONS", [r.relations for r in res]))
    for prop in sorted(res[0].by_property):
        row = _row("  " + prop, [r.by_property.get(prop, Score()) for r in res])
        lines.append(f"{row}  {xs.modes.get(prop, 'off')}")
    lines.append(_row("ENTITIES", [r.entities for r in res]))
    for cls in sorted(res[0].by_class):
        lines.append(_row("  " + cls, [r.by_class.get(cls, Score()) for r in res]))
    lines.append(f"{xs.added} model statements (every relation, before the rules')")
    lines.append(format_reliability(
        xs.by_rule, "shipped modes, a rule statement at its rule's precision on the training "
        "articles"))
    lines.append(format_reliability(
        xs.by_kind, "shipped modes, a rule statement at its kind's lower bound on the training "
        "articles (as shipped)"))
    return "\n".join(line.rstrip() for line in lines)
