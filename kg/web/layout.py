"""Build-time graph layout for the graph page: seeded, deterministic, components kept together.

Every connected component is laid out on its own (ForceAtlas2 from networkx for components up
to ``FA2_MAX`` nodes, a blocked numpy Fruchterman-Reingold above that, because networkx's
ForceAtlas2 holds n x n x 2 arrays), scaled so its median edge is ``EDGE_LENGTH`` canvas
units, and the components are shelf-packed, biggest first, into a block about as wide as it
is tall. Isolated entities go in a grid underneath, out of the way of the structure.

Determinism: the input is a sorted node list and a sorted, deduplicated edge list of
``(min, max)`` pairs, and the networkx graphs are built from those lists in that order, so
nothing depends on set or dict iteration over hashed strings (PYTHONHASHSEED). Positions are
rounded to whole canvas units, so the page's bytes are stable.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np

SEED = 7
FA2_MAX = 400  # networkx's ForceAtlas2 is O(n^2) memory per iteration; fine up to here
EDGE_LENGTH = 110.0  # canvas units per median edge
GAP = 70.0  # between packed components
ASPECT = 1.1  # width / height the packing aims for (the page's graph area is about this)
GRID_CELL = (190.0, 70.0)  # isolated entities: room for a label beside each


def stable_edges(edges: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Undirected, deduplicated, self-loop-free edges as sorted ``(min, max)`` pairs."""
    return sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})


def _components(nodes: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components, each sorted, biggest first (ties: first node). No hashing order."""
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for u, v in edges:
        ru, rv = root(u), root(v)
        if ru != rv:
            parent[max(ru, rv)] = min(ru, rv)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in nodes:  # nodes are sorted, so every group is sorted
        groups[root(n)].append(n)
    return sorted(groups.values(), key=lambda c: (-len(c), c[0]))


def _fa2(comp: list[str], edges: list[tuple[str, str]]) -> np.ndarray:
    graph = nx.Graph()
    graph.add_nodes_from(comp)
    graph.add_edges_from(edges)
    if hasattr(nx, "forceatlas2_layout"):  # networkx >= 3.4
        pos = nx.forceatlas2_layout(graph, seed=SEED, max_iter=150, scaling_ratio=2.0)
    else:  # pragma: no cover - older networkx
        pos = nx.spring_layout(graph, seed=SEED, iterations=100)
    return np.array([pos[n] for n in comp], dtype=np.float64)


def _fruchterman_reingold(comp: list[str], edges: list[tuple[str, str]]) -> np.ndarray:
    """Fruchterman-Reingold in numpy, repulsion in row blocks to bound memory.

    Starts from BFS rings around the best-connected node, so a few dozen iterations suffice;
    the iteration count shrinks with n so 5,000 nodes lay out in a few seconds.
    """
    n = len(comp)
    index = {v: i for i, v in enumerate(comp)}
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        adjacency[index[u]].append(index[v])
        adjacency[index[v]].append(index[u])
    root = max(range(n), key=lambda i: (len(adjacency[i]), -i))
    depth = {root: 0}
    queue = [root]
    for node in queue:
        for nb in sorted(adjacency[node]):
            if nb not in depth:
                depth[nb] = depth[node] + 1
                queue.append(nb)
    rings: dict[int, list[int]] = defaultdict(list)
    for node in queue:
        rings[depth[node]].append(node)
    pos = np.zeros((n, 2), dtype=np.float64)
    for d, members in sorted(rings.items()):
        for j, node in enumerate(members):
            angle = 2 * math.pi * j / len(members) + 0.3 * d
            pos[node] = (d * math.cos(angle), d * math.sin(angle))
    pos *= math.sqrt(n) / max(1, max(rings))
    pos += np.random.default_rng(SEED).normal(scale=0.05, size=pos.shape)

    src = np.array([index[u] for u, _ in edges], dtype=np.int64)
    dst = np.array([index[v] for _, v in edges], dtype=np.int64)
    # The O(n^2) repulsion is memory-bound: float32 and row blocks keep 5,000 nodes at ~2 s.
    x = pos[:, 0].astype(np.float32)
    y = pos[:, 1].astype(np.float32)
    iterations = int(max(10, min(80, 2.5e8 / (n * n))))
    temperature = math.sqrt(n) * 0.1
    block = max(1, 4_000_000 // n)
    for step in range(iterations):
        fx = np.empty(n, dtype=np.float32)
        fy = np.empty(n, dtype=np.float32)
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = x[start:stop, None] - x[None, :]
            dy = y[start:stop, None] - y[None, :]
            dist2 = dx * dx
            dist2 += dy * dy
            np.maximum(dist2, 1e-4, out=dist2)
            rows = np.arange(stop - start)
            dist2[rows, rows + start] = np.inf  # no self-repulsion
            np.reciprocal(dist2, out=dist2)
            dx *= dist2
            dy *= dist2
            fx[start:stop] = dx.sum(axis=1)
            fy[start:stop] = dy.sum(axis=1)
        if len(src):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            dist = np.sqrt(ex * ex + ey * ey)
            np.add.at(fx, src, -ex * dist)
            np.add.at(fy, src, -ey * dist)
            np.add.at(fx, dst, ex * dist)
            np.add.at(fy, dst, ey * dist)
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step_len = np.minimum(length, temperature * (1 - step / iterations)) / length
        x += fx * step_len
        y += fy * step_len
    return np.stack([x, y], axis=1).astype(np.float64)


def _component_layout(comp: list[str], edges: list[tuple[str, str]]) -> np.ndarray:
    """Positions for one component, median edge ``EDGE_LENGTH``, top-left at the origin."""
    if len(comp) == 1:
        return np.zeros((1, 2))
    if len(comp) == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    pos = _fa2(comp, edges) if len(comp) <= FA2_MAX else _fruchterman_reingold(comp, edges)
    index = {v: i for i, v in enumerate(comp)}
    lengths = [float(np.linalg.norm(pos[index[u]] - pos[index[v]])) for u, v in edges]
    median = float(np.median(lengths)) if lengths else 1.0
    pos = pos * (EDGE_LENGTH / max(median, 1e-9))
    # Wider than tall reads better beside the page's side panels: put the long axis along x.
    centred = pos - pos.mean(axis=0)
    if np.ptp(centred[:, 1]) > np.ptp(centred[:, 0]):
        centred = centred[:, ::-1].copy()
    return centred - centred.min(axis=0)


def layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Whole-unit canvas positions for ``nodes``; the same input gives the same output."""
    ordered = sorted(set(nodes))
    pairs = stable_edges(edges)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for u, v in pairs:
        by_first[u].append((u, v))
    components = _components(ordered, pairs)
    linked = [c for c in components if len(c) > 1]
    isolated = [c[0] for c in components if len(c) == 1]

    placed: list[tuple[list[str], np.ndarray]] = []
    for comp in linked:
        comp_edges = sorted(e for n in comp for e in by_first.get(n, []))
        placed.append((comp, _component_layout(comp, comp_edges)))

    area = sum((p[:, 0].max() + GAP) * (p[:, 1].max() + GAP) for _, p in placed)
    widest = max((p[:, 0].max() + GAP for _, p in placed), default=GRID_CELL[0])
    row_width = max(widest, math.sqrt(area * ASPECT))
    out: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for comp, pos in placed:
        width, height = pos[:, 0].max() + GAP, pos[:, 1].max() + GAP
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for name, (px, py) in zip(comp, pos, strict=True):
            out[name] = (int(round(x + px)), int(round(y + py)))
        x += width
        row_height = max(row_height, height)
    # Isolated entities: a grid below everything else, as wide as the packed components.
    y += row_height + (GAP * 2 if placed else 0.0)
    per_row = max(1, int(row_width // GRID_CELL[0]))
    for i, name in enumerate(isolated):
        row, col = divmod(i, per_row)
        out[name] = (int(round(col * GRID_CELL[0])), int(round(y + row * GRID_CELL[1])))
    return out
