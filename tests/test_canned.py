"""The canned questions (queries/*.rq) work on any build: no names or dates of one corpus are
baked in, their parameters are declared in '# param:' header lines (docs/sparql.md), and each
answers with rows on the seed build and on the corpus-extra build, through `kg query`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import BuildReport
from kg.sparql.query_input import declared_params

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
KG = Path(sys.executable).parent / "kg"
# What a corpus does not report cannot be asked of it: the seeds report no meeting
# (tests/test_queries.py asks that question of an invented article); corpus-extra reports no
# support and no trade figure with a partner (tests/test_queries.py checks both on the seeds).
NOT_IN = {("seeds", "meetings"), ("extra", "supports"), ("extra", "trade-with-counterpart")}


def answer(build: Path, query: Path, *params: str) -> dict[str, object]:
    args = [a for p in params for a in ("--param", p)]
    proc = subprocess.run([str(KG), "query", str(query), "--store", str(build), *args,
                           "--format", "json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout) if proc.stdout.lstrip().startswith("{") else {"rdf": proc.stdout}


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_every_canned_question_answers_on_both_builds(
    query: Path, built_corpus: tuple[Path, BuildReport], built_extra: Path
) -> None:
    for name, build in (("seeds", built_corpus[0]), ("extra", built_extra)):
        if (name, query.stem) in NOT_IN:
            continue
        result = answer(build, query)
        if "boolean" in result:
            assert result["boolean"] is False  # the one ASK asks for a defect
        elif "rdf" in result:
            assert str(result["rdf"]).count("\n") > 3, (name, query.stem)
        else:
            rows = result["results"]["bindings"]  # type: ignore[index]
            assert rows, f"{query.stem} has no answer on the {name} build"


def test_parameters_are_declared_and_override_defaults(built_extra: Path, tmp_path: Path) -> None:
    declared = {q.stem: declared_params(q.read_text()) for q in QUERIES}
    assert declared["sentence-behind-edge"] == {"subject": None, "predicate": "kf:visited",
                                                "object": None}
    assert set(declared["statements-in-date-range"]) >= {"since", "until"}
    query = ROOT / "queries" / "statements-in-date-range.rq"
    every = answer(built_extra, query)["results"]["bindings"]  # type: ignore[index]
    days = sorted(r["start"]["value"] for r in every)
    middle = days[len(days) // 2]
    later = answer(built_extra, query, f"since={middle}")["results"]["bindings"]  # type: ignore
    assert 0 < len(later) < len(every)
    assert all(r["end"]["value"] >= middle for r in later)
    # a default written in the header is used unless --param gives another value
    own = tmp_path / "q.rq"
    own.write_text("# Question: Which class?\n# param: cls = kf:Province\n"
                   "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ?cls }\n")
    provinces = answer(built_extra, own)["results"]["bindings"][0]["n"]["value"]  # type: ignore
    cities = answer(built_extra, own, "cls=kf:City")["results"]["bindings"][0]["n"][  # type: ignore
        "value"]
    assert int(provinces) > 0 and int(cities) > 0 and provinces != cities
