"""What `kg build` reads of a corpus directory, through the real CLI: never its own outputs
(an --out inside the corpus) or hidden folders, an unreadable subfolder is an error like an
unreadable file, and a front-matter source that is not an http(s) URL is E019."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from limits import kg_run, one_error_line

TEXT = "Orlan Vesk, Governor of Hainan Province, visited Haikou on Monday.\n"
OTHER = "Mira Tsolen, Mayor of Chengdu, met delegates from Germany in Chengdu.\n"


def build(corpus: Path, out: Path, *args: str, **kw: bool) -> subprocess.CompletedProcess[str]:
    return kg_run("build", corpus, "--out", out, "--no-validate", *args, **kw)


def file_names(ttl: Path) -> list[str]:
    from rdflib import Graph, URIRef

    graph = Graph().parse(ttl)
    name = URIRef("https://w3id.org/kaifang/ontology#fileName")
    return sorted(str(o) for o in graph.objects(None, name))


def test_out_inside_the_corpus_is_not_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / ".git").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT)
    (corpus / ".git" / "notes.txt").write_text(OTHER)  # hidden folder: not corpus text
    out = corpus / "out"
    first = build(corpus, out)  # with graph.html: an .html file inside the corpus
    assert first.returncode == 0, first.stderr[-2000:]
    assert (out / "graph.html").is_file()
    ttl = (out / "graph.ttl").read_bytes()
    second = build(corpus, out)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "documents: 1 " in second.stdout, second.stdout
    assert file_names(out / "graph.ttl") == ["a.txt"]
    assert (out / "graph.ttl").read_bytes() == ttl


def test_out_is_the_corpus_itself(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT)
    for _ in range(2):
        done = build(corpus, corpus, "--no-html")
        assert done.returncode == 0, done.stderr[-2000:]
    assert file_names(corpus / "graph.ttl") == ["a.txt"]


def test_unreadable_subfolder_is_e021(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT)
    (corpus / "locked" / "b.txt").write_text(OTHER)
    (corpus / "locked").chmod(0)
    try:
        line = one_error_line(build(corpus, tmp_path / "out", "--no-html", modes_apply=True),
                              "E021")
        assert str(corpus / "locked") in line
        skipped = build(corpus, tmp_path / "out", "--no-html", "--skip-bad", modes_apply=True)
        assert skipped.returncode == 0, skipped.stderr[-2000:]
        warnings = [ln for ln in skipped.stderr.splitlines() if ln.startswith("kg: warning:")]
        assert len(warnings) == 1 and "E021" in warnings[0], skipped.stderr
        assert str(corpus / "locked") in warnings[0]
        assert "documents: 1 " in skipped.stdout
    finally:
        (corpus / "locked").chmod(0o755)


@pytest.mark.parametrize(
    "source",
    ["http://exa mple.com:99999/x", "http://exa mple.com/x", "ftp://example.com/x", "not a url",
     "see http://example.com/x"],
)
def test_front_matter_source_must_be_an_http_url(tmp_path: Path, source: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(f"---\ntitle: T\nsource: '{source}'\n---\n{TEXT}")
    line = one_error_line(build(corpus, tmp_path / "out", "--no-html"), "E019")
    assert "a.md" in line and source in line
