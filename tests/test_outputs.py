"""Outputs switch together and one build writes a directory at a time (the real `kg build`)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS

KG = str(Path(sys.executable).parent / "kg")


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, *map(str, args)], capture_output=True, text=True, timeout=900)


def snapshot(out: Path) -> tuple[bytes, bytes, str]:
    """What a user sees in OUT: the Turtle, the page, and the store's triple count."""
    count = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", out / "store",
               "--format", "csv")
    assert count.returncode == 0, count.stderr
    return ((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes(),
            count.stdout.split()[1])


def corpora(tmp_path: Path) -> tuple[Path, Path]:
    seeds = sorted(CORPUS.iterdir())
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for p in seeds[:2]:
        shutil.copy(p, old / p.name)
    for p in seeds:
        shutil.copy(p, new / p.name)
    return old, new


def new_graph_written(out: Path, old_inode: int) -> bool:
    """A complete graph.ttl of the running build exists somewhere under OUT."""
    for root, _, files in os.walk(out):
        if "graph.ttl" in files:
            path = Path(root) / "graph.ttl"
            try:
                if path.stat().st_ino != old_inode:
                    return True
            except OSError:
                pass
    return False


def test_ctrl_c_while_writing_leaves_one_whole_set(tmp_path: Path) -> None:
    old, new = corpora(tmp_path)
    out, ref = tmp_path / "out", tmp_path / "ref"
    assert kg("build", new, "--out", ref).returncode == 0
    expected_new = snapshot(ref)
    assert kg("build", old, "--out", out).returncode == 0
    expected_old = snapshot(out)
    assert expected_old[2] != expected_new[2]
    old_inode = (out / "graph.ttl").stat().st_ino
    proc = subprocess.Popen([KG, "build", str(new), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while not new_graph_written(out, old_inode):  # the write phase has begun
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and "Traceback" not in err
    assert snapshot(out) in (expected_old, expected_new)
    # Nothing left behind that the next build trips over.
    assert kg("build", new, "--out", out).returncode == 0
    assert snapshot(out) == expected_new


def test_two_builds_into_one_directory(tmp_path: Path) -> None:
    old, new = corpora(tmp_path)
    out = tmp_path / "out"
    first = subprocess.Popen([KG, "build", str(new), "--out", str(out), "--no-html"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (out / "cache.sqlite").exists():  # the first build holds the directory
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    second = kg("build", old, "--out", out, "--no-html")
    _, err = first.communicate(timeout=900)
    assert first.returncode == 0, err
    assert second.returncode == 2
    assert second.stderr.startswith("kg: error: E018: another build is writing to")
    assert len(second.stderr.strip().splitlines()) == 1
    # The lock went with the first build: the directory is free again.
    assert kg("build", old, "--out", out, "--no-html").returncode == 0


def test_out_that_is_a_file_or_cannot_be_made(tmp_path: Path) -> None:
    old, _ = corpora(tmp_path)
    a_file = tmp_path / "graph.ttl"
    a_file.write_text("# not a directory\n")
    done = kg("build", old, "--out", a_file)
    assert done.returncode == 2 and "E012" in done.stderr and "is a file" in done.stderr
    assert a_file.read_text() == "# not a directory\n"
    done = kg("build", old, "--out", "/dev/null/out")
    assert done.returncode == 2 and "E012" in done.stderr and "Traceback" not in done.stderr


def test_bad_base_iri(tmp_path: Path) -> None:
    old, _ = corpora(tmp_path)
    done = kg("build", old, "--out", tmp_path / "out", "--base", "not an iri")
    assert done.returncode == 2 and "E024" in done.stderr and "not an iri" in done.stderr
