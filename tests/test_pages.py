"""Entity pages of `kg serve`: every IRI answers HTML, Turtle or JSON-LD, and hostile text stays
text. A real server on a free loopback port over the seed corpus store; real Chromium."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
import requests

from kg.build import BuildReport
from kg.sparql.store import load_store
from kg.web.pages import resource_href
from kg.web.serve import ServeSettings, SparqlServer
from kg.web.viz import render_html

try:
    from tests.test_viz import XSS_LABEL, XSS_SENTENCE, xss_graph
    from tests.test_viz_browser import CHROMIUM, CHROMIUM_ARGS
except ImportError:  # pragma: no cover - rootdir-less layout
    from test_viz import XSS_LABEL, XSS_SENTENCE, xss_graph  # type: ignore[no-redef]
    from test_viz_browser import CHROMIUM, CHROMIUM_ARGS  # type: ignore[no-redef]

# An entity with a relation stated in a sentence of a dated article, from the store itself.
EVIDENCE = """PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?label ?o ?olabel ?sentence ?title ?date WHERE {
  ?a a kf:Assertion ; rdf:subject ?s ; rdf:object ?o ; kf:sentence ?sentence ;
     prov:wasDerivedFrom ?doc .
  ?doc dcterms:title ?title ; dcterms:date ?date .
  ?s rdfs:label ?label . ?o rdfs:label ?olabel .
} ORDER BY ?s ?o ?sentence LIMIT 1"""


def serve(store_dir: Path) -> tuple[SparqlServer, threading.Thread]:
    server = SparqlServer(ServeSettings(store_dir=store_dir, port=0, quiet=True, workers=1))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def stop(server: SparqlServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def site(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    server, thread = serve(built_corpus[0] / "store")
    yield server.url.rsplit("/", 1)[0]
    stop(server, thread)


@pytest.fixture(scope="module")
def fact(site: str) -> dict[str, str]:
    r = requests.get(
        site + "/sparql",
        params={"query": EVIDENCE},
        headers={"Accept": "application/sparql-results+json"},
    )
    rows = r.json()["results"]["bindings"]
    assert rows, "the seed corpus has a relation with a sentence from a dated article"
    return {k: v["value"] for k, v in rows[0].items()}


def test_entity_page_html_has_label_relation_sentence_article_and_links(
    site: str, fact: dict[str, str]
) -> None:
    r = requests.get(site + resource_href(fact["s"]), headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert "script-src" not in r.headers["Content-Security-Policy"]  # no script may run
    page = r.text
    from html import escape

    assert f'<h1 id="label">{escape(fact["label"])}</h1>' in page
    # The sentence, its names highlighted (marked up) but its text intact.
    assert escape(fact["sentence"].strip()) in re.sub(r"<(/?)(a|mark)\b[^>]*>", "", page)
    assert escape(fact["title"]) in page and fact["date"] in page
    neighbour = resource_href(fact["o"])
    assert f'href="{neighbour}"' in page
    back = requests.get(site + neighbour)
    assert back.status_code == 200 and escape(fact["olabel"]) in back.text
    assert "<svg" in page  # the neighbourhood graph


def test_entity_as_turtle_and_json_ld(site: str, fact: dict[str, str]) -> None:
    url = site + resource_href(fact["s"])
    r = requests.get(url, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    subject = rdflib.URIRef(fact["s"])
    assert (subject, rdflib.RDFS.label, rdflib.Literal(fact["label"])) in graph
    assert (None, None, subject) in graph  # what points at it, too

    r = requests.get(url, headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/ld+json")
    from_jsonld = rdflib.Graph().parse(data=r.text, format="json-ld")
    assert (subject, rdflib.RDFS.label, rdflib.Literal(fact["label"])) in from_jsonld
    assert len(from_jsonld) == len(graph)
    compact = json.loads(r.text)  # compact, with an @context of prefixes
    assert compact["@context"]["kf"] == "https://w3id.org/kaifang/ontology#"
    assert any(
        compact["@context"]["res"] + item["@id"].removeprefix("res:") == fact["s"]
        and item["rdfs:label"] == fact["label"]
        for item in compact["@graph"]
    )

    # The same IRI by query parameter: any IRI, whatever its namespace.
    by_param = requests.get(site + "/resource", params={"iri": fact["s"]})
    assert by_param.status_code == 200 and fact["label"] in by_param.text


def test_entity_page_errors(site: str) -> None:
    assert requests.get(site + "/resource/official/nobody-at-all").status_code == 404
    assert requests.get(site + "/resource", params={"iri": "x> } SERVICE <y"}).status_code == 400
    assert requests.get(site + "/resource").status_code == 400
    r = requests.get(site + "/resource/province/sichuan", headers={"Accept": "image/png"})
    assert r.status_code == 406


# ------------------------------------------------------------------ in Chromium

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
_no_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


def browser_only(test: Any) -> Any:
    return pytest.mark.browser(_no_chromium(test))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def watched_page(browser: Any, origin: str) -> tuple[Any, list[str]]:
    """A page that may reach only ``origin``; anything it should not do lands in the list."""
    problems: list[str] = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})

    def route(route: Any) -> None:
        if route.request.url.startswith(origin + "/"):
            route.continue_()
        else:
            problems.append("network: " + route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    return page, problems


@browser_only
def test_entity_page_sentences_in_chromium(browser: Any, site: str, fact: dict[str, str]) -> None:
    page, problems = watched_page(browser, site)
    page.goto(site + resource_href(fact["s"]))
    assert page.locator("h1").inner_text() == fact["label"]
    sentences = page.locator("blockquote.sentence").all_inner_texts()
    assert fact["sentence"].strip() in [text.strip() for text in sentences]
    page.locator(f'#relations a[href="{resource_href(fact["o"])}"]').first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == fact["olabel"]
    assert problems == []
    page.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("hostile")
    graph = xss_graph()
    graph.serialize(out / "graph.ttl", format="turtle")
    load_store(out / "graph.ttl", out / "store")
    render_html(graph, out / "graph.html")
    server, thread = serve(out / "store")
    yield server.url.rsplit("/", 1)[0]
    stop(server, thread)


@browser_only
def test_hostile_text_is_inert_on_served_pages(browser: Any, hostile_site: str) -> None:
    page, problems = watched_page(browser, hostile_site)
    # The graph page as served: its side panel links the entity page.
    page.goto(hostile_site + "/graph")
    page.wait_for_function("() => window.kgReady === true")
    evil = page.evaluate("(l) => kg.data.nodes.find(n => n.label === l).id", XSS_LABEL)
    page.evaluate("(id) => kg.selectNode(id, false)", evil)
    page.click("#entity-link")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == XSS_LABEL
    body = page.locator("body").inner_text()
    assert XSS_SENTENCE in body and "</script><script>window.__pwned=1</script>" in body
    assert page.locator("a[href^='javascript']").count() == 0
    # Its neighbour's page and the query page with the hostile label in a result cell.
    page.goto(hostile_site + "/?query=" + requests.utils.quote(
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    ))
    page.wait_for_function("() => window.kgQuery !== undefined")
    page.evaluate("kgQuery.yasqe.query()")
    page.wait_for_selector(".yasr table tbody tr")
    assert XSS_LABEL in page.locator(".yasr table").inner_text()
    # YASGUI sanitises every cell with DOMPurify, which parses the literal in an inert document;
    # Chromium reports the handler attribute it saw there as a CSP violation (script-src-attr,
    # blocked). Nothing runs: the checks below and the dialog watch would show it.
    blocked = [p for p in problems if "violates the following Content Security Policy" in p]
    assert all("The action has been blocked" in p for p in blocked)
    problems[:] = [p for p in problems if p not in blocked]
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".yasr img, .yasr svg[onload], .yasr b").count() == 0
    # Its IRI in the results opens its entity page on this server.
    row = page.locator(".yasr table tbody tr", has_text=XSS_LABEL)
    row.locator("a.kg-entity").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == XSS_LABEL
    assert page.evaluate("window.__pwned") is None
    assert problems == []
    page.close()
