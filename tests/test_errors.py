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
                       built_corpus[0] / "store", "--format", "turtle"), "E015")
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
    line = one_line(kg("query", "ASK { ?s ?p ?o }", "--store", store), "E015")
    assert "cannot open store" in line and "Rebuild it" in line


def test_unprintable_path_still_prints() -> None:
    err = KgError(E.E025, "corpus/caf\udce9.txt")
    assert "caf\\xe9.txt" in err.message
    err.message.encode("utf-8")  # would raise on a lone surrogate
