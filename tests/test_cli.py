"""The `kg` command as users run it: a real subprocess on real files in a temporary directory."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox
import pytest
from conftest import CORPUS, GOLD, ROOT
from rdflib import RDFS, Graph

KG = Path(sys.executable).parent / "kg"
SCRIPT = ROOT / "scripts" / "make_cli_docs.py"
DOCS = ROOT / "docs" / "cli.md"
GOOD = (
    "Shi Xiaolin, Governor of Sichuan, visited Sichuan Injet Electric Co., Ltd. in Deyang City.\n"
)


def kg(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KG), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


def load_docs_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_cli_docs", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCS_SCRIPT = load_docs_script()
COMMANDS: list[tuple[str, ...]] = DOCS_SCRIPT.command_paths()


def assert_one_line_error(
    proc: subprocess.CompletedProcess[str], code: str, *mentions: str | Path
) -> str:
    """Exit 2 and one `kg: error: CODE: ...` line on stderr naming what is wrong."""
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"kg: error: {code}: "), lines[0]
    assert "Traceback" not in proc.stderr + proc.stdout
    for mention in mentions:
        assert str(mention) in lines[0]
    return lines[0]


# --- help ----------------------------------------------------------------------------------


def test_kg_help_lists_every_command() -> None:
    proc = kg("--help")
    assert proc.returncode == 0, proc.stderr
    listed = re.findall(r"^  (\S+)\s", proc.stdout.split("Commands:")[1], re.M)
    assert sorted(listed) == sorted(p[0] for p in COMMANDS if len(p) == 1)
    assert {"build", "eval"} <= set(listed)


def test_kg_version() -> None:
    proc = kg("--version")
    assert proc.returncode == 0
    assert re.search(r"\d+\.\d+", proc.stdout)


@pytest.fixture(scope="module")
def command_help() -> Iterator[dict[tuple[str, ...], subprocess.CompletedProcess[str]]]:
    """`kg CMD --help` for every command, run in parallel (each start imports the pipeline)."""
    procs = {
        path: subprocess.Popen(
            [str(KG), *path, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for path in COMMANDS
    }
    results = {}
    for path, proc in procs.items():
        out, err = proc.communicate(timeout=600)
        results[path] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    yield results


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_command_help_has_usage_and_description(
    command_help: dict[tuple[str, ...], subprocess.CompletedProcess[str]], path: tuple[str, ...]
) -> None:
    proc = command_help[path]
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Usage: kg {' '.join(path)} ")
    description = proc.stdout.split("\n\n")[1].strip()
    assert len(description) >= 20 and not description.startswith("Options:"), proc.stdout
    assert "--help" in proc.stdout


def test_unknown_command_is_a_usage_error() -> None:
    proc = kg("biuld")
    assert proc.returncode == 2
    assert "No such command" in proc.stderr
    assert "Traceback" not in proc.stderr


# --- kg build: bad input stops with one line and writes nothing -----------------------------


def _binary(corpus: Path) -> Path:
    path = corpus / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


def _latin1(corpus: Path) -> Path:
    path = corpus / "latin1.txt"
    path.write_bytes("Café talks in Chengdu.".encode("latin-1"))
    return path


def _empty(corpus: Path) -> Path:
    path = corpus / "empty.txt"
    path.write_text(" \n\n", encoding="utf-8")
    return path


def _bad_yaml(corpus: Path) -> Path:
    path = corpus / "meta.md"
    path.write_text('---\ntitle: "unclosed\n---\n' + GOOD, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make_bad", "code", "problem"),
    [
        (_binary, "E004", "binary"),
        (_latin1, "E003", "not UTF-8"),
        (_empty, "E005", "empty"),
        (_bad_yaml, "E006", "front matter"),
    ],
    ids=["binary", "non-utf8", "empty", "bad-yaml"],
)
def test_build_stops_on_bad_file(
    tmp_path: Path, make_bad: Callable[[Path], Path], code: str, problem: str
) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text(GOOD, encoding="utf-8")
    bad = make_bad(corpus)
    out.mkdir()
    (out / "graph.ttl").write_text("# graph of an earlier build\n", encoding="utf-8")
    line = assert_one_line_error(kg("build", corpus, "--out", out, "--no-html"), code, bad)
    assert problem in line
    # Nothing written, nothing half-written, and the earlier graph is untouched.
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "# graph of an earlier build\n"


def test_build_missing_corpus_dir(tmp_path: Path) -> None:
    missing, out = tmp_path / "no-such-corpus", tmp_path / "out"
    line = assert_one_line_error(kg("build", missing, "--out", out), "E001", missing)
    assert "not found" in line
    assert not out.exists()


def test_build_corpus_without_documents(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "notes.json").write_text("{}", encoding="utf-8")
    line = assert_one_line_error(kg("build", corpus, "--out", out), "E002", corpus)
    assert "no documents" in line
    assert not out.exists()


def test_build_skip_bad_warns_and_builds(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text(GOOD, encoding="utf-8")
    bad = _binary(corpus)
    proc = kg("build", corpus, "--out", out, "--no-html", "--skip-bad")
    assert proc.returncode == 0, proc.stderr
    warnings = [ln for ln in proc.stderr.splitlines() if ln.startswith("kg: warning:")]
    assert len(warnings) == 1
    assert "E004" in warnings[0] and str(bad) in warnings[0]
    assert "Traceback" not in proc.stderr
    assert re.search(r"^documents: 1\b", proc.stdout, re.M)
    assert (out / "graph.ttl").is_file()


def test_build_skip_bad_with_only_bad_files_fails(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    _binary(corpus)
    proc = kg("build", corpus, "--out", out, "--no-html", "--skip-bad")
    assert proc.returncode == 2, proc.stdout
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("kg: error:")]
    assert len(errors) == 1 and "no readable documents" in errors[0], proc.stderr
    assert not (out / "graph.ttl").exists()


# --- kg build and kg eval on a real seed document ------------------------------------------


@pytest.fixture(scope="module")
def one_doc_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """`kg build` of a one-document corpus (seed 004): (corpus dir, out dir, stdout)."""
    root = tmp_path_factory.mktemp("cli-build")
    corpus, out = root / "corpus", root / "out"
    corpus.mkdir()
    seed = next(CORPUS.glob("004_*.txt"))
    shutil.copy(seed, corpus / seed.name)
    proc = kg("build", corpus, "--out", out, "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return corpus, out, proc.stdout


def test_build_prints_summary(one_doc_build: tuple[Path, Path, str]) -> None:
    _, out, stdout = one_doc_build
    assert re.search(r"^documents: 1\b", stdout, re.M)
    assert re.search(r"^entities: +[1-9]\d*$", stdout, re.M)
    assert re.search(r"^  Official +[1-9]", stdout, re.M)  # Shi Xiaolin and colleagues
    assert re.search(r"^relations: +[1-9]\d*$", stdout, re.M)
    assert f"wrote {out / 'graph.ttl'}" in stdout
    assert not (out / "graph.html").exists()  # --no-html
    assert not [p for p in out.rglob("*.tmp")]


def test_build_graph_parses_in_rdflib_and_oxigraph(one_doc_build: tuple[Path, Path, str]) -> None:
    _, out, stdout = one_doc_build
    ttl = out / "graph.ttl"
    g = Graph()
    g.parse(ttl, format="turtle")
    quads = list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    assert len(g) == len(quads) > 100
    triples = re.search(r"^triples: +(\d+)$", stdout, re.M)
    assert triples and int(triples.group(1)) == len(g)
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "Shi Xiaolin" in labels


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"{GOLD} not present")
def test_eval_scores_a_build(one_doc_build: tuple[Path, Path, str], tmp_path: Path) -> None:
    corpus, out, _ = one_doc_build
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in GOLD.glob("004_*.json"):
        shutil.copy(path, gold / path.name)
    proc = kg("eval", "--gold", gold, "--graph", out / "graph.ttl", "--corpus", corpus)
    assert proc.returncode == 0, proc.stderr
    row = re.search(r"^ENTITIES +([\d.]+) +([\d.]+) +([\d.]+) +(\d+)", proc.stdout, re.M)
    assert row, proc.stdout
    assert float(row.group(3)) >= 0.8 and int(row.group(4)) > 0
    assert re.search(r"^RELATIONS ", proc.stdout, re.M)
    assert re.search(r"^  Official ", proc.stdout, re.M)


# --- kg eval errors ------------------------------------------------------------------------


def _tiny_gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        '{"doc": "a.txt", "entities": [{"id": "x", "type": "City", "name": "Deyang"}], '
        '"relations": []}',
        encoding="utf-8",
    )
    return gold


def test_eval_missing_gold_dir(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    missing = tmp_path / "no-gold"
    line = assert_one_line_error(kg("eval", "--gold", missing, "--graph", graph), "E009", missing)
    assert "gold directory not found" in line


def test_eval_bad_gold_file(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    gold = _tiny_gold(tmp_path)
    (gold / "b.json").write_text("{oops", encoding="utf-8")
    assert_one_line_error(kg("eval", "--gold", gold, "--graph", graph), "E010", gold / "b.json")


@pytest.mark.parametrize(
    "content",
    ["this is not RDF at all {", "\x00\x01\x02 binary", "<urn:a> <urn:b> ."],
    ids=["text", "binary", "truncated"],
)
def test_eval_graph_that_is_not_rdf(tmp_path: Path, content: str) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text(content, encoding="utf-8")
    gold = _tiny_gold(tmp_path)
    assert_one_line_error(kg("eval", "--gold", gold, "--graph", graph), "E008", graph)


def test_eval_missing_graph(tmp_path: Path) -> None:
    missing = tmp_path / "build" / "graph.ttl"
    gold = _tiny_gold(tmp_path)
    assert_one_line_error(kg("eval", "--gold", gold, "--graph", missing), "E008", missing)


def test_eval_graph_without_any_gold_document_is_e017(
    one_doc_build: tuple[Path, Path, str], tmp_path: Path
) -> None:
    _, out, _ = one_doc_build  # holds seed 004 only
    gold = _tiny_gold(tmp_path)  # gold for a.txt
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Deyang is a city.", encoding="utf-8")
    proc = kg("eval", "--gold", f"{gold}:{tmp_path / 'texts'}", "--graph", out / "graph.ttl")
    line = assert_one_line_error(proc, "E017", gold)
    assert "no gold document is in the graph" in line
    assert not proc.stdout  # no table of zeros


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"{GOLD} not present")
def test_eval_warns_about_gold_documents_missing_from_the_graph(
    one_doc_build: tuple[Path, Path, str], tmp_path: Path
) -> None:
    corpus, out, _ = one_doc_build  # holds seed 004 only
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in GOLD.glob("00[34]_*.json"):  # gold for 003 and 004
        shutil.copy(path, gold / path.name)
    texts = tmp_path / "texts"
    shutil.copytree(CORPUS, texts)
    proc = kg("eval", "--gold", f"{gold}:{texts}", "--graph", out / "graph.ttl", "--json")
    assert proc.returncode == 0, proc.stderr
    (warning,) = proc.stderr.splitlines()
    assert warning.startswith("kg: warning: 1 of 2 documents of ") and "003_" in warning
    assert json.loads(proc.stdout)["sets"][0]["missing_documents"][0].startswith("003_")


def test_eval_gold_documents_in_no_corpus_is_e016(
    one_doc_build: tuple[Path, Path, str], tmp_path: Path
) -> None:
    _, out, _ = one_doc_build
    gold = _tiny_gold(tmp_path)
    proc = kg("eval", "--gold", gold, "--graph", out / "graph.ttl", "--corpus", tmp_path)
    assert_one_line_error(proc, "E016", gold, "a.txt", "--gold GOLD_DIR:CORPUS_DIR")


# --- docs/cli.md ---------------------------------------------------------------------------


def test_docs_have_current_help_of_every_command() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    sections = DOCS_SCRIPT.help_sections()
    assert set(sections) == {"kg"} | {"kg " + " ".join(p) for p in COMMANDS}
    stale = [line for line, text in sections.items() if f"$ {line} --help\n{text}" not in docs]
    assert not stale, f"docs/cli.md is out of date for {stale}: run scripts/make_cli_docs.py"


def test_docs_have_real_examples_for_build_and_eval() -> None:
    examples = DOCS_SCRIPT.existing_examples(DOCS.read_text(encoding="utf-8"))
    assert examples["build"].startswith("$ kg build corpus")
    assert re.search(r"^documents: \d+", examples["build"], re.M)
    assert examples["eval"].startswith("$ kg eval --gold")
    assert re.search(r"^ENTITIES +[\d.]+", examples["eval"], re.M)


def test_docs_regeneration_keeps_examples(tmp_path: Path) -> None:
    out = tmp_path / "cli.md"
    shutil.copy(DOCS, out)
    DOCS_SCRIPT.main(["--out", str(out)])
    assert out.read_text(encoding="utf-8") == DOCS.read_text(encoding="utf-8")
