"""Leave one set out (kg.evaluation.loso, `kg train --leave-one-out`): each fold's figures are
`kg train --cross-set`'s for the same split, pooled over the folds; the CLI prints them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXTRA, GOLD, ROOT, SHARED
from spacy.language import Language

from kg.evaluation.crossset import RUNS, cross_set
from kg.evaluation.loso import TOTAL, Held, Loso, format_loso, leave_one_out
from kg.evaluation.score import Score
from kg.learn.train import PROPERTIES, collect


def subset(tmp: Path, corpus: Path, gold: Path, names: list[str]) -> tuple[Path, Path]:
    """Some gold files of ``gold`` and their texts, as a set of their own."""
    gdir, cdir = tmp / f"{gold.name}-{len(names)}-gold", tmp / f"{gold.name}-{len(names)}-corpus"
    gdir.mkdir()
    cdir.mkdir()
    for name in names:
        path = gold / name
        (gdir / name).symlink_to(path)
        doc = json.loads(path.read_text(encoding="utf-8"))["doc"]
        (cdir / doc).symlink_to(corpus / doc)
    return cdir, gdir


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    tmp = tmp_path_factory.mktemp("loso")
    names = sorted(p.name for p in (SHARED / "gold-extra").glob("*.json"))
    return [subset(tmp, EXTRA, SHARED / "gold-extra", names[:3]),
            subset(tmp, EXTRA, SHARED / "gold-extra", names[3:7])]


def test_a_fold_is_the_cross_set_of_its_split(nlp: Language,
                                               sets: list[tuple[Path, Path]]) -> None:
    base = collect([(SHARED / "seeds", GOLD)], nlp)
    held = [Held(f"s{k}", collect([s], nlp), s) for k, s in enumerate(sets)]
    lo = leave_one_out(base, held)
    assert lo.folds == ["s0", "s1"]
    pooled = {r: Score() for r in RUNS}
    for k, h in enumerate(held):
        xs = cross_set([*base, *held[1 - k].docs], [(SHARED / "seeds", GOLD), held[1 - k].sets],
                       h.docs, [h.sets])
        for run in RUNS:
            got, want = lo.per_fold[h.name][run], xs.results[run].relations
            assert (got.tp, got.fp, got.fn) == (want.tp, want.fp, want.fn), (h.name, run)
            p = pooled[run]
            pooled[run] = Score(p.tp + want.tp, p.fp + want.fp, p.fn + want.fn)
    for run in RUNS:
        assert lo.scores[run][TOTAL] == pooled[run]
    # relations the held-out gold states are counted per relation, adding up to the total
    rules = lo.scores["rules"]
    assert sum(rules[p].tp + rules[p].fn for p in rules if p != TOTAL) == (
        rules[TOTAL].tp + rules[TOTAL].fn) > 0


def test_suggested_modes_follow_the_pooled_f1() -> None:
    lo = Loso(["a", "b"], {})
    lo.scores = {"rules": {"locatedIn": Score(5, 5, 5), "servesIn": Score(8, 1, 2),
                           "visited": Score(2, 1, 8)},
                 "combined": {"locatedIn": Score(8, 6, 2), "servesIn": Score(9, 6, 1),
                              "visited": Score(4, 2, 6)},
                 "model": {"locatedIn": Score(4, 2, 6), "servesIn": Score(5, 3, 5),
                           "visited": Score(9, 1, 1)}}
    got = lo.suggested()
    assert got["locatedIn"] == "add"  # rules + model beats both
    assert got["servesIn"] == "off"  # adding the model costs precision
    assert got["visited"] == "replace"  # the model alone beats the rules and rules + model
    assert set(got) == set(PROPERTIES)


def test_cli_leave_one_out(tmp_path: Path, sets: list[tuple[Path, Path]]) -> None:
    kg = str(Path(sys.executable).parent / "kg")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this tree's kg, whichever is installed
    args = [kg, "train", "--leave-one-out", "--corpus", str(SHARED / "seeds"), "--gold",
            str(GOLD)]
    proc = subprocess.run([*args, "--score-corpus", str(sets[0][0]), "--score-gold",
                           str(sets[0][1])], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env=env)
    assert proc.returncode == 2 and "two or more --score-corpus" in proc.stderr
    for corpus, gold in sets:
        args += ["--score-corpus", str(corpus), "--score-gold", str(gold)]
    proc = subprocess.run([*args, "--jobs", "2"], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("leave one set out: 2 folds (gold-extra-3-gold, gold-extra-4-gold)")
    for row in ("RELATIONS", "  locatedIn", "  servesIn"):
        assert f"\n{row} " in out
    assert "per held-out set, RELATIONS F1: gold-extra-3-gold " in out


def test_format_names_every_relation() -> None:
    lo = Loso(["x"], {"locatedIn": "add"})
    lo.scores = {r: {TOTAL: Score(1, 1, 1)} for r in RUNS}
    lo.per_fold = {"x": {r: Score(1, 1, 1) for r in RUNS}}
    text = format_loso(lo)
    assert all(f"  {p} " in text for p in PROPERTIES)
    assert "  locatedIn " in text and " add " in text


def test_a_relation_can_have_its_own_threshold(nlp: Language,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.learn.train as train

    seeds = collect([(SHARED / "seeds", GOLD)], nlp)
    monkeypatch.setattr(train, "THRESHOLDS", {"participatesIn": 0.4})
    model = train.train_model(seeds)
    assert model.properties["participatesIn"].threshold == 0.4
    assert model.properties["locatedIn"].threshold == train.THRESHOLD == 0.5
