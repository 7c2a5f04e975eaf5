"""The package's shape (docs/architecture.md), read from the source with ``ast``: no import
circle between modules, no import from a lower layer back up to a higher one, at most 12
modules directly in kg/, no module over 500 lines."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"

# Lowest first: a module may import from its own layer and the layers before it, never after.
# Subpackages are named by prefix ("kg.extract" covers kg/extract/*); "kg" alone is the
# package's own __init__ (``kg.open``), which stands with the command line at the top.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", ("kg.errors", "kg.model", "kg.files", "kg.vocab", "kg.schema")),
    ("corpus", ("kg.corpus",)),
    ("extract", ("kg.extract", "kg.learn")),
    ("run", ("kg.run",)),
    ("graph", ("kg.graph",)),
    ("sparql", ("kg.sparql",)),
    ("surfaces", ("kg.export", "kg.web")),
    ("build", ("kg.build", "kg.api", "kg.buildpaths")),
    ("evaluation", ("kg.evaluation",)),
    ("cli", ("kg.cli", "kg.__main__", "kg")),
)
MAX_TOP_LEVEL = 12
MAX_LINES = 500


def module_files() -> dict[str, Path]:
    """Every module of kg/ by dotted name (a package by its own name)."""
    out: dict[str, Path] = {}
    for path in sorted(KG.rglob("*.py")):
        parts = path.relative_to(KG.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imported(node: ast.AST, modules: dict[str, Path]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "kg":
                yield alias.name
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        if node.module.split(".")[0] != "kg":
            return
        for alias in node.names:  # "from kg.web import pages" imports the module kg.web.pages
            sub = f"{node.module}.{alias.name}"
            yield sub if sub in modules else node.module


def import_graph() -> dict[str, set[str]]:
    """module -> the kg modules it imports, at the top or inside a function alike."""
    modules = module_files()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {m for node in ast.walk(tree) for m in _imported(node, modules)} - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer_of(module: str) -> int | None:
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for rank, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or (prefix != "kg" and module.startswith(prefix + "."))
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), rank)
    return best[1] if best else None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    out = []
    for module, imported in sorted(graph.items()):
        for other in sorted(imported):
            low, high = layer_of(module), layer_of(other)
            if low is not None and high is not None and high > low:
                out.append(f"{module} ({LAYERS[low][0]}) imports {other} ({LAYERS[high][0]})")
    return out


def test_every_module_has_a_layer() -> None:
    unplaced = [m for m in module_files() if layer_of(m) is None]
    assert not unplaced, f"add these to LAYERS in tests/test_architecture.py: {unplaced}"


def test_no_import_circle() -> None:
    assert cycles(import_graph()) == []


def test_no_import_from_a_lower_layer_up() -> None:
    assert upward_imports(import_graph()) == []


def test_few_modules_directly_in_kg() -> None:
    top = sorted(p.name for p in KG.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL, f"{len(top)} modules directly in kg/: {top}"


def test_no_module_over_500_lines() -> None:
    sizes = {str(p.relative_to(KG.parent)): len(p.read_text("utf-8").splitlines())
             for p in KG.rglob("*.py")}
    assert {p: n for p, n in sizes.items() if n > MAX_LINES} == {}


def test_the_checks_see_a_circle_and_an_upward_import() -> None:
    """The checks themselves: a made-up circle and a made-up upward import are reported."""
    graph = {"kg.web.a": {"kg.web.b"}, "kg.web.b": {"kg.web.a"}, "kg.corpus.x": {"kg.graph.y"}}
    assert cycles(graph) == [["kg.web.a", "kg.web.b"]]
    assert upward_imports(graph) == ["kg.corpus.x (corpus) imports kg.graph.y (graph)"]
