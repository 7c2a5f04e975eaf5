"""Everyday habits: `kg serve` keeps off Oxigraph's port, and the `notebook` extra installs what
runs the notebook."""

from __future__ import annotations

import ast
import json
import re
import socket
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import tomllib
from conftest import wait_for_http

from kg.build import BuildReport

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
OXIGRAPH_PORT = 7878


def test_serve_default_port_is_not_oxigraphs() -> None:
    done = subprocess.run([str(KG), "serve", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    default = re.search(r"--port INTEGER RANGE\s+.*?\[default:\s+(\d+)", done.stdout, re.DOTALL)
    assert default and int(default.group(1)) != OXIGRAPH_PORT
    docs = (ROOT / "README.md").read_text() + (ROOT / "docs" / "sparql.md").read_text()
    assert f"127.0.0.1:{default.group(1)}/sparql" in docs
    # No kg serve URL in the docs is on 7878 (left to Oxigraph's own server, /query and /store).
    assert not re.search(r":7878/(sparql|resource|graph|ontology)", docs)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_serve_listens_on_its_default_port(built_corpus: tuple[Path, BuildReport]) -> None:
    """`kg serve` with no --port answers on the documented default while 7878 stays free."""
    import pytest

    from kg.web.serve import DEFAULT_PORT

    if not _port_free(DEFAULT_PORT):
        pytest.skip(f"port {DEFAULT_PORT} is busy on this machine")
    proc = subprocess.Popen(
        [str(KG), "serve", "--store", str(built_corpus[0] / "store"), "--quiet", "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        url = f"http://127.0.0.1:{DEFAULT_PORT}/sparql"
        r = wait_for_http(url, proc, "kg serve", 60,
                          lambda: proc.stderr.read() if proc.stderr else "",
                          {"query": "ASK { ?s ?p ?o }"})
        assert r.json()["boolean"] is True
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert f"127.0.0.1:{DEFAULT_PORT}/sparql" in err


def _notebook_imports() -> set[str]:
    nb = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    names: set[str] = set()
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        tree = ast.parse("\n".join(x for x in source.splitlines() if not x.startswith(("%", "!"))))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


def _requirement_names(specs: list[str]) -> set[str]:
    return {re.split(r"[<>=!\[; ]", s, maxsplit=1)[0].lower().replace("_", "-") for s in specs}


def test_notebook_extra_installs_what_runs_the_notebook() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extra = _requirement_names(project["optional-dependencies"]["notebook"])
    runtime = _requirement_names(project["dependencies"])
    # Running it: a kernel and `jupyter nbconvert --execute` (what the README tells users).
    assert {"ipykernel", "nbconvert"} <= extra
    providers = packages_distributions()
    missing = []
    for module in sorted(_notebook_imports() - set(sys.stdlib_module_names) - {"kg"}):
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [module])}
        # IPython comes with ipykernel; everything else must be named by the extra or runtime.
        if not dists & (extra | runtime) and not (module == "IPython" and "ipykernel" in extra):
            missing.append(module)
    assert missing == [], f"the notebook imports {missing}, which `.[notebook]` does not install"
    assert "pip install -e '.[notebook]'" in (ROOT / "README.md").read_text()
    done = subprocess.run(
        [sys.executable, "-m", "nbconvert", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
