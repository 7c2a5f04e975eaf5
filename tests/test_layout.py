"""The build-time layout: deterministic whatever the input order or hash seed, components apart."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

from kg.web.layout import GAP, layout


def sample() -> tuple[list[str], list[tuple[str, str]]]:
    """A hub with spokes, a chain, a triangle, a pair and three isolated nodes."""
    nodes = [f"n{i:02d}" for i in range(30)]
    edges = [("n00", f"n{i:02d}") for i in range(1, 12)]  # hub
    edges += [(f"n{i:02d}", f"n{i + 1:02d}") for i in range(12, 19)]  # chain 12..19
    edges += [("n20", "n21"), ("n21", "n22"), ("n22", "n20"), ("n23", "n24")]
    edges += [("n25", "n26"), ("n26", "n25"), ("n26", "n26")]  # both ways and a self-loop
    return nodes, edges


def components() -> list[set[str]]:
    return [
        {f"n{i:02d}" for i in range(12)},
        {f"n{i:02d}" for i in range(12, 20)},
        {"n20", "n21", "n22"},
        {"n23", "n24"},
        {"n25", "n26"},
    ]


def test_every_node_placed_once_and_input_order_does_not_matter() -> None:
    nodes, edges = sample()
    pos = layout(nodes, edges)
    assert set(pos) == set(nodes)
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in pos.values())
    assert len(set(pos.values())) == len(nodes)  # no two nodes on one spot
    rnd = random.Random(3)
    for _ in range(3):
        shuffled_nodes, shuffled_edges = nodes[:], [(v, u) for u, v in edges]
        rnd.shuffle(shuffled_nodes)
        rnd.shuffle(shuffled_edges)
        assert layout(shuffled_nodes, shuffled_edges) == pos


def test_components_do_not_overlap_and_isolated_nodes_sit_below() -> None:
    nodes, edges = sample()
    pos = layout(nodes, edges)
    boxes = []
    for comp in components():
        xs, ys = [pos[n][0] for n in comp], [pos[n][1] for n in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart, (a, b)
    lowest_linked = max(box[3] for box in boxes)
    for isolated in ("n27", "n28", "n29"):
        assert pos[isolated][1] >= lowest_linked + GAP


def test_hub_spokes_are_nearer_their_hub_than_other_components() -> None:
    nodes, edges = sample()
    pos = layout(nodes, edges)

    def dist(a: str, b: str) -> float:
        return float(((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5)

    spokes = [f"n{i:02d}" for i in range(1, 12)]
    assert max(dist("n00", s) for s in spokes) < min(dist("n00", o) for o in ("n20", "n23"))


LAYOUT_SCRIPT = """
import json, random
from kg.web.layout import layout
rnd = random.Random(0)
nodes = [f"entity/{i}" for i in range(900)]
edges = [(f"entity/{i}", f"entity/{rnd.randrange(i)}") for i in range(1, 600)]
print(json.dumps(sorted(layout(set(nodes), set(edges)).items())))
"""


def test_positions_do_not_follow_the_hash_seed() -> None:
    # Sets of strings iterate in PYTHONHASHSEED order: the layout must not care.
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", LAYOUT_SCRIPT], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outputs.append(json.loads(run.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 900
