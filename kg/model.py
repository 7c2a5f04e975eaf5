"""Plain data passed between pipeline stages.

Stages exchange these frozen dataclasses rather than spaCy or rdflib objects, so each stage
can be tested alone, cached (they are JSON-friendly) and shipped to other processes.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]


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


@dataclass
class Entity:
    """One real-world thing after resolution, across the whole corpus."""

    key: str  # stable slug, unique per class; the IRI is minted from (cls, key)
    cls: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    wikidata: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Relation:
    """One resolved edge with every sentence that states it."""

    subj: str  # Entity.key-qualified id "Class/key"
    pred: str
    obj: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ResolvedCorpus:
    documents: list[Document]
    entities: dict[str, Entity]  # by "Class/key"
    relations: list[Relation]
