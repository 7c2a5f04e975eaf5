"""Benchmark the graph page: Python render time and time-to-interactive in headless Chromium.

    .venv/bin/python bench/bench_viz.py [SIZES ...]     # default: 1000 5000 20000

Past kg.web.viz.BROWSER_LIMIT (5,000) entities the page keeps the best-connected ones, so the
20,000 row measures what a user of the 10k-document build gets: the time to open that page.

"Interactive" is the page's own ``window.kgReady`` flag: set on the first frame drawn after
the layout settled (frozen Python layout above the physics threshold, live physics below).
Every non-file:// request is blocked, as in tests/test_viz_browser.py.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.web.netgraph import graph_to_networkx, synthetic_graph
from kg.web.viz import VizOptions, render_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def time_to_interactive(browser: Any, html: Path) -> tuple[float, float]:
    """Seconds from navigation to kgReady, and to the first click being handled."""
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("file://") else route.abort()
        ),
    )
    start = time.perf_counter()
    page.goto(html.as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=600_000, polling=50)
    ready = time.perf_counter() - start
    # One real interaction: select the best-connected node as the search box would.
    start = time.perf_counter()
    page.evaluate(
        "() => { const n = kg.data.nodes.reduce((a, b) => a.degree >= b.degree ? a : b);"
        " kg.selectNode(n.id, false); }"
    )
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(null)))")
    click = time.perf_counter() - start
    page.close()
    return ready, click


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(
            f"{'graph':>6} {'shown':>6} {'edges':>6} {'rdf->nx s':>9} {'render s':>9} {'MB':>5} "
            f"{'ready s':>8} {'select s':>8}"
        )
        for size in sizes:
            graph = synthetic_graph(size, seed=0)
            start = time.perf_counter()
            graph_to_networkx(graph)
            to_nx = time.perf_counter() - start
            html = Path(tmp) / f"graph-{size}.html"
            start = time.perf_counter()
            report = render_html(graph, html, VizOptions())
            render = time.perf_counter() - start
            ready, click = time_to_interactive(browser, html)
            megabytes = html.stat().st_size / 1e6
            print(
                f"{size:>6} {report.nodes:>6} {report.edges:>6} {to_nx:>9.2f} {render:>9.2f} "
                f"{megabytes:>5.1f} {ready:>8.2f} {click:>8.2f}",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 20000])
