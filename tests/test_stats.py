"""`kg stats` on a real build of corpus-extra agrees with what `kg build --json` reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXTRA

KG = Path(sys.executable).parent / "kg"

pytestmark = pytest.mark.skipif(not EXTRA.is_dir(), reason="../shared/corpus-extra is absent")


def kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def extra_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("extra-stats") / "out"
    summary = json.loads(kg("build", EXTRA, "--out", out, "--no-html", "--json").stdout)
    return out, summary


def test_stats_counts_match_the_build(extra_build: tuple[Path, dict[str, object]]) -> None:
    out, summary = extra_build
    stats = json.loads(kg("stats", "--store", out / "store", "--json").stdout)
    assert stats["documents"] == summary["documents"] == len(list(EXTRA.glob("*.txt")))
    assert stats["triples"] == summary["triples"]
    assert stats["graphs"] == stats["documents"] + 1
    entities = summary["entities"]
    assert isinstance(entities, dict)
    for cls, n in entities.items():
        assert stats["classes"][f"kf:{cls}"] == n, cls
    relations = summary["relations"]
    assert isinstance(relations, dict)
    for pred, n in relations.items():
        assert stats["properties"][f"kf:{pred}"] == n, pred
    assert stats["first_date"] <= stats["last_date"]


def test_stats_text_lists_classes_properties_and_dates(
    extra_build: tuple[Path, dict[str, object]]
) -> None:
    out, summary = extra_build
    text = kg("stats", "--store", out / "store").stdout
    assert f"documents:  {summary['documents']}\n" in text
    assert "\n  kf:Official " in text and "\n  kf:visited " in text
    dates = [ln for ln in text.splitlines() if ln.startswith("dates:")]
    assert dates and " to " in dates[0]
    # The same figures from the Turtle file, without the store.
    assert kg("stats", "--graph", out / "graph.ttl").stdout == text
