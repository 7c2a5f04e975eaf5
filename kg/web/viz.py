"""The interactive graph page: one self-contained, offline HTML file per graph.

The page inlines vis-network (the copy bundled with pyvis) and our own template
(kg/web/offline.py), so it opens from ``file://`` with no network at all. Corpus text never
reaches the page as HTML: it is embedded as JSON inside ``<script type="application/json">``
with ``<``, ``>`` and ``&`` escaped, and the page's script builds the side panel with
``textContent`` only.

Every page carries a layout computed here (``kg.web.layout``: seeded ForceAtlas2 per connected
component, components packed), so the output is byte-identical for the same input. Small graphs
(up to ``VizOptions.physics_threshold`` nodes) start from it with live physics; larger ones stay
frozen on it, because vis-network's physics on thousands of nodes keeps the page busy for
minutes. Past ``BROWSER_LIMIT`` nodes a browser no longer copes, so the page keeps the
best-connected entities and says what was left out and how to focus.

Node labels are drawn by the page itself at a fixed screen size, most important first, and a
label that would overlap one already drawn is skipped: zooming in makes room for more.
"""

from __future__ import annotations

import difflib
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import rdflib

from kg.errors import E, KgError
from kg.vocab import DEFAULT_RESOURCE_NS, ENTITY_CLASSES, RELATIONS
from kg.web.layout import layout
from kg.web.netgraph import graph_to_networkx
from kg.web.offline import offline_page, write_atomic

SIZE_BY = ("degree", "pagerank")
BROWSER_LIMIT = 5_000  # more nodes than this and the page is too slow to use: keep the hubs
HIDE_ISOLATED_FROM = 100  # past this many nodes, entities with no relation start hidden

# Colour + shape per class: every pair is unique so the legend works in greyscale and for
# colour-blind readers too. Shapes are ones vis-network draws with the label below the node.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Official": ("#e15759", "star"),
    "Person": ("#ff9da7", "dot"),
    "Province": ("#4e79a7", "hexagon"),
    "City": ("#76b7b2", "dot"),
    "Country": ("#1f3b73", "diamond"),
    "Region": ("#a0cbe8", "hexagon"),
    "Enterprise": ("#f28e2b", "square"),
    "GovernmentBody": ("#b07aa1", "triangle"),
    "Organization": ("#9c755f", "triangleDown"),
    "Initiative": ("#59a14f", "diamond"),
    "Event": ("#edc948", "star"),
    "Zone": ("#8cd17d", "square"),
}
# Relation colours for colour-blind readers: drawn from Okabe-Ito and Paul Tol's schemes and
# chosen so every pair stays apart under simulated protanopia, deuteranopia and tritanopia
# (CIELAB distance >= 15, tests/test_graph_page_views.py) and each line shows on white.
RELATION_COLOR: dict[str, str] = {
    "holdsPositionIn": "#882255",  # wine
    "servesIn": "#EE3377",  # magenta
    "visited": "#332288",  # indigo
    "locatedIn": "#999999",  # grey: the gazetteer's background structure
    "implements": "#117733",  # green
    "participatesIn": "#33BBEE",  # cyan
    "supports": "#AA4499",  # purple
    "tradesWith": "#E69F00",  # orange
    "investsIn": "#997700",  # ochre
    "metWith": "#000000",  # black
}


@dataclass(frozen=True)
class VizOptions:
    """What to show. Filters apply in order: focus/depth, classes, min_degree, max_nodes."""

    focus: str | None = None  # label or alias (case-insensitive); shows its ego network
    depth: int = 1  # hops around the focus entity
    classes: tuple[str, ...] = ()  # keep only these entity classes (empty: all)
    min_degree: int = 0  # keep entities with at least this many relations (in the whole graph)
    max_nodes: int | None = None  # keep the best-connected N (default: up to BROWSER_LIMIT)
    size_by: str = "degree"  # or "pagerank"
    physics_threshold: int = 300  # above this many nodes, the build-time layout stays frozen


@dataclass(frozen=True)
class VizReport:
    """What ``render_html`` wrote. ``omitted_nodes`` = entities in the graph not on the page."""

    nodes: int
    edges: int
    omitted_nodes: int
    path: Path


# --------------------------------------------------------------------------- selection


def _check(options: VizOptions) -> None:
    problems: list[str] = []
    unknown = [c for c in options.classes if c not in CLASS_STYLE]
    if unknown:
        problems.append(
            f"unknown class(es) {', '.join(unknown)}; choose from {', '.join(ENTITY_CLASSES)}"
        )
    if options.depth < 0:
        problems.append("--depth must be 0 or more")
    if options.min_degree < 0:
        problems.append("--min-degree must be 0 or more")
    if options.max_nodes is not None and options.max_nodes < 1:
        problems.append("--max-nodes must be 1 or more")
    if options.size_by not in SIZE_BY:
        problems.append(f"--size-by must be one of {', '.join(SIZE_BY)}")
    if problems:
        raise KgError(E.E040, detail="viz: " + "; ".join(problems))


def _find_focus(graph: nx.MultiDiGraph, name: str) -> list[str]:
    wanted = name.casefold().strip()
    names: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}  # casefolded -> as written, for the suggestion
    for node, attrs in sorted(graph.nodes(data=True)):
        for text in [attrs["label"], *attrs["aliases"]]:
            names[text.casefold()].add(node)
            spelled.setdefault(text.casefold(), text)
    if wanted in names:
        return sorted(names[wanted])
    close = difflib.get_close_matches(wanted, sorted(names), n=3)
    hint = f" Did you mean: {', '.join(spelled[c] for c in close)}?" if close else ""
    raise KgError(E.E042, detail=f"or aliased {name!r} (viz --focus).{hint}")


def _select(graph: nx.MultiDiGraph, options: VizOptions) -> tuple[list[str], list[str]]:
    """Nodes to show (sorted) and human-readable notes on what was left out and why."""
    notes: list[str] = []
    keep: set[str] = set(graph.nodes)
    centres: set[str] = set()
    if options.focus:
        centres = set(_find_focus(graph, options.focus))
        undirected = graph.to_undirected(as_view=True)
        keep = set()
        for centre in centres:
            keep |= set(
                nx.single_source_shortest_path_length(undirected, centre, cutoff=options.depth)
            )
        notes.append(f"Focus: {options.focus!r}, {options.depth} hop(s).")
    if options.classes:
        wanted = set(options.classes)
        keep = {n for n in keep if graph.nodes[n]["cls"] in wanted or n in centres}
        notes.append(f"Classes: {', '.join(sorted(wanted))}.")
    if options.min_degree:
        keep = {n for n in keep if graph.degree(n) >= options.min_degree or n in centres}
        notes.append(f"Entities with at least {options.min_degree} relation(s).")
    limit = options.max_nodes if options.max_nodes is not None else BROWSER_LIMIT
    if len(keep) > limit:
        # Best-connected first; centres always survive; ties broken by label then IRI.
        ranked = sorted(
            keep, key=lambda n: (n not in centres, -graph.degree(n), graph.nodes[n]["label"], n)
        )
        cut = len(keep) - limit
        keep = set(ranked[:limit])
        if options.max_nodes is not None:
            notes.append(
                f"{cut:,} more left out by --max-nodes {limit:,} "
                "(the best-connected entities are shown)."
            )
        else:
            notes.append(
                f"{cut:,} more left out: a browser page stays usable up to {limit:,} entities, "
                "so the best-connected are shown. To see any entity with its neighbours, run "
                "`kg viz GRAPH --focus NAME --depth 2 --out page.html`; --classes, "
                "--min-degree and --max-nodes choose other subsets."
            )
    return sorted(keep), notes


# --------------------------------------------------------------------------- sizes, layout


def _pagerank(graph: nx.MultiDiGraph, alpha: float = 0.85, iters: int = 100) -> dict[str, float]:
    # networkx's pagerank needs scipy, which we don't depend on; plain power iteration is
    # plenty for graphs of a few thousand nodes.
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src = np.array([index[u] for u, _ in graph.edges()], dtype=np.int64)
    dst = np.array([index[v] for _, v in graph.edges()], dtype=np.int64)
    out_deg = np.bincount(src, minlength=n).astype(float)
    rank = np.full(n, 1.0 / n)
    for _ in range(iters):
        share = np.where(out_deg > 0, rank / np.maximum(out_deg, 1), 0.0)
        nxt = np.bincount(dst, weights=share[src], minlength=n)
        dangling = rank[out_deg == 0].sum()
        nxt = alpha * (nxt + dangling / n) + (1 - alpha) / n
        if np.abs(nxt - rank).sum() < 1e-10:
            rank = nxt
            break
        rank = nxt
    return {v: float(rank[i]) for v, i in index.items()}


def _sizes(graph: nx.MultiDiGraph, keep: list[str], size_by: str) -> dict[str, float]:
    if size_by == "pagerank":
        score = _pagerank(graph)
    else:
        score = {n: float(d) for n, d in graph.degree()}
    values = [score[n] for n in keep]
    low, high = (min(values), max(values)) if values else (0.0, 0.0)
    span = high - low
    # sqrt so hubs stand out without swallowing their neighbours; rounded for stable bytes.
    return {
        n: round(10 + (22 * math.sqrt((score[n] - low) / span) if span else 4), 1) for n in keep
    }


# --------------------------------------------------------------------------- page data


def _payload(
    graph: nx.MultiDiGraph, keep: list[str], options: VizOptions, notes: list[str]
) -> dict[str, Any]:
    kept = set(keep)
    sub = graph.subgraph(keep)
    frozen = len(keep) > options.physics_threshold
    sizes = _sizes(graph, keep, options.size_by)
    # Sorted lists in, so the positions (and the page's bytes) never follow PYTHONHASHSEED.
    positions = layout(keep, ((u, v) for u, v in graph.edges() if u in kept and v in kept))

    doc_index: dict[tuple[str | None, str | None, str | None], int] = {}

    def doc_id(title: str | None, date: str | None, source: str | None) -> int:
        key = (title, date, source)
        if key not in doc_index:
            doc_index[key] = len(doc_index)
        return doc_index[key]

    nodes = []
    for node in keep:
        attrs = graph.nodes[node]
        item: dict[str, Any] = {
            "id": node,
            "label": attrs["label"],
            "cls": attrs["cls"],
            "aliases": attrs["aliases"],
            "titles": attrs["titles"],
            "wikidata": attrs["wikidata"],
            "size": sizes[node],
            "docs": [doc_id(d["title"], d["date"], d["source"]) for d in attrs["docs"]],
            "degree": graph.degree(node),
        }
        item["x"], item["y"] = positions[node]
        if attrs.get("start"):
            item["start"], item["end"] = attrs["start"], attrs.get("end") or attrs["start"]
        nodes.append(item)

    edges = []
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for i, (u, v, pred, attrs) in enumerate(
        sorted(sub.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    ):
        pair = (min(u, v), max(u, v))
        evidence = []
        for ev in attrs["evidence"]:
            has_doc = ev["title"] is not None
            item = {
                "sentence": ev["sentence"],
                "extractor": ev["extractor"],
                "doc": doc_id(ev["title"], ev["date"], ev["source"]) if has_doc else None,
            }
            if ev.get("start"):
                item["start"], item["end"] = ev["start"], ev.get("end") or ev["start"]
            evidence.append(item)
        edges.append(
            {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "pred": pred,
                "nth": parallel[pair],
                "evidence": evidence,
            }
        )
        parallel[pair] += 1

    class_counts = defaultdict(int, ((c, 0) for c in ENTITY_CLASSES))
    for n in nodes:
        class_counts[n["cls"]] += 1
    rel_counts = defaultdict(int, ((r, 0) for r in RELATIONS))
    for e in edges:
        rel_counts[e["pred"]] += 1
    total = graph.number_of_nodes()
    return {
        "meta": {
            "totalNodes": total,
            "totalEdges": graph.number_of_edges(),
            "shownNodes": len(nodes),
            "shownEdges": len(edges),
            "omitted": total - len(nodes),
            "notes": notes,
            "physics": not frozen,
            # Past this size isolated entities start hidden; the page has a toggle.
            "hideIsolated": len(nodes) > HIDE_ISOLATED_FROM,
            "resourceBase": DEFAULT_RESOURCE_NS,  # served pages link IRIs to /resource/...
            "sizeBy": options.size_by,
        },
        "classes": [
            {
                "name": c,
                "color": CLASS_STYLE[c][0],
                "shape": CLASS_STYLE[c][1],
                "count": class_counts[c],
            }
            for c in ENTITY_CLASSES
        ],
        "relations": [
            {"name": r, "color": RELATION_COLOR[r], "count": rel_counts[r]} for r in RELATIONS
        ],
        "docs": [{"title": t, "date": d, "source": s} for (t, d, s) in doc_index],
        "nodes": nodes,
        "edges": edges,
    }


def render_html(data: rdflib.Graph, out: Path, options: VizOptions = VizOptions()) -> VizReport:
    """Write the interactive page for ``data`` to ``out`` (atomically) and say what is on it."""
    _check(options)
    graph = graph_to_networkx(data)
    keep, notes = _select(graph, options)
    payload = _payload(graph, keep, options, notes)
    write_atomic(Path(out), offline_page(payload))
    meta = payload["meta"]
    return VizReport(
        nodes=meta["shownNodes"],
        edges=meta["shownEdges"],
        omitted_nodes=meta["omitted"],
        path=Path(out),
    )
