"""The confidence table, generated: build the dev corpora, measure every rule, write the table.

``kg calibrate`` builds each gold set's corpus, scores it (kg/evaluation/score.py), takes each
rule's precision per property (kg/evaluation/byrule.py) and writes ``kg/data/confidence.json``
(kg/extract/confidence.py), which the extractor reads.

The measurement does not depend on the table it writes: which rule an assertion names does
not depend on confidence (kg/graph/resolve.py keeps the first rule that found a relation in a
sentence), so running ``kg calibrate`` again on the same rules gives the same file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from kg.build import BuildSettings, build
from kg.evaluation.byrule import (
    UNSTATED,
    RuleStats,
    Threshold,
    cross_validated,
    rule_stats,
    threshold_stats,
)
from kg.evaluation.sets import EvalReport, GoldSet, evaluate_sets, load_graphs
from kg.extract.confidence import (
    MODEL_PREFIX,
    ConfidenceTable,
    Entry,
    entry_for,
    packaged_table,
    read_table,
    write_table,
)


def make_table(
    stats: Sequence[RuleStats], sets: Sequence[GoldSet], keep: ConfidenceTable
) -> ConfidenceTable:
    """Rule entries from ``stats``; learned extractors' entries carried over from ``keep``."""
    entries = {
        (st.extractor, st.prop): entry_for(st.correct, st.statements)
        for st in stats
        if not st.extractor.startswith(MODEL_PREFIX) and st.extractor != UNSTATED
    }
    models = {k: v for k, v in keep.entries.items() if k[0].startswith(MODEL_PREFIX)}
    gold = tuple(f"{s.name}: {len(s.docs)} documents" for s in sets)
    return ConfidenceTable({**entries, **models}, keep.default, gold, keep.kinds)


FIGURE_PREFIX = "figure:"


def figure_entries(graphs: Sequence[Graph], facts_gold: Path) -> dict[tuple[str, str], Entry]:
    """(extractor, "observation") -> the measured precision of the figures it made, scored
    against the facts gold (each document on the first graph that holds it)."""
    from kg.evaluation.facts import evaluate_facts_sets

    (result,) = evaluate_facts_sets([(facts_gold, graphs)])
    return {
        (name, "observation"): entry_for(correct, total, "figures on the facts gold")
        for name, (correct, total) in sorted(result.by_extractor.items())
        if name.startswith(FIGURE_PREFIX)
    }


@dataclass
class Calibration:
    report: EvalReport
    stats: list[RuleStats]
    table: ConfidenceTable
    before: Threshold  # confidences as the graphs carry them
    after: Threshold  # as the new table gives them
    held_out: Threshold  # 5-fold by document: each fold as a table made without it gives them


def calibrate(
    sets: Sequence[GoldSet],
    out: Path,
    work: Path | None = None,
    nlp: Language | None = None,
    facts_gold: Path | None = None,
) -> Calibration:
    """Build each set's corpus (in ``work``, reused as a cache, or a temp dir), measure the
    rules against its gold and write the confidence table to ``out``. With ``facts_gold``
    (docs/facts-gold.md), figures are measured too, per way their area was found; without
    it, the figure entries of the current table are kept."""
    with tempfile.TemporaryDirectory(prefix="kg-calibrate-") as tmp:
        root = work or Path(tmp)
        settings = BuildSettings(html=False, validate=False)
        graphs = []
        for i, gs in enumerate(sets):
            target = root / f"{i}-{gs.name}"
            build(gs.corpus, target, settings, nlp=nlp)
            graphs.append(target / "graph.ttl")
        loaded = load_graphs(graphs)
        report = evaluate_sets(sets, loaded)
    results = [sr.result for sr in report.sets]
    stats = rule_stats(results)
    keep = read_table(out) if out.is_file() else packaged_table()
    table = make_table(stats, sets, keep)
    figures = (
        figure_entries([g for _, g in loaded], facts_gold)
        if facts_gold is not None
        else {k: v for k, v in keep.entries.items() if k[0].startswith(FIGURE_PREFIX)}
    )
    table = ConfidenceTable({**table.entries, **figures}, table.default, table.gold, table.kinds)
    write_table(table, out)
    return Calibration(
        report,
        stats,
        table,
        threshold_stats(results),
        threshold_stats(results, table=table),
        cross_validated(results, table),
    )
