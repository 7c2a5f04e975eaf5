"""Gold annotations as the reference scorer (shared/spec/score.py) reads them.

Names are compared in a normal form (``norm``): case-folded, possessive 's and apostrophes
dropped (China's = China, Xi'an = Xian, People's = Peoples), punctuation and a leading "the"
ignored. Gold entities of all files merge when they share a type and a normalised name, except
generic names ("the Provincial Government", "Commerce Department"), which are per document. A
gold entity whose every mention in its text lies inside a longer gold name of another entity
is optional.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kg.errors import E, KgError
from kg.vocab import ENTITY_CLASSES, RELATIONS

GoldKeyT = TypeVar("GoldKeyT")  # a gold key, or a graph node when a graph edge is oriented

# --- names ---------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’‘`]+s\b")
_APOSTROPHE = re.compile(r"['’‘`]")
_PEOPLES = re.compile(r"\bpeoples\b")
_PUNCT = re.compile(r"[\"“”.,()\-–—:;!?]")
_SPACE = re.compile(r"\s+")


def norm(name: str) -> str:
    """The form names are compared in (reference ``norm``)."""
    s = _POSSESSIVE.sub("", name.casefold())
    s = _APOSTROPHE.sub("", s)
    s = _PEOPLES.sub("people", s)
    s = _PUNCT.sub(" ", s)
    s = _SPACE.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


match_key = norm  # the name older callers know


def norm_text(text: str) -> str:
    """A document body (YAML front matter dropped) normalised like names, space-padded."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            text = text[end + 4 :]
    return " " + norm(text) + " "


# Generic names name different bodies in different documents: per document, never merged.
LOCAL = {"provincial", "province", "municipal", "city", "county", "district", "town",
         "township", "local", "prefectural", "regional"}
GENERIC_WORDS = LOCAL | {
    "the", "of", "and", "for", "cpc", "party", "committee", "committees", "standing", "people",
    "peoples", "government", "department", "bureau", "office", "commission", "commerce",
    "congress", "political", "consultative", "conference", "development", "reform", "foreign",
    "affairs", "trade", "economic", "organization", "publicity", "administrative",
    "investment", "promotion", "customs", "taxation", "transportation", "transport", "general",
    "working", "work", "leading", "group", "agency", "center", "centre", "service", "services",
}
BARE_HEADS = {"government", "party committee", "standing committee", "commerce department",
              "department of commerce", "administrative committee", "people government",
              "free trade zone", "pilot free trade zone", "development zone"}


def is_generic(name: str) -> bool:
    """A normalised name that names a different body in each document."""
    words = set(name.split())
    return name in BARE_HEADS or (bool(words & LOCAL) and words <= GENERIC_WORDS)


def spans(text: str, name: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of a normalised name in a ``norm_text``."""
    out: list[tuple[int, int]] = []
    needle = f" {name} "
    i = text.find(needle)
    while i >= 0:
        out.append((i + 1, i + 1 + len(name)))
        i = text.find(needle, i + 1)
    return out


def inside(start: int, end: int, others: list[tuple[int, int]]) -> bool:
    return any(a <= start and b >= end and b - a > end - start for a, b in others)


PEOPLE = {"Official", "Person"}


def oriented(a: GoldKeyT, p: str, b: GoldKeyT, a_types: set[str], b_types: set[str]
             ) -> tuple[GoldKeyT, str, GoldKeyT]:
    """``metWith`` between two people is one fact whichever way it is written: one orientation."""
    if p == "metWith" and a_types & PEOPLE and b_types & PEOPLE and b < a:
        return b, p, a
    return a, p, b


# --- gold ----------------------------------------------------------------------------------

GoldKey = tuple[str, ...]  # (type, canonical name) or (type, canonical name, doc) if generic


@dataclass
class GoldEntity:
    cls: str
    name: str  # as written in the first gold file that has it
    names: set[str] = field(default_factory=set)  # normalised
    optional: bool = True


@dataclass
class Gold:
    entities: dict[GoldKey, GoldEntity]
    relations: set[tuple[GoldKey, str, GoldKey]]
    alias_index: dict[tuple[str, str], set[GoldKey]]
    texts: dict[str, str]  # doc file name -> norm_text
    name_spans: dict[str, list[tuple[int, int]]]  # doc -> every gold name's occurrences

    @property
    def optional(self) -> set[GoldKey]:
        return {k for k, e in self.entities.items() if e.optional}


@dataclass(frozen=True)
class GoldFile:
    path: Path
    doc: str
    entities: list[tuple[str, str, str, list[str]]]  # id, type, name, aliases
    relations: list[tuple[str, str, str]]


def read_gold_files(gold_dir: Path) -> list[GoldFile]:
    """The gold files of a directory, checked (E009 for no directory or no file, E010)."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise KgError(E.E009, gold_dir)
    return [_read_gold_file(path) for path in files]


def _read_gold_file(path: Path) -> GoldFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = str(data["doc"])
        ents = [
            (str(e["id"]), str(e["type"]), str(e["name"]), [str(a) for a in e.get("aliases") or []])
            for e in data["entities"]
        ]
        rels = [(str(r["s"]), str(r["p"]), str(r["o"])) for r in data["relations"]]
    except KeyError as err:
        raise KgError(E.E010, path, f"missing key {err}") from None
    except (OSError, ValueError, TypeError, AttributeError) as err:
        detail = str(err).splitlines()[0] if str(err) else "bad JSON"
        raise KgError(E.E010, path, detail) from None
    ids = {e[0] for e in ents}
    for ent_id, cls, _, _ in ents:
        if cls not in ENTITY_CLASSES:
            raise KgError(E.E010, path, f"entity {ent_id!r} has unknown type {cls!r}")
    for s, p, o in rels:
        if p not in RELATIONS:
            raise KgError(E.E010, path, f"relation {s} {p} {o}: unknown property {p!r}")
        if s not in ids or o not in ids:
            raise KgError(E.E010, path, f"relation {s} {p} {o}: no entity with that id")
    return GoldFile(path, doc, ents, rels)


def read_text(corpus_dir: Path, doc: str, gold_file: Path) -> str:
    path = corpus_dir / doc
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise KgError(E.E016, gold_file, f"{doc} is not in {corpus_dir}") from None
    except UnicodeDecodeError as err:
        raise KgError(E.E003, path, str(err)) from None


def load_gold(gold_dir: Path, corpus_dir: Path) -> Gold:
    """Gold entities merged across documents (union on type and a shared normalised name)."""
    files = read_gold_files(gold_dir)
    raw: list[tuple[tuple[str, str], str, str, str, set[str], bool]] = []
    rels_raw: list[tuple[tuple[str, str], str, tuple[str, str]]] = []
    texts: dict[str, str] = {}
    for gf in files:
        text = texts[gf.doc] = norm_text(read_text(corpus_dir, gf.doc, gf.path))
        doc_names = [(eid, {norm(name)} | {norm(a) for a in aliases})
                     for eid, _, name, aliases in gf.entities]
        longer = [(eid, sp) for eid, names in doc_names for n in names for sp in spans(text, n)]
        for (eid, cls, name, _), (_, names) in zip(gf.entities, doc_names, strict=True):
            others = [sp for oid, sp in longer if oid != eid]
            mentions = [sp for n in names for sp in spans(text, n)]
            nested = bool(mentions) and all(inside(s, t, others) for s, t in mentions)
            raw.append(((gf.doc, eid), cls, norm(name), name, names, nested))
        rels_raw += [((gf.doc, s), p, (gf.doc, o)) for s, p, o in gf.relations]

    parent = list(range(len(raw)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str, str | None], int] = {}
    for i, (ref, cls, _, _, names, _) in enumerate(raw):
        for n in names:
            scope = ref[0] if is_generic(n) else None  # generic forms merge within a document
            j = seen.setdefault((cls, n, scope), i)
            parent[find(i)] = find(j)
    entities: dict[GoldKey, GoldEntity] = {}
    ref2key: dict[tuple[str, str], GoldKey] = {}
    for i, (ref, cls, _, _, names, nested) in enumerate(raw):
        root = raw[find(i)]
        key: GoldKey = (cls, root[2], root[0][0]) if is_generic(root[2]) else (cls, root[2])
        ref2key[ref] = key
        ent = entities.setdefault(key, GoldEntity(cls, root[3]))
        ent.names |= names
        ent.optional = ent.optional and nested
    alias_index: dict[tuple[str, str], set[GoldKey]] = defaultdict(set)
    for key, ent in entities.items():
        for n in ent.names:
            alias_index[(key[0], n)].add(key)
    relations = {oriented(ref2key[s], p, ref2key[o], {ref2key[s][0]}, {ref2key[o][0]})
                 for s, p, o in rels_raw}
    name_spans = {
        doc: [sp for ent in entities.values() for n in ent.names for sp in spans(text, n)]
        for doc, text in texts.items()
    }
    return Gold(entities, relations, dict(alias_index), texts, name_spans)
