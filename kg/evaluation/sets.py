"""Scoring several gold sets at once: pairing each with its corpus and graph, pooling, output.

A gold set is a directory of gold .json files. Its texts (needed for the nested-name and
gazetteer rules) come from the corpus directory given with it (``GOLD:CORPUS``) or, failing
that, from the first of the candidate corpus directories that holds every document the gold
files name. Its graph is the one, of those given, that holds the most of its documents (a
single graph may hold several sets: each set is scored on its own documents' part of it).
Pooled figures are the sums of the sets' TP/FP/FN (micro-average).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from kg.errors import E, KgError
from kg.evaluation.gold import read_gold_files
from kg.evaluation.score import EvalResult, Score, evaluate, graph_documents
from kg.vocab import ENTITY_CLASSES, RELATIONS


@dataclass(frozen=True)
class GoldSet:
    gold: Path
    corpus: Path
    docs: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.gold.name or str(self.gold)


@dataclass
class SetResult:
    gold_set: GoldSet
    graph: Path
    result: EvalResult
    missing: tuple[str, ...] = ()  # gold documents the graph does not hold (all misses)


@dataclass
class Pooled:
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    by_class: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in ENTITY_CLASSES})
    by_property: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in RELATIONS})
    gold_entities: int = 0
    nodes: int = 0
    typed_wrong: int = 0
    gold_relations: int = 0
    edges: int = 0

    def add(self, r: EvalResult) -> None:
        self.entities += r.entities
        self.relations += r.relations
        for c, sc in r.by_class.items():
            self.by_class[c] += sc
        for p, sc in r.by_property.items():
            self.by_property[p] += sc
        self.gold_entities += r.gold_entities
        self.nodes += r.nodes
        self.typed_wrong += r.typed_wrong
        self.gold_relations += r.gold_relations
        self.edges += len(r.edges)


@dataclass
class EvalReport:
    sets: list[SetResult]
    pooled: Pooled


def parse_gold_spec(spec: str) -> tuple[Path, Path | None]:
    """``GOLD`` or ``GOLD:CORPUS``."""
    gold, sep, corpus = spec.partition(":")
    return Path(gold), Path(corpus) if sep and corpus else None


def gold_set(gold: Path, corpus: Path | None, candidates: Sequence[Path]) -> GoldSet:
    """The gold directory with the corpus directory that holds its documents."""
    docs = tuple(sorted({f.doc for f in read_gold_files(gold)}))
    if corpus is not None:
        return GoldSet(gold, corpus, docs)
    for cand in candidates:
        if all((cand / d).is_file() for d in docs):
            return GoldSet(gold, cand, docs)
    where = ", ".join(str(c) for c in candidates) or "no corpus directory"
    raise KgError(E.E016, gold, f"its documents ({docs[0]}, ...) are not all in {where}")


def read_graph(path: Path) -> Graph:
    """Parse an RDF file (format from its extension); E008 if missing or unreadable."""
    if not path.is_file():
        raise KgError(E.E008, path, "no such file")
    g = Graph()
    try:
        if path.suffix in (".trig", ".nq"):  # named graphs: their union, as the reference does
            ds = Dataset()
            ds.parse(path, format="trig" if path.suffix == ".trig" else "nquads")
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
        else:
            g.parse(path)
    except Exception as err:  # rdflib raises many parser-specific types
        detail = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise KgError(E.E008, path, detail) from None
    return g


def load_graphs(paths: Sequence[Path]) -> list[tuple[Path, Graph]]:
    return [(path, read_graph(path)) for path in paths]


def evaluate_sets(sets: Sequence[GoldSet], graphs: Sequence[tuple[Path, Graph]]) -> EvalReport:
    """Score every set against the graph holding most of its documents; pool the counts."""
    held = [(path, g, set(graph_documents(g))) for path, g in graphs]
    report = EvalReport([], Pooled())
    for gs in sets:
        path, g, docs = max(held, key=lambda h: len(h[2] & set(gs.docs)))
        if not docs & set(gs.docs):
            names = ", ".join(str(p) for p, _, _ in held)
            raise KgError(E.E017, gs.gold, f"looked in {names}")
        result = evaluate(g, gs.gold, gs.corpus)
        missing = tuple(sorted(set(gs.docs) - docs))
        report.sets.append(SetResult(gs, path, result, missing))
        report.pooled.add(result)
    return report


# --- output --------------------------------------------------------------------------------


def _score_json(sc: Score) -> dict[str, float | int]:
    return {"p": round(sc.precision, 4), "r": round(sc.recall, 4), "f1": round(sc.f1, 4),
            "tp": sc.tp, "fp": sc.fp, "fn": sc.fn}  # fmt: skip


def _figures_json(r: EvalResult | Pooled, edges: int) -> dict[str, Any]:
    return {
        "entities": {**_score_json(r.entities), "gold": r.gold_entities, "nodes": r.nodes,
                     "typed_wrong": r.typed_wrong},
        "relations": {**_score_json(r.relations), "gold": r.gold_relations, "edges": edges},
        "by_class": {c: _score_json(s) for c, s in r.by_class.items()},
        "by_property": {p: _score_json(s) for p, s in r.by_property.items()},
    }  # fmt: skip


def report_json(report: EvalReport, details: bool = False) -> dict[str, Any]:
    sets = []
    for sr in report.sets:
        r = sr.result
        entry: dict[str, Any] = {
            "name": sr.gold_set.name,
            "gold": str(sr.gold_set.gold),
            "corpus": str(sr.gold_set.corpus),
            "graph": str(sr.graph),
            "documents": len(sr.gold_set.docs),
            "missing_documents": list(sr.missing),
            **_figures_json(r, len(r.edges)),
        }
        if details:
            entry["details"] = {
                "missed_entities": r.missed_entities,
                "false_entities": r.false_entities,
                "missed_relations": r.missed_relations,
                "false_relations": r.false_relations,
            }
        sets.append(entry)
    pooled = {"documents": sum(len(s.gold_set.docs) for s in report.sets),
              **_figures_json(report.pooled, report.pooled.edges)}  # fmt: skip
    return {"sets": sets, "pooled": pooled}


def _table(r: EvalResult | Pooled) -> list[str]:
    lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]

    def row(name: str, sc: Score) -> str:
        return (f"{name:18} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} "
                f"{sc.tp:5d} {sc.fp:5d} {sc.fn:5d}")  # fmt: skip

    lines.append(row("ENTITIES", r.entities))
    lines += [row("  " + c, s) for c, s in r.by_class.items()]
    lines.append(row("RELATIONS", r.relations))
    lines += [row("  " + p, s) for p, s in r.by_property.items()]
    lines.append(f"gold entities {r.gold_entities}, scored nodes {r.nodes}, "
                 f"typed wrong {r.typed_wrong}; gold relations {r.gold_relations}")  # fmt: skip
    return lines


def format_report(report: EvalReport, details: bool = False) -> str:
    """One table per set and, for several sets, one for the pooled counts."""
    several = len(report.sets) > 1
    lines: list[str] = []
    for sr in report.sets:
        if several or details:
            if lines:
                lines.append("")
            lines.append(f"== {sr.gold_set.name}: {len(sr.gold_set.docs)} documents "
                         f"(gold {sr.gold_set.gold}, corpus {sr.gold_set.corpus}, "
                         f"graph {sr.graph})")  # fmt: skip
        lines += _table(sr.result)
        if details:
            r = sr.result
            for title, items in (
                ("missed entities", r.missed_entities),
                ("false entities", r.false_entities),
                ("missed relations", r.missed_relations),
                ("false relations", r.false_relations),
            ):
                lines.append(f"\n{title} ({len(items)}):")
                lines += [f"  {x}" for x in items]
    if several:
        docs = sum(len(s.gold_set.docs) for s in report.sets)
        lines += ["", f"== pooled: {len(report.sets)} sets, {docs} documents"]
        lines += _table(report.pooled)
    return "\n".join(lines)
