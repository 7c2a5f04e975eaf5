"""The ontology as Linked Data in ``kg serve``: ``GET /ontology`` and ``GET /ontology/TERM``.

Browsers get HTML documentation in the manner of pyLODE (metadata, a table of contents, one
section per class, property and code, anchored by the term's local name, so the hash IRI
``kf:visited`` lands on ``/ontology#visited``); RDF clients get the ontology (or the term's
own triples) as Turtle, N-Triples or JSON-LD by ``Accept``. The facts per term are those of
``docs/ontology.md``: both come from ``kg.graph.ontodoc.term_rows``. No script runs on the page.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from html import escape
from http import HTTPStatus

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDFS

from kg.graph import ontodoc
from kg.vocab import DEFAULT_ONTOLOGY_NS, ONTOLOGY_IRI
from kg.web.pages import PageReply

TYPES: dict[str, str] = {  # media type -> rdflib format ("html": our page), preferred first
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;
max-width:980px;margin:0 auto;padding:18px 22px}a{color:#1f6feb}h1{font-size:26px;margin:0}
h2{font-size:19px;margin:30px 0 8px;border-bottom:1px solid #d8dde4}h3{font-size:16px;
margin:22px 0 6px}table{border-collapse:collapse;font-size:14px;width:100%}td,th{border:1px
solid #d8dde4;padding:3px 7px;text-align:left;vertical-align:top;word-break:break-word}
th{width:170px;background:#f7f8fa;font-weight:600}code{font-size:13px}nav{font-size:13px;
margin-bottom:10px}pre{background:#f7f8fa;padding:8px;overflow-x:auto;white-space:pre-wrap}
.toc a{margin-right:8px;display:inline-block}section:target{background:#fff8e1}
"""


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    from kg.graph.validate import load_ontology

    return load_ontology()


def _local(term: URIRef) -> str:
    return str(term)[len(DEFAULT_ONTOLOGY_NS) :]


def term_href(iri: str) -> str | None:
    """Where ``kg serve`` documents a kf: IRI (its section of /ontology), else None."""
    if iri.startswith(DEFAULT_ONTOLOGY_NS) and len(iri) > len(DEFAULT_ONTOLOGY_NS):
        return "/ontology#" + escape(iri[len(DEFAULT_ONTOLOGY_NS) :])
    return None


def _code(match: re.Match[str]) -> str:
    text = match.group(1)  # already escaped
    if text.startswith("kf:"):
        return f'<a href="/ontology#{text[3:]}"><code>{text}</code></a>'
    return f"<code>{text}</code>"


def _inline(markdown: str) -> str:
    """The little Markdown term_rows writes: `code` spans (kf: ones become links)."""
    return re.sub(r"`([^`]+)`", _code, escape(markdown, quote=False))


def _section_html(graph: Graph, term: URIRef, kind: URIRef) -> str:
    local = escape(_local(term))
    rows = "".join(
        f"<tr><th>{escape(name)}</th><td>{_inline(value)}</td></tr>"
        for name, value in ontodoc.term_rows(graph, term, kind)
    )
    out = f'<section id="{local}"><h3>{escape(ontodoc.curie(term))}</h3><table>{rows}</table>'
    comment = str(graph.value(term, RDFS.comment) or "").strip()
    if comment:
        out += f"<pre>{escape(comment)}</pre>"
    return out + "</section>"


def _page(title: str, body: list[str]) -> bytes:
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="/favicon.ico">'
        '<link rel="alternate" type="text/turtle" href="/ontology">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        '<nav><a href="/">SPARQL query</a> · <a href="/graph">Graph page</a> · '
        '<a href="/ontology">Ontology</a></nav>'
    )
    return (head + "\n".join(body) + "</body></html>").encode()


def _html_all(graph: Graph) -> bytes:
    onto = URIRef(ONTOLOGY_IRI)
    title = str(graph.value(onto, DCTERMS.title) or "Kaifang ontology")
    meta = [
        ("Ontology IRI", f"`{onto}`"),
        ("Version IRI", f"`{graph.value(onto, OWL.versionIRI) or '—'}`"),
        ("Version", str(graph.value(onto, OWL.versionInfo) or "—")),
        ("License", str(graph.value(onto, DCTERMS.license) or "—")),
        ("Namespace", f"`{DEFAULT_ONTOLOGY_NS}` (prefix `kf:`)"),
        ("This page as RDF", "`Accept: text/turtle`, `application/ld+json` or "
         "`application/n-triples`"),
    ]
    body = [f"<h1>{escape(title)}</h1><table>"]
    body += [f"<tr><th>{escape(k)}</th><td>{_inline(v)}</td></tr>" for k, v in meta]
    body.append("</table>")
    description = str(graph.value(onto, DCTERMS.description) or "")
    if description:
        body.append(f"<p>{escape(' '.join(description.split()))}</p>")
    groups = [(h, kind, ontodoc.kf_terms(graph, kind)) for h, kind in ontodoc.GROUPS]
    body.append('<h2 id="contents">Contents</h2>')
    for heading, _kind, terms in groups:
        links = "".join(
            f'<a href="#{escape(_local(t))}">{escape(ontodoc.curie(t))}</a>' for t in terms
        )
        body.append(f'<p class="toc"><b>{escape(heading)}</b>: {links}</p>')
    for heading, kind, terms in groups:
        body.append(f"<h2>{escape(heading)}</h2>")
        body += [_section_html(graph, t, kind) for t in terms]
    return _page(title, body)


def _describe(graph: Graph, term: URIRef) -> Graph:
    """The term's triples and the blank nodes they lead to (its concise bounded description)."""
    out = Graph()
    for prefix, ns in ontodoc.PREFIXES:
        out.bind(prefix, ns)
    todo: list[URIRef | BNode] = [term]
    seen: set[URIRef | BNode] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out


def _rdf(graph: Graph, fmt: str, media: str) -> PageReply:
    if fmt == "json-ld":
        text = graph.serialize(
            format="json-ld", context=jsonld_context(), auto_compact=True, indent=1
        )
    else:
        text = graph.serialize(format=fmt)
    return PageReply(HTTPStatus.OK, f"{media}; charset=utf-8", text.encode())


def _text(status: int, message: str) -> PageReply:
    return PageReply(status, "text/plain; charset=utf-8", (message + "\n").encode())


def ontology_reply(path: str, accept: str | None) -> PageReply:
    """The whole GET /ontology[/TERM] step: negotiate, find the term, render."""
    from kg.web.http import negotiate

    media = negotiate(accept, TYPES)
    if media is None:
        return _text(HTTPStatus.NOT_ACCEPTABLE, "acceptable types: " + ", ".join(sorted(TYPES)))
    fmt = TYPES[media]
    graph = _ontology()
    name = path[len("/ontology") :].strip("/")
    if not name:
        if fmt != "html":
            full = Graph()
            for prefix, ns in ontodoc.PREFIXES:
                full.bind(prefix, ns)
            for triple in graph:
                full.add(triple)
            return _rdf(full, fmt, media)
        reply = PageReply(HTTPStatus.OK, "text/html; charset=utf-8", _html_all(graph))
        reply.headers["Content-Security-Policy"] = CSP
        return reply
    term = URIRef(DEFAULT_ONTOLOGY_NS + name)
    kind = ontodoc.term_kind(graph, term) if re.fullmatch(r"[A-Za-z][\w-]*", name) else None
    if kind is None:
        known = sorted(_local(t) for _h, k in ontodoc.GROUPS for t in ontodoc.kf_terms(graph, k))
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        hint = f"; did you mean kf:{close[0]}?" if close else "; the terms are listed at /ontology"
        shown = name if len(name) <= 80 else name[:80] + "…"
        return _text(HTTPStatus.NOT_FOUND, f"kf:{shown} is not a term of this ontology{hint}")
    if fmt != "html":
        return _rdf(_describe(graph, term), fmt, media)
    body = [
        _section_html(graph, term, kind),
        f'<p><a href="/ontology#{escape(name)}">The whole ontology</a> · '
        f"<code>{escape(str(term))}</code></p>",
    ]
    reply = PageReply(HTTPStatus.OK, "text/html; charset=utf-8", _page(f"kf:{name}", body))
    reply.headers["Content-Security-Policy"] = CSP
    return reply


def jsonld_context() -> dict[str, str]:
    """The prefixes the served JSON-LD compacts with (kf, rdf, rdfs, ...)."""
    return {p: ns for p, ns in ontodoc.PREFIXES}

