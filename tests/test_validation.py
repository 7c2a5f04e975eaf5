"""Hostile and careless corpus files through the real `kg build`: one coded line naming the
file and exit 2 (never a traceback), or with --skip-bad a warning and the rest built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.corpus.validation import MAX_YAML_NODES

KG = str(Path(sys.executable).parent / "kg")
TEXT = "Shi Xiaolin, Party Secretary of Sichuan Province, visited Chengdu on Monday.\n"
BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}' if prev else 'x'] * 9)}]\n"
    for prev, name in zip(["", "a", "b", "c", "d", "e", "f", "g"], "abcdefgh", strict=True)
) + "title: *h\n"


def kg_build(corpus: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, "build", str(corpus), "--out", str(out), "--no-html", *args],
                          capture_output=True, text=True, timeout=600)


def one_file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = corpus / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return corpus


CASES = [
    ("a.md", f"---\ntitle: A\nsource: http://x/a%zz\n---\n{TEXT}", "E019", "http://x/a%zz"),
    ("a.txt", f"{TEXT}Original article by Xinhua, http://[zz]/\n", "E019", "http://[zz]/"),
    ("a.md", f"---\ndate: 2024-02-30\n---\n{TEXT}", "E006", "2024-02-30 does not exist"),
    ("a.md", f"---\ndate: 99999-01-01\n---\n{TEXT}", "E006", "date must be YYYY-MM-DD"),
    ("a.md", f"---\ntitle: [a, {{c: d}}]\n---\n{TEXT}", "E006", "title must be text"),
    ("a.md", f"---\ntitle: {'x' * 1_000_000}\n---\n{TEXT}", "E006", "longer than 64 KB"),
    ("a.md", f"---\ntitle: {'x' * 5000}\n---\n{TEXT}", "E006", "at most 1000"),
    ("a.md", f"---\n{BOMB}---\n{TEXT}", "E006", f"more than {MAX_YAML_NODES} values"),
    ("a.md", f"---\nsource: [1, 2]\n---\n{TEXT}", "E006", "source must be a URL"),
]


@pytest.mark.parametrize(("name", "content", "code", "detail"), CASES)
def test_bad_document_is_one_coded_line(tmp_path: Path, name: str, content: str, code: str,
                                        detail: str) -> None:
    corpus = one_file(tmp_path, name, content)
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {code}: "), done.stderr
    assert name in lines[0] and detail in lines[0]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_alias_bomb_is_small_on_disk() -> None:
    assert len(BOMB) < 400


def test_symlink_out_of_the_corpus_is_not_read(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "good.txt", TEXT)
    secret = tmp_path / "secret.txt"
    secret.write_text("Root Secretline visited Nowhereville.\n")
    (corpus / "passwd.txt").symlink_to(secret)
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2 and "E020" in done.stderr and "passwd.txt" in done.stderr
    skipped = kg_build(corpus, tmp_path / "out", "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert "warning: skipped E020" in skipped.stderr
    ttl = (tmp_path / "out" / "graph.ttl").read_text()
    assert "Secretline" not in ttl and "Shi Xiaolin" in ttl
    # A link that stays inside the corpus is an ordinary file.
    (corpus / "passwd.txt").unlink()
    (corpus / "same.txt").symlink_to(corpus / "good.txt")
    assert kg_build(corpus, tmp_path / "out").returncode == 0


def test_skip_bad_skips_every_kind_of_problem(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "good.txt", TEXT)
    for i, (name, content, _, _) in enumerate(CASES):
        (corpus / f"{i}{name}").write_text(content, encoding="utf-8")
    done = kg_build(corpus, tmp_path / "out", "--skip-bad")
    assert done.returncode == 0, done.stderr
    warnings = [ln for ln in done.stderr.splitlines() if ln.startswith("kg: warning: skipped")]
    assert len(warnings) == len(CASES)
    assert "documents: 1 " in done.stdout and "Traceback" not in done.stderr


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "a.txt", TEXT.encode("utf-16"))
    (corpus / "b.txt").write_bytes(b"\xef\xbb\xbf" + b"Li Qiang visited Hainan.\n")
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    ttl = (tmp_path / "out" / "graph.ttl").read_text()
    assert "Shi Xiaolin" in ttl and "Hainan" in ttl


def test_binary_and_bad_utf16_still_refused(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "a.txt", b"\x00\x01\x02binary" * 10)
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2 and "E004" in done.stderr
    (corpus / "a.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" + "abc".encode("utf-16-le"))
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2 and "E003" in done.stderr and "UTF-16" in done.stderr


def test_undecodable_file_name(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "good.txt", TEXT)
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "w") as fh:
        fh.write(TEXT)
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2 and "E025" in done.stderr and "caf\\xe9.txt" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod-000 files")
def test_unreadable_input_is_a_read_error(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "a.txt", TEXT)
    (corpus / "a.txt").chmod(0)
    done = kg_build(corpus, tmp_path / "out")
    assert done.returncode == 2 and "E021" in done.stderr and "cannot read" in done.stderr


def test_a_file_given_as_the_corpus(tmp_path: Path) -> None:
    corpus = one_file(tmp_path, "a.txt", TEXT)
    done = kg_build(corpus / "a.txt", tmp_path / "out")
    assert done.returncode == 2 and "E023" in done.stderr and "is a file" in done.stderr
