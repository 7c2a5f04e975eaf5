"""Precision and recall per extraction rule, from the edges ``kg eval`` scored.

Every scored relation edge carries its assertions' extractors (kf:extractor) and confidences.
Per (extractor, property): its statements are the scored edges it asserted, right when the
edge matches a gold relation; its recall is the share of the property's gold relations it
found. Also: how precise the statements with confidence >= 0.8 are, and their share; and for
entities, per mention rule (the kf:extractor of kf:Mention records) and class, how many of the
nodes it named were right (nodes named by several rules count for each).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.evaluation.score import EvalResult, ScoredEdge
from kg.extract.confidence import MODEL_PREFIX, ConfidenceTable, entry_for

THRESHOLD = 0.8
UNSTATED = "(none)"  # an edge without a kf:Assertion (not written by kg build)


@dataclass
class RuleStats:
    extractor: str
    prop: str
    statements: int = 0
    correct: int = 0
    found: set[str] = field(default_factory=set)  # the gold relations it matched
    gold: int = 0  # gold relations of this property
    confidences: set[float] = field(default_factory=set)  # values in the graph

    @property
    def precision(self) -> float:
        return self.correct / self.statements if self.statements else 0.0

    @property
    def recall(self) -> float:
        return len(self.found) / self.gold if self.gold else 0.0


@dataclass(frozen=True)
class Threshold:
    """How precise statements with confidence >= ``threshold`` are, and their share."""

    threshold: float
    statements: int  # at or above the threshold
    correct: int
    total: int  # every scored statement

    @property
    def precision(self) -> float:
        return self.correct / self.statements if self.statements else 0.0

    @property
    def share(self) -> float:
        return self.statements / self.total if self.total else 0.0


def rule_stats(results: Iterable[EvalResult]) -> list[RuleStats]:
    """Per (extractor, property), pooled over the results, sorted."""
    stats: dict[tuple[str, str], RuleStats] = {}
    gold: dict[str, int] = {}
    for i, r in enumerate(results):
        for prop, sc in r.by_property.items():
            gold[prop] = gold.get(prop, 0) + sc.tp + sc.fn
        for edge in r.edges:
            extractors = {ev.extractor for ev in edge.evidence} or {UNSTATED}
            for extractor in extractors:
                st = stats.setdefault((extractor, edge.prop), RuleStats(extractor, edge.prop))
                st.statements += 1
                st.confidences |= {ev.confidence for ev in edge.evidence
                                   if ev.extractor == extractor and ev.confidence is not None}
                if edge.gold is not None:
                    st.correct += 1
                    st.found.add(f"{i} {edge.gold}")
    for st in stats.values():
        st.gold = gold.get(st.prop, 0)
    return [stats[k] for k in sorted(stats)]


@dataclass
class EntityRuleStats:
    extractor: str
    cls: str
    nodes: int = 0  # scored nodes with a mention by this rule
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.nodes if self.nodes else 0.0


def entity_rule_stats(results: Iterable[EvalResult]) -> list[EntityRuleStats]:
    """Per (mention extractor, node class): how many of the nodes it named were right."""
    stats: dict[tuple[str, str], EntityRuleStats] = {}
    for r in results:
        for n in r.scored_nodes:
            for extractor in n.extractors or (UNSTATED,):
                st = stats.setdefault((extractor, n.cls), EntityRuleStats(extractor, n.cls))
                st.nodes += 1
                st.right += n.right
    return [stats[k] for k in sorted(stats)]


def format_entity_rules(stats: Sequence[EntityRuleStats]) -> str:
    lines = [f"{'mention rule':22} {'class':16} {'nodes':>6} {'right':>5} {'P':>6}"]
    lines += [f"{st.extractor:22} {st.cls:16} {st.nodes:6d} {st.right:5d} {st.precision:6.3f}"
              for st in stats]  # fmt: skip
    return "\n".join(lines)


def threshold_stats(
    results: Iterable[EvalResult],
    threshold: float = THRESHOLD,
    table: ConfidenceTable | None = None,
) -> Threshold:
    """Statements at or above ``threshold``: an edge's confidence is the highest of its
    assertions' (as in the graph, or as ``table`` would give them)."""
    above = correct = total = 0
    for r in results:
        for edge in r.edges:
            total += 1
            if table is None:
                values = [ev.confidence for ev in edge.evidence if ev.confidence is not None]
            else:
                values = [table.get(ev.extractor, edge.prop) for ev in edge.evidence]
            if values and max(values) >= threshold:
                above += 1
                correct += edge.gold is not None
    return Threshold(threshold, above, correct, total)


def format_by_rule(stats: Sequence[RuleStats], thr: Threshold) -> str:
    lines = [f"{'rule':22} {'property':16} {'stated':>6} {'right':>5} {'P':>6} "
             f"{'found':>5} {'gold':>5} {'R':>6}  confidence"]  # fmt: skip
    for st in stats:
        conf = ", ".join(f"{c:g}" for c in sorted(st.confidences)) or "-"
        lines.append(
            f"{st.extractor:22} {st.prop:16} {st.statements:6d} {st.correct:5d} "
            f"{st.precision:6.3f} {len(st.found):5d} {st.gold:5d} {st.recall:6.3f}  {conf}"
        )
    lines.append(
        f"confidence >= {thr.threshold:g}: {thr.statements} of {thr.total} statements "
        f"({thr.share:.1%}), precision {thr.precision:.3f} ({thr.correct} right)"
    )
    return "\n".join(lines)


def by_rule_json(
    stats: Sequence[RuleStats], thr: Threshold, entities: Sequence[EntityRuleStats] = ()
) -> dict[str, Any]:
    return {
        "entity_rules": [
            {"extractor": st.extractor, "class": st.cls, "nodes": st.nodes, "right": st.right,
             "precision": round(st.precision, 4)}
            for st in entities
        ],
        "rules": [
            {"extractor": st.extractor, "property": st.prop, "statements": st.statements,
             "correct": st.correct, "precision": round(st.precision, 4),
             "found": len(st.found), "gold": st.gold, "recall": round(st.recall, 4),
             "confidences": sorted(st.confidences)}
            for st in stats
        ],
        "threshold": {"confidence": thr.threshold, "statements": thr.statements,
                      "correct": thr.correct, "total": thr.total,
                      "precision": round(thr.precision, 4), "share": round(thr.share, 4)},
    }  # fmt: skip


def cross_validated(
    results: Sequence[EvalResult],
    shipped: ConfidenceTable,
    folds: int = 5,
    threshold: float = THRESHOLD,
) -> Threshold:
    """``threshold_stats`` for statements of documents the table was not measured on.

    The documents (all sets) are dealt into ``folds`` folds in name order; each fold's
    statements get the confidences a table measured on the other folds would give them
    (learned extractors keep their own, already cross-validated, entries from ``shipped``).
    An edge belongs to the first document that states it.
    """
    edges = [e for r in results for e in r.edges]

    def doc_of(edge: ScoredEdge) -> str:
        return min((ev.doc for ev in edge.evidence), default="")

    names = sorted({doc_of(e) for e in edges} - {""})
    fold_of = {d: i % folds for i, d in enumerate(names)}
    above = correct = 0
    for k in range(folds):
        counts: dict[tuple[str, str], list[int]] = {}
        for e in edges:
            if fold_of.get(doc_of(e)) == k:
                continue
            for extractor in {ev.extractor for ev in e.evidence}:
                c = counts.setdefault((extractor, e.prop), [0, 0])
                c[0] += e.gold is not None
                c[1] += 1
        entries = {key: entry_for(c, n) for key, (c, n) in counts.items()
                   if not key[0].startswith(MODEL_PREFIX)}
        models = {key: v for key, v in shipped.entries.items() if key[0].startswith(MODEL_PREFIX)}
        table = ConfidenceTable({**entries, **models}, shipped.default)
        for e in edges:
            if fold_of.get(doc_of(e)) != k:
                continue
            values = [table.get(ev.extractor, e.prop) for ev in e.evidence]
            if values and max(values) >= threshold:
                above += 1
                correct += e.gold is not None
    return Threshold(threshold, above, correct, len(edges))
