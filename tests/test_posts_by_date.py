"""Posts through time: every post statement carries the date of its article (kf:asOf), `kg
describe` shows it, and queries/posts-by-date.rq lists an official's posts by date. Invented
articles and names, through the real CLI."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
ARTICLES = {
    "a.txt": "---\ntitle: Governor visits port\ndate: 2021-03-02\n---\n"
             "Zhao Weiming, Governor of Hebei Province, visited Tangshan Port on Monday.\n",
    "b.txt": "---\ntitle: Party secretary meets investors\ndate: 2024-06-10\n---\n"
             "Zhao Weiming, Secretary of the CPC Hebei Provincial Committee, met with investors "
             "in Shijiazhuang.\n",
}


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("posts-corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("posts-build")
    proc = kg("build", corpus, "--out", out, "--no-html", "--no-validate")
    assert proc.returncode == 0, proc.stderr
    return out


def test_every_post_statement_carries_its_articles_date(build: Path) -> None:
    proc = kg("query", """SELECT ?p ?asOf ?date WHERE {
        VALUES ?p { kf:servesIn kf:holdsPositionIn }
        ?a rdf:predicate ?p ; prov:wasDerivedFrom ?d . ?d dcterms:date ?date .
        OPTIONAL { ?a kf:asOf ?asOf } }""", "--store", build, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and all(r["asOf"] == r["date"] for r in rows), proc.stdout


def test_posts_by_date_lists_an_officials_posts_in_date_order(build: Path) -> None:
    proc = kg("query", ROOT / "queries" / "posts-by-date.rq", "--store", build,
              "--param", "official=Zhao Weiming", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["asOf"] for r in rows] == sorted(r["asOf"] for r in rows)
    assert {("2021-03-02", "servesIn", "Hebei"), ("2024-06-10", "servesIn", "Hebei")} <= {
        (r["asOf"], r["relation"], r["post"]) for r in rows}
    later = kg("query", ROOT / "queries" / "posts-by-date.rq", "--store", build,
               "--param", "since=2024-01-01", "--format", "csv")
    assert {r["asOf"] for r in csv.DictReader(io.StringIO(later.stdout))} == {"2024-06-10"}


def test_describe_shows_as_of(build: Path) -> None:
    proc = kg("describe", "Zhao Weiming", "--store", build)
    assert proc.returncode == 0, proc.stderr
    serves = [line for line in proc.stdout.splitlines() if line.strip().startswith("-> servesIn")]
    assert serves and serves[0].endswith("as of 2021-03-02, 2024-06-10"), proc.stdout
