"""``kg describe``: one entity as a person asks about it, by label or IRI.

Everything comes from SPARQL over the store (or an in-memory graph): the entity's class,
label, other names (``skos:altLabel``), posts (``kf:title``), links out (``owl:sameAs``), its
relations in both directions, and the sentences that state them (``kf:Assertion``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kg.errors import E, KgError
from kg.sparql.query import compact, plain, run_query
from kg.sparql.query_input import expand_prefixed_names
from kg.vocab import ENTITY_CLASSES, RELATIONS


@dataclass
class Fact:
    predicate: str  # kf local name: visited, servesIn, ...
    direction: str  # "out" (entity -> other) or "in" (other -> entity)
    other: str  # the other entity's IRI
    other_label: str
    other_class: str
    # post statements (servesIn, holdsPositionIn): the dates of the articles that state
    # them (kf:asOf), earliest first
    as_of: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    predicate: str
    direction: str
    other_label: str
    text: str
    document: str  # document IRI
    title: str
    date: str
    confidence: str


@dataclass
class Description:
    iri: str
    label: str
    classes: list[str]
    aliases: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    documents: int = 0
    facts: list[Fact] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


_KF = "https://w3id.org/kaifang/ontology#"
_LOCAL = f"""BIND(STRAFTER(STR(?p), "{_KF}") AS ?pred)"""
_RELATIONS = "VALUES ?p { " + " ".join(f"kf:{r}" for r in RELATIONS) + " }"
_CLASSES = "VALUES ?c { " + " ".join(f"kf:{c}" for c in ENTITY_CLASSES) + " }"


def find_entities(store: ox.Store, label_or_iri: str, prefixes: Mapping[str, str]) -> list[str]:
    """IRIs of the entities named ``label_or_iri``: an IRI (``<...>``, ``http...`` or a
    prefixed name like ``res:official/li-keqiang``) or a label / other name, case-insensitive."""
    text = label_or_iri.strip()
    iri = _as_iri(text, prefixes)
    if iri is not None:
        found = run_query(store, "ASK { ?e a ?c ; rdfs:label ?l }",
                          bindings={ox.Variable("e"): ox.NamedNode(iri)})
        return [iri] if found.boolean else []
    result = run_query(store, """SELECT DISTINCT ?e WHERE {
        { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }
        ?e kf:mentionedIn ?d .
        FILTER(LCASE(STR(?l)) = LCASE(?name)) } ORDER BY ?e""",
                       bindings={ox.Variable("name"): ox.Literal(text)})
    return [plain(r[0]) for r in result.rows]


def _as_iri(text: str, prefixes: Mapping[str, str]) -> str | None:
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if text.startswith(("http://", "https://")):
        return text
    if ":" in text and " " not in text:
        expanded = expand_prefixed_names(text, prefixes)
        if expanded.startswith("<"):
            return expanded[1:-1]
        prefix, _, local = text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


def suggestions(store: ox.Store, text: str, limit: int = 5) -> list[str]:
    """Labels containing ``text`` (case-insensitive), for the not-found message."""
    result = run_query(store, f"""SELECT DISTINCT ?l WHERE {{ ?e kf:mentionedIn ?d ;
        rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?t))) }} ORDER BY ?l
        LIMIT {limit}""", bindings={ox.Variable("t"): ox.Literal(text)})
    return [plain(r[0]) for r in result.rows]


def describe(store: ox.Store, iri: str, prefixes: Mapping[str, str], max_sentences: int = 10
             ) -> Description:
    """The description of the entity ``iri`` (see the module docstring)."""
    e = {ox.Variable("e"): ox.NamedNode(iri)}

    def values(sparql: str) -> list[str]:
        return sorted({plain(r[0]) for r in run_query(store, sparql, bindings=e).rows})

    labels = values("SELECT ?l WHERE { ?e rdfs:label ?l }")
    desc = Description(
        iri=iri,
        label=labels[0] if labels else iri,
        classes=[compact(ox.NamedNode(c), prefixes)
                 for c in values("SELECT ?c WHERE { ?e a ?c }")],
        aliases=values("SELECT ?l WHERE { ?e skos:altLabel ?l }"),
        posts=values("SELECT ?t WHERE { ?e kf:title ?t }"),
        same_as=values("SELECT ?o WHERE { ?e owl:sameAs ?o }"),
        documents=len(values("SELECT ?d WHERE { ?e kf:mentionedIn ?d }")),
    )
    facts = run_query(store, f"""SELECT ?pred ?dir ?x ?xl ?xc WHERE {{
        {_RELATIONS} {_CLASSES}
        {{ ?e ?p ?x BIND("out" AS ?dir) }} UNION {{ ?x ?p ?e BIND("in" AS ?dir) }}
        ?x rdfs:label ?xl ; a ?c . {_LOCAL} BIND(STRAFTER(STR(?c), "{_KF}") AS ?xc)
    }} ORDER BY DESC(?dir) ?pred ?xl""", bindings=e)
    desc.facts = [Fact(*(plain(t) for t in row)) for row in facts.rows]
    dated = run_query(store, """SELECT ?pred ?x ?when WHERE {
        ?a rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?x ; kf:asOf ?when .
        BIND(STRAFTER(STR(?p), "#") AS ?pred) } ORDER BY ?when""", bindings=e)
    as_of: dict[tuple[str, str], list[str]] = {}
    for pred, x, when in ((plain(t) for t in row) for row in dated.rows):
        days = as_of.setdefault((pred, x), [])
        if when not in days:
            days.append(when)
    for f in desc.facts:
        if f.direction == "out":
            f.as_of = as_of.get((f.predicate, f.other), [])
    sentences = run_query(store, f"""SELECT ?pred ?dir ?xl ?s ?d ?title ?date ?conf WHERE {{
        {{ ?a rdf:subject ?e ; rdf:object ?x BIND("out" AS ?dir) }}
        UNION {{ ?a rdf:object ?e ; rdf:subject ?x BIND("in" AS ?dir) }}
        ?a rdf:predicate ?p ; kf:sentence ?s ; prov:wasDerivedFrom ?d ; kf:confidence ?conf .
        ?x rdfs:label ?xl . {_LOCAL}
        OPTIONAL {{ ?d dcterms:title ?title }} OPTIONAL {{ ?d dcterms:date ?date }}
    }} ORDER BY DESC(?conf) ?date ?d ?s LIMIT {int(max_sentences)}""", bindings=e)
    desc.sentences = [Sentence(*(plain(t) for t in row)) for row in sentences.rows]
    return desc


def describe_all(store: ox.Store, label_or_iri: str, prefixes: Mapping[str, str],
                 max_sentences: int = 10) -> list[Description]:
    """Every entity ``label_or_iri`` names (a label can name a province and a city);
    ``E042`` with close labels when it names none."""
    iris = find_entities(store, label_or_iri, prefixes)
    if not iris:
        close = suggestions(store, label_or_iri)
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise KgError(E.E042, detail=f"{label_or_iri!r} in the graph{hint}. "
                      "Pass a label, another name or an IRI (see `kg stats`).")
    return [describe(store, iri, prefixes, max_sentences) for iri in iris]


def format_text(descs: list[Description], prefixes: Mapping[str, str]) -> str:
    """The descriptions as aligned text, one block per entity."""
    blocks = []
    for d in descs:
        lines = [f"{d.label}  ({', '.join(d.classes)})  {compact(ox.NamedNode(d.iri), prefixes)}"]
        for name, items in (("other names", d.aliases), ("posts", d.posts),
                            ("same as", [compact(ox.NamedNode(i), prefixes) for i in d.same_as])):
            if items:
                lines.append(f"  {name + ':':13} {'; '.join(items)}")
        lines.append(f"  {'documents:':13} {d.documents}")
        if d.facts:
            lines.append("facts:")
            width = max(len(f.predicate) for f in d.facts) + 2
            for f in d.facts:
                arrow = "->" if f.direction == "out" else "<-"
                when = f"  as of {', '.join(f.as_of)}" if f.as_of else ""
                lines.append(
                    f"  {arrow} {f.predicate:{width}} {f.other_label} ({f.other_class}){when}")
        if d.sentences:
            lines.append("sentences:")
            for s in d.sentences:
                arrow = "->" if s.direction == "out" else "<-"
                title = s.title if len(s.title) <= 60 else s.title[:59].rstrip() + "…"
                source = ", ".join(x for x in (title, s.date) if x) or s.document
                text = " ".join(s.text.split())
                lines.append(f"  {arrow} {s.predicate} {s.other_label}: \"{text}\" ({source})")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_json(descs: list[Description]) -> str:
    return json.dumps([asdict(d) for d in descs], ensure_ascii=False, indent=2) + "\n"
