"""Scoring a graph's dates and figures against the project's facts gold (docs/facts-gold.md).

Gold: one JSON file per document (``file``: its file name, matched to ``kf:fileName``), with
``dates`` and ``figures``. Only documents of the graph that have a gold file count.

- A date is a dated statement (``quote``: words of its sentence, ``start``/``end``: ISO
  days) or an event's days (``event``: its name). A dated assertion matches when its days
  are equal and its sentence contains the quote; a dated Event node matches when one of its
  labels is the name and its days are equal: exact day match.
- A figure matches an observation of the same document when indicator, value (as a
  decimal), unit, area (a label or alias of its refArea / refEntity) and period (or both
  none) are all equal. Counterpart and level/change are reported, not scored.

Precision counts distinct system items (one per sentence and days, one per figure), recall
distinct gold items.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.errors import E, KgError
from kg.vocab import KF, MEASURES, QB, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, UNITS


@dataclass
class FactScore:
    """Precision over distinct system items, recall over gold items."""

    system: int = 0
    system_correct: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float:
        return self.system_correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


    def add(self, other: FactScore) -> None:
        self.system += other.system
        self.system_correct += other.system_correct
        self.gold += other.gold
        self.gold_found += other.gold_found


@dataclass
class FactsResult:
    documents: int
    dates: FactScore
    figures: FactScore
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    scored: set[str] = field(default_factory=set)  # file names of the documents scored
    # per extractor of observations: [correct, scored] (their measured precision)
    by_extractor: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: FactsResult) -> None:
        """Pool another result into this one (counts summed: a micro-average)."""
        self.documents += other.documents
        self.dates.add(other.dates)
        self.figures.add(other.figures)
        self.missed += other.missed
        self.false += other.false
        self.scored |= other.scored
        for name, (correct, total) in other.by_extractor.items():
            self.count(name, correct, total)

    def count(self, extractor: str, correct: int, scored: int) -> None:
        """Add to an observation extractor's right and scored counts."""
        counts = self.by_extractor.setdefault(extractor, [0, 0])
        counts[0] += correct
        counts[1] += scored


@dataclass(frozen=True)
class _GoldDate:
    quote: str | None
    event: frozenset[str] | None  # the event's name and aliases, as match keys
    start: str
    end: str


@dataclass(frozen=True)
class _GoldFigure:
    indicator: str
    value: Decimal
    unit: str
    area: frozenset[str]  # the subject's name and aliases, as match keys
    period: str | None


def _names(value: str | list[str] | None) -> frozenset[str] | None:
    """A name, or a list of a name and its aliases (any may match)."""
    if value is None:
        return None
    names = [value] if isinstance(value, str) else value
    if not names or not all(isinstance(n, str) for n in names):
        raise TypeError(f"a name or a list of names, not {value!r}")
    return frozenset(_key(n) for n in names)


def load_facts_gold(gold_dir: Path) -> dict[str, tuple[list[_GoldDate], list[_GoldFigure]]]:
    """Gold dates and figures by document file name."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise KgError(E.E009, gold_dir)
    out: dict[str, tuple[list[_GoldDate], list[_GoldFigure]]] = {}
    for path in files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            dates = [
                _GoldDate(d.get("quote"), _names(d.get("event")), d["start"],
                          d.get("end") or d["start"])
                for d in raw["dates"]
            ]
            figures = [
                _GoldFigure(f["indicator"], Decimal(f["value"]), f["unit"],
                            _names(f["area"]) or frozenset(), f.get("period"))
                for f in raw["figures"]
            ]
            name = raw["file"]
        except (OSError, ValueError, KeyError, TypeError, InvalidOperation) as err:
            raise KgError(E.E010, path, f"not a facts gold file: {err}") from None
        for f in figures:
            if f.indicator not in MEASURES or f.unit not in UNITS:
                raise KgError(
                    E.E010, path, f"unknown indicator {f.indicator!r} or unit {f.unit!r}"
                )
        out[name] = (dates, figures)
    return out


_PUNCT = re.compile(r"[^\w\s]")


def match_key(name: str) -> str:
    """Case-folded, punctuation-free, no leading "the": how names are compared."""
    text = re.sub(r"^the\s+", "", name.replace("’", "'").casefold().strip())
    return " ".join(_PUNCT.sub(" ", text).split())


def _key(name: str) -> str:
    """match_key without bracketed short forms: "China-ASEAN Expo (CAEXPO) ..." is named
    with or without them."""
    return match_key(re.sub(r"\([^)]*\)", " ", name))


def _labels(graph: Graph, node: URIRef) -> set[str]:
    return {_key(str(o)) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}


def _local(node: object) -> str:
    return str(node).rsplit("#", 1)[-1]


def evaluate_facts(
    graph: Graph, gold_dir: Path, skip: frozenset[str] | set[str] = frozenset()
) -> FactsResult:
    """Score the documents of ``graph`` that have a gold file (except those in ``skip``:
    already scored on another graph)."""
    gold = load_facts_gold(gold_dir)
    docs: dict[URIRef, str] = {}
    for doc in graph.subjects(RDF.type, KF.Document):
        name = graph.value(doc, KF.fileName)
        if isinstance(doc, URIRef) and name is not None and str(name) in gold:
            if str(name) not in skip:
                docs[doc] = str(name)

    # System dates: (doc, sentence, days) from assertions; (doc, labels, days) from events.
    statements: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for a in graph.subjects(KF.startDate, None):
        if (a, RDF.type, KF.Assertion) not in graph:
            continue
        doc = graph.value(a, PROV.wasDerivedFrom)
        if doc in docs:
            sentence = str(graph.value(a, KF.sentence) or "")
            statements[docs[doc]].add(
                (sentence, str(graph.value(a, KF.startDate)), str(graph.value(a, KF.endDate)))
            )
    events: dict[str, list[tuple[str, set[str], str, str]]] = defaultdict(list)
    for e in graph.subjects(RDF.type, KF.Event):
        start, end = graph.value(e, KF.startDate), graph.value(e, KF.endDate)
        if start is None or end is None or not isinstance(e, URIRef):
            continue
        for doc in graph.objects(e, KF.mentionedIn):
            if doc in docs:
                label = str(graph.value(e, RDFS.label))
                events[docs[doc]].append((label, _labels(graph, e), str(start), str(end)))

    figures: dict[str, set[tuple[str, Decimal, str, frozenset[str], str | None, str]]] = (
        defaultdict(set)
    )
    extractors: dict[tuple[str, tuple[str, Decimal, str, frozenset[str], str | None, str]],
                     set[str]] = defaultdict(set)
    for o in graph.subjects(RDF.type, QB.Observation):
        doc = graph.value(o, PROV.wasDerivedFrom)
        if doc not in docs:
            continue
        area = graph.value(o, SDMX_DIMENSION.refArea) or graph.value(o, KF.refEntity)
        value = graph.value(o, SDMX_MEASURE.obsValue)
        period = graph.value(o, SDMX_DIMENSION.refPeriod)
        if not isinstance(area, URIRef) or not isinstance(value, Literal):
            continue
        item = (
            _local(graph.value(o, KF.indicator)),
            Decimal(str(value)),
            _local(graph.value(o, SDMX_ATTRIBUTE.unitMeasure)),
            frozenset(_labels(graph, area)),
            str(period) if period is not None else None,
            str(graph.value(area, RDFS.label)),
        )
        figures[docs[doc]].add(item)
        extractors[(docs[doc], item)].add(str(graph.value(o, KF.extractor) or ""))

    result = FactsResult(len(set(docs.values())), FactScore(), FactScore(),
                         scored=set(docs.values()))
    for name in sorted(set(docs.values())):
        gold_dates, gold_figures = gold[name]
        _score_dates(name, gold_dates, statements[name], events[name], result)
        _score_figures(name, gold_figures, figures[name], result)
        for item in figures[name]:
            right = any(_figure_ok(g, item) for g in gold_figures)
            for extractor in extractors[(name, item)]:
                result.count(extractor, int(right), 1)
    return result


def _score_dates(
    name: str,
    gold: list[_GoldDate],
    statements: set[tuple[str, str, str]],
    events: list[tuple[str, set[str], str, str]],
    result: FactsResult,
) -> None:
    score = result.dates

    def stmt_ok(g: _GoldDate, s: tuple[str, str, str]) -> bool:
        return g.quote is not None and g.quote in s[0] and (g.start, g.end) == s[1:]

    def event_ok(g: _GoldDate, e: tuple[str, set[str], str, str]) -> bool:
        return g.event is not None and bool(g.event & e[1]) and (g.start, g.end) == e[2:]

    for s in sorted(statements):
        score.system += 1
        if any(stmt_ok(g, s) for g in gold):
            score.system_correct += 1
        else:
            result.false.append(f"date {name}: {s[1]}/{s[2]} on {s[0][:80]!r}")
    for e in sorted(events, key=lambda x: (x[0], x[2], x[3])):
        score.system += 1
        if any(event_ok(g, e) for g in gold):
            score.system_correct += 1
        else:
            result.false.append(f"date {name}: {e[2]}/{e[3]} on event {e[0]!r}")
    for g in gold:
        score.gold += 1
        if any(stmt_ok(g, s) for s in statements) or any(event_ok(g, e) for e in events):
            score.gold_found += 1
        else:
            what = f"event {min(g.event)!r}" if g.event else repr(g.quote)
            result.missed.append(f"date {name}: {g.start}/{g.end} on {what}")


def _figure_ok(
    g: _GoldFigure, s: tuple[str, Decimal, str, frozenset[str], str | None, str]
) -> bool:
    return (g.indicator, g.value, g.unit, g.period) == (s[0], s[1], s[2], s[4]) and (
        bool(g.area & s[3])
    )


def _score_figures(
    name: str,
    gold: list[_GoldFigure],
    system: set[tuple[str, Decimal, str, frozenset[str], str | None, str]],
    result: FactsResult,
) -> None:
    score = result.figures
    ok = _figure_ok

    for s in sorted(system, key=lambda x: (x[0], x[1], x[2], x[5], x[4] or "")):
        score.system += 1
        if any(ok(g, s) for g in gold):
            score.system_correct += 1
        else:
            result.false.append(
                f"figure {name}: {s[0]} {s[1]} {s[2]} of {s[5]!r} for {s[4] or '-'}"
            )
    for g in dict.fromkeys(gold):
        score.gold += 1
        if any(ok(g, s) for s in system):
            score.gold_found += 1
        else:
            result.missed.append(
                f"figure {name}: {g.indicator} {g.value} {g.unit} of {min(g.area)!r} "
                f"for {g.period or '-'}"
            )


def evaluate_facts_sets(
    sets: Sequence[tuple[Path, Sequence[Graph]]],
) -> list[FactsResult]:
    """Each gold folder scored on its graphs (a document on the first graph holding it)."""
    out: list[FactsResult] = []
    for gold_dir, graphs in sets:
        result = FactsResult(0, FactScore(), FactScore())
        for graph in graphs:
            result.add(evaluate_facts(graph, gold_dir, skip=result.scored))
        out.append(result)
    return out


def format_facts_sets(names: Sequence[str], results: Sequence[FactsResult],
                      details: bool = False) -> str:
    """One block per gold folder, then the pooled figures (counts summed over the folders)."""
    if len(results) == 1:
        return format_facts(results[0], details)
    pooled = FactsResult(0, FactScore(), FactScore())
    blocks: list[str] = []
    for name, result in zip(names, results, strict=True):
        blocks.append(f"== {name}\n{format_facts(result, details)}")
        pooled.add(result)
    blocks.append(f"== pooled ({len(results)} gold folders)\n{format_facts(pooled)}")
    return "\n\n".join(blocks)


def format_facts(result: FactsResult, details: bool = False) -> str:
    lines = [
        f"documents scored: {result.documents}",
        f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'system':>8}{'gold':>6}",
    ]
    for name, s in (("DATES", result.dates), ("FIGURES", result.figures)):
        lines.append(
            f"{name:14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.system:8d}{s.gold:6d}"
        )
    if details:
        lines += ["", "missed:"] + [f"  {m}" for m in result.missed]
        lines += ["false:"] + [f"  {f}" for f in result.false]
    return "\n".join(lines)
