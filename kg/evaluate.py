"""Scoring a built graph against gold annotations, as SCHEMA.md defines it.

- Only documents that have a gold file count; entities and relations are taken from the
  graph's statements about those documents.
- An entity matches when its class matches and its label or an altLabel equals the gold name
  or an alias (case-folded, punctuation and a leading "the" ignored). Two nodes matching one
  gold entity are one hit and one false positive (a missed merge).
- A gold entity whose names occur in the text only inside longer gold names is optional:
  neither required nor penalised, nor are relations touching it.
- City->Province and Province->Country ``locatedIn`` edges are neither required nor
  penalised, nor are place nodes the gazetteer added without the text naming them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from kg.errors import E, KgError
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS

_PUNCT = re.compile(r"[^\w\s]")


def match_key(name: str) -> str:
    text = name.replace("’", "'").casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(_PUNCT.sub(" ", text).split())


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


@dataclass
class GoldEntity:
    id: str
    cls: str
    name: str
    keys: set[str]
    docs: set[str]
    optional: bool = False


@dataclass
class EvalResult:
    entities: Score
    relations: Score
    by_class: dict[str, Score]
    by_property: dict[str, Score]
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)


def load_gold(
    gold_dir: Path, corpus_dir: Path | None = None
) -> tuple[dict[str, GoldEntity], set[tuple[str, str, str]], set[str]]:
    """Union of the gold files: entities by id, relations, and the documents covered."""
    if not gold_dir.is_dir():
        raise KgError(E.E009, gold_dir)
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise KgError(E.E009, gold_dir)
    entities: dict[str, GoldEntity] = {}
    relations: set[tuple[str, str, str]] = set()
    docs: set[str] = set()
    nested_candidates: dict[str, list[tuple[GoldEntity, list[str]]]] = defaultdict(list)
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            doc = str(data["doc"])
            ents = [
                (
                    str(e["id"]),
                    str(e["type"]),
                    str(e["name"]),
                    [str(a) for a in e.get("aliases") or []],
                )
                for e in data["entities"]
            ]
            rels = [(str(r["s"]), str(r["p"]), str(r["o"])) for r in data["relations"]]
        except KeyError as err:
            raise KgError(E.E010, path, f"missing key {err}") from None
        except (OSError, ValueError, TypeError, AttributeError) as err:
            raise KgError(
                E.E010, path, str(err).splitlines()[0] if str(err) else "bad JSON"
            ) from None
        for ent_id, cls, _, _ in ents:
            if cls not in ENTITY_CLASSES:
                raise KgError(E.E010, path, f"entity {ent_id!r} has unknown type {cls!r}")
        docs.add(doc)
        for ent_id, cls, name, aliases in ents:
            ge = entities.setdefault(ent_id, GoldEntity(ent_id, cls, name, set(), set()))
            ge.keys.update(match_key(n) for n in [name, *aliases])
            ge.docs.add(doc)
            nested_candidates[doc].append((ge, [name, *aliases]))
        relations.update(rels)
    if corpus_dir is not None:
        _mark_nested(entities, nested_candidates, corpus_dir)
    return entities, relations, docs


def _mark_nested(
    entities: dict[str, GoldEntity],
    per_doc: dict[str, list[tuple[GoldEntity, list[str]]]],
    corpus_dir: Path,
) -> None:
    """Optional: the entity's names occur, and every occurrence sits inside a longer gold name.

    Text and names are compared as ``match_key`` compares names (case, punctuation ignored), so
    'national "Two Sessions" 2023' is an occurrence of "Two Sessions 2023". An entity none of
    whose names occur at all is not nested: it stays required.
    """
    found: set[str] = set()
    standalone: set[str] = set()
    for doc, items in per_doc.items():
        path = corpus_dir / doc
        if not path.is_file():
            continue
        text = " ".join(
            _PUNCT.sub(
                " ",
                path.read_text(encoding="utf-8", errors="replace")
                .replace("\u2019", "'")
                .casefold(),
            ).split()
        )
        spans: list[tuple[str, int, int]] = []  # (owner id, start, end) of every gold name
        for ge, names in items:
            for key in {match_key(n) for n in names} - {""}:
                for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text):
                    spans.append((ge.id, m.start(), m.end()))
        for owner, start, end in spans:
            found.add(owner)
            inside = any(
                other != owner and s <= start and end <= e and e - s > end - start
                for other, s, e in spans
            )
            if not inside:
                standalone.add(owner)
    for ent_id in found - standalone:
        entities[ent_id].optional = True


@dataclass
class _Node:
    iri: URIRef
    cls: str
    label: str
    keys: set[str]


def _graph_view(
    g: Graph, gold_docs: set[str]
) -> tuple[dict[URIRef, _Node], set[tuple[URIRef, str, URIRef]]]:
    docs = {d for d, _, name in g.triples((None, KF.fileName, None)) if str(name) in gold_docs}
    nodes: dict[URIRef, _Node] = {}
    for cls in ENTITY_CLASSES:
        for node in g.subjects(RDF.type, getattr(KF, cls)):
            if not isinstance(node, URIRef):
                continue
            if not any(d in docs for d in g.objects(node, KF.mentionedIn)):
                continue
            label = str(g.value(node, RDFS.label) or "")
            keys = {match_key(label)} | {match_key(str(a)) for a in g.objects(node, SKOS.altLabel)}
            nodes[node] = _Node(node, cls, label, keys)
    edges: set[tuple[URIRef, str, URIRef]] = set()
    for prop in RELATIONS:
        p = getattr(KF, prop)
        for s, o in g.subject_objects(p):
            if s not in nodes or o not in nodes:
                continue
            stated = any(
                d in docs
                for a in g.subjects(RDF.subject, s)
                if (a, RDF.predicate, p) in g and (a, RDF.object, o) in g
                for d in g.objects(a, PROV.wasDerivedFrom)
            )
            if stated:
                edges.add((s, prop, o))  # type: ignore[arg-type]
    return nodes, edges


def evaluate(graph: Graph, gold_dir: Path, corpus_dir: Path | None = None) -> EvalResult:
    gold, gold_rels, gold_docs = load_gold(gold_dir, corpus_dir)
    nodes, edges = _graph_view(graph, gold_docs)

    # Which gold entities each node matches, then a one-to-one assignment (exact label first).
    matches: dict[URIRef, list[str]] = defaultdict(list)
    for iri, node in sorted(nodes.items()):
        for gid, ge in sorted(gold.items()):
            if ge.cls == node.cls and node.keys & ge.keys:
                matches[iri].append(gid)
    pairs = sorted(
        (
            (0 if match_key(nodes[i].label) in gold[g].keys else 1, str(i), g)
            for i, gs in matches.items()
            for g in gs
        )
    )
    assigned: dict[URIRef, str] = {}
    taken: set[str] = set()
    for _, iri_s, gid in pairs:
        iri = URIRef(iri_s)
        if iri in assigned or gid in taken:
            continue
        assigned[iri] = gid
        taken.add(gid)

    by_class = {c: Score() for c in ENTITY_CLASSES}
    result = EvalResult(Score(), Score(), by_class, {p: Score() for p in RELATIONS})
    for gid, ge in sorted(gold.items()):
        if gid in taken:
            if not ge.optional:
                by_class[ge.cls].tp += 1
        elif not ge.optional:
            by_class[ge.cls].fn += 1
            result.missed_entities.append(f"{ge.cls} {ge.name!r} ({gid})")
    for iri, node in sorted(nodes.items()):
        if iri in assigned:
            continue
        optional = any(gold[g].optional for g in matches.get(iri, []))
        if optional:
            continue
        by_class[node.cls].fp += 1
        why = "missed merge" if matches.get(iri) else "not in gold"
        result.false_entities.append(f"{node.cls} {node.label!r} ({why})")

    # Relations: an end matches every gold entity its node matches.
    optional_ids = {g for g, ge in gold.items() if ge.optional}
    matched_gold: set[tuple[str, str, str]] = set()
    for s, prop, o in sorted(edges):
        if prop == "locatedIn" and (nodes[s].cls, nodes[o].cls) in (
            ("City", "Province"),
            ("Province", "Country"),
        ):
            continue
        ss, os_ = set(matches.get(s, [])), set(matches.get(o, []))
        hits = {(a, prop, b) for a in ss for b in os_} & gold_rels
        if hits:
            matched_gold |= hits
        elif (ss & optional_ids) or (os_ & optional_ids):
            continue
        else:
            result.by_property[prop].fp += 1
            result.false_relations.append(f"{nodes[s].label} {prop} {nodes[o].label}")
    for rel in sorted(gold_rels):
        s, prop, o = rel
        if s in optional_ids or o in optional_ids:
            continue
        if (
            s in gold
            and o in gold
            and prop == "locatedIn"
            and (gold[s].cls, gold[o].cls) in (("City", "Province"), ("Province", "Country"))
        ):
            continue
        if prop not in result.by_property:
            continue
        if rel in matched_gold:
            result.by_property[prop].tp += 1
        else:
            result.by_property[prop].fn += 1
            sname = gold[s].name if s in gold else s
            oname = gold[o].name if o in gold else o
            result.missed_relations.append(f"{sname} {prop} {oname}")

    for sc in by_class.values():
        result.entities.tp += sc.tp
        result.entities.fp += sc.fp
        result.entities.fn += sc.fn
    for sc in result.by_property.values():
        result.relations.tp += sc.tp
        result.relations.fp += sc.fp
        result.relations.fn += sc.fn
    return result


def format_result(result: EvalResult, details: bool = False) -> str:
    lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]

    def row(name: str, sc: Score) -> str:
        return (
            f"{name:18} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} "
            f"{sc.tp:5d} {sc.fp:5d} {sc.fn:5d}"
        )

    lines.append(row("ENTITIES", result.entities))
    lines += [row("  " + c, s) for c, s in result.by_class.items()]
    lines.append(row("RELATIONS", result.relations))
    lines += [row("  " + p, s) for p, s in result.by_property.items()]
    if details:
        for title, items in (
            ("missed entities", result.missed_entities),
            ("false entities", result.false_entities),
            ("missed relations", result.missed_relations),
            ("false relations", result.false_relations),
        ):
            lines.append(f"\n{title} ({len(items)}):")
            lines += [f"  {x}" for x in items]
    return "\n".join(lines)
