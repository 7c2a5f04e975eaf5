"""The HTML of an entity's page in ``kg serve`` (``GET /resource/...``, see kg.web.pages).

Label, class (linked to its ontology section), aliases, posts, links out; a small
neighbourhood graph coloured by class; then the relations grouped by the sentence that states
them: each sentence shown once, with the entity's and its neighbours' names highlighted, and
under it every statement it supports with the rule that read it and its confidence. Corpus
text is escaped on the way in, and the page runs no script.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from html import escape

from kg.vocab import KF, RELATIONS
from kg.web.docpage import Name, class_css, highlight, legend
from kg.web.links import resource_href

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
MAX_NEIGHBOURS = 24  # in the little graph; the lists below it have them all
Rows = list[dict[str, dict[str, str]]]

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;
max-width:980px;margin:0 auto;padding:18px 22px}
a{color:#1f6feb}h1{font-size:26px;margin:0}h2{font-size:14px;text-transform:uppercase;
letter-spacing:.04em;color:#5f6b7a;margin:22px 0 6px}.iri{font-size:12px;color:#5f6b7a;
word-break:break-all}.cls{display:inline-block;background:#eef2f7;border-radius:10px;
padding:1px 9px;font-size:13px;margin:4px 0}nav{font-size:13px;margin-bottom:10px}
blockquote{margin:4px 0 2px;padding:4px 10px;border-left:3px solid #1f6feb;background:#f7f8fa;
white-space:pre-wrap;word-break:break-word;line-height:2}.cite{font-size:13px;color:#5f6b7a;
margin-bottom:8px}.rel{margin:10px 0 16px}ul{padding-left:20px}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d8dde4;padding:3px 6px;
text-align:left;vertical-align:top;word-break:break-word}svg{max-width:100%;height:auto;
border:1px solid #d8dde4;border-radius:6px}
"""


def frame(title: str, body: list[str], css: str = "") -> str:
    """A whole page: head, the site's links, ``body``."""
    return "\n".join(
        [
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="/favicon.ico">'
            f"<title>{escape(title)} · Kaifang KG</title><style>{STYLE}{css}</style></head><body>",
            '<nav><a href="/">SPARQL query</a> · <a href="/graph">Graph page</a> · '
            '<a href="/ontology">Ontology</a></nav>',
            *body,
            "</body></html>",
        ]
    )


def value(row: dict[str, dict[str, str]], name: str) -> str | None:
    term = row.get(name)
    return term["value"] if term else None


def local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] or iri


def link(iri: str, text: str | None, base: str) -> str:

    return f'<a href="{escape(resource_href(iri, base))}">{escape(text or local(iri))}</a>'


def cite(title: str | None, date: str | None, source: str | None) -> str:
    name = escape(title or "untitled document")
    if source and re.match(r"^https?://", source):
        name = f'<a href="{escape(source)}" rel="noopener noreferrer">{name}</a>'
    return name + (f" · {escape(date)}" if date else "")


def _term(iri: str) -> str:
    """A kf: class or property, linked to its section of /ontology."""
    name = escape(local(iri))
    return f'<a href="/ontology#{name}">{name}</a>' if iri.startswith(str(KF)) else name


def neighbourhood_svg(
    label: str, cls: str, neighbours: list[tuple[str, str, str, str]], base: str
) -> str:
    """A small star: the entity in the middle, up to MAX_NEIGHBOURS neighbours around it, each
    dot in its class's colour (the legend above names them)."""

    shown = neighbours[:MAX_NEIGHBOURS]
    width, height, cx, cy, radius = 720, 420, 360, 210, 160
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Neighbourhood of '
        f'{escape(label)}" font-family="system-ui,sans-serif" font-size="12">'
    ]
    points = []
    for i, (other, other_label, other_cls, pred) in enumerate(shown):
        angle = 2 * math.pi * i / max(1, len(shown)) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * 0.95 * math.sin(angle)
        points.append((other, other_label, other_cls, x, y))
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="#9aa5b1">'
            f"<title>{escape(pred)}</title></line>"
        )
    for other, other_label, other_cls, x, y in points:
        anchor = "start" if x > cx + 5 else "end" if x < cx - 5 else "middle"
        dx = 9 if anchor == "start" else -9 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (18 if y > cy else -10)
        short = other_label if len(other_label) <= 26 else other_label[:24] + "…"
        parts.append(
            f'<a href="{escape(resource_href(other, base))}"><circle class="c-{escape(other_cls)}" '
            f'cx="{x:.1f}" cy="{y:.1f}" r="7" fill="#76b7b2"><title>{escape(other_cls)}</title>'
            f'</circle><text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" '
            f'fill="#1d2430">{escape(short)}</text></a>'
        )
    parts.append(
        f'<circle class="c-{escape(cls)}" cx="{cx}" cy="{cy}" r="11" fill="#e15759"/>'
        f'<text x="{cx}" y="{cy + 27}" text-anchor="middle" font-weight="bold" '
        f'fill="#1d2430">{escape(label)}</text></svg>'
    )
    return "".join(parts)


def _relations(iri: str, label: str, cls: str, aliases: list[str], relations: Rows,
               base: str) -> list[str]:
    """Relations grouped by sentence: each sentence once, its statements under it."""

    others: dict[str, tuple[str, str]] = {}  # neighbour -> (label, class)
    # (sentence, date, title, source) -> {(dir, pred, other): (confidence, rule)}
    by_sentence: dict[tuple[str, str, str, str], dict[tuple[str, str, str], tuple[str, str]]]
    by_sentence = defaultdict(dict)
    statements: set[tuple[str, str, str]] = set()
    for row in relations:
        key = (value(row, "dir") or "", value(row, "pred") or "", value(row, "other") or "")
        statements.add(key)
        other_cls = local(value(row, "otherClass") or "")
        others.setdefault(key[2], (value(row, "otherLabel") or local(key[2]), other_cls))
        where = tuple(value(row, k) or "" for k in ("sentence", "date", "title", "source"))
        how = (value(row, "confidence") or "", value(row, "extractor") or "")
        previous = by_sentence[where].get(key)  # type: ignore[index]
        by_sentence[where][key] = max(how, previous) if previous else how  # type: ignore[index]
    if not statements:
        return []
    neighbours = sorted(
        {(o, others[o][0], others[o][1], local(p)) for _d, p, o in statements},
        key=lambda n: (n[3], n[1], n[0]),
    )
    seen: set[str] = set()
    unique = [n for n in neighbours if not (n[0] in seen or seen.add(n[0]))]  # type: ignore[func-returns-value]
    out = [
        f"<h2>Neighbourhood ({len(unique)})</h2>",
        legend([cls, *(n[2] for n in unique)]),
        neighbourhood_svg(label, cls, unique, base),
        f'<h2>Relations ({len(statements)}) in {len(by_sentence)} sentence(s)</h2>'
        '<div id="relations">',
    ]
    names = {n: Name(iri, cls) for n in [label, *aliases]}
    for other, (other_label, other_cls) in others.items():
        names.setdefault(other_label, Name(other, other_cls))
    ordered = sorted(by_sentence.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0]))
    for (sentence, date, title, source), found in ordered:
        out.append('<div class="rel">')
        if sentence:
            text = highlight(sentence.strip(), names, lambda i: resource_href(i, base))
            out.append(f'<blockquote class="sentence">{text}</blockquote>')
        else:
            out.append('<div class="cite">no sentence recorded</div>')
        if title or date:
            out.append(f'<div class="cite">{cite(title or None, date or None, source or None)}'
                       "</div>")
        out.append('<ul class="statements">')
        for (direction, pred, other), (confidence, rule) in sorted(
            found.items(), key=lambda kv: (kv[0][1], others[kv[0][2]][0], kv[0])
        ):
            them = link(other, others[other][0], base)
            head = f"{escape(label)} <b>{_term(pred)}</b> {them}"
            if direction == "in":
                head = f"{them} <b>{_term(pred)}</b> {escape(label)}"
            how = " · ".join(
                x for x in (confidence and f"confidence {escape(confidence)}",
                            rule and f"rule {escape(rule)}") if x
            )
            out.append(f'<li>{head} <span class="conf">{how}</span></li>')
        out.append("</ul></div>")
    out.append("</div>")
    return out


def entity_html(iri: str, rows: Rows, relations: Rows, docs: Rows, base: str) -> str:
    about = [r for r in rows if r["s"].get("value") == iri and r["s"]["type"] == "uri"]
    facts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in about:
        facts[row["p"]["value"]].append(row["o"])
    labels = sorted(t["value"] for t in facts.get(RDFS_LABEL, []))
    label = labels[0] if labels else local(iri)
    classes = sorted(
        t["value"] for t in facts.get(RDF_NS + "type", []) if t["value"].startswith(str(KF))
    )
    aliases = sorted({t["value"] for t in facts.get(SKOS_ALT, [])} - {label})
    posts = sorted({t["value"] for t in facts.get(str(KF.title), [])})
    same = sorted(t["value"] for t in facts.get(OWL_SAME, []))

    out = [
        f'<h1 id="label">{escape(label)}</h1>',
        "".join(f'<span class="cls">{_term(c)}</span> ' for c in classes),
        f'<div class="iri">{escape(iri)}</div>',
    ]
    for heading, items in (("Also known as", aliases), ("Posts", posts)):
        if items:
            out.append(f"<h2>{heading}</h2><ul>")
            out += [f"<li>{escape(a)}</li>" for a in items]
            out.append("</ul>")
    if same:
        out.append("<h2>Same as</h2><ul>")
        out += [
            f'<li><a href="{escape(s)}" rel="noopener noreferrer">{escape(s)}</a></li>'
            for s in same
            if re.match(r"^https?://", s)
        ]
        out.append("</ul>")
    cls = local(classes[0]) if classes else ""
    out += _relations(iri, label, cls, aliases, relations, base)

    if docs:
        ordered = sorted(
            docs, key=lambda r: (value(r, "date") or "", value(r, "title") or ""), reverse=True
        )
        out.append(f'<h2>Mentioned in {len(ordered)} article(s)</h2><ul id="articles">')
        for row in ordered:
            where = cite(value(row, "title"), value(row, "date"), value(row, "source"))
            out.append(f"<li>{where} · {link(value(row, 'doc') or '', 'the article', base)}</li>")
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
            shown_value = (
                link(obj["value"], None, base) if obj["type"] == "uri" else escape(obj["value"])
            )
            out.append(
                f"<tr><td>{escape(local(row['p']['value']))}</td><td>{shown_value}</td></tr>"
            )
        out.append("</table>")
    out.append(
        f'<p class="iri">{len(about)} statements about it, {incoming} pointing at it. '
        "Also as Turtle or JSON-LD: ask with <code>Accept: text/turtle</code> or "
        "<code>application/ld+json</code>.</p>"
    )
    return frame(label, out, class_css())
