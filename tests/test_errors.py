"""Careless input through the real CLI: one coded line on stderr, exit 2, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kg.build import BuildReport
from kg.errors import E, KgError

KG = str(Path(sys.executable).parent / "kg")


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, *map(str, args)], capture_output=True, text=True, timeout=300)


def one_line(done: subprocess.CompletedProcess[str], code: str) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {code}: "), done.stderr
    return lines[0]


def test_graph_format_for_a_select(built_corpus: tuple[Path, BuildReport]) -> None:
    line = one_line(kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store",
                       built_corpus[0] / "store", "--format", "turtle"), "E040")
    assert "--format turtle is for CONSTRUCT/DESCRIBE" in line


def test_query_file_that_is_not_utf8(tmp_path: Path,
                                     built_corpus: tuple[Path, BuildReport]) -> None:
    rq = tmp_path / "q.rq"
    rq.write_bytes(b'SELECT * WHERE { ?s ?p "caf\xe9" }')
    line = one_line(kg("query", rq, "--store", built_corpus[0] / "store"), "E003")
    assert "q.rq" in line and "not UTF-8" in line


def test_corrupt_store(tmp_path: Path, built_corpus: tuple[Path, BuildReport]) -> None:
    store = tmp_path / "store"
    shutil.copytree(built_corpus[0] / "store", store, symlinks=False)
    for manifest in store.glob("MANIFEST-*"):
        manifest.write_bytes(b"\x00garbage" * 10)
    line = one_line(kg("query", "ASK { ?s ?p ?o }", "--store", store), "E046")
    assert "cannot open store" in line and "Rebuild it" in line


def test_unprintable_path_still_prints() -> None:
    err = KgError(E.E025, "corpus/caf\udce9.txt")
    assert "caf\\xe9.txt" in err.message
    err.message.encode("utf-8")  # would raise on a lone surrogate


# --- one code per kind of error -------------------------------------------------------------

KG_SOURCES = Path(__file__).resolve().parent.parent / "kg"


def test_the_retired_catch_all_is_not_raised() -> None:
    """E015 ("{detail}") once covered bad options, failed queries, unknown entities,
    unreachable servers, busy ports and broken stores alike; each kind has its code now."""
    users = [
        f"{path.relative_to(KG_SOURCES)}:{n}"
        for path in sorted(KG_SOURCES.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "E.E015" in line
    ]
    assert users == [], f"raise the code of the kind (kg/errors.py E040-E053) at {users}"
    # Two codes with one template would be one code (an Enum alias): each says its own thing.
    assert len({code.value for code in E}) == len(E.__members__)


def test_each_kind_has_its_code_through_the_cli(
    tmp_path: Path, built_corpus: tuple[Path, BuildReport]
) -> None:
    store = built_corpus[0] / "store"
    line = one_line(kg("viz", built_corpus[0] / "graph.ttl", "--out", tmp_path / "v.html",
                       "--depth", "-1"), "E040")  # a bad option
    assert "--depth must be 0 or more" in line
    line = one_line(kg("describe", "Nobody Anywhere", "--store", store), "E042")
    assert "no entity named 'Nobody Anywhere'" in line
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_line(kg("serve", "--store", store, "--port", port, "--workers", "1"), "E045")
    assert f"127.0.0.1:{port}" in line and "another --port" in line
    line = one_line(kg("push", built_corpus[0] / "graph.ttl", "--endpoint",
                       "http://127.0.0.1:9/store"), "E043")  # nothing listens on port 9
    assert "cannot reach" in line
