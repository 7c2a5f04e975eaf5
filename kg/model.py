"""Plain data passed between pipeline stages.

Stages exchange these frozen dataclasses rather than spaCy or rdflib objects, so each stage
can be tested alone, cached (they are JSON-friendly) and shipped to other processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One corpus document: body text plus metadata. Offsets elsewhere index ``text``."""

    doc_id: str  # content hash (sha256 hex, first 16 chars): stable across renames
    path: str  # file name relative to the corpus directory
    text: str
    sha256: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, YYYY-MM-DD
    source: str | None = None  # source URL


@dataclass(frozen=True)
class Mention:
    """A named entity found in one document."""

    text: str  # surface form as written
    cls: str  # one of kg.vocab.ENTITY_CLASSES
    start: int  # character offsets into Document.text
    end: int
    sent_start: int
    sent_end: int
    extractor: str
    confidence: float
    titles: tuple[str, ...] = ()  # official/person titles stated with this mention
    scope: str | None = None  # province a bare "Provincial ..." body belongs to
    aliases: tuple[str, ...] = ()  # other surface forms stated here ("Governor Hu Yuting")
    refers_to: str | None = None  # for short forms ("SSEZ", "Lu"): the full name meant


@dataclass(frozen=True)
class RelationMention:
    """A relation stated in one sentence, between two mentions (indices into the doc's list)."""

    subj: int
    pred: str  # one of kg.vocab.RELATIONS
    obj: int
    sent_start: int
    sent_end: int
    extractor: str
    confidence: float
    first_date: str | None = None  # ISO days the sentence dates it to (kg.extract.facts.dates)
    last_date: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A day or day range written in one document, resolved against the article's date."""

    text: str  # as written: "From April 15 to 16"
    start: int  # character offsets into Document.text
    end: int
    sent_start: int
    sent_end: int
    first: str  # ISO 8601 day
    last: str  # same as ``first`` for a single day


@dataclass(frozen=True)
class EventDate:
    """The days an Event mention (index into the doc's mentions) takes place on."""

    mention: int
    first: str
    last: str


@dataclass(frozen=True)
class Figure:
    """An amount, count or growth rate stated in one sentence (kg.extract.facts.figures).

    ``area`` and ``counterpart`` index the doc's mentions; ``period`` is an ISO 8601 year
    ("2023"), month ("2024-11"), quarter ("2024-Q1") or month interval ("2025-01/2025-04").
    """

    measure: str  # one of kg.vocab.MEASURES
    value: str  # decimal in base units: yuan, dollars, percent points, a count
    unit: str  # one of kg.vocab.UNITS
    change: bool  # a change (growth rate, increase) rather than a level
    area: int  # the place, enterprise, zone or event it is about
    counterpart: int | None
    period: str | None
    text: str  # the figure as written: "RMB 12.82 trillion"
    start: int
    end: int
    sent_start: int
    sent_end: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    dates: tuple[DateMention, ...] = ()
    event_dates: tuple[EventDate, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a resolved statement or entity was stated."""

    doc_id: str
    start: int
    end: int
    sentence: str
    extractor: str
    confidence: float
    surface: str = ""
    first_date: str | None = None  # kf:startDate / kf:endDate of a dated statement
    last_date: str | None = None


@dataclass
class Entity:
    """One real-world thing after resolution, across the whole corpus."""

    key: str  # stable slug, unique per class; the IRI is minted from (cls, key)
    cls: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    wikidata: str | None = None
    geonames: str | None = None  # GeoNames id (cities and countries the gazetteer knows)
    documents: list[str] = field(default_factory=list)  # ids of the documents naming it, sorted
    first_date: str | None = None  # an Event's days: earliest start, latest end stated
    last_date: str | None = None
    same_as: set[str] = field(default_factory=set)  # owl:sameAs given by the curation file


@dataclass
class Relation:
    """One resolved edge. The sentences stating it are in ``DocumentEvidence.statements``."""

    subj: str  # Entity.key-qualified id "Class/key"
    pred: str
    obj: str
    gazetteer: bool = False  # also stated by the gazetteer (the City/Province/China hierarchy)


@dataclass(frozen=True)
class DocumentEvidence:
    """What one document states about the resolved entities: the first mention of each entity
    and the best sentence per relation and sentence. Mention and assertion nodes are made
    from these, one document at a time, so they never have to be held for the whole corpus."""

    document: Document
    mentions: tuple[tuple[str, Evidence], ...]  # (entity id, evidence), by position
    statements: tuple[tuple[tuple[str, str, str], Evidence], ...]  # ((subj, pred, obj), evidence)
    observations: tuple[Observation, ...] = ()
    as_of: str | None = None  # the article's date, else the latest day it writes (kf:asOf)


@dataclass(frozen=True)
class Observation:
    """A resolved figure: a Data Cube observation about an entity, with its evidence."""

    measure: str
    value: str
    unit: str
    change: bool
    area: str  # entity id "Class/key"
    counterpart: str | None
    period: str | None
    evidence: Evidence  # start/end: the figure as written; surface: its text


@dataclass
class ResolvedCorpus:
    """Entities and relations of the whole corpus, plus per-document evidence.

    ``documents`` is re-iterable and in doc id order; in ``kg build`` it is a stream computed
    from the extraction spool on disk, so iterating it does not hold the corpus in memory.
    """

    entities: dict[str, Entity]  # by "Class/key"
    relations: list[Relation]
    documents: Iterable[DocumentEvidence]
