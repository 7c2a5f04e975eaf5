"""The graph page's data: the built RDF graph as a networkx graph of entities and the relations
between them, each edge with its evidence (sentences, documents, dates), and synthetic graphs
of any size for tests and benchmarks. kg/web/viz.py selects, sizes, lays out and renders it.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import networkx as nx
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from kg.graph.iris import IriMinter, slugify
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS, WIKIDATA

# --------------------------------------------------------------------------- RDF -> networkx


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _documents(data: rdflib.Graph) -> dict[URIRef, dict[str, str | None]]:
    docs: dict[URIRef, dict[str, str | None]] = {}
    for doc in data.subjects(RDF.type, KF.Document):
        if not isinstance(doc, URIRef):
            continue
        title = data.value(doc, DCTERMS.title) or data.value(doc, KF.fileName)
        docs[doc] = {
            "title": _text(title) or str(doc).rsplit("/", 1)[-1],
            "date": _text(data.value(doc, DCTERMS.date)),
            "source": _text(data.value(doc, DCTERMS.source)),
        }
    return docs


def _doc_key(doc: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(doc.get(k) or "") for k in ("date", "title", "source", "sentence"))


def graph_to_networkx(data: rdflib.Graph) -> nx.MultiDiGraph:
    """Entities as nodes, the ten relations as edges, with everything the page shows.

    Node attributes: label, cls, aliases, titles, wikidata (IRI or None), docs (list of
    {title, date, source}), start/end (an event's kf:startDate/kf:endDate or None). Edge key
    and ``pred``: the relation's local name; ``evidence``: list of {sentence, title, date,
    source, extractor[, start, end]}, one per kf:Assertion (start/end: its days, if dated).
    Relations whose ends are not typed entities are skipped. Everything is sorted, so equal
    graphs give equal networkx graphs in equal order.
    """
    class_of = {KF[c]: c for c in ENTITY_CLASSES}
    order = {c: i for i, c in enumerate(ENTITY_CLASSES)}
    entities: dict[URIRef, str] = {}
    for subj, cls_iri in data.subject_objects(RDF.type):
        cls = class_of.get(cls_iri)  # type: ignore[call-overload]
        if cls is None or not isinstance(subj, URIRef):
            continue
        prev = entities.get(subj)
        # The model says one class per entity; if a graph breaks that, pick stably.
        if prev is None or order[cls] < order[prev]:
            entities[subj] = cls

    docs = _documents(data)
    wikidata_ns = str(WIKIDATA)
    graph = nx.MultiDiGraph()
    for iri in sorted(entities, key=str):
        labels = sorted(str(v) for v in data.objects(iri, RDFS.label))
        mentioned = [
            docs.get(d) or {"title": str(d), "date": None, "source": None}
            for d in data.objects(iri, KF.mentionedIn)
            if isinstance(d, URIRef)
        ]
        same = sorted(
            str(v) for v in data.objects(iri, OWL.sameAs) if str(v).startswith(wikidata_ns)
        )
        graph.add_node(
            str(iri),
            label=labels[0] if labels else str(iri).rsplit("/", 1)[-1],
            cls=entities[iri],
            aliases=sorted({str(v) for v in data.objects(iri, SKOS.altLabel)} - set(labels[:1])),
            titles=sorted({str(v) for v in data.objects(iri, KF.title)}),
            wikidata=same[0] if same else None,
            docs=sorted(mentioned, key=_doc_key),
            start=_text(data.value(iri, KF.startDate)),  # an event's days, if stated
            end=_text(data.value(iri, KF.endDate)),
        )

    evidence: dict[tuple[str, str, str], list[dict[str, str | None]]] = defaultdict(list)
    for assertion in data.subjects(RDF.type, KF.Assertion):
        pred_iri = data.value(assertion, RDF.predicate)
        subj, obj = data.value(assertion, RDF.subject), data.value(assertion, RDF.object)
        if pred_iri is None or subj is None or obj is None:
            continue
        source_doc = data.value(assertion, PROV.wasDerivedFrom)
        doc = docs.get(source_doc) if isinstance(source_doc, URIRef) else None
        item = {
            "sentence": _text(data.value(assertion, KF.sentence)),
            "title": doc["title"] if doc else None,
            "date": doc["date"] if doc else None,
            "source": doc["source"] if doc else None,
            "extractor": _text(data.value(assertion, KF.extractor)),
        }
        start = data.value(assertion, KF.startDate)
        if start is not None:  # the days its sentence gives the fact
            item["start"], item["end"] = str(start), _text(data.value(assertion, KF.endDate))
        evidence[(str(subj), str(pred_iri), str(obj))].append(item)

    edges: list[tuple[str, str, str]] = []
    for pred in RELATIONS:
        for subj, obj in data.subject_objects(KF[pred]):
            if subj in entities and obj in entities:
                edges.append((str(subj), pred, str(obj)))
    for subj, pred, obj in sorted(set(edges)):
        ev = evidence.get((subj, str(KF[pred]), obj), [])
        graph.add_edge(subj, obj, key=pred, pred=pred, evidence=sorted(ev, key=_doc_key))
    return graph


# --------------------------------------------------------------------------- synthetic data


def synthetic_graph(n_entities: int, seed: int = 0, edges_per_node: float = 1.5) -> rdflib.Graph:
    """A random graph shaped like docs/rdf-model.md, for benchmarks and scale tests.

    Preferential attachment gives the hub-heavy degree spread real news graphs have.
    """
    rnd = random.Random(seed)
    mint = IriMinter()
    g = rdflib.Graph()
    docs = []
    for i in range(max(1, n_entities // 10)):
        doc = mint.document(f"{i:016x}")
        g.add((doc, RDF.type, KF.Document))
        g.add((doc, DCTERMS.title, Literal(f"Synthetic report {i}")))
        g.add(
            (
                doc,
                DCTERMS.date,
                Literal(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD.date),
            )
        )
        g.add((doc, DCTERMS.source, URIRef(f"https://example.org/news/{i}")))
        docs.append(doc)
    entities: list[URIRef] = []
    targets: list[URIRef] = []  # each entity once per incident edge: preferential attachment
    for i in range(n_entities):
        cls = ENTITY_CLASSES[rnd.randrange(len(ENTITY_CLASSES))]
        name = f"{cls} {i}"
        iri = mint.entity(cls, slugify(name))
        g.add((iri, RDF.type, KF[cls]))
        g.add((iri, RDFS.label, Literal(name)))
        g.add((iri, SKOS.altLabel, Literal(f"E{i}")))
        g.add((iri, KF.mentionedIn, docs[rnd.randrange(len(docs))]))
        entities.append(iri)
        for _ in range(int(edges_per_node) + (rnd.random() < edges_per_node % 1)):
            if not targets:
                break
            obj = targets[rnd.randrange(len(targets))]
            pred = RELATIONS[rnd.randrange(len(RELATIONS))]
            if (iri, KF[pred], obj) in g:
                continue
            doc = docs[rnd.randrange(len(docs))]
            g.add((iri, KF[pred], obj))
            assertion = mint.assertion(str(iri), pred, str(obj), str(doc), 0)
            g.add((assertion, RDF.type, KF.Assertion))
            g.add((assertion, RDF.subject, iri))
            g.add((assertion, RDF.predicate, KF[pred]))
            g.add((assertion, RDF.object, obj))
            g.add((assertion, PROV.wasDerivedFrom, doc))
            g.add((assertion, KF.sentence, Literal(f"{name} {pred} {obj.rsplit('/', 1)[-1]}.")))
            g.add((assertion, KF.extractor, Literal("synthetic")))
            targets.extend((iri, obj))
        targets.append(iri)
    return g
