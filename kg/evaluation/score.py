"""Scoring a built graph against one gold set: a port of the reference ``spec/score.py``.

The rules (SCHEMA.md, ANNOTATION.md), as the reference scorer applies them:

- Names are compared normalised (``norm``): case-folded, possessive 's and apostrophes dropped
  (China's = China, Xi'an = Xian, People's = Peoples), punctuation and a leading "the" ignored.
- Gold entities merge across documents when they share a type and a normalised name, except
  generic names ("the Provincial Government", "Commerce Department"): those are per document.
- A gold entity whose every mention in its document lies inside a longer gold name of another
  entity is optional: neither required nor penalised, nor are relations touching it.
- A graph node matches the gold entities of its class that share one of its names. A node
  whose matches are all optional is ignored; so is a node with no match whose names occur in
  the texts only inside longer gold names, or a City/Province/Country named by no text (the
  gazetteer's hierarchy). Nodes are taken in graph order: each takes the gold entities not
  taken yet (at most one per-document generic entity); a node left with none is a false
  positive ("missed merge" when it matched something, else "not in gold"). A node with no match
  whose name is a gold name of another class is counted as typed wrong (and never excused).
- A relation is a hit when some gold relation joins entities its two ends match; City/Province
  ``locatedIn`` Province/Country edges are neither required nor penalised. ``metWith`` between
  two people is one fact whichever way it is written (gold and graph edges are oriented).

One thing is added for graphs that hold more than the gold set: only the gold documents'
part of the graph is scored (nodes ``kf:mentionedIn`` one of them, or in no document at all;
relations unless every assertion of them comes from another document). For a graph built
from exactly the gold set's corpus this changes nothing, so the figures equal the reference
scorer's (tests/test_evalsets.py compares every count). Reading the gold: kg/evaluation/gold.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.errors import E, KgError
from kg.evaluation.gold import (
    Gold,
    GoldKey,
    inside,
    load_gold,
    match_key,
    norm,
    oriented,
    read_gold_files,
    spans,
)
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS

__all__ = ["EvalResult", "Evidence", "Score", "ScoredEdge", "ScoredNode", "evaluate",
           "graph_documents", "load_gold", "match_key", "norm", "read_gold_files", "score"]

GEO = {"City", "Province"}
GAZ = {"City", "Province", "Country"}

# --- scores --------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self


@dataclass(frozen=True)
class Evidence:
    """One assertion of a scored edge: the rule that made it, its confidence, its document."""

    extractor: str
    confidence: float | None
    doc: str


@dataclass(frozen=True)
class ScoredEdge:
    subject: str
    prop: str
    object: str
    gold: str | None  # the gold relation it matches, or None: a false positive
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ScoredNode:
    node: str
    cls: str
    right: bool  # it took a gold entity (False: a false positive or a missed merge)
    extractors: tuple[str, ...]  # the rules of its kf:Mention records in the scored documents


@dataclass
class EvalResult:
    entities: Score
    relations: Score
    by_class: dict[str, Score]
    by_property: dict[str, Score]
    gold_entities: int = 0  # required gold entities
    nodes: int = 0  # scored graph nodes (not ignored)
    typed_wrong: int = 0  # false nodes whose name is a gold name of another class
    gold_relations: int = 0
    edges: list[ScoredEdge] = field(default_factory=list)  # every scored graph edge
    scored_nodes: list[ScoredNode] = field(default_factory=list)  # every scored graph node
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)


# --- the graph -----------------------------------------------------------------------------


def _local(iri: Node) -> str:
    return re.split(r"[#/]", str(iri))[-1]


@dataclass
class SysEntity:
    types: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # normalised
    label: str = ""


def _assertions(g: Graph) -> dict[tuple[Node, Node, Node], list[tuple[Node | None, Evidence]]]:
    """Every reified statement by (s, p, o): its source (document IRI) and its evidence."""
    out: dict[tuple[Node, Node, Node], list[tuple[Node | None, Evidence]]] = defaultdict(list)
    names = {d: str(n) for d, n in g.subject_objects(KF.fileName)}
    for a, s in g.subject_objects(RDF.subject):
        p, o = g.value(a, RDF.predicate), g.value(a, RDF.object)
        src = g.value(a, PROV.wasDerivedFrom)
        if p is None or o is None:
            continue
        conf = g.value(a, KF.confidence)
        extractor = str(g.value(a, KF.extractor) or "")
        confidence = float(conf.toPython()) if isinstance(conf, Literal) else None
        doc = names.get(src, str(src or "")) if src is not None else ""
        out[(s, p, o)].append((src, Evidence(extractor, confidence, doc)))
    return out


def _mention_rules(g: Graph, docs: set[Node]) -> dict[Node, set[str]]:
    """The extractors of each entity's kf:Mention records in the documents ``docs``."""
    out: dict[Node, set[str]] = defaultdict(set)
    for m, node in g.subject_objects(KF.mentionOf):
        if g.value(m, PROV.wasDerivedFrom) in docs:
            out[node].add(str(g.value(m, KF.extractor) or ""))
    return out


def graph_documents(g: Graph) -> dict[str, Node]:
    """Document file name -> document IRI, for every ``kf:Document`` in the graph."""
    return {str(name): d for d, name in g.subject_objects(KF.fileName)}


def evaluate(g: Graph, gold_dir: Path, corpus_dir: Path) -> EvalResult:
    """Score ``g`` against the gold files in ``gold_dir`` (their texts in ``corpus_dir``).

    E017 when the graph holds none of the gold documents: the figures would all be misses.
    """
    gold = load_gold(gold_dir, corpus_dir)
    in_graph = graph_documents(g)
    docs = {in_graph[d] for d in gold.texts if d in in_graph}
    if not docs:
        detail = f"the graph has {len(in_graph)} documents, none of its {len(gold.texts)}"
        raise KgError(E.E017, gold_dir, detail)
    return score(g, gold, docs)


def score(g: Graph, gold: Gold, docs: set[Node]) -> EvalResult:
    """The reference scorer's counts for the part of ``g`` about the documents ``docs``."""
    sys_ents: dict[Node, SysEntity] = {}
    for s, _, c in g.triples((None, RDF.type, None)):
        cls = _local(c)
        if cls not in ENTITY_CLASSES:
            continue
        seen_in = set(g.objects(s, KF.mentionedIn))
        if seen_in and not seen_in & docs:
            continue  # another document's entity
        if s not in sys_ents:
            labels = [str(x) for x in g.objects(s, RDFS.label)]
            names = labels + [str(x) for p in (SKOS.prefLabel, SKOS.altLabel)
                              for x in g.objects(s, p)]
            sys_ents[s] = SysEntity(names={norm(n) for n in names} - {""},
                                    label=min(labels, default=str(s)))
        sys_ents[s].types.add(cls)
    optional = gold.optional

    node2gold: dict[Node, set[GoldKey]] = {}
    ignored: set[Node] = set()
    typed_wrong = 0
    for node, ent in sys_ents.items():
        hits = {k for t in ent.types for n in ent.names for k in gold.alias_index.get((t, n), ())}
        node2gold[node] = hits
        if hits and hits <= optional:
            ignored.add(node)
        elif not hits:
            # A gold name under another class is a wrong type, never excused as nested.
            if any(gold.alias_index.get((t, n)) for t in ENTITY_CLASSES for n in ent.names):
                typed_wrong += 1
            elif _excused(ent, gold):
                ignored.add(node)

    by_class = {c: Score() for c in ENTITY_CLASSES}
    result = EvalResult(Score(), Score(), by_class, {p: Score() for p in RELATIONS})
    matched: set[GoldKey] = set()
    rules = _mention_rules(g, docs)
    for node, hits in node2gold.items():
        if node in ignored:
            continue
        new = hits - matched - optional
        generic = sorted(k for k in new if len(k) == 3)
        if generic:  # a node stands for one body: at most one per-document generic entity
            new = (new - set(generic)) | {generic[0]}
        ent = sys_ents[node]
        cls = sorted(ent.types)[0]
        if new:
            matched |= new
            for k in new:
                by_class[k[0]].tp += 1
        else:
            by_class[cls].fp += 1
            why = "missed merge" if hits else "not in gold"
            result.false_entities.append(f"{cls} {ent.label!r} ({why})")
        result.scored_nodes.append(
            ScoredNode(str(node), cls, bool(new), tuple(sorted(rules.get(node, ()))))
        )
    for key, gent in gold.entities.items():
        if key not in matched and key not in optional:
            by_class[key[0]].fn += 1
            result.missed_entities.append(f"{key[0]} {gent.name!r}")
    result.gold_entities = len(gold.entities) - len(optional)
    result.nodes = len(sys_ents) - len(ignored)
    result.typed_wrong = typed_wrong

    def hierarchy(prop: str, st: set[str], ot: set[str]) -> bool:
        return prop == "locatedIn" and bool(st & GEO) and bool(ot & {"Province", "Country"})

    gold_eval = {r for r in gold.relations if r[0] not in optional and r[2] not in optional
                 and not hierarchy(r[1], {r[0][0]}, {r[2][0]})}
    assertions = _assertions(g)
    all_docs = set(graph_documents(g).values())
    found: set[tuple[GoldKey, str, GoldKey]] = set()
    false: set[tuple[Node, str, Node]] = set()
    for s, p, o in g:
        prop = _local(p)
        if prop not in RELATIONS or s not in sys_ents or o not in sys_ents:
            continue
        if s in ignored or o in ignored or hierarchy(prop, sys_ents[s].types, sys_ents[o].types):
            continue
        stated = assertions.get((s, p, o), [])
        if stated and all(src in all_docs and src not in docs for src, _ in stated):
            continue  # said only by documents outside this gold set
        # The reference takes any one of several matches (set order); the first, sorted, here.
        hits = sorted(rel for a in node2gold[s] for b in node2gold[o]
                      if (rel := oriented(a, prop, b, {a[0]}, {b[0]})) in gold_eval)
        if hits:
            found.add(hits[0])
        elif (fp := oriented(s, prop, o, sys_ents[s].types, sys_ents[o].types)) not in false:
            false.add(fp)  # two people's meeting stated both ways is one false fact
            result.by_property[prop].fp += 1
            result.false_relations.append(f"{sys_ents[s].label} {prop} {sys_ents[o].label}")
        match = f"{hits[0][0]} {prop} {hits[0][2]}" if hits else None
        result.edges.append(ScoredEdge(str(s), prop, str(o), match, tuple(ev for _, ev in stated)))
    for rel in sorted(gold_eval):
        sc = result.by_property[rel[1]]
        if rel in found:
            sc.tp += 1
        else:
            sc.fn += 1
            s_name, o_name = gold.entities[rel[0]].name, gold.entities[rel[2]].name
            result.missed_relations.append(f"{s_name} {rel[1]} {o_name}")
    result.gold_relations = len(gold_eval)
    for sc in by_class.values():
        result.entities += sc
    for sc in result.by_property.values():
        result.relations += sc
    for items in (result.missed_entities, result.false_entities, result.false_relations):
        items.sort()
    return result


def _excused(ent: SysEntity, gold: Gold) -> bool:
    """Named only inside longer gold names, or a gazetteer place never named in the texts."""
    mentions = [(doc, sp) for doc, text in gold.texts.items()
                for n in ent.names for sp in spans(text, n)]
    if not mentions:
        return bool(ent.types & GAZ)
    return all(inside(s, t, gold.name_spans[doc]) for doc, (s, t) in mentions)
