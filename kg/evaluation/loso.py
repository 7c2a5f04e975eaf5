"""Leave one set out: the relation model judged on text it was not trained on, set by set.

``kg train --cross-set`` trains once and scores one set. Here each of several scored sets is
held out in turn: the model is trained on the base sets and the other scored sets, the held-out
set is extracted four ways (as ``kg.evaluation.crossset``: the rules alone, rules + model for
every relation, the model alone, and the given modes), resolved and scored, and the counts are
pooled over the folds per relation. Every document is parsed once for all the folds; the
statement confidences (which do not change what is stated) are not measured, so a fold costs
its training only. The figures of a fold are those of ``kg train --cross-set`` for it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluation.score import Score, evaluate
from kg.evaluation.trust import pooled
from kg.extract import finish
from kg.extract.gazetteer import Gazetteer
from kg.graph.rdf import build_graph
from kg.graph.resolve import resolve
from kg.learn.train import MODES, PROPERTIES, DocExamples, train_model, with_modes
from kg.model import Extraction

RUNS = ("rules", "combined", "model", "shipped")
TOTAL = "RELATIONS"
# A mode is suggested where the pooled F1 of the held-out sets moves by more than this.
MARGIN = 0.005


@dataclass
class Held:
    """One set to hold out: its name, its examples and its (corpus, gold) directories."""

    name: str
    docs: Sequence[DocExamples]
    sets: tuple[Path, Path]


@dataclass
class Loso:
    folds: list[str]
    modes: dict[str, str]
    # run -> relation (and TOTAL) -> its counts pooled over the held-out sets
    scores: dict[str, dict[str, Score]] = field(default_factory=dict)
    per_fold: dict[str, dict[str, Score]] = field(default_factory=dict)  # set -> run -> TOTAL

    def suggested(self) -> dict[str, str]:
        """Per relation, the mode the pooled held-out F1 favours (add / replace / off)."""
        out = {}
        for prop in PROPERTIES:
            rules, comb, model = (self.scores[r].get(prop, Score()).f1
                                  for r in ("rules", "combined", "model"))
            best = max(comb, model)
            if best <= rules + MARGIN:
                out[prop] = "off"
            else:
                out[prop] = "add" if comb >= model else "replace"
        return out


# what the forked fold processes read (set for the length of one leave_one_out call)
_WORK: tuple[list[DocExamples], list[Held], dict[str, str]] | None = None


def _fold(k: int) -> tuple[str, dict[str, dict[str, Score]]]:
    """Train without held-out set ``k``; score it four ways."""
    import tempfile

    assert _WORK is not None
    base, held, modes = _WORK
    train = [*base, *(ex for j, h in enumerate(held) if j != k for ex in h.docs)]
    model = train_model(train, {p: "add" for p in PROPERTIES})
    everything, shipped = model, with_modes(model, modes)
    runs: dict[str, list[Extraction]] = {name: [] for name in RUNS}
    for ex in held[k].docs:
        hits = everything.hits(ex.ctx)
        runs["rules"].append(finish(ex.document, ex.ctx, list(ex.ctx.hits)))
        runs["combined"].append(finish(ex.document, ex.ctx, [*ex.ctx.hits, *hits]))
        runs["model"].append(finish(ex.document, ex.ctx, hits))
        runs["shipped"].append(finish(ex.document, ex.ctx, shipped.apply(ex.ctx)))
    gaz = Gazetteer.load()
    out: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-loso-") as tmp:
        gold_dir, corpus_dir = pooled([held[k].sets], Path(tmp))
        for name, extractions in runs.items():
            result = evaluate(build_graph(resolve(extractions, gaz)), gold_dir, corpus_dir)
            out[name] = {**result.by_property, TOTAL: result.relations}
    return held[k].name, out


def _add(a: Score, b: Score) -> Score:
    return Score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def leave_one_out(
    base: Sequence[DocExamples],
    held: Sequence[Held],
    modes: Mapping[str, str] | None = None,
    jobs: int = 1,
) -> Loso:
    """Hold each of ``held`` out in turn (trained on ``base`` and the others); pool the
    counts. ``jobs``: folds run at once (forked processes sharing the parsed documents)."""
    global _WORK
    modes = dict(MODES if modes is None else modes)
    _WORK = (list(base), list(held), modes)
    try:
        if jobs > 1 and len(held) > 1:
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
                results = list(pool.map(_fold, range(len(held))))
        else:
            results = [_fold(k) for k in range(len(held))]
    finally:
        _WORK = None
    out = Loso([h.name for h in held], modes)
    for name, runs in results:
        out.per_fold[name] = {r: runs[r][TOTAL] for r in RUNS}
        for run, by_prop in runs.items():
            pooled_run = out.scores.setdefault(run, {})
            for prop, score in by_prop.items():
                pooled_run[prop] = _add(pooled_run.get(prop, Score()), score)
    return out


def _cell(s: Score) -> str:
    return f"{s.tp:4d}/{s.tp + s.fp:4d} {s.f1:5.3f}"


def format_loso(lo: Loso) -> str:
    """Per relation, pooled over the held-out sets: right/stated and F1 of each run, the gain
    of adding the model (combined - rules), the mode given and the mode the figures favour."""
    names = {"rules": "rules only", "combined": "rules + model", "model": "model only",
             "shipped": "given modes"}
    lines = [f"leave one set out: {len(lo.folds)} folds ({', '.join(lo.folds)}), "
             "right/stated and F1 pooled over the held-out sets",
             f"{'':17} {'gold':>5} " + " ".join(f"{names[r]:>16}" for r in RUNS)
             + "  add dF1  shipped dF1  mode  suggested"]
    suggested = lo.suggested()
    for prop in [TOTAL, *PROPERTIES]:
        scores = [lo.scores[r].get(prop, Score()) for r in RUNS]
        rules = scores[0]
        cells = " ".join(f"{_cell(s):>16}" for s in scores)
        tail = (f"  {scores[1].f1 - rules.f1:+7.3f}  {scores[3].f1 - rules.f1:+11.3f}")
        if prop != TOTAL:
            tail += f"  {lo.modes.get(prop, 'off'):4}  {suggested[prop]}"
        label = prop if prop == TOTAL else "  " + prop
        lines.append(f"{label:17} {rules.tp + rules.fn:5d} {cells}{tail}")
    lines.append("per held-out set, RELATIONS F1: " + ", ".join(
        f"{name} {runs['rules'].f1:.3f}->{runs['shipped'].f1:.3f}"
        for name, runs in lo.per_fold.items()))
    return "\n".join(lines)
