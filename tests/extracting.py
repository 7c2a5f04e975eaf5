"""What the extraction tests share: run the real extractor on a text, read its output."""

from __future__ import annotations

from kg.corpus.reader import parse_document
from kg.extract import Extractor
from kg.model import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    """Extract from ``text`` as a build would from a file holding it."""
    document = parse_document(text, "t.txt")
    return extractor(extractor.nlp(document.text), document)


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    """(subject text, property, object text) of every relation stated."""
    return {(ex.mentions[r.subj].text, r.pred, ex.mentions[r.obj].text) for r in ex.relations}


def pairs(ex: Extraction, pred: str) -> set[tuple[str, str]]:
    """(subject text, object text) of the relations of one property."""
    return {(s, o) for s, p, o in triples(ex) if p == pred}


def classes(extractor: Extractor, text: str) -> dict[str, str]:
    """Each mention's text -> its class."""
    return {m.text: m.cls for m in run(extractor, text).mentions}
