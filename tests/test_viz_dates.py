"""Dates on the graph page: on relations and events, in the panel, and a time filter
(by the date of the fact or of the article), in real headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib

from kg.web.netgraph import graph_to_networkx
from kg.web.viz import VizOptions, render_html

try:
    from tests.test_viz_browser import CHROMIUM, CHROMIUM_ARGS, open_page, panel_text
except ImportError:  # pragma: no cover - rootdir-less layout
    from test_viz_browser import (  # type: ignore[no-redef]
        CHROMIUM,
        CHROMIUM_ARGS,
        open_page,
        panel_text,
    )

SHI = "https://w3id.org/kaifang/resource/official/shi-xiaolin-sichuan"


def test_relations_carry_the_days_of_their_sentences(built_graph: rdflib.Graph) -> None:
    net = graph_to_networkx(built_graph)
    injet = next(n for n, a in net.nodes(data=True) if a["label"].startswith("Sichuan Injet"))
    evidence = net.edges[SHI, injet, "visited"]["evidence"]
    assert ("2025-04-16", "2025-04-16") in {(ev.get("start"), ev.get("end")) for ev in evidence}


@pytest.fixture(scope="module")
def page_html(built_graph: rdflib.Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("vizdates") / "graph.html"
    render_html(built_graph, out, VizOptions())
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.browser
def test_time_filter_and_dates_in_the_panel(browser: Any, page_html: Path) -> None:
    page, watch = open_page(browser, page_html)
    data = page.evaluate(
        "kg.data.edges.map(e => ({id: e.id, days: e.evidence.filter(v => v.start)"
        "  .map(v => [v.start, v.end]), docs: e.evidence.map(v => v.doc)}))"
    )
    docs = page.evaluate("kg.data.docs.map(d => d.date)")
    dated = {e["id"] for e in data if any(s <= "2025-04-30" and t >= "2025-04-01"
                                          for s, t in e["days"])}
    assert dated, "the seed corpus dates Shi Xiaolin's April 2025 visit"

    # Fact dates in April 2025: exactly the relations a sentence dates to then.
    page.fill("#time-from", "2025-04-01")
    page.fill("#time-to", "2025-04-30")
    page.dispatch_event("#time-to", "change")
    page.wait_for_timeout(200)
    assert set(page.evaluate("kg.network.body.edgeIndices")) == dated

    # By article date: only articles with a date in the range count (none of the seeds').
    page.select_option("#time-by", "article")
    page.wait_for_timeout(200)
    by_article = {e["id"] for e in data if any(
        d is not None and docs[d] and "2025-04-01" <= docs[d] <= "2025-04-30" for d in e["docs"])}
    assert set(page.evaluate("kg.network.body.edgeIndices")) == by_article

    # Cleared: everything again; a dated relation shows its days in the panel.
    page.select_option("#time-by", "fact")
    page.fill("#time-from", "")
    page.fill("#time-to", "")
    page.dispatch_event("#time-to", "change")
    page.wait_for_timeout(200)
    assert len(page.evaluate("kg.network.body.edgeIndices")) == len(data)
    edge = sorted(dated)[0]
    page.evaluate("(id) => kg.selectEdge(id)", edge)
    assert "When: 2025-04-16" in panel_text(page)
    watch.assert_clean()
    page.close()
