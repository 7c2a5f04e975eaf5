"""Damaged state never costs a traceback or unbounded memory: a store, a cache, a full disk,
an output path that cannot be written. Every case runs the real `kg` under a 2 GB cap
(tests/limits.py), so a regression fails the test instead of taking the machine."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from limits import kg_run, one_error_line

from kg.sparql.store import load_store

# Invented people and places: enough statements for several RocksDB data files.
TURTLE = "@prefix ex: <http://example.org/> .\n" + "".join(
    f'ex:person{i} ex:name "Invented Person {i} of Qarvello"@en ; ex:age {i % 90} ; '
    f"ex:knows ex:person{(i * 7919) % 20000} .\n"
    for i in range(20000)
)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written by the code `kg build` uses (kg.store.load_store)."""
    base = tmp_path_factory.mktemp("store")
    (base / "graph.ttl").write_text(TURTLE)
    load_store(base / "graph.ttl", base / "store")
    return base / "store"


def damage(directory: Path, seed: int = 1) -> None:
    """500 random bytes over the middle of each RocksDB data file of more than a few KB
    (what disk rot does; RocksDB itself notices damage to the small ones when it opens them,
    but not to the data blocks of the large ones)."""
    rnd = random.Random(seed)
    for path in sorted(directory.glob("*.sst")):
        size = path.stat().st_size
        if size < 4096:
            continue
        with path.open("r+b") as fh:
            fh.seek(size // 2)
            fh.write(bytes(rnd.randrange(256) for _ in range(500)))


@pytest.mark.parametrize("command", [["stats"], ["query", COUNT]], ids=["stats", "query"])
def test_damaged_store_is_one_line_e015(store: Path, tmp_path: Path, command: list[str]) -> None:
    good = kg_run(*command, "--store", store, timeout=300)
    assert good.returncode == 0, good.stderr[-2000:]  # the cap itself is not the problem
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    damage(copy)
    line = one_error_line(kg_run(*command, "--store", copy, timeout=300), "E046")
    assert str(copy) in line and "kg build" in line


def test_store_with_a_file_changed_or_missing_is_e015(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    next(iter(sorted(copy.glob("*.sst")))).unlink()
    line = one_error_line(kg_run("stats", "--store", copy, timeout=300), "E046")
    assert str(copy) in line and "kg build" in line


# --- the extraction cache is disposable -----------------------------------------------------

DOCS = {
    "a.txt": "Orlan Vesk, Governor of Hainan Province, visited Haikou on Monday.\n",
    "b.txt": "Mira Tsolen, Mayor of Chengdu, met delegates from Germany in Chengdu.\n",
    "c.txt": "Pell Ardwin, Minister of Commerce, visited Shenzhen and Guangzhou.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        (corpus / name).write_text(text)
    return corpus


def build(corpus: Path, out: Path, **caps: int) -> subprocess.CompletedProcess[str]:
    return kg_run("build", corpus, "--out", out, "--no-html", "--no-validate", **caps)


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    done = build(corpus, out)
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 500)


def _truncated(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def _bad_row(path: Path) -> None:
    with sqlite3.connect(path) as db:
        (key,) = db.execute("SELECT text_sha256 FROM extraction LIMIT 1").fetchone()
        db.execute("UPDATE extraction SET data = '{\"mentions\": 1' WHERE text_sha256 = ?", [key])
    db.close()


@pytest.mark.parametrize(
    ("spoil", "extracted"), [(_garbage, 3), (_truncated, 3), (_bad_row, 1)],
    ids=["garbage", "truncated", "bad-row"],
)
def test_damaged_cache_is_discarded_and_reextracted(
    built: Path, corpus: Path, tmp_path: Path, spoil, extracted: int  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    spoil(out / "cache.sqlite")
    done = build(corpus, out)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    warnings = [ln for ln in done.stderr.splitlines() if ln.startswith("kg: warning:")]
    assert len(warnings) == 1 and "cache.sqlite" in warnings[0], done.stderr
    assert f"extracted {extracted}, from cache {3 - extracted}" in done.stdout
    assert (out / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()
    again = build(corpus, out)  # the cache was rewritten whole
    assert again.returncode == 0 and "from cache 3" in again.stdout, again.stderr
    assert "warning" not in again.stderr


def test_file_size_limit_while_the_cache_is_written_is_e012(corpus: Path, tmp_path: Path
                                                           ) -> None:
    # RLIMIT_FSIZE: the cache's first pages fit in 12 KB, its rows do not (EFBIG).
    line = one_error_line(build(corpus, tmp_path / "out", file_size=12 << 10), "E012")
    assert "cache.sqlite" in line


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 KB tmpfs mounted for the test (root only; skipped where mount is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()[:200]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_while_the_cache_is_written_is_e012(corpus: Path, small_disk: Path) -> None:
    line = one_error_line(build(corpus, small_disk / "out"), "E012")
    assert "cache.sqlite" in line


# --- kg export into a place that cannot be written ------------------------------------------


@pytest.mark.parametrize("fmt", ["ntriples", "csv"])
def test_export_under_a_file_is_e012(store: Path, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "afile").write_text("x")
    target = tmp_path / "afile" / "sub" / "out.nt"
    graph = store.parent / "graph.ttl"
    line = one_error_line(kg_run("export", graph, "--format", fmt, "--out", target), "E012")
    assert "afile" in line


@pytest.mark.parametrize("fmt", ["ntriples", "csv"])
def test_export_into_a_read_only_folder_is_e012(store: Path, tmp_path: Path, fmt: str) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    graph = store.parent / "graph.ttl"
    try:
        done = kg_run("export", graph, "--format", fmt, "--out", locked / "x" / "out",
                      modes_apply=True)
        line = one_error_line(done, "E012")
        assert str(locked) in line
        plain = kg_run("export", graph, "--format", fmt, "--out", locked / "out",
                       modes_apply=True)
        assert str(locked) in one_error_line(plain, "E012")
    finally:
        locked.chmod(0o755)
