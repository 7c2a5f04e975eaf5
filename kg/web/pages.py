"""Entity pages for `kg serve`: ``GET /resource/...`` about any IRI in the graph.

Browsers get HTML (label, class, aliases, posts, each relation with the sentences that state
it and their articles' titles and dates, links to neighbours, a small neighbourhood graph);
Linked Data clients get Turtle, N-Triples or JSON-LD by content negotiation. Every lookup is a
SPARQL query run through the server's worker pool, so the endpoint's timeout, row cap and
read-only store apply here too. Corpus text is escaped on the way into HTML, and the page runs
no script at all (its CSP allows none).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote

from kg.vocab import DEFAULT_ONTOLOGY_NS, DEFAULT_RESOURCE_NS, KF, RELATIONS
from kg.web.http import negotiate

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
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
MAX_NEIGHBOURS = 24  # in the little graph; the lists below it have them all
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


def resource_href(iri: str, base: str = DEFAULT_RESOURCE_NS) -> str:
    """Where ``kg serve`` shows ``iri``: /resource/<rest> under our base, else ?iri=."""
    if iri.startswith(base) and len(iri) > len(base):
        return "/resource/" + quote(iri[len(base) :], safe="/-._~")
    return "/resource?iri=" + quote(iri, safe="")


def iri_from_request(path: str, query: str, base: str = DEFAULT_RESOURCE_NS) -> str | None:
    if path == "/resource":
        values = parse_qs(query).get("iri", [])
        return values[0] if len(values) == 1 else None
    if path.startswith("/resource/") and len(path) > len("/resource/"):
        return base + unquote(path[len("/resource/") :])
    return None


def _text(status: int, message: str) -> PageReply:
    return PageReply(status, "text/plain; charset=utf-8", (message + "\n").encode())


def _bindings(reply: Any) -> list[dict[str, dict[str, str]]]:
    data = json.loads(reply.body)
    return list(data["results"]["bindings"])


def _value(row: dict[str, dict[str, str]], name: str) -> str | None:
    term = row.get(name)
    return term["value"] if term else None


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
    relations = run(_RELATIONS_QUERY.replace("<X>", f"<{iri}>"), json_results)
    docs = run(_DOCS_QUERY.replace("<X>", f"<{iri}>"), json_results)
    for reply in (relations, docs):
        if reply.status != HTTPStatus.OK:
            return PageReply(reply.status, reply.content_type, reply.body)
    page = _html(iri, rows, _bindings(relations), _bindings(docs), base)
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
    + """SELECT ?dir ?pred ?other ?otherLabel ?otherClass ?sentence ?extractor ?title ?date ?source
WHERE {
  { <X> ?pred ?other . BIND("out" AS ?dir)
    OPTIONAL { ?a a kf:Assertion ; rdf:subject <X> ; rdf:predicate ?pred ; rdf:object ?other .
      OPTIONAL { ?a kf:sentence ?sentence } OPTIONAL { ?a kf:extractor ?extractor }
      OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title }
        OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:source ?source } } } }
  UNION
  { ?other ?pred <X> . BIND("in" AS ?dir)
    OPTIONAL { ?a a kf:Assertion ; rdf:subject ?other ; rdf:predicate ?pred ; rdf:object <X> .
      OPTIONAL { ?a kf:sentence ?sentence } OPTIONAL { ?a kf:extractor ?extractor }
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

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;
max-width:980px;margin:0 auto;padding:18px 22px}
a{color:#1f6feb}h1{font-size:26px;margin:0}h2{font-size:14px;text-transform:uppercase;
letter-spacing:.04em;color:#5f6b7a;margin:22px 0 6px}.iri{font-size:12px;color:#5f6b7a;
word-break:break-all}.cls{display:inline-block;background:#eef2f7;border-radius:10px;
padding:1px 9px;font-size:13px;margin:4px 0}nav{font-size:13px;margin-bottom:10px}
blockquote{margin:4px 0 2px;padding:4px 10px;border-left:3px solid #1f6feb;background:#f7f8fa;
white-space:pre-wrap;word-break:break-word}.cite{font-size:13px;color:#5f6b7a;margin-bottom:8px}
.rel{margin:10px 0 14px}ul{padding-left:20px}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #d8dde4;padding:3px 6px;text-align:left;vertical-align:top;
word-break:break-word}svg{max-width:100%;height:auto;border:1px solid #d8dde4;border-radius:6px}
"""


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] or iri


def _link(iri: str, text: str | None, base: str) -> str:
    return f'<a href="{escape(resource_href(iri, base))}">{escape(text or _local(iri))}</a>'


def _cite(title: str | None, date: str | None, source: str | None) -> str:
    name = escape(title or "untitled document")
    if source and re.match(r"^https?://", source):
        name = f'<a href="{escape(source)}" rel="noopener noreferrer">{name}</a>'
    return name + (f" · {escape(date)}" if date else "")


def _neighbourhood_svg(
    iri: str, label: str, neighbours: list[tuple[str, str, str]], base: str
) -> str:
    """A small star: the entity in the middle, up to MAX_NEIGHBOURS neighbours around it."""
    shown = neighbours[:MAX_NEIGHBOURS]
    width, height, cx, cy, radius = 720, 420, 360, 210, 160
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Neighbourhood of '
        f'{escape(label)}" font-family="system-ui,sans-serif" font-size="12">'
    ]
    points = []
    for i, (other, other_label, pred) in enumerate(shown):
        angle = 2 * math.pi * i / max(1, len(shown)) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * 0.95 * math.sin(angle)
        points.append((other, other_label, pred, x, y))
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="#9aa5b1">'
            f"<title>{escape(pred)}</title></line>"
        )
    for other, other_label, _pred, x, y in points:
        anchor = "start" if x > cx + 5 else "end" if x < cx - 5 else "middle"
        dx = 9 if anchor == "start" else -9 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (18 if y > cy else -10)
        short = other_label if len(other_label) <= 26 else other_label[:24] + "…"
        parts.append(
            f'<a href="{escape(resource_href(other, base))}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="6" fill="#76b7b2"/><text x="{x + dx:.1f}" y="{y + dy:.1f}" '
            f'text-anchor="{anchor}" fill="#1d2430">{escape(short)}</text></a>'
        )
    parts.append(
        f'<circle cx="{cx}" cy="{cy}" r="10" fill="#e15759"/><text x="{cx}" y="{cy + 26}" '
        f'text-anchor="middle" font-weight="bold" fill="#1d2430">{escape(label)}</text></svg>'
    )
    return "".join(parts)


def _html(
    iri: str,
    rows: list[dict[str, dict[str, str]]],
    relations: list[dict[str, dict[str, str]]],
    docs: list[dict[str, dict[str, str]]],
    base: str,
) -> str:
    about = [r for r in rows if r["s"].get("value") == iri and r["s"]["type"] == "uri"]
    facts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in about:
        facts[row["p"]["value"]].append(row["o"])
    labels = sorted(t["value"] for t in facts.get(RDFS_LABEL, []))
    label = labels[0] if labels else _local(iri)
    classes = sorted(
        t["value"][len(str(KF)) :]
        for t in facts.get(RDF_NS + "type", [])
        if t["value"].startswith(str(KF))
    )
    aliases = sorted({t["value"] for t in facts.get(SKOS_ALT, [])} - {label})
    posts = sorted({t["value"] for t in facts.get(str(KF.title), [])})
    same = sorted(t["value"] for t in facts.get(OWL_SAME, []))

    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="/favicon.ico">'
        f"<title>{escape(label)} · Kaifang KG</title><style>{_STYLE}</style></head><body>",
        '<nav><a href="/">SPARQL query</a> · <a href="/graph">Graph page</a></nav>',
        f'<h1 id="label">{escape(label)}</h1>',
        "".join(f'<span class="cls">{escape(c)}</span> ' for c in classes),
        f'<div class="iri">{escape(iri)}</div>',
    ]
    if aliases:
        out.append("<h2>Also known as</h2><ul>")
        out += [f"<li>{escape(a)}</li>" for a in aliases]
        out.append("</ul>")
    if posts:
        out.append("<h2>Posts</h2><ul>")
        out += [f"<li>{escape(p)}</li>" for p in posts]
        out.append("</ul>")
    if same:
        out.append("<h2>Same as</h2><ul>")
        out += [
            f'<li><a href="{escape(s)}" rel="noopener noreferrer">{escape(s)}</a></li>'
            for s in same
            if re.match(r"^https?://", s)
        ]
        out.append("</ul>")

    # Relations: one entry per (direction, relation, neighbour), its sentences underneath.
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in relations:
        key = (_value(row, "dir") or "", _value(row, "pred") or "", _value(row, "other") or "")
        entry = grouped.setdefault(
            key,
            {"label": _value(row, "otherLabel"), "cls": _value(row, "otherClass"), "ev": set()},
        )
        if _value(row, "sentence") or _value(row, "title") or _value(row, "extractor"):
            entry["ev"].add(
                tuple(
                    _value(row, k) or ""
                    for k in ("date", "title", "source", "sentence", "extractor")
                )
            )
    if grouped:
        neighbours = []
        seen: set[str] = set()
        for (_d, pred, other), entry in sorted(
            grouped.items(), key=lambda kv: (kv[0][1], kv[1]["label"] or "", kv[0][2])
        ):
            if other not in seen:
                seen.add(other)
                neighbours.append((other, entry["label"] or _local(other), _local(pred)))
        out.append(f"<h2>Neighbourhood ({len(seen)})</h2>")
        out.append(_neighbourhood_svg(iri, label, neighbours, base))
        out.append(f'<h2>Relations ({len(grouped)})</h2><div id="relations">')
        for (direction, pred, other), entry in sorted(
            grouped.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[1]["label"] or "", kv[0][2])
        ):
            name = escape(_local(pred))
            them = _link(other, entry["label"], base)
            head = f"{escape(label)} <b>{name}</b> {them}"
            if direction == "in":
                head = f"{them} <b>{name}</b> {escape(label)}"
            out.append(f'<div class="rel"><div>{head}</div>')
            evidence = sorted(entry["ev"], key=lambda e: (e[0], e[1], e[3]), reverse=False)
            if not evidence:
                out.append('<div class="cite">no sentence recorded</div>')
            for date, title, source, sentence, extractor in evidence:
                if sentence:
                    text = escape(sentence.strip())
                    out.append(f'<blockquote class="sentence">{text}</blockquote>')
                else:
                    source_name = escape(extractor or "unknown")
                    out.append(
                        f'<blockquote class="sentence">(no sentence: {source_name} fact)'
                        "</blockquote>"
                    )
                if title or date:
                    cite = _cite(title or None, date or None, source or None)
                    out.append(f'<div class="cite">{cite}</div>')
            out.append("</div>")
        out.append("</div>")

    if docs:
        ordered = sorted(
            docs, key=lambda r: (_value(r, "date") or "", _value(r, "title") or ""), reverse=True
        )
        out.append(f'<h2>Mentioned in {len(ordered)} article(s)</h2><ul id="articles">')
        for row in ordered:
            cite = _cite(_value(row, "title"), _value(row, "date"), _value(row, "source"))
            doc = _value(row, "doc") or ""
            out.append(f"<li>{cite} · {_link(doc, 'about', base)}</li>")
        out.append("</ul>")

    # Everything else said about it (documents, assertions and other IRIs land here).
    shown = {RDFS_LABEL, SKOS_ALT, str(KF.title), OWL_SAME, str(KF.mentionedIn)}
    shown |= {str(KF[r]) for r in RELATIONS}
    rest = sorted(
        (
            r
            for r in about
            if r["p"]["value"] not in shown
            and not (
                r["p"]["value"] == RDF_NS + "type"
                and r["o"]["value"].startswith(str(KF))
                and classes
            )
        ),
        key=lambda r: (r["p"]["value"], r["o"]["value"]),
    )
    incoming = sum(1 for r in rows if r["o"].get("value") == iri and r["s"]["value"] != iri)
    if rest:
        out.append("<h2>Statements</h2><table><tr><th>property</th><th>value</th></tr>")
        for row in rest:
            obj = row["o"]
            value = (
                _link(obj["value"], None, base) if obj["type"] == "uri" else escape(obj["value"])
            )
            out.append(f"<tr><td>{escape(_local(row['p']['value']))}</td><td>{value}</td></tr>")
        out.append("</table>")
    out.append(
        f'<p class="iri">{len(about)} statements about it, {incoming} pointing at it. '
        "Also as Turtle or JSON-LD: ask with <code>Accept: text/turtle</code> or "
        "<code>application/ld+json</code>.</p></body></html>"
    )
    return "\n".join(out)


def graph_page_reply(store_dir: Path) -> PageReply:
    """The build's graph.html (beside its store), whose side panel links here when served."""
    page = Path(store_dir).parent / "graph.html"
    try:
        body = page.read_bytes()
    except OSError:
        return _text(HTTPStatus.NOT_FOUND, f"no graph page beside the store ({page})")
    return PageReply(HTTPStatus.OK, "text/html; charset=utf-8", body)
