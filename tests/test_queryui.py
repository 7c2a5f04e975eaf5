"""The query page of `kg serve` in real Chromium: canned questions, results with linked IRIs,
the query in the URL, downloads, all from the server's own origin."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

import kg
from kg.build import BuildReport
from kg.web.queryui import QUERIES_DIR, canned_queries

try:
    from tests.test_pages import serve, stop, watched_page
    from tests.test_viz_browser import CHROMIUM, CHROMIUM_ARGS
except ImportError:  # pragma: no cover - rootdir-less layout
    from test_pages import serve, stop, watched_page  # type: ignore[no-redef]
    from test_viz_browser import CHROMIUM, CHROMIUM_ARGS  # type: ignore[no-redef]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]

PROVINCES = """PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?province ?label WHERE { ?province a kf:Province ; rdfs:label ?label } ORDER BY ?label"""


def test_canned_questions_come_from_queries_folder() -> None:
    canned = canned_queries()
    names = {q["name"] for q in canned}
    assert {"officials-by-province", "sentence-behind-edge"} <= names
    by_name = {q["name"]: q for q in canned}
    question = by_name["officials-by-province"]["question"]
    assert question == "Which officials serve in which province?"
    # every canned question of the repository, read from inside the package (package data,
    # so an installed copy has the menu too)
    repo = Path(__file__).resolve().parent.parent / "queries"
    assert names == {p.stem for p in repo.glob("*.rq")}
    assert QUERIES_DIR.parent == Path(kg.__file__).resolve().parent


@pytest.fixture(scope="module")
def site(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    server, thread = serve(built_corpus[0] / "store")
    yield server.url.rsplit("/", 1)[0]
    stop(server, thread)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_choose_a_canned_question_and_run_it(browser: Any, site: str) -> None:
    page, problems = watched_page(browser, site)
    page.goto(site + "/")
    page.wait_for_function("() => window.kgQuery !== undefined")
    question = "Which officials serve in which province?"
    page.select_option("#canned", label=question)
    page.wait_for_selector(".yasr table tbody tr")
    headers = page.locator(".yasr table thead th").all_inner_texts()
    assert {"province", "official"} <= {h.strip() for h in headers}
    assert page.locator(".yasr table tbody tr").count() >= 1
    # The query is in the URL: opening that URL brings the same query back.
    url = page.url
    assert "query=" in url and "officials" in url.lower()
    query = page.evaluate("kgQuery.yasqe.getValue()")
    assert "kf:servesIn" in query
    again, more = watched_page(browser, site)
    again.goto(url)
    again.wait_for_function("() => window.kgQuery !== undefined")
    assert again.evaluate("kgQuery.yasqe.getValue()") == query
    # Prefix completion knows ours, first.
    offered = page.evaluate(
        "Yasgui.Yasqe.Autocompleters.prefixes.get(kgQuery.yasqe).then(list => list.slice(0, 20))"
    )
    assert "kf: <https://w3id.org/kaifang/ontology#>" in offered
    again.close()
    assert problems == [] and more == []
    page.close()


def test_result_iris_open_entity_pages_and_downloads(browser: Any, site: str) -> None:
    page, problems = watched_page(browser, site)
    page.goto(site + "/?query=" + quote(PROVINCES))
    page.wait_for_function("() => window.kgQuery !== undefined")
    page.evaluate("kgQuery.yasqe.query()")
    page.wait_for_selector(".yasr table tbody tr a.kg-entity")

    with page.expect_download() as download:
        page.click("#download-csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["province", "label"] and len(rows) > 1
    with page.expect_download() as download:
        page.click("#download-json")
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["head"]["vars"] == ["province", "label"]
    first_label = data["results"]["bindings"][0]["label"]["value"]

    link = page.locator(".yasr table tbody tr a.kg-entity").first
    assert link.get_attribute("href").startswith("/resource/province/")
    link.click()
    page.wait_for_load_state()
    assert page.url.startswith(site + "/resource/province/")
    assert page.locator("h1").inner_text() == first_label
    assert "Province" in page.locator(".cls").all_inner_texts()
    assert problems == []
    page.close()
