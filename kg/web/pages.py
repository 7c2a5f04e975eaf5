"""Entity pages for `kg serve`: ``GET /resource/...`` about any IRI in the graph.

Browsers get HTML: an entity's page (kg.web.entitypage: relations grouped by the sentence that
states them, names highlighted, a neighbourhood coloured by class) or a document's
(kg.web.docpage: its sentences with the entity mentions highlighted, the statements it supports);
a kf: term is sent on to its /ontology page (kg.web.ontopage). Linked Data clients get Turtle,
N-Triples or JSON-LD by content negotiation. Every lookup is a SPARQL query run through the
server's worker pool, so the endpoint's timeout, row cap and read-only store apply here too.
Corpus text is escaped on the way into HTML, and the page runs no script at all (its CSP
allows none).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kg.vocab import DEFAULT_ONTOLOGY_NS, DEFAULT_RESOURCE_NS, KF, RELATIONS
from kg.web.docpage import document_html
from kg.web.entitypage import entity_html, frame
from kg.web.http import negotiate
from kg.web.links import iri_from_request, resource_href

# (sparql, Accept header) -> the worker pool's reply
RunQuery = Callable[[str, str | None], Any]

PAGE_TYPES: dict[str, str] = {  # media type -> what we write, preferred first
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "ntriples",
}
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Characters an IRIREF may not hold: anything else is refused before it reaches a query.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_PREFIXES = f"""PREFIX kf: <{KF}>
PREFIX rdf: <{RDF_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@dataclass
class PageReply:
    """Same fields as kg.web.http.Reply, so the server sends it as it is."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _text(status: int, message: str) -> PageReply:
    return PageReply(status, "text/plain; charset=utf-8", (message + "\n").encode())


def _bindings(reply: Any) -> list[dict[str, dict[str, str]]]:
    data = json.loads(reply.body)
    return list(data["results"]["bindings"])


def entity_reply(
    path: str, query: str, accept: str | None, run: RunQuery, base: str = DEFAULT_RESOURCE_NS
) -> PageReply:
    """The whole GET /resource/... step: negotiate, look the IRI up, render."""
    iri = iri_from_request(path, query, base)
    if iri is None or not re.match(r"^https?://", iri) or _BAD_IRI.search(iri):
        return _text(HTTPStatus.BAD_REQUEST, "not an IRI; use /resource/<path> or /resource?iri=")
    if iri.startswith(DEFAULT_ONTOLOGY_NS) and len(iri) > len(DEFAULT_ONTOLOGY_NS):
        # A kf: term (a hash IRI): its documentation, in whatever form the client asked for.
        where = "/ontology/" + quote(iri[len(DEFAULT_ONTOLOGY_NS) :], safe="")
        moved = _text(HTTPStatus.SEE_OTHER, f"kf: terms are documented at {where}")
        moved.headers["Location"] = where
        return moved
    media = negotiate(accept, PAGE_TYPES)
    if media is None:
        return _text(
            HTTPStatus.NOT_ACCEPTABLE, "acceptable types: " + ", ".join(sorted(PAGE_TYPES))
        )
    json_results = "application/sparql-results+json"
    triples = run(
        f"SELECT ?s ?p ?o WHERE {{ {{ BIND(<{iri}> AS ?s) <{iri}> ?p ?o }} UNION "
        f"{{ ?s ?p <{iri}> BIND(<{iri}> AS ?o) }} }}",
        json_results,
    )
    if triples.status != HTTPStatus.OK:
        return PageReply(triples.status, triples.content_type, triples.body)
    rows = _bindings(triples)
    if not rows:
        return _text(HTTPStatus.NOT_FOUND, f"nothing in this graph is about <{iri}>")
    kind = PAGE_TYPES[media]
    if kind in ("turtle", "ntriples"):
        construct = run(
            f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ "
            f"{{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}",
            media,
        )
        return PageReply(construct.status, construct.content_type, construct.body)
    if kind == "jsonld":
        body = json.dumps(_jsonld(rows, base), ensure_ascii=False, indent=1, sort_keys=True)
        return PageReply(HTTPStatus.OK, "application/ld+json; charset=utf-8", body.encode())
    if any(
        r["s"].get("value") == iri and r["p"]["value"] == RDF_NS + "type"
        and r["o"]["value"] == str(KF.Document)
        for r in rows
    ):  # an article: its sentences with the names highlighted, and what it supports
        facts: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            if r["s"].get("value") == iri:
                facts[r["p"]["value"]].append(r["o"]["value"])
        status, page = document_html(
            iri, facts, run, lambda i: resource_href(i, base), frame
        )
        if status != HTTPStatus.OK:
            return _text(status, page)
    else:
        relations = run(_RELATIONS_QUERY.replace("<X>", f"<{iri}>"), json_results)
        docs = run(_DOCS_QUERY.replace("<X>", f"<{iri}>"), json_results)
        for reply in (relations, docs):
            if reply.status != HTTPStatus.OK:
                return PageReply(reply.status, reply.content_type, reply.body)
        page = entity_html(iri, rows, _bindings(relations), _bindings(docs), base)
    reply = PageReply(HTTPStatus.OK, "text/html; charset=utf-8", page.encode())
    reply.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
        "form-action 'none'"
    )
    return reply


# --------------------------------------------------------------------------- JSON-LD
# Compact, with an @context, so a reader sees "rdfs:label": "Chengdu" and "@type":
# "kf:City"; rdflib or any JSON-LD processor expands it back to the same triples.


def jsonld_context(base: str = DEFAULT_RESOURCE_NS) -> dict[str, str]:
    """The @context of served JSON-LD: our prefixes, ``res:`` for this graph's resources."""
    from kg.graph.ontodoc import PREFIXES

    return {"res": base, **dict(PREFIXES)}


def _compact_iri(iri: str, context: dict[str, str]) -> str:
    """``kf:visited``, ``res:official/x``: the longest matching namespace wins."""
    best = max(
        ((p, ns) for p, ns in context.items() if iri.startswith(ns) and len(iri) > len(ns)),
        key=lambda item: len(item[1]),
        default=None,
    )
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else iri


def _jsonld(rows: list[dict[str, dict[str, str]]], base: str) -> dict[str, Any]:
    """Compact JSON-LD of the triples about the IRI: an @context of prefixes, then one node per
    subject with prefixed keys; a key with one value holds it bare, several hold a list."""
    context = jsonld_context(base)

    def node_id(term: dict[str, str]) -> str:
        return _compact_iri(term["value"], context) if term["type"] == "uri" else "_:" + term[
            "value"
        ]

    nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        s, p, o = row["s"], row["p"], row["o"]
        subject = node_id(s)
        if p["value"] == RDF_NS + "type" and o["type"] == "uri":
            nodes[subject]["@type"].append(_compact_iri(o["value"], context))
            continue
        obj: Any
        if o["type"] in ("uri", "bnode"):
            obj = {"@id": node_id(o)}
        elif "xml:lang" in o:
            obj = {"@value": o["value"], "@language": o["xml:lang"]}
        elif o.get("datatype") not in (None, XSD_STRING):
            obj = {"@value": o["value"], "@type": _compact_iri(o["datatype"], context)}
        else:
            obj = o["value"]
        nodes[subject][_compact_iri(p["value"], context)].append(obj)
    graph = []
    for subject in sorted(nodes):
        item: dict[str, Any] = {"@id": subject}
        for key, values in sorted(nodes[subject].items()):
            unique = sorted({json.dumps(v, sort_keys=True) for v in values})
            item[key] = [json.loads(v) for v in unique]
            if len(item[key]) == 1:
                item[key] = item[key][0]
        graph.append(item)
    return {"@context": context, "@graph": graph}


# --------------------------------------------------------------------------- HTML

_REL_FILTER = ", ".join(f"kf:{r}" for r in RELATIONS)
_RELATIONS_QUERY = (
    _PREFIXES
    + """SELECT ?dir ?pred ?other ?otherLabel ?otherClass ?sentence ?extractor ?confidence ?title
  ?date ?source
WHERE {
  { <X> ?pred ?other . BIND("out" AS ?dir)
    OPTIONAL { ?a a kf:Assertion ; rdf:subject <X> ; rdf:predicate ?pred ; rdf:object ?other .
      OPTIONAL { ?a kf:sentence ?sentence } OPTIONAL { ?a kf:extractor ?extractor }
      OPTIONAL { ?a kf:confidence ?confidence }
      OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title }
        OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:source ?source } } } }
  UNION
  { ?other ?pred <X> . BIND("in" AS ?dir)
    OPTIONAL { ?a a kf:Assertion ; rdf:subject ?other ; rdf:predicate ?pred ; rdf:object <X> .
      OPTIONAL { ?a kf:sentence ?sentence } OPTIONAL { ?a kf:extractor ?extractor }
      OPTIONAL { ?a kf:confidence ?confidence }
      OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title }
        OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:source ?source } } } }
  FILTER(?pred IN (REL_FILTER))
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?other a ?otherClass FILTER(STRSTARTS(STR(?otherClass), STR(kf:))) }
}""".replace("REL_FILTER", _REL_FILTER)
)
_DOCS_QUERY = (
    _PREFIXES
    + """SELECT ?doc ?title ?date ?source WHERE {
  <X> kf:mentionedIn ?doc .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc dcterms:source ?source }
}"""
)

def graph_page_reply(store_dir: Path) -> PageReply:
    """The build's graph.html (beside its store), whose side panel links here when served."""
    page = Path(store_dir).parent / "graph.html"
    try:
        body = page.read_bytes()
    except OSError:
        return _text(HTTPStatus.NOT_FOUND, f"no graph page beside the store ({page})")
    return PageReply(HTTPStatus.OK, "text/html; charset=utf-8", body)
