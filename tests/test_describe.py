"""`kg describe`: an entity by label, other name or IRI, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import BuildReport

KG = Path(sys.executable).parent / "kg"


def kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(built_corpus: tuple[Path, BuildReport]) -> Path:
    return built_corpus[0] / "store"


def test_describe_by_label_shows_posts_facts_and_sentences(store: Path) -> None:
    proc = kg("describe", "Shi Xiaolin", "--store", store)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Shi Xiaolin  (kf:Official)  res:official/shi-xiaolin-sichuan\n")
    assert "Governor of the People's Government of Sichuan Province" in out  # a post
    assert "-> visited" in out and "Sichuan Injet Electric Co., Ltd. (Enterprise)" in out
    sentences = out.split("sentences:\n")[1]
    assert '"Shi Xiaolin, Deputy Secretary' in sentences


def test_describe_by_other_name_and_by_iri_agree(store: Path) -> None:
    by_iri = kg("describe", "res:country/china", "--store", store, "--json")
    assert by_iri.returncode == 0, by_iri.stderr
    [china] = json.loads(by_iri.stdout)
    assert china["label"] == "China" and china["classes"] == ["kf:Country"]
    assert {"http://www.wikidata.org/entity/Q148",
            "https://sws.geonames.org/1814991/"} <= set(china["same_as"])
    assert any(f["predicate"] == "locatedIn" and f["direction"] == "in" for f in china["facts"])
    full = kg("describe", "https://w3id.org/kaifang/resource/country/china", "--store", store,
              "--json")
    assert json.loads(full.stdout) == [china]
    lower = kg("describe", "china", "--store", store, "--json")  # labels match in any case
    assert json.loads(lower.stdout) == [china]


def test_describe_unknown_name_suggests_labels(store: Path) -> None:
    proc = kg("describe", "Shi Xiaoli", "--store", store)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("kg: error: E042: no entity named 'Shi Xiaoli'")
    assert "did you mean: Shi Xiaolin" in proc.stderr
