"""Documents and entities as pages of a real `kg serve` process, read in real Chromium: an
article's page shows its title, date, source, its sentences with the entity mentions
highlighted and the statements it supports; an entity's page shows each sentence once with the
statements under it (confidence, rule) and a neighbourhood coloured by class; hostile text
stays text on both."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import free_port, wait_for_http
from rdflib import Literal
from rdflib.namespace import PROV, RDF

from kg.build import BuildReport
from kg.graph.iris import IriMinter
from kg.sparql.store import load_store
from kg.vocab import KF
from kg.web.links import resource_href
from kg.web.viz import CLASS_STYLE

try:
    from tests.test_viz import XSS_LABEL, XSS_SENTENCE, xss_graph
    from tests.test_viz_browser import CHROMIUM, CHROMIUM_ARGS
except ImportError:  # pragma: no cover - rootdir-less layout
    from test_viz import XSS_LABEL, XSS_SENTENCE, xss_graph  # type: ignore[no-redef]
    from test_viz_browser import CHROMIUM, CHROMIUM_ARGS  # type: ignore[no-redef]

KG = Path(sys.executable).parent / "kg"
JSON = {"Accept": "application/sparql-results+json"}
PREFIXES = """PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def kg_serve(store: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(KG), "serve", "--store", str(store), "--port", str(port), "--quiet",
         "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    origin = f"http://127.0.0.1:{port}"
    wait_for_http(origin + "/sparql", proc, "kg serve", 60,
                  lambda: proc.stderr.read() if proc.stderr else "", {"query": "ASK {}"})
    return proc, origin


@pytest.fixture(scope="module")
def site(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    proc, origin = kg_serve(built_corpus[0] / "store")
    yield origin
    proc.terminate()
    proc.communicate(timeout=15)


def select(site: str, query: str) -> list[dict[str, str]]:
    r = requests.get(site + "/sparql", params={"query": PREFIXES + query}, headers=JSON)
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in row.items()} for row in r.json()["results"]["bindings"]]


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_document_page_shows_article_text_mentions_and_statements(site: str) -> None:
    # The article stating the most relations, with its title and date, as the store has it.
    doc = select(site, """SELECT ?doc ?title ?date ?source (COUNT(?a) AS ?n) WHERE {
      ?doc a kf:Document ; dcterms:title ?title .
      OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:source ?source }
      ?a a kf:Assertion ; prov:wasDerivedFrom ?doc } GROUP BY ?doc ?title ?date ?source
      ORDER BY DESC(BOUND(?date)) DESC(BOUND(?source)) DESC(?n) ?doc LIMIT 1""")[0]
    page = requests.get(site + resource_href(doc["doc"]), headers={"Accept": "text/html"})
    assert page.status_code == 200 and "script-src" not in page.headers["Content-Security-Policy"]
    html = page.text
    assert text_of(re.search(r'<h1 id="label">(.*?)</h1>', html).group(1)) == doc["title"]
    assert doc.get("date", "") in html and f'href="{doc.get("source", "")}' in html

    # Every sentence the graph holds from it, once each, highlighted but intact as text.
    sentences = {r["s"].strip() for r in select(site, f"""SELECT DISTINCT ?s WHERE {{
      ?x prov:wasDerivedFrom <{doc["doc"]}> ; kf:sentence ?s }}""")}
    shown = [text_of(p) for p in re.findall(r'<p class="sentence"[^>]*>(.*?)</p>', html, re.S)]
    assert sorted(shown) == sorted(sentences)

    # Each mention: its surface form marked with its class and linked to the entity's page.
    mentions = select(site, f"""SELECT ?e ?surface ?cls WHERE {{
      ?m a kf:Mention ; prov:wasDerivedFrom <{doc["doc"]}> ; kf:mentionOf ?e ;
         kf:surfaceForm ?surface . ?e a ?cls FILTER(STRSTARTS(STR(?cls), STR(kf:))) }}""")
    assert len(mentions) >= 5
    marks = re.findall(
        r'<a class="ent-link" href="([^"]+)"><mark class="ent c-(\w+)" data-cls="\w+">(.*?)</mark>',
        html,
    )
    marked = {(unescape(href), cls, unescape(text)) for href, cls, text in marks}
    for m in mentions:
        cls = m["cls"].rsplit("#", 1)[1]
        assert any(h == resource_href(m["e"]) and c == cls for h, c, _t in marked), m

    # The statements it supports: one line each, with rule and confidence.
    statements = select(site, f"""SELECT ?a ?conf ?rule WHERE {{ ?a a kf:Assertion ;
      prov:wasDerivedFrom <{doc["doc"]}> ; kf:confidence ?conf ; kf:extractor ?rule }}""")
    items = re.findall(r"<li>(.*?)</li>", html.split('id="statements"')[1], re.S)
    assert len(items) == len(statements) == int(doc["n"])
    for s in statements:
        assert any(f"confidence {s['conf']}" in i and f"rule {s['rule']}" in i for i in items)


def test_entity_page_shows_each_sentence_once_with_its_statements(site: str) -> None:
    # The entity with the most relations read from one sentence.
    row = select(site, """SELECT ?e ?label ?sentence (COUNT(DISTINCT ?a) AS ?n) WHERE {
      ?a a kf:Assertion ; rdf:subject ?e ; kf:sentence ?sentence . ?e rdfs:label ?label }
      GROUP BY ?e ?label ?sentence ORDER BY DESC(?n) ?e LIMIT 1""")[0]
    assert int(row["n"]) >= 2
    html = requests.get(site + resource_href(row["e"])).text
    quotes = [text_of(q).strip() for q in re.findall(
        r'<blockquote class="sentence">(.*?)</blockquote>', html, re.S)]
    assert len(quotes) == len(set(quotes))  # one sentence shown once
    assert row["sentence"].strip() in quotes
    assert html.count('<ul class="statements">') == len(quotes) + ("no sentence recorded" in html)
    assert "confidence 0." in html and "rule " in html
    assert re.search(rf'data-cls="\w+">{re.escape(row["label"])}</mark>', html)  # its name
    # Neighbourhood dots carry their class, and the legend names the classes shown.
    classes = set(re.findall(r'<circle class="c-(\w+)"', html))
    assert classes and classes <= set(CLASS_STYLE)
    for cls in classes:
        assert f'<i class="c-{cls}"></i>{cls}' in html
    assert 'href="/ontology#' in html  # its class and relation names lead to the ontology


def hostile_graph() -> Any:
    g = xss_graph()
    doc = next(g.subjects(RDF.type, KF.Document))
    evil = next(s for s in g.subjects(RDF.type, KF.Official))
    mention = IriMinter().mention(str(evil), str(doc), 210)
    sentence = f"Yesterday {XSS_LABEL} met \"><svg onload=alert(2)> & friends."
    g.add((mention, RDF.type, KF.Mention))
    g.add((mention, KF.mentionOf, evil))
    g.add((mention, PROV.wasDerivedFrom, doc))
    g.add((mention, KF.sentence, Literal(sentence)))
    g.add((mention, KF.surfaceForm, Literal(XSS_LABEL)))
    g.add((mention, KF.charStart, Literal(200 + len("Yesterday "))))
    g.add((mention, KF.charEnd, Literal(200 + len("Yesterday ") + len(XSS_LABEL))))
    return g, doc, evil, sentence


sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_pages_in_chromium_and_hostile_text_stays_text(
    site: str, tmp_path: Path
) -> None:
    graph, doc, evil, sentence = hostile_graph()
    graph.serialize(tmp_path / "graph.ttl", format="turtle")
    load_store(tmp_path / "graph.ttl", tmp_path / "store")
    proc, hostile = kg_serve(tmp_path / "store")
    problems: list[str] = []
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for origin, path in ((hostile, resource_href(str(doc))),
                                 (hostile, resource_href(str(evil)))):
                page = browser.new_page(viewport={"width": 390, "height": 844})
                page.on("console", lambda m: m.type == "error" and problems.append(m.text))
                page.on("pageerror", lambda err: problems.append(str(err)))
                page.on("dialog", lambda d: (problems.append("dialog " + d.message), d.dismiss()))
                page.goto(origin + path)
                body = page.locator("body").inner_text()
                assert XSS_LABEL in body and (XSS_SENTENCE in body or sentence in body)
                assert page.evaluate("window.__pwned") is None
                # (our own <b> holds a relation's name, linked to the ontology)
                injected = "img, svg[onload], a[href^='javascript'], " \
                    "b:not(:has(a[href^='/ontology']))"
                assert page.locator(injected).count() == 0
                if path == resource_href(str(doc)):  # its mention: marked as an Official
                    assert page.locator("mark.ent.c-Official").first.inner_text() == XSS_LABEL
                page.close()
            # On the seed build: a document page opens from an entity page's article list.
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            row = select(site, """SELECT ?e WHERE { ?e a kf:Official ; kf:mentionedIn ?d }
                                  ORDER BY ?e LIMIT 1""")[0]
            page.goto(site + resource_href(row["e"]))
            page.locator("#articles a", has_text="the article").first.click()
            page.wait_for_load_state()
            assert page.locator("span.cls").first.inner_text() == "Document"
            assert page.locator("p.sentence mark.ent").count() >= 3
            page.locator("p.sentence a.ent-link").first.click()
            page.wait_for_load_state()
            assert page.locator("h1").count() == 1 and "/resource/" in page.url
            page.close()
            browser.close()
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
    assert [p for p in problems if "favicon" not in p] == []
