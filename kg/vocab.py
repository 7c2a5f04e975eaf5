"""The Kaifang vocabulary as closed rdflib namespaces.

Every term here must exist in ``ontology/kaifang.ttl`` (tests/test_vocab.py checks both
directions), and ``_fail = True`` makes a typo such as ``KF.vistied`` raise instead of
silently minting a term the ontology lacks.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kaifang/ontology"
DEFAULT_ONTOLOGY_NS = ONTOLOGY_IRI + "#"
DEFAULT_RESOURCE_NS = "https://w3id.org/kaifang/resource/"


class KF(DefinedNamespace):
    """Kaifang ontology terms (prefix ``kf:``)."""

    _NS = Namespace(DEFAULT_ONTOLOGY_NS)
    _fail = True

    # entity classes (SCHEMA.md, fixed local names)
    Official: URIRef
    Person: URIRef
    Province: URIRef
    City: URIRef
    Country: URIRef
    Region: URIRef
    Enterprise: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    Initiative: URIRef
    Event: URIRef
    Zone: URIRef
    # provenance and documents
    Document: URIRef
    Assertion: URIRef
    Mention: URIRef
    Entity: URIRef
    # relations (SCHEMA.md, fixed local names)
    holdsPositionIn: URIRef
    servesIn: URIRef
    visited: URIRef
    locatedIn: URIRef
    implements: URIRef
    participatesIn: URIRef
    supports: URIRef
    tradesWith: URIRef
    investsIn: URIRef
    # entity attributes
    title: URIRef
    mentionedIn: URIRef
    # provenance attributes
    mentionOf: URIRef
    surfaceForm: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    extractor: URIRef
    confidence: URIRef
    # document attributes
    sha256: URIRef
    fileName: URIRef


ENTITY_CLASSES: tuple[str, ...] = (
    "Official",
    "Person",
    "Province",
    "City",
    "Country",
    "Region",
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "Initiative",
    "Event",
    "Zone",
)

RELATIONS: tuple[str, ...] = (
    "holdsPositionIn",
    "servesIn",
    "visited",
    "locatedIn",
    "implements",
    "participatesIn",
    "supports",
    "tradesWith",
    "investsIn",
)

WIKIDATA = Namespace("http://www.wikidata.org/entity/")
