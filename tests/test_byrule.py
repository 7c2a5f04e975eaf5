"""Precision and recall per extraction rule, and the confidence >= 0.8 figure, on tiny graphs
built the way `kg build` writes assertions (kf:extractor, kf:confidence)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV
from test_evaluate import DEYANG, DOC, INJET, SHI, SICHUAN, Kg, write_gold

from kg.evaluation.byrule import (
    cross_validated,
    entity_rule_stats,
    format_by_rule,
    rule_stats,
    threshold_stats,
)
from kg.evaluation.score import EvalResult, Evidence, Score, ScoredEdge, evaluate
from kg.extract.confidence import ConfidenceTable, entry_for
from kg.vocab import KF


def _scored(tmp_path: Path) -> EvalResult:
    write_gold(
        tmp_path,
        [SHI, INJET, DEYANG, SICHUAN],
        [("shi", "visited", "injet"), ("shi", "servesIn", "sichuan"),
         ("injet", "locatedIn", "deyang")],
    )  # fmt: skip
    kg = Kg()
    shi, injet = kg.entity("Official", "Shi Xiaolin"), kg.entity("Enterprise", "Injet")
    deyang, sichuan = kg.entity("City", "Deyang"), kg.entity("Province", "Sichuan")
    kg.relation(shi, "visited", injet, extractor="visit", confidence=0.9)  # right
    kg.relation(shi, "visited", injet, extractor="delegation", confidence=0.6)  # right, too
    kg.relation(shi, "visited", deyang, extractor="visit", confidence=0.9)  # wrong
    kg.relation(shi, "servesIn", sichuan, extractor="title", confidence=0.85)  # right
    kg.relation(deyang, "locatedIn", injet, extractor="in-place", confidence=0.7)  # wrong
    return evaluate(kg.graph, tmp_path / "gold", tmp_path / "corpus")


def test_each_rule_is_credited_with_the_edges_it_stated(tmp_path: Path) -> None:
    stats = {(s.extractor, s.prop): s for s in rule_stats([_scored(tmp_path)])}
    assert set(stats) == {("visit", "visited"), ("delegation", "visited"),
                          ("title", "servesIn"), ("in-place", "locatedIn")}  # fmt: skip
    visit = stats[("visit", "visited")]
    assert (visit.statements, visit.correct, len(visit.found), visit.gold) == (2, 1, 1, 1)
    assert visit.precision == 0.5 and visit.recall == 1.0
    assert visit.confidences == {0.9}
    delegation = stats[("delegation", "visited")]
    assert (delegation.statements, delegation.correct, delegation.recall) == (1, 1, 1.0)
    in_place = stats[("in-place", "locatedIn")]
    assert (in_place.statements, in_place.correct, in_place.gold) == (1, 0, 1)
    text = format_by_rule(list(stats.values()), threshold_stats([_scored(tmp_path)]))
    assert text.splitlines()[0].split()[:4] == ["rule", "property", "stated", "right"]


def test_threshold_takes_each_edges_highest_confidence(tmp_path: Path) -> None:
    result = _scored(tmp_path)
    thr = threshold_stats([result])  # as the graph says: 0.9, 0.9, 0.85 are at or above 0.8
    assert (thr.statements, thr.correct, thr.total) == (3, 2, 4)
    assert thr.share == 0.75
    # With a table, the confidences are the table's: only "title" reaches 0.8.
    table = ConfidenceTable({("title", "servesIn"): entry_for(20, 20),
                             ("visit", "visited"): entry_for(3, 6)})  # fmt: skip
    thr = threshold_stats([result], table=table)
    assert (thr.statements, thr.correct, thr.precision) == (1, 1, 1.0)


def _edge(doc: str, extractor: str, right: bool) -> ScoredEdge:
    ev = Evidence(extractor, 0.5, doc)
    return ScoredEdge("s", "visited", doc, "g" if right else None, (ev,))


def test_cross_validation_scores_each_document_with_a_table_measured_without_it() -> None:
    # "good" is right in 9 documents of 10; "rare" states something in one document only.
    edges = [_edge(f"d{i}.txt", "good", i != 0) for i in range(10)]
    edges.append(_edge("d3.txt", "rare", True))
    result = EvalResult(Score(), Score(), {}, {"visited": Score(9, 1, 0)}, edges=edges)
    held = cross_validated([result], ConfidenceTable({}), folds=5)
    # Each fold's "good" is measured on 8 others: 7/8 or 8/8 right, smoothed >= 0.8; "rare"
    # has no statement outside its own fold: the default, below 0.8.
    assert (held.statements, held.correct, held.total) == (10, 9, 11)


def test_mention_rules_are_credited_with_the_nodes_they_named(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, INJET])
    kg = Kg()
    shi = kg.entity("Official", "Shi Xiaolin")
    injet = kg.entity("Enterprise", "Injet")
    wrong = kg.entity("Enterprise", "Deyang Injet Group")  # not in gold
    for i, (node, rule) in enumerate([(shi, "ner"), (injet, "name-keyword"),
                                      (wrong, "name-keyword")]):  # fmt: skip
        m = URIRef(f"urn:x-mention:{i}")
        kg.graph.add((m, KF.mentionOf, node))
        kg.graph.add((m, PROV.wasDerivedFrom, kg.doc(DOC)))
        kg.graph.add((m, KF.extractor, Literal(rule)))
    result = evaluate(kg.graph, tmp_path / "gold", tmp_path / "corpus")
    stats = {(s.extractor, s.cls): (s.nodes, s.right) for s in entity_rule_stats([result])}
    assert stats == {("ner", "Official"): (1, 1), ("name-keyword", "Enterprise"): (2, 1)}


def test_reliability_table_bins_edges_by_their_best_confidence() -> None:
    """Invented scored edges: each counts once, at its best assertion's confidence (as the
    graph carries it, or a rule's from a table; a model statement keeps its own)."""
    from kg.evaluation.trust import format_reliability, reliability

    def edge(n: int, right: bool, *evidence: tuple[str, float]) -> ScoredEdge:
        evs = tuple(Evidence(x, c, "d.txt") for x, c in evidence)
        return ScoredEdge(f"s{n}", "visited", f"o{n}", "g" if right else None, evs)

    edges = [
        edge(1, True, ("visit", 0.95)),
        edge(2, False, ("visit", 0.55), ("delegation", 0.85)),  # its best: 0.85
        edge(3, True, ("visit", 0.85)),
        edge(4, True, ("model:visited", 0.65)),
        edge(5, False, ("visit", 0.3)),
        edge(6, True, ("visit", 1.0)),  # the top bin holds 1.0
    ]
    result = EvalResult(Score(), Score(), {}, {}, edges=edges)
    rel = reliability(result)
    bins = {(low, high): (n, right) for low, high, n, right in rel.bins}
    assert bins[(0.0, 0.5)] == (1, 0)
    assert bins[(0.6, 0.7)] == (1, 1)
    assert bins[(0.8, 0.9)] == (2, 1)
    assert bins[(0.9, 1.0)] == (2, 2)
    assert sum(n for n, _ in bins.values()) == len(edges)
    assert (rel.at.statements, rel.at.correct, rel.at.total) == (4, 3, 6)
    # the same edges with every rule at its table entry: the model statement keeps its own
    table = ConfidenceTable({("visit", "visited"): entry_for(5, 10),
                             ("delegation", "visited"): entry_for(5, 10)})
    by_rule = reliability(result, table)
    assert by_rule.at.statements == 0
    assert {(lo, n) for lo, _, n, _ in by_rule.bins if n} == {(0.5, 5), (0.6, 1)}
    text = format_reliability(rel, "invented")
    assert text.startswith("invented: confidence >= 0.8: 4 of 6 scored edges (67%), 3 right")
    assert "      0.8-0.9      2      1     0.500" in text
