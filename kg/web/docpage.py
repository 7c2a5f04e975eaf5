"""Document pages for ``kg serve`` (``GET /resource/doc/...``) and the entity highlighting that
both document and entity pages use.

The graph does not hold an article's whole text, only the sentences that name an entity
(``kf:Mention``) or state a relation (``kf:Assertion``), each with its offset in the article.
The page shows those sentences in the article's order, a gap marked where text is left out,
with every name of an entity the article mentions highlighted in the manner of displaCy (a
coloured span per class, the class's name beside it) and linked to its page; then the
statements the article supports, with the rule that read each and its confidence. All corpus
text is escaped; the page runs no script.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from http import HTTPStatus
from typing import Any

from kg.vocab import DEFAULT_ONTOLOGY_NS, ENTITY_CLASSES

RunQuery = Callable[[str, str | None], Any]
JSON = "application/sparql-results+json"
_PREFIXES = f"""PREFIX kf: <{DEFAULT_ONTOLOGY_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_SENTENCES = _PREFIXES + """SELECT ?kind ?sentence ?start ?surface WHERE {
  { ?a a kf:Assertion ; prov:wasDerivedFrom <D> ; kf:sentence ?sentence .
    OPTIONAL { ?a kf:charStart ?start } BIND("assertion" AS ?kind) }
  UNION
  { ?a a kf:Mention ; prov:wasDerivedFrom <D> ; kf:sentence ?sentence ; kf:surfaceForm ?surface .
    OPTIONAL { ?a kf:charStart ?start } BIND("mention" AS ?kind) }
}"""
_NAMES = _PREFIXES + """SELECT DISTINCT ?e ?name ?cls WHERE {
  { ?m a kf:Mention ; prov:wasDerivedFrom <D> ; kf:mentionOf ?e ; kf:surfaceForm ?name }
  UNION { ?e kf:mentionedIn <D> ; rdfs:label ?name }
  UNION { ?e kf:mentionedIn <D> ; skos:altLabel ?name }
  ?e a ?cls FILTER(STRSTARTS(STR(?cls), STR(kf:)))
}"""
_STATEMENTS = _PREFIXES + """SELECT ?s ?sl ?pred ?o ?ol ?sentence ?start ?conf ?rule WHERE {
  ?a a kf:Assertion ; prov:wasDerivedFrom <D> ; rdf:subject ?s ; rdf:predicate ?pred ;
     rdf:object ?o .
  OPTIONAL { ?a kf:sentence ?sentence } OPTIONAL { ?a kf:charStart ?start }
  OPTIONAL { ?a kf:confidence ?conf } OPTIONAL { ?a kf:extractor ?rule }
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
}"""
DOC_STYLE = """
.text p{margin:0 0 8px;line-height:2.1}.gap{color:#5f6b7a;margin:0 0 8px}
mark.ent{padding:.15em .35em;border-radius:.35em;color:inherit;box-decoration-break:clone;
-webkit-box-decoration-break:clone}a.ent-link{text-decoration:none;color:inherit}
mark.ent::after{content:attr(data-cls);font-size:.68em;font-weight:700;margin-left:.4em;
text-transform:uppercase;vertical-align:middle;opacity:.8}
.legend span{display:inline-block;margin:0 10px 4px 0;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;
vertical-align:-1px}.conf{font-size:12px;color:#5f6b7a}
"""


@lru_cache(maxsize=1)
def class_colours() -> dict[str, str]:
    """Each entity class's colour on the graph page (kg.web.viz), for spans and neighbourhoods."""
    from kg.web.viz import CLASS_STYLE

    return {cls: colour for cls, (colour, _shape) in CLASS_STYLE.items()}


def class_css() -> str:
    """Highlight and swatch colours per class: a light tint of the class colour, its edge."""
    rules = []
    for cls, colour in sorted(class_colours().items()):
        rules.append(
            f"mark.ent.c-{cls}{{background:{colour}33;border-bottom:2px solid {colour}}}"
            f".legend i.c-{cls},circle.c-{cls}{{background:{colour};fill:{colour}}}"
        )
    return DOC_STYLE + "\n".join(rules)


def legend(classes: Iterable[str]) -> str:
    present = sorted(set(classes) & set(ENTITY_CLASSES), key=ENTITY_CLASSES.index)
    if not present:
        return ""
    items = "".join(f'<span><i class="c-{c}"></i>{escape(c)}</span>' for c in present)
    return f'<div class="legend">{items}</div>'


@dataclass(frozen=True)
class Name:
    iri: str
    cls: str


def highlight(text: str, names: dict[str, Name], href: Callable[[str], str]) -> str:
    """``text`` escaped, each whole-word occurrence of a name wrapped in a class-coloured
    span linking to its entity (longest name first where names overlap)."""
    usable = sorted((n for n in names if len(n.strip()) > 1), key=lambda n: (-len(n), n))
    if not usable:
        return escape(text)
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(n) for n in usable) + r")(?![\w])"
    )
    out, last = [], 0
    for m in pattern.finditer(text):
        name = names[m.group(1)]
        out.append(escape(text[last : m.start()]))
        cls = escape(name.cls)
        out.append(
            f'<a class="ent-link" href="{escape(href(name.iri))}"><mark class="ent c-{cls}" '
            f'data-cls="{cls}">{escape(m.group(1))}</mark></a>'
        )
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _rows(reply: Any) -> list[dict[str, str]]:
    data = json.loads(reply.body)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def _sentences(rows: list[dict[str, str]]) -> list[tuple[int, str]]:
    """(offset in the article, sentence) once each, in the article's order."""
    starts: dict[str, int] = {}
    for row in rows:
        sentence = row["sentence"]
        start = int(row["start"]) if row.get("start", "").lstrip("-").isdigit() else None
        if start is not None and row["kind"] == "mention":
            where = sentence.find(row.get("surface", ""))  # the mention's own offset
            start = start - where if where >= 0 else None
        if start is None:
            start = 1 << 30  # unplaced: after the rest, in text order
        starts[sentence] = min(starts.get(sentence, start), start)
    return sorted(((s, t) for t, s in starts.items()), key=lambda st: (st[0], st[1]))


def document_html(
    iri: str,
    facts: dict[str, list[str]],
    run: RunQuery,
    href: Callable[[str], str],
    page: Callable[[str, list[str], str], str],
) -> tuple[int, str]:
    """(status, HTML) of the page about the document ``iri``; ``facts``: its own triples
    (predicate IRI -> values); ``page(title, body, css)`` wraps the body in the site's frame."""
    replies = [run(q.replace("<D>", f"<{iri}>"), JSON) for q in (_SENTENCES, _NAMES, _STATEMENTS)]
    for reply in replies:
        if reply.status != HTTPStatus.OK:
            return reply.status, reply.body.decode("utf-8", "replace")
    sentences, name_rows, statements = (_rows(r) for r in replies)
    names: dict[str, Name] = {}
    for row in sorted(name_rows, key=lambda r: (r["name"], r["e"], r["cls"])):
        names.setdefault(row["name"], Name(row["e"], row["cls"][len(DEFAULT_ONTOLOGY_NS) :]))

    def first(pred: str) -> str | None:
        values = sorted(facts.get(pred, []))
        return values[0] if values else None

    title = first("http://purl.org/dc/terms/title") or first(DEFAULT_ONTOLOGY_NS + "fileName")
    title = title or iri.rsplit("/", 1)[-1]
    date, source = first("http://purl.org/dc/terms/date"), first("http://purl.org/dc/terms/source")
    body = [f'<h1 id="label">{escape(title)}</h1>', '<span class="cls">Document</span>']
    meta = []
    if date:
        meta.append(f'<span id="date">{escape(date)}</span>')
    if source and re.match(r"^https?://", source):
        meta.append(f'<a id="source" href="{escape(source)}" rel="noopener noreferrer">'
                    f"{escape(source)}</a>")
    elif source:
        meta.append(f'<span id="source">{escape(source)}</span>')
    file_name = first(DEFAULT_ONTOLOGY_NS + "fileName")
    if file_name:
        meta.append(f"file {escape(file_name)}")
    body.append(f'<div class="cite">{" · ".join(meta)}</div><div class="iri">{escape(iri)}</div>')

    ordered = _sentences(sentences)
    body.append(f"<h2>Text ({len(ordered)} sentences the graph holds)</h2>")
    body.append(legend(n.cls for n in names.values()))
    body.append('<div class="text" id="text">')
    for start, sentence in ordered:
        body.append(
            f'<p class="sentence" id="s{start}">{highlight(sentence.strip(), names, href)}</p>'
        )
    body.append(
        '</div><p class="gap">Only the sentences that name an entity or state a relation are '
        "kept in the graph; the rest of the article is in the corpus file.</p>"
    )

    body.append(f'<h2>Statements ({len(statements)})</h2><ol id="statements">')
    for row in sorted(statements, key=lambda r: (int(r.get("start") or 1 << 30), r["pred"],
                                                 r.get("sl", ""), r.get("ol", ""))):
        pred = row["pred"][len(DEFAULT_ONTOLOGY_NS) :] if row["pred"].startswith(
            DEFAULT_ONTOLOGY_NS) else row["pred"]
        conf = f'confidence {escape(row["conf"])}' if row.get("conf") else "no confidence"
        rule = f'rule {escape(row["rule"])}' if row.get("rule") else "no rule recorded"
        start = row.get("start", "")
        anchor = f' · <a href="#s{escape(start)}">sentence</a>' if start.isdigit() else ""
        body.append(
            f'<li><a href="{escape(href(row["s"]))}">{escape(row.get("sl") or row["s"])}</a> '
            f'<b><a href="/ontology#{escape(pred)}">{escape(pred)}</a></b> '
            f'<a href="{escape(href(row["o"]))}">{escape(row.get("ol") or row["o"])}</a> '
            f'<span class="conf">{conf} · {rule}{anchor}</span></li>'
        )
    body.append("</ol>")
    return HTTPStatus.OK, page(title, body, class_css())
