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


def named_triples(ex: Extraction) -> set[tuple[str, str, str]]:
    """``triples`` with each short form read as the name it stands for ("the expo" -> "5th X
    Expo"), as the graph resolves them."""

    def name(i: int) -> str:
        m = ex.mentions[i]
        return m.refers_to or m.text

    return {(name(r.subj), r.pred, name(r.obj)) for r in ex.relations}


def pairs(ex: Extraction, pred: str) -> set[tuple[str, str]]:
    """(subject text, object text) of the relations of one property."""
    return {(s, o) for s, p, o in triples(ex) if p == pred}


def classes(extractor: Extractor, text: str) -> dict[str, str]:
    """Each mention's text -> its class."""
    return {m.text: m.cls for m in run(extractor, text).mentions}


def rules_only(extractor: Extractor) -> Extractor:
    """The same extractor without the learned models: what the rules state and the classes
    they give. (The relation model's statements carry their calibrated probability as
    confidence; tests/test_learn.py and `kg train --cross-set` measure them; the people model
    is tested in tests/test_learn_people.py.)"""
    return Extractor(extractor.nlp, extractor.gazetteer, relation_model=None,
                     people_model=None)


def confident(ex: Extraction, pred: str, at_least: float = 0.8) -> set[tuple[str, str]]:
    """(subject text, object text) of the statements of one property a user filtering on
    confidence >= ``at_least`` sees."""
    return {(ex.mentions[r.subj].text, ex.mentions[r.obj].text) for r in ex.relations
            if r.pred == pred and r.confidence >= at_least}
