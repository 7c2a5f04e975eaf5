"""IRI minting: the only place where resource IRIs are made.

Entity IRIs are ``{base}{class}/{slug}`` (:func:`entity_slug`: the slug depends on the thing's
identity alone, never on what else the corpus holds; docs/rdf-model.md, "IRIs keep their
meaning"), documents ``{base}doc/{hash}``, provenance nodes
``{base}assertion/{hash}`` and ``{base}mention/{hash}``, figures ``{base}observation/{hash}``
in the data set ``{base}dataset/figures``. Hash-based parts make IRIs stable
across runs and independent of processing order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from rdflib import URIRef

from kg.vocab import DEFAULT_RESOURCE_NS, GEONAMES, WIKIDATA

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug of a name: 'People's Government of Sichuan' -> 'peoples-government-of-sichuan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "").replace("\u2019", "")
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    return slug or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


def short_hash(*parts: object) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def check_base(base: str) -> None:
    """A resource namespace must be an absolute IRI: every minted IRI starts with it."""
    import pyoxigraph as ox

    from kg.errors import E, KgError

    try:
        ox.NamedNode(base)
    except ValueError:
        raise KgError(E.E024, detail=repr(base)) from None
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", base):
        raise KgError(E.E024, detail=repr(base))


def entity_slug(identity: tuple[str, ...], label: str, namesakes: bool = False) -> str:
    """The local name of an entity (after ``{class}/``), from its identity key:

    - a person, ``("person", name[, discriminator])``: the name, then the place the
      document has them serve in or the organisation it has them work for, whenever the
      document says so (``huang-qiang-sichuan``), whether or not a namesake is known;
    - a place, ``("place", class, name, parent)``: its gazetteer name, then its province
      (or country) whenever the gazetteer holds another place of that class and name
      (``suzhou-jiangsu``), whether or not the other one is in the corpus;
    - anything else: its label.
    """
    if identity[0] == "person":
        return "-".join(slugify(part) for part in identity[1:] if part)
    if identity[0] == "place" and namesakes and identity[3]:
        return f"{slugify(identity[2])}-{slugify(identity[3])}"
    return slugify(label)


@dataclass(frozen=True)
class IriMinter:
    """Mints IRIs under a configurable resource namespace."""

    base: str = DEFAULT_RESOURCE_NS

    def entity(self, cls: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{cls.lower()}/{key}")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{doc_id}")

    def assertion(self, subj: str, pred: str, obj: str, doc_id: str, start: int) -> URIRef:
        return URIRef(f"{self.base}assertion/{short_hash(subj, pred, obj, doc_id, start)}")

    def mention(self, entity_id: str, doc_id: str, start: int) -> URIRef:
        return URIRef(f"{self.base}mention/{short_hash(entity_id, doc_id, start)}")

    def observation(self, doc_id: str, start: int, measure: str) -> URIRef:
        """A figure: the document, where the figure is written and what it measures."""
        return URIRef(f"{self.base}observation/{short_hash(doc_id, start, measure)}")

    def dataset(self, name: str) -> URIRef:
        return URIRef(f"{self.base}dataset/{slugify(name)}")

    def source(self, name: str) -> URIRef:
        return URIRef(f"{self.base}source/{slugify(name)}")


def wikidata(qid: str) -> URIRef:
    """A Wikidata entity, ``http://www.wikidata.org/entity/Q148``."""
    return WIKIDATA[qid]


def geonames(geonames_id: str) -> URIRef:
    """A GeoNames feature's Semantic Web IRI, ``https://sws.geonames.org/1814991/`` (the
    trailing slash is part of the IRI GeoNames publishes)."""
    return URIRef(f"{GEONAMES}{int(geonames_id)}/")
