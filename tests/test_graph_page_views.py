"""The graph page on a phone and in its narrower views, in real headless Chromium: the graph
gets the screen's width, every entity of a small view carries its label inside a re-fitted
view, tooltips go with the view they belonged to, and the relation colours stay apart for
colour-blind readers."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import settle

from kg.vocab import RELATIONS
from kg.web.viz import RELATION_COLOR

try:  # tests/ may or may not become a package; the helpers live next door either way
    from tests.test_viz_browser import CHROMIUM, CHROMIUM_ARGS, READY_TIMEOUT_MS, Watch
except ImportError:  # pragma: no cover - rootdir-less layout
    from test_viz_browser import (  # type: ignore[no-redef]
        CHROMIUM,
        CHROMIUM_ARGS,
        READY_TIMEOUT_MS,
        Watch,
    )

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 900}

# --------------------------------------------------------------------------- colours
# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD: dict[str, tuple[tuple[float, float, float], ...]] = {
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(hex_colour: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(hex_colour[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(hex_colour: str, matrix: tuple[tuple[float, float, float], ...]) -> tuple[float, ...]:
    rgb = _linear(hex_colour)
    return _lab([sum(row[j] * rgb[j] for j in range(3)) for row in matrix])


def test_relation_colours_stay_apart_for_colour_blind_readers() -> None:
    assert set(RELATION_COLOR) == set(RELATIONS)
    worst = []
    for vision, matrix in CVD.items():
        for (a, ca), (b, cb) in itertools.combinations(sorted(RELATION_COLOR.items()), 2):
            worst.append((math.dist(_seen(ca, matrix), _seen(cb, matrix)), vision, a, b))
    assert min(worst)[0] >= 15, sorted(worst)[:3]  # CIELAB distance: clearly different
    for name, colour in RELATION_COLOR.items():  # a thin line must show on the white page
        lum = sum(w * c for w, c in zip((0.2126, 0.7152, 0.0722), _linear(colour), strict=True))
        assert 1.05 / (lum + 0.05) >= 2.0, (name, colour)


# --------------------------------------------------------------------------- in Chromium

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_graph(browser: Any, html: Path, viewport: dict[str, int]) -> tuple[Any, Watch]:
    watch = Watch()
    phone = viewport["width"] < 600
    page = browser.new_page(viewport=viewport, is_mobile=phone, has_touch=phone)

    def route(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            watch.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
    page.on("pageerror", lambda err: watch.page_errors.append(str(err)))
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.goto(html.as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=READY_TIMEOUT_MS)
    return page, watch


# Shown entities without a label, and labels or entities outside the graph's box.
VIEW_JS = """() => {
  const net = kg.network, graph = document.getElementById('graph');
  const W = graph.clientWidth, H = graph.clientHeight;
  const shown = kg.shown().nodes;
  const labelled = new Set(kg.labelBoxes().map(b => b.id));
  const off = shown.filter(id => {
    const p = net.canvasToDOM(net.getPositions([id])[id]);
    return p.x < 0 || p.y < 0 || p.x > W || p.y > H;
  });
  const outside = kg.labelBoxes().filter(b => b.x < 0 || b.y < 0 || b.x + b.w > W + 0.5
                                              || b.y + b.h > H + 0.5).map(b => b.id);
  return {shown: shown.length, unlabelled: shown.filter(id => !labelled.has(id)),
          offScreen: off, labelsOutside: outside, W: W, H: H};
}"""


def view_state(page: Any) -> dict[str, Any]:
    page.wait_for_function("() => window.kgViewReady === true", timeout=60_000)
    settle(page)
    return page.evaluate(VIEW_JS)


def articles_by_size(page: Any) -> list[tuple[int, int]]:
    """(entities on screen in the article view, index) for every article in the menu."""
    values = page.eval_on_selector_all("#article option", "os => os.map(o => o.value)")
    counts = page.evaluate(
        "kg.data.docs.map((d, i) => kg.data.nodes.filter(n => n.docs.includes(i)).length)"
    )
    return sorted((counts[int(v)], int(v)) for v in values if v)


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_small_views_label_every_entity_inside_a_refitted_view(
    browser: Any, built_extra: Path, viewport: dict[str, int]
) -> None:
    page, watch = open_graph(browser, built_extra / "graph.html", viewport)
    graph_box = page.evaluate(VIEW_JS)
    assert graph_box["W"] == viewport["width"] - (0 if viewport is PHONE else 610)
    assert graph_box["H"] >= 300  # a phone gets most of its screen for the graph

    # Articles, from the smallest to the biggest, as a reader would pick them from the menu:
    # zoomed in on the whole graph first, so a view that did not re-fit would show little.
    page.evaluate("kg.network.moveTo({scale: kg.network.getScale() * 4})")
    if page.is_checked("#hide-isolated"):
        page.uncheck("#hide-isolated")  # an article's entities, with or without a relation
    sizes = articles_by_size(page)
    assert sizes and sizes[-1][0] > 8
    picked = {sizes[0], sizes[len(sizes) // 2], sizes[-1]}
    for count, index in sorted(picked):
        page.select_option("#article", str(index))
        state = view_state(page)
        assert state["shown"] == count
        if count <= 40:
            assert state["unlabelled"] == [], (index, state)
        assert state["offScreen"] == [], (index, state)
        assert state["labelsOutside"] == [], (index, state)

    # A class filter that leaves a handful: each one labelled, all in view.
    page.select_option("#article", "")
    page.wait_for_function("() => window.kgViewReady === true")
    keep = page.evaluate(
        "kg.data.classes.filter(c => c.count >= 3).sort((a, b) => a.count - b.count)[0].name"
    )
    for box in page.query_selector_all("#class-filter input"):
        if box.get_attribute("value") != keep:
            box.uncheck()
    state = view_state(page)
    assert 0 < state["shown"] <= 40
    assert state["unlabelled"] == [] and state["offScreen"] == []
    watch.assert_clean()
    page.close()


@pytest.mark.browser
@needs_chromium
def test_phone_searches_and_reads_the_panel(browser: Any, built_extra: Path) -> None:
    page, watch = open_graph(browser, built_extra / "graph.html", PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing runs off the side of the screen
    hit = page.evaluate("kg.data.nodes.slice().sort((a, b) => b.degree - a.degree)[0]")
    page.fill("#search", hit["label"])
    page.locator("#results button").first.tap()
    assert page.evaluate("kg.network.getSelectedNodes()") == [hit["id"]]
    panel = page.locator("#panel")
    assert hit["label"] in panel.inner_text()
    graph_box = page.locator("#graph").bounding_box()
    panel_box = panel.bounding_box()
    assert panel_box["y"] >= graph_box["y"] + graph_box["height"] - 1  # below the graph
    assert panel_box["width"] >= PHONE["width"] - 1
    watch.assert_clean()
    page.close()


TOOLTIP_JS = """() => {
  const tip = document.querySelector('div.vis-tooltip');
  return tip !== null && getComputedStyle(tip).visibility !== 'hidden' ? tip.textContent : null;
}"""
NODE_POINT_JS = """(id) => {
  const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
  const r = document.getElementById('graph').getBoundingClientRect();
  return {x: r.left + p.x, y: r.top + p.y};
}"""


@pytest.mark.browser
@needs_chromium
def test_tooltip_goes_when_the_view_changes(browser: Any, built_extra: Path) -> None:
    page, watch = open_graph(browser, built_extra / "graph.html", DESKTOP)
    page.click("#physics")  # freeze, so the node stays under the pointer
    settle(page)
    hub = page.evaluate("kg.data.nodes.slice().sort((a, b) => b.degree - a.degree)[0]")
    # The view may still be refitted once after the freeze (a late "stabilized"), moving the
    # hub from under a pointer placed before it: point at where the hub is now, a few times.
    for _ in range(10):
        point = page.evaluate(NODE_POINT_JS, hub["id"])
        page.mouse.move(point["x"] + 1, point["y"] + 1)
        page.mouse.move(point["x"], point["y"])
        try:
            page.wait_for_function(TOOLTIP_JS, timeout=1_000)
            break
        except sync_api.TimeoutError:
            settle(page)
    assert page.evaluate(TOOLTIP_JS)  # the hub's name, or a relation's drawn across it
    # An article the hub is not in, chosen from the keyboard with the pointer left where it was.
    other = page.evaluate(
        "(id) => kg.data.docs.findIndex((d, i) => !kg.data.nodes.find(n => n.id === id)"
        ".docs.includes(i) && kg.data.nodes.some(n => n.docs.includes(i)))",
        hub["id"],
    )
    assert other >= 0
    page.select_option("#article", str(other))
    page.wait_for_function("() => window.kgViewReady === true")
    page.wait_for_timeout(400)  # longer than vis's tooltip delay
    assert page.evaluate(TOOLTIP_JS) is None
    watch.assert_clean()
    page.close()
