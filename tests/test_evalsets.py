"""`kg eval` over several gold sets: the same figures as the reference scorer on each set
(../shared/spec/score.py, run as its own process), pooled sums, pairing and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, EXTRA, GOLD, SHARED
from rdflib import Dataset, Graph, URIRef
from spacy.language import Language
from test_evaluate import SHI, SICHUAN, Kg, gold_entity, write_gold

from kg.build import BuildReport, BuildSettings, build
from kg.errors import E, KgError
from kg.evaluation.sets import evaluate_sets, gold_set, parse_gold_spec, read_graph, report_json
from kg.vocab import ENTITY_CLASSES, RELATIONS

KG = Path(sys.executable).parent / "kg"
SCORER = SHARED / "spec" / "score.py"
GOLD_EXTRA = SHARED / "gold-extra"


@pytest.fixture(scope="module")
def extra_graph(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    out = tmp_path_factory.mktemp("extra")
    build(EXTRA, out, BuildSettings(html=False, validate=False), nlp=nlp)
    return out / "graph.ttl"


def reference(graph: Path, gold: Path, corpus: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(graph), str(gold), str(corpus), "--json"],
        capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    return json.loads(proc.stdout)


def counts(d: dict[str, Any]) -> tuple[int, int, int]:
    return d["tp"], d["fp"], d["fn"]


@pytest.mark.skipif(not (SCORER.is_file() and GOLD_EXTRA.is_dir()), reason="no ../shared/spec")
def test_eval_gives_the_reference_scorers_figures_on_every_gold_set(
    built_corpus: tuple[Path, BuildReport], extra_graph: Path
) -> None:
    seed_graph = built_corpus[0] / "graph.ttl"
    proc = subprocess.run(
        [str(KG), "eval", "--json", "--gold", f"{GOLD}:{CORPUS}", "--gold", str(GOLD_EXTRA),
         "--corpus", str(EXTRA), "--graph", str(seed_graph), "--graph", str(extra_graph)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    ours = json.loads(proc.stdout)
    pooled = {k: [0, 0, 0] for k in ("entities", "relations", *ENTITY_CLASSES, *RELATIONS)}
    for ours_set, (graph, gold, corpus) in zip(
        ours["sets"], [(seed_graph, GOLD, CORPUS), (extra_graph, GOLD_EXTRA, EXTRA)], strict=True
    ):
        ref = reference(graph, gold, corpus)
        assert ours_set["graph"] == str(graph)
        where = gold.name
        e, r = ours_set["entities"], ours_set["relations"]
        assert counts(e) == counts(ref["entities"]), where
        assert (e["gold"], e["nodes"], e["typed_wrong"]) == (
            ref["entities"]["gold"], ref["entities"]["system"], ref["entities"]["wrong_type"]
        ), where  # fmt: skip
        assert e["f1"] == pytest.approx(ref["entities"]["f1"], abs=1e-4)
        assert counts(r) == counts(ref["relations"]), where
        assert (r["gold"], r["edges"]) == (ref["relations"]["gold"], ref["relations"]["system"])
        assert r["f1"] == pytest.approx(ref["relations"]["f1"], abs=1e-4)
        for cls in ENTITY_CLASSES:  # the reference lists only the classes it saw
            want = counts(ref["per_type"].get(cls, {"tp": 0, "fp": 0, "fn": 0}))
            assert counts(ours_set["by_class"][cls]) == want, (where, cls)
        for prop in RELATIONS:
            want = counts(ref["per_prop"].get(prop, {"tp": 0, "fp": 0, "fn": 0}))
            assert counts(ours_set["by_property"][prop]) == want, (where, prop)
        for key, d in [("entities", e), ("relations", r), *ours_set["by_class"].items(),
                       *ours_set["by_property"].items()]:  # fmt: skip
            pooled[key] = [a + b for a, b in zip(pooled[key], counts(d), strict=True)]
    p = ours["pooled"]
    assert p["documents"] == len(list(GOLD.glob("*.json"))) + len(list(GOLD_EXTRA.glob("*.json")))
    assert list(counts(p["entities"])) == pooled["entities"]
    assert list(counts(p["relations"])) == pooled["relations"]
    assert {c: list(counts(p["by_class"][c])) for c in ENTITY_CLASSES} == {
        c: pooled[c] for c in ENTITY_CLASSES
    }
    assert {q: list(counts(p["by_property"][q])) for q in RELATIONS} == {
        q: pooled[q] for q in RELATIONS
    }


# --- pairing gold sets with corpora and graphs ---------------------------------------------


def test_gold_spec_with_and_without_corpus() -> None:
    assert parse_gold_spec("gold") == (Path("gold"), None)
    assert parse_gold_spec("a/gold:a/corpus") == (Path("a/gold"), Path("a/corpus"))


def test_gold_set_finds_the_corpus_holding_its_documents(tmp_path: Path) -> None:
    write_gold(tmp_path / "one", [SHI], doc="a.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    gs = gold_set(tmp_path / "one" / "gold", None, [elsewhere, tmp_path / "one" / "corpus"])
    assert gs.corpus == tmp_path / "one" / "corpus"
    assert gs.docs == ("a.txt",)
    with pytest.raises(KgError) as info:
        gold_set(tmp_path / "one" / "gold", None, [elsewhere])
    assert info.value.code is E.E016
    assert "a.txt" in info.value.message and str(elsewhere) in info.value.message


def _two_sets(tmp_path: Path) -> tuple[Path, Path, Kg, Kg]:
    write_gold(tmp_path / "s1", [SHI, SICHUAN], [("shi", "servesIn", "sichuan")], doc="a.txt")
    write_gold(tmp_path / "s2", [SHI, gold_entity("x", "City", "Deyang")], doc="b.txt")
    one, two = Kg(), Kg(n=100)  # distinct IRIs: the two graphs may be merged
    shi = one.entity("Official", "Shi Xiaolin", docs=("a.txt",))
    one.relation(shi, "servesIn", one.entity("Province", "Sichuan", docs=("a.txt",)), "a.txt")
    one.entity("Enterprise", "Chengdu Steel", docs=("a.txt",))  # a false positive in set 1
    two.entity("Official", "Shi Xiaolin", docs=("b.txt",))
    return tmp_path / "s1", tmp_path / "s2", one, two


def test_each_set_is_scored_on_its_own_graph_and_pooled(tmp_path: Path) -> None:
    s1, s2, one, two = _two_sets(tmp_path)
    sets = [gold_set(s / "gold", s / "corpus", []) for s in (s1, s2)]
    report = report_json(evaluate_sets(sets, [(Path("two"), two.graph), (Path("one"), one.graph)]))
    first, second = report["sets"]
    assert (first["graph"], second["graph"]) == ("one", "two")
    assert counts(first["entities"]) == (2, 1, 0)
    assert counts(first["relations"]) == (1, 0, 0)
    assert counts(second["entities"]) == (1, 0, 1)
    assert counts(report["pooled"]["entities"]) == (3, 1, 1)
    assert counts(report["pooled"]["by_class"]["Official"]) == (2, 0, 0)
    assert report["pooled"]["documents"] == 2


def test_one_graph_holding_both_sets_scores_each_on_its_documents(tmp_path: Path) -> None:
    s1, s2, one, two = _two_sets(tmp_path)
    sets = [gold_set(s / "gold", s / "corpus", []) for s in (s1, s2)]
    both = Graph()
    for g in (one.graph, two.graph):
        for t in g:
            both.add(t)
    separate = report_json(evaluate_sets(sets, [(Path("1"), one.graph), (Path("2"), two.graph)]))
    together = report_json(evaluate_sets(sets, [(Path("both"), both)]))
    for a, b in zip(separate["sets"], together["sets"], strict=True):
        assert (a["entities"], a["relations"]) == (b["entities"], b["relations"])


def test_set_with_no_document_in_any_graph_is_e017(tmp_path: Path) -> None:
    s1, s2, one, _ = _two_sets(tmp_path)
    sets = [gold_set(s / "gold", s / "corpus", []) for s in (s1, s2)]
    with pytest.raises(KgError) as info:
        evaluate_sets(sets, [(Path("only-one.ttl"), one.graph)])
    assert info.value.code is E.E017
    assert str(s2 / "gold") in info.value.message and "only-one.ttl" in info.value.message


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_named_graph_files_are_scored_as_their_union(tmp_path: Path, suffix: str) -> None:
    s1, _, one, _ = _two_sets(tmp_path)
    ds = Dataset()
    named = ds.graph(URIRef("urn:x-doc:a"))
    for t in one.graph:
        named.add(t)
    path = tmp_path / f"graph{suffix}"
    ds.serialize(path, format="trig" if suffix == ".trig" else "nquads")
    graph = read_graph(path)
    assert len(graph) == len(one.graph)
    sets = [gold_set(s1 / "gold", s1 / "corpus", [])]
    report = report_json(evaluate_sets(sets, [(path, graph)]))
    assert counts(report["sets"][0]["relations"]) == (1, 0, 0)
