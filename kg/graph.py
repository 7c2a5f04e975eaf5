"""The RDF graph of a resolved corpus (see docs/rdf-model.md for the shape).

Relations are plain triples; each sentence stating one adds a ``kf:Assertion`` (standard
RDF reification) with the document, sentence, offsets, extractor and confidence, because
reification loads unchanged into every triple store (Oxigraph, Jena, GraphDB, Virtuoso).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.iris import IriMinter
from kg.model import Evidence, ResolvedCorpus
from kg.resolve import GAZETTEER_SOURCE
from kg.vocab import DEFAULT_ONTOLOGY_NS, KF, WIKIDATA


@dataclass(frozen=True)
class GraphSettings:
    resource_base: str | None = None  # default: kg.vocab.DEFAULT_RESOURCE_NS
    ontology_ns: str = DEFAULT_ONTOLOGY_NS


def new_graph(settings: GraphSettings = GraphSettings()) -> Graph:
    g = Graph()
    g.bind("kf", Namespace(settings.ontology_ns))
    g.bind("res", Namespace(minter(settings).base))
    g.bind("skos", SKOS)
    g.bind("owl", OWL)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("wd", WIKIDATA)
    return g


def minter(settings: GraphSettings) -> IriMinter:
    return IriMinter(settings.resource_base) if settings.resource_base else IriMinter()


def _term(settings: GraphSettings, term: URIRef) -> URIRef:
    """Re-home a kf: term when the user configured another ontology namespace."""
    if settings.ontology_ns == DEFAULT_ONTOLOGY_NS:
        return term
    return URIRef(settings.ontology_ns + str(term)[len(DEFAULT_ONTOLOGY_NS) :])


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def build_graph(corpus: ResolvedCorpus, settings: GraphSettings = GraphSettings()) -> Graph:
    """Turn a resolved corpus into RDF; deterministic for the same input."""
    g = new_graph(settings)
    iri = minter(settings)
    kf = lambda t: _term(settings, t)  # noqa: E731 - short alias keeps the triples readable

    for d in corpus.documents:
        doc = iri.document(d.doc_id)
        g.add((doc, RDF.type, kf(KF.Document)))
        g.add((doc, kf(KF.sha256), Literal(d.sha256)))
        g.add((doc, kf(KF.fileName), Literal(d.path)))
        if d.title:
            g.add((doc, DCTERMS.title, Literal(d.title)))
        if d.date:
            g.add((doc, DCTERMS.date, Literal(d.date, datatype=XSD.date)))
        if d.source:
            g.add((doc, DCTERMS.source, URIRef(d.source)))

    gazetteer = iri.source(GAZETTEER_SOURCE)
    nodes: dict[str, URIRef] = {}
    for ent_id, ent in corpus.entities.items():
        node = iri.entity(ent.cls, ent.key)
        nodes[ent_id] = node
        g.add((node, RDF.type, kf(getattr(KF, ent.cls))))
        g.add((node, RDFS.label, Literal(ent.label)))
        for alt in sorted(ent.alt_labels):
            g.add((node, SKOS.altLabel, Literal(alt)))
        for title in sorted(ent.titles):
            g.add((node, kf(KF.title), Literal(title)))
        if ent.wikidata:
            g.add((node, OWL.sameAs, WIKIDATA[ent.wikidata]))
        for ev in ent.evidence:
            doc = iri.document(ev.doc_id)
            g.add((node, kf(KF.mentionedIn), doc))
            m = iri.mention(ent_id, ev.doc_id, ev.start)
            g.add((m, RDF.type, kf(KF.Mention)))
            g.add((m, kf(KF.mentionOf), node))
            _provenance(g, m, ev, doc, kf)
            g.add((m, kf(KF.surfaceForm), Literal(ev.surface)))

    for rel in corpus.relations:
        s, o = nodes[rel.subj], nodes[rel.obj]
        p = kf(getattr(KF, rel.pred))
        g.add((s, p, o))
        for ev in rel.evidence:
            a = iri.assertion(rel.subj, rel.pred, rel.obj, ev.doc_id, ev.start)
            g.add((a, RDF.type, kf(KF.Assertion)))
            g.add((a, RDF.subject, s))
            g.add((a, RDF.predicate, p))
            g.add((a, RDF.object, o))
            source = gazetteer if ev.doc_id == GAZETTEER_SOURCE else iri.document(ev.doc_id)
            _provenance(g, a, ev, source, kf)
    return g


def _provenance(g: Graph, node: URIRef, ev: Evidence, source: URIRef, kf: object) -> None:
    term = kf  # callable re-homing kf: terms
    assert callable(term)
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((node, term(KF.extractor), Literal(ev.extractor)))
    g.add((node, term(KF.confidence), _confidence(ev.confidence)))
    if ev.sentence:
        g.add((node, term(KF.sentence), Literal(ev.sentence)))
        g.add((node, term(KF.charStart), Literal(ev.start, datatype=XSD.integer)))
        g.add((node, term(KF.charEnd), Literal(ev.end, datatype=XSD.integer)))
