"""The RDF graph of a resolved corpus (see docs/rdf-model.md for the shape).

Relations are plain triples; each sentence stating one adds a ``kf:Assertion`` (standard
RDF reification) with the document, sentence, offsets, extractor and confidence, because
reification loads unchanged into every triple store (Oxigraph, Jena, GraphDB, Virtuoso).

``iter_triples`` is the single source of the statements. ``build_graph`` loads them into an
rdflib ``Graph`` (for validation and the HTML page); ``write_graph_files`` (kg/graph/serialise.py)
streams them to N-Triples and Turtle without ever holding the graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.graph.iris import IriMinter, geonames, wikidata
from kg.graph.resolve import GAZETTEER_SOURCE
from kg.model import Evidence, Observation, ResolvedCorpus
from kg.vocab import (
    DEFAULT_ONTOLOGY_NS,
    KF,
    KFC,
    POST_RELATIONS,
    QB,
    SDMX_ATTRIBUTE,
    SDMX_DIMENSION,
    SDMX_MEASURE,
    WIKIDATA,
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]


@dataclass(frozen=True)
class GraphSettings:
    resource_base: str | None = None  # default: kg.vocab.DEFAULT_RESOURCE_NS
    ontology_ns: str = DEFAULT_ONTOLOGY_NS


def prefixes(settings: GraphSettings = GraphSettings()) -> dict[str, str]:
    """The prefixes graph.ttl declares. Not ``res:``: resource local names contain '/', which
    Turtle would have to escape (``res:doc\\/...``); full IRIs read better and parse anywhere."""
    return {
        "dcterms": str(DCTERMS),
        "kf": settings.ontology_ns,
        "owl": str(OWL),
        "prov": str(PROV),
        "qb": str(QB),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "sdmx-attribute": str(SDMX_ATTRIBUTE),
        "sdmx-dimension": str(SDMX_DIMENSION),
        "sdmx-measure": str(SDMX_MEASURE),
        "skos": str(SKOS),
        "wd": str(WIKIDATA),
        "xsd": str(XSD),
    }


def new_graph(settings: GraphSettings = GraphSettings()) -> Graph:
    g = Graph()
    g.bind("kf", Namespace(settings.ontology_ns))
    g.bind("res", Namespace(minter(settings).base))
    g.bind("skos", SKOS)
    g.bind("owl", OWL)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("wd", WIKIDATA)
    g.bind("qb", QB)
    g.bind("sdmx-dimension", SDMX_DIMENSION)
    g.bind("sdmx-measure", SDMX_MEASURE)
    g.bind("sdmx-attribute", SDMX_ATTRIBUTE)
    return g


def minter(settings: GraphSettings) -> IriMinter:
    return IriMinter(settings.resource_base) if settings.resource_base else IriMinter()


def _term(settings: GraphSettings, term: URIRef) -> URIRef:
    """Re-home a kf: term when the user configured another ontology namespace."""
    if settings.ontology_ns == DEFAULT_ONTOLOGY_NS:
        return term
    return URIRef(settings.ontology_ns + str(term)[len(DEFAULT_ONTOLOGY_NS) :])


_CONFIDENCE: dict[float, Literal] = {}


def _confidence(value: float) -> Literal:
    # A handful of distinct values over millions of statements: build each Literal once.
    lit = _CONFIDENCE.get(value)
    if lit is None:
        lit = _CONFIDENCE[value] = Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)
    return lit


# Characters an IRI may not contain (RFC 3987 / N-Triples IRIREF); the corpus URL pattern
# already stops at whitespace, quotes and angle brackets.
_BAD_IRI = str.maketrans({c: f"%{ord(c):02X}" for c in '<>"{}|^`\\ '})


def _iri(text: str) -> URIRef:
    """A source URL as an IRI that every RDF parser accepts."""
    return URIRef(text.translate(_BAD_IRI))


class _Block:
    """The statements of one subject; a subject is emitted as one contiguous block and
    duplicates are dropped, as an rdflib Graph would (it is a set)."""

    __slots__ = ("subject", "items", "seen")

    def __init__(self, subject: URIRef) -> None:
        self.subject = subject
        self.items: list[Triple] = []
        self.seen: set[tuple[URIRef, URIRef | Literal]] = set()

    def add(self, p: URIRef, o: URIRef | Literal) -> None:
        if (p, o) not in self.seen:
            self.seen.add((p, o))
            self.items.append((self.subject, p, o))


def iter_triples(
    corpus: ResolvedCorpus, settings: GraphSettings = GraphSettings()
) -> Iterator[Triple]:
    """Every statement of the corpus graph, grouped by subject, in a deterministic order.

    Order: the entities (type, labels, documents, relations), then per document its own node
    followed by its mention and assertion nodes, then the gazetteer's assertions. Each
    subject occurs in exactly one block, and ``corpus.documents`` is read once, as a stream.
    """
    iri = minter(settings)
    kf = lambda t: _term(settings, t)  # noqa: E731 - short alias keeps the triples readable
    t_document, t_mention, t_assertion = kf(KF.Document), kf(KF.Mention), kf(KF.Assertion)
    t_sha, t_file, t_title = kf(KF.sha256), kf(KF.fileName), kf(KF.title)
    t_mentioned, t_mention_of, t_surface = kf(KF.mentionedIn), kf(KF.mentionOf), kf(KF.surfaceForm)
    prov = _Provenance(kf)
    t_start, t_end, t_as_of = kf(KF.startDate), kf(KF.endDate), kf(KF.asOf)
    figures = _Figures(kf, iri)
    docs: dict[str, URIRef] = {}

    def doc_node(doc_id: str) -> URIRef:
        node = docs.get(doc_id)
        if node is None:
            node = docs[doc_id] = iri.document(doc_id)
        return node

    nodes = {ent_id: iri.entity(ent.cls, ent.key) for ent_id, ent in corpus.entities.items()}
    preds = {p: kf(getattr(KF, p)) for p in sorted({r.pred for r in corpus.relations})}
    outgoing: dict[str, list[tuple[URIRef, URIRef]]] = defaultdict(list)
    for rel in corpus.relations:
        outgoing[rel.subj].append((preds[rel.pred], nodes[rel.obj]))

    for ent_id, ent in corpus.entities.items():
        b = _Block(nodes[ent_id])
        b.add(RDF.type, kf(getattr(KF, ent.cls)))
        b.add(RDFS.label, Literal(ent.label))
        for alt in sorted(ent.alt_labels):
            b.add(SKOS.altLabel, Literal(alt))
        for title in sorted(ent.titles):
            b.add(t_title, Literal(title))
        if ent.wikidata:
            b.add(OWL.sameAs, wikidata(ent.wikidata))
        if ent.geonames:
            b.add(OWL.sameAs, geonames(ent.geonames))
        for other in sorted(ent.same_as):
            b.add(OWL.sameAs, URIRef(other))
        if ent.first_date and ent.last_date:
            b.add(t_start, Literal(ent.first_date, datatype=XSD.date))
            b.add(t_end, Literal(ent.last_date, datatype=XSD.date))
        for doc_id in ent.documents:
            b.add(t_mentioned, doc_node(doc_id))
        for p, o in outgoing.get(ent_id, ()):
            b.add(p, o)
        yield from b.items
    del outgoing

    def assertion(rel: tuple[str, str, str], ev: Evidence, source: URIRef,
                  as_of: str | None = None) -> _Block:
        s, pred, o = rel
        ab = _Block(iri.assertion(s, pred, o, ev.doc_id, ev.start))
        ab.add(RDF.type, t_assertion)
        ab.add(RDF.subject, nodes[s])
        ab.add(RDF.predicate, preds[pred])
        ab.add(RDF.object, nodes[o])
        prov.add(ab, ev, source)
        if ev.first_date and ev.last_date:
            ab.add(t_start, Literal(ev.first_date, datatype=XSD.date))
            ab.add(t_end, Literal(ev.last_date, datatype=XSD.date))
        if as_of and pred in POST_RELATIONS:
            ab.add(t_as_of, Literal(as_of, datatype=XSD.date))
        return ab

    for de in corpus.documents:
        d = de.document
        node = doc_node(d.doc_id)
        b = _Block(node)
        b.add(RDF.type, t_document)
        b.add(t_sha, Literal(d.sha256))
        b.add(t_file, Literal(d.path))
        if d.title:
            b.add(DCTERMS.title, Literal(d.title))
        if d.date:
            b.add(DCTERMS.date, Literal(d.date, datatype=XSD.date))
        if d.source:
            b.add(DCTERMS.source, _iri(d.source))
        yield from b.items
        for ent_id, ev in de.mentions:
            mb = _Block(iri.mention(ent_id, ev.doc_id, ev.start))
            mb.add(RDF.type, t_mention)
            mb.add(t_mention_of, nodes[ent_id])
            prov.add(mb, ev, node)
            mb.add(t_surface, Literal(ev.surface))
            yield from mb.items
        for rel, ev in de.statements:
            yield from assertion(rel, ev, node, de.as_of).items
        for obs in de.observations:
            yield from figures.observation(obs, nodes, node, prov).items
        docs.pop(d.doc_id, None)  # its IRI is not needed again: keep the cache small

    if figures.count:
        yield from figures.dataset().items
    gazetteer = iri.source(GAZETTEER_SOURCE)
    stated = Evidence(GAZETTEER_SOURCE, 0, 0, "", GAZETTEER_SOURCE, 1.0)
    for r in corpus.relations:
        if r.gazetteer:
            yield from assertion((r.subj, r.pred, r.obj), stated, gazetteer).items


class _Provenance:
    """Where a mention or assertion was stated (the kf: terms resolved once)."""

    def __init__(self, kf: Callable[[URIRef], URIRef]) -> None:
        self.extractor, self.confidence = kf(KF.extractor), kf(KF.confidence)
        self.sentence, self.start, self.end = kf(KF.sentence), kf(KF.charStart), kf(KF.charEnd)
        # Extractor names, offsets and a sentence's text recur from statement to statement:
        # each Literal is made once (rdflib's Literal() is the writer's costliest call).
        self._names: dict[str, Literal] = {}
        self._offsets: dict[int, Literal] = {}
        self._sentence: tuple[str, Literal | None] = ("", None)

    def add(self, b: _Block, ev: Evidence, source: URIRef) -> None:
        b.add(PROV.wasDerivedFrom, source)
        name = self._names.get(ev.extractor)
        if name is None:
            name = self._names[ev.extractor] = Literal(ev.extractor)
        b.add(self.extractor, name)
        b.add(self.confidence, _confidence(ev.confidence))
        if ev.sentence:
            if self._sentence[0] != ev.sentence or self._sentence[1] is None:
                self._sentence = (ev.sentence, Literal(ev.sentence))
            b.add(self.sentence, self._sentence[1])
            b.add(self.start, self._offset(ev.start))
            b.add(self.end, self._offset(ev.end))

    def _offset(self, n: int) -> Literal:
        lit = self._offsets.get(n)
        if lit is None:
            if len(self._offsets) > 100_000:
                self._offsets.clear()  # bounded on huge corpora
            lit = self._offsets[n] = Literal(n, datatype=XSD.integer)
        return lit


_PLACES = ("province/", "city/", "zone/", "country/", "region/")


class _Figures:
    """Figures as W3C Data Cube observations of one data set (the kf: terms resolved once)."""

    def __init__(self, kf: Callable[[URIRef], URIRef], iri: IriMinter) -> None:
        self.kf, self.iri = kf, iri
        self.node = iri.dataset("figures")
        self.count = 0

    def observation(
        self, obs: Observation, nodes: dict[str, URIRef], doc: URIRef, prov: _Provenance
    ) -> _Block:
        kf, ev = self.kf, obs.evidence
        b = _Block(self.iri.observation(ev.doc_id, ev.start, obs.measure))
        b.add(RDF.type, QB.Observation)
        b.add(QB.dataSet, self.node)
        b.add(kf(KF.indicator), kf(getattr(KFC, obs.measure)))
        b.add(kf(KF.figureKind), kf(KFC.change if obs.change else KFC.level))
        where = obs.area.split("/", 1)[0].lower() + "/"
        b.add(SDMX_DIMENSION.refArea if where in _PLACES else kf(KF.refEntity), nodes[obs.area])
        if obs.period:
            b.add(SDMX_DIMENSION.refPeriod, period_literal(obs.period))
        if obs.counterpart:
            b.add(kf(KF.counterpart), nodes[obs.counterpart])
        # xsd:decimal's canonical form ("11.0"): every serialiser writes it back unchanged
        value = obs.value if "." in obs.value else obs.value + ".0"
        b.add(SDMX_MEASURE.obsValue, Literal(value, datatype=XSD.decimal))
        b.add(SDMX_ATTRIBUTE.unitMeasure, kf(getattr(KFC, obs.unit)))
        prov.add(b, ev, doc)
        b.add(kf(KF.surfaceForm), Literal(ev.surface))
        self.count += 1
        return b

    def dataset(self) -> _Block:
        b = _Block(self.node)
        b.add(RDF.type, QB.DataSet)
        b.add(RDFS.label, Literal("Figures stated in the corpus"))
        b.add(QB.structure, self.kf(KFC.figuresStructure))
        return b


def period_literal(period: str) -> Literal:
    """A reference period: xsd:gYear, xsd:gYearMonth, or an ISO 8601 string otherwise
    (a quarter "2024-Q1", a month interval "2025-01/2025-04")."""
    if re.fullmatch(r"\d{4}", period):
        return Literal(period, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return Literal(period, datatype=XSD.gYearMonth)
    return Literal(period)


def build_graph(corpus: ResolvedCorpus, settings: GraphSettings = GraphSettings()) -> Graph:
    """Turn a resolved corpus into an rdflib Graph; deterministic for the same input."""
    g = new_graph(settings)
    g.addN((s, p, o, g) for s, p, o in iter_triples(corpus, settings))
    return g
