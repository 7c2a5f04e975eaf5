"""The Kaifang vocabulary as closed rdflib namespaces.

Every term here must exist in ``ontology/kaifang.ttl`` (tests/test_vocab.py checks both
directions), and ``_fail = True`` makes a typo such as ``KF.vistied`` raise instead of
silently minting a term the ontology lacks.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kaifang/ontology"
DEFAULT_ONTOLOGY_NS = ONTOLOGY_IRI + "#"
DEFAULT_RESOURCE_NS = "https://w3id.org/kaifang/resource/"

# The one place that says where the ontology lives. kg/ontology links to the top-level
# ontology/, so a wheel carries the files too.
ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kaifang.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


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
    metWith: URIRef
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
    # dates of statements and events
    startDate: URIRef
    endDate: URIRef
    asOf: URIRef  # the article's date on post statements
    # figures (W3C Data Cube dimensions)
    indicator: URIRef
    figureKind: URIRef
    refEntity: URIRef
    counterpart: URIRef


class KFC(DefinedNamespace):
    """Kaifang code lists and the figures' data structure (individuals, prefix ``kf:``):
    the closed lists of indicators, units and figure kinds."""

    _NS = Namespace(DEFAULT_ONTOLOGY_NS)
    _fail = True

    figuresStructure: URIRef
    indicators: URIRef
    exports: URIRef
    imports: URIRef
    trade: URIRef
    foreignInvestment: URIRef
    investment: URIRef
    gdp: URIRef
    enterprises: URIRef
    projects: URIRef
    figureKinds: URIRef
    level: URIRef
    change: URIRef
    units: URIRef
    CNY: URIRef
    USD: URIRef
    percent: URIRef
    count: URIRef


class QB(DefinedNamespace):
    """The W3C RDF Data Cube terms the graph uses (prefix ``qb:``)."""

    _NS = Namespace("http://purl.org/linked-data/cube#")
    _fail = True

    Observation: URIRef
    DataSet: URIRef
    dataSet: URIRef
    structure: URIRef


class SDMX_DIMENSION(DefinedNamespace):  # noqa: N801 - the vocabulary's own prefix
    _NS = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
    _fail = True

    refArea: URIRef
    refPeriod: URIRef


class SDMX_MEASURE(DefinedNamespace):  # noqa: N801
    _NS = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
    _fail = True

    obsValue: URIRef


class SDMX_ATTRIBUTE(DefinedNamespace):  # noqa: N801
    _NS = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
    _fail = True

    unitMeasure: URIRef


# What figures measure and their units (kf:indicators, kf:units in the ontology).
MEASURES: tuple[str, ...] = (
    "exports",
    "imports",
    "trade",
    "foreignInvestment",
    "investment",
    "gdp",
    "enterprises",
    "projects",
)
UNITS: tuple[str, ...] = ("CNY", "USD", "percent", "count")


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
    "metWith",
)

# Relations that state a post: their assertions carry kf:asOf, the article's date.
POST_RELATIONS: frozenset[str] = frozenset({"holdsPositionIn", "servesIn"})

WIKIDATA = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")
