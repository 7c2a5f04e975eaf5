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
  whose name is a gold name of another class is counted as typed wrong.
- A relation is a hit when some gold relation joins entities its two ends match; City/Province
  ``locatedIn`` Province/Country edges are neither required nor penalised.

One thing is added for graphs that hold more than the gold set: only the gold documents'
part of the graph is scored (nodes ``kf:mentionedIn`` one of them, or in no document at all;
relations unless every assertion of them comes from another document). For a graph built
from exactly the gold set's corpus this changes nothing, so the figures equal the reference
scorer's (tests/test_evaluate_reference.py compares every count).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.errors import E, KgError
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS

GEO = {"City", "Province"}
GAZ = {"City", "Province", "Country"}

# --- names ---------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’‘`]+s\b")
_APOSTROPHE = re.compile(r"['’‘`]")
_PEOPLES = re.compile(r"\bpeoples\b")
_PUNCT = re.compile(r"[\"“”.,()\-–—:;!?]")
_SPACE = re.compile(r"\s+")


def norm(name: str) -> str:
    """The form names are compared in (reference ``norm``)."""
    s = _POSSESSIVE.sub("", name.casefold())
    s = _APOSTROPHE.sub("", s)
    s = _PEOPLES.sub("people", s)
    s = _PUNCT.sub(" ", s)
    s = _SPACE.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


match_key = norm  # the name older callers know


def norm_text(text: str) -> str:
    """A document body (YAML front matter dropped) normalised like names, space-padded."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            text = text[end + 4 :]
    return " " + norm(text) + " "


# Generic names name different bodies in different documents: per document, never merged.
LOCAL = {"provincial", "province", "municipal", "city", "county", "district", "town",
         "township", "local", "prefectural"}
GENERIC_WORDS = LOCAL | {
    "the", "of", "and", "for", "cpc", "party", "committee", "committees", "standing", "people",
    "peoples", "government", "department", "bureau", "office", "commission", "commerce",
    "congress", "political", "consultative", "conference", "development", "reform", "foreign",
    "affairs", "trade", "economic", "organization", "publicity", "administrative",
    "investment", "promotion", "customs", "taxation", "transportation", "transport", "general",
    "working", "work", "leading", "group", "agency", "center", "centre", "service", "services",
}
BARE_HEADS = {"government", "party committee", "standing committee", "commerce department",
              "department of commerce", "administrative committee", "people government",
              "free trade zone", "pilot free trade zone", "development zone"}


def is_generic(name: str) -> bool:
    """A normalised name that names a different body in each document."""
    words = set(name.split())
    return name in BARE_HEADS or (bool(words & LOCAL) and words <= GENERIC_WORDS)


def spans(text: str, name: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of a normalised name in a ``norm_text``."""
    out: list[tuple[int, int]] = []
    needle = f" {name} "
    i = text.find(needle)
    while i >= 0:
        out.append((i + 1, i + 1 + len(name)))
        i = text.find(needle, i + 1)
    return out


def _inside(start: int, end: int, others: list[tuple[int, int]]) -> bool:
    return any(a <= start and b >= end and b - a > end - start for a, b in others)


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
    hit: bool
    evidence: tuple[Evidence, ...]


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
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)


# --- gold ----------------------------------------------------------------------------------

GoldKey = tuple[str, ...]  # (type, canonical name) or (type, canonical name, doc) if generic


@dataclass
class GoldEntity:
    cls: str
    name: str  # as written in the first gold file that has it
    names: set[str] = field(default_factory=set)  # normalised
    optional: bool = True


@dataclass
class Gold:
    entities: dict[GoldKey, GoldEntity]
    relations: set[tuple[GoldKey, str, GoldKey]]
    alias_index: dict[tuple[str, str], set[GoldKey]]
    texts: dict[str, str]  # doc file name -> norm_text
    name_spans: dict[str, list[tuple[int, int]]]  # doc -> every gold name's occurrences

    @property
    def optional(self) -> set[GoldKey]:
        return {k for k, e in self.entities.items() if e.optional}


@dataclass(frozen=True)
class GoldFile:
    path: Path
    doc: str
    entities: list[tuple[str, str, str, list[str]]]  # id, type, name, aliases
    relations: list[tuple[str, str, str]]


def read_gold_files(gold_dir: Path) -> list[GoldFile]:
    """The gold files of a directory, checked (E009 for no directory or no file, E010)."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise KgError(E.E009, gold_dir)
    return [_read_gold_file(path) for path in files]


def _read_gold_file(path: Path) -> GoldFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = str(data["doc"])
        ents = [
            (str(e["id"]), str(e["type"]), str(e["name"]), [str(a) for a in e.get("aliases") or []])
            for e in data["entities"]
        ]
        rels = [(str(r["s"]), str(r["p"]), str(r["o"])) for r in data["relations"]]
    except KeyError as err:
        raise KgError(E.E010, path, f"missing key {err}") from None
    except (OSError, ValueError, TypeError, AttributeError) as err:
        detail = str(err).splitlines()[0] if str(err) else "bad JSON"
        raise KgError(E.E010, path, detail) from None
    ids = {e[0] for e in ents}
    for ent_id, cls, _, _ in ents:
        if cls not in ENTITY_CLASSES:
            raise KgError(E.E010, path, f"entity {ent_id!r} has unknown type {cls!r}")
    for s, p, o in rels:
        if p not in RELATIONS:
            raise KgError(E.E010, path, f"relation {s} {p} {o}: unknown property {p!r}")
        if s not in ids or o not in ids:
            raise KgError(E.E010, path, f"relation {s} {p} {o}: no entity with that id")
    return GoldFile(path, doc, ents, rels)


def read_text(corpus_dir: Path, doc: str, gold_file: Path) -> str:
    path = corpus_dir / doc
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise KgError(E.E016, gold_file, f"{doc} is not in {corpus_dir}") from None
    except UnicodeDecodeError as err:
        raise KgError(E.E003, path, str(err)) from None


def load_gold(gold_dir: Path, corpus_dir: Path) -> Gold:
    """Gold entities merged across documents (union on type and a shared normalised name)."""
    files = read_gold_files(gold_dir)
    raw: list[tuple[tuple[str, str], str, str, str, set[str], bool]] = []
    rels_raw: list[tuple[tuple[str, str], str, tuple[str, str]]] = []
    texts: dict[str, str] = {}
    for gf in files:
        text = texts[gf.doc] = norm_text(read_text(corpus_dir, gf.doc, gf.path))
        doc_names = [(eid, {norm(name)} | {norm(a) for a in aliases})
                     for eid, _, name, aliases in gf.entities]
        longer = [(eid, sp) for eid, names in doc_names for n in names for sp in spans(text, n)]
        for (eid, cls, name, _), (_, names) in zip(gf.entities, doc_names, strict=True):
            others = [sp for oid, sp in longer if oid != eid]
            mentions = [sp for n in names for sp in spans(text, n)]
            nested = bool(mentions) and all(_inside(s, t, others) for s, t in mentions)
            raw.append(((gf.doc, eid), cls, norm(name), name, names, nested))
        rels_raw += [((gf.doc, s), p, (gf.doc, o)) for s, p, o in gf.relations]

    parent = list(range(len(raw)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str, str | None], int] = {}
    for i, (ref, cls, _, _, names, _) in enumerate(raw):
        for n in names:
            scope = ref[0] if is_generic(n) else None  # generic forms merge within a document
            j = seen.setdefault((cls, n, scope), i)
            parent[find(i)] = find(j)
    entities: dict[GoldKey, GoldEntity] = {}
    ref2key: dict[tuple[str, str], GoldKey] = {}
    for i, (ref, cls, _, _, names, nested) in enumerate(raw):
        root = raw[find(i)]
        key: GoldKey = (cls, root[2], root[0][0]) if is_generic(root[2]) else (cls, root[2])
        ref2key[ref] = key
        ent = entities.setdefault(key, GoldEntity(cls, root[3]))
        ent.names |= names
        ent.optional = ent.optional and nested
    alias_index: dict[tuple[str, str], set[GoldKey]] = defaultdict(set)
    for key, ent in entities.items():
        for n in ent.names:
            alias_index[(key[0], n)].add(key)
    relations = {(ref2key[s], p, ref2key[o]) for s, p, o in rels_raw}
    name_spans = {
        doc: [sp for ent in entities.values() for n in ent.names for sp in spans(text, n)]
        for doc, text in texts.items()
    }
    return Gold(entities, relations, dict(alias_index), texts, name_spans)


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
            if _excused(ent, gold):
                ignored.add(node)
            elif any(gold.alias_index.get((t, n)) for t in ENTITY_CLASSES for n in ent.names):
                typed_wrong += 1

    by_class = {c: Score() for c in ENTITY_CLASSES}
    result = EvalResult(Score(), Score(), by_class, {p: Score() for p in RELATIONS})
    matched: set[GoldKey] = set()
    for node, hits in node2gold.items():
        if node in ignored:
            continue
        new = hits - matched - optional
        generic = sorted(k for k in new if len(k) == 3)
        if generic:  # a node stands for one body: at most one per-document generic entity
            new = (new - set(generic)) | {generic[0]}
        if new:
            matched |= new
            for k in new:
                by_class[k[0]].tp += 1
        else:
            ent = sys_ents[node]
            cls = sorted(ent.types)[0]
            by_class[cls].fp += 1
            why = "missed merge" if hits else "not in gold"
            result.false_entities.append(f"{cls} {ent.label!r} ({why})")
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
    for s, p, o in g:
        prop = _local(p)
        if prop not in RELATIONS or s not in sys_ents or o not in sys_ents:
            continue
        if s in ignored or o in ignored or hierarchy(prop, sys_ents[s].types, sys_ents[o].types):
            continue
        stated = assertions.get((s, p, o), [])
        if stated and all(src in all_docs and src not in docs for src, _ in stated):
            continue  # said only by documents outside this gold set
        hits = sorted((a, prop, b) for a in node2gold[s] for b in node2gold[o]
                      if (a, prop, b) in gold_eval)
        if hits:
            found.add(hits[0])
        else:
            result.by_property[prop].fp += 1
            result.false_relations.append(f"{sys_ents[s].label} {prop} {sys_ents[o].label}")
        result.edges.append(ScoredEdge(str(s), prop, str(o), bool(hits),
                                       tuple(ev for _, ev in stated)))
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
    return all(_inside(s, t, gold.name_spans[doc]) for doc, (s, t) in mentions)
