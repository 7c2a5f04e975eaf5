"""kg.evaluation.facts: dates and figures scored against the facts gold (tests/data/facts-gold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.errors import E, KgError
from kg.evaluation.facts import evaluate_facts, format_facts, load_facts_gold

FACTS_GOLD = Path(__file__).resolve().parent / "data" / "facts-gold"

GRAPH = """
@prefix kf: <https://w3id.org/kaifang/ontology#> .
@prefix res: <https://w3id.org/kaifang/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .

res:doc\\/1 a kf:Document ; kf:fileName "a.txt" .
res:doc\\/2 a kf:Document ; kf:fileName "not-in-gold.txt" .
res:province\\/hunan a kf:Province ; rdfs:label "Hunan" .
res:event\\/expo a kf:Event ; rdfs:label "China-Africa Expo (CAE)" ; kf:mentionedIn res:doc\\/1 ;
    kf:startDate "2019-06-27"^^xsd:date ; kf:endDate "2019-06-29"^^xsd:date .
res:assertion\\/1 a kf:Assertion ; prov:wasDerivedFrom res:doc\\/1 ;
    kf:sentence "On June 27, Xu visited Changsha." ;
    kf:startDate "2019-06-27"^^xsd:date ; kf:endDate "2019-06-27"^^xsd:date .
res:assertion\\/2 a kf:Assertion ; prov:wasDerivedFrom res:doc\\/1 ;
    kf:sentence "On June 28, Xu met Li." ;
    kf:startDate "2019-06-29"^^xsd:date ; kf:endDate "2019-06-29"^^xsd:date .
res:observation\\/1 a qb:Observation ; prov:wasDerivedFrom res:doc\\/1 ;
    kf:indicator kf:trade ; sdmx-dimension:refArea res:province\\/hunan ;
    sdmx-measure:obsValue 2800000000.0 ; sdmx-attribute:unitMeasure kf:USD ;
    sdmx-dimension:refPeriod "2018"^^xsd:gYear .
res:observation\\/2 a qb:Observation ; prov:wasDerivedFrom res:doc\\/1 ;
    kf:indicator kf:exports ; sdmx-dimension:refArea res:province\\/hunan ;
    sdmx-measure:obsValue 5 ; sdmx-attribute:unitMeasure kf:percent .
res:observation\\/3 a qb:Observation ; prov:wasDerivedFrom res:doc\\/2 ;
    kf:indicator kf:exports ; sdmx-dimension:refArea res:province\\/hunan ;
    sdmx-measure:obsValue 7 ; sdmx-attribute:unitMeasure kf:percent .
"""

GOLD = {
    "file": "a.txt",
    "dates": [
        {"quote": "On June 27, Xu visited", "start": "2019-06-27", "end": "2019-06-27"},
        {"quote": "On June 28, Xu met", "start": "2019-06-28", "end": "2019-06-28"},
        {"event": "China-Africa Expo", "start": "2019-06-27", "end": "2019-06-29"},
    ],
    "figures": [
        {"indicator": "trade", "value": "2800000000", "unit": "USD", "area": "Hunan",
         "period": "2018"},
        {"indicator": "exports", "value": "5", "unit": "percent", "area": "Hunan",
         "period": "2023"},
        {"indicator": "imports", "value": "1", "unit": "percent", "area": "Hunan",
         "period": None},
    ],
}


def _gold(tmp_path: Path, data: object) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_scores_count_exact_days_and_whole_figures(tmp_path: Path) -> None:
    result = evaluate_facts(Graph().parse(data=GRAPH, format="turtle"), _gold(tmp_path, GOLD))
    assert result.documents == 1  # the document without gold is not scored
    # the visit and the event match; the meeting's day is wrong (28 != 29)
    assert (result.dates.system, result.dates.system_correct) == (3, 2)
    assert (result.dates.gold, result.dates.gold_found) == (3, 2)
    # the 2018 trade level matches; 5% exports lacks the period; imports are missing
    assert (result.figures.system, result.figures.system_correct) == (2, 1)
    assert (result.figures.gold, result.figures.gold_found) == (3, 1)
    assert result.figures.precision == 0.5 and result.figures.recall == pytest.approx(1 / 3)
    text = format_facts(result, details=True)
    assert "imports 1 percent of 'hunan'" in text and "2019-06-29/2019-06-29" in text


@pytest.mark.parametrize(
    ("content", "code"),
    [("{", E.E010), ({"file": "a.txt", "dates": []}, E.E010),
     ({"file": "a.txt", "dates": [], "figures": [
         {"indicator": "tourism", "value": "1", "unit": "count", "area": "X"}]}, E.E010)],
)
def test_bad_gold_is_a_one_line_error(tmp_path: Path, content: object, code: E) -> None:
    (tmp_path / "a.json").write_text(
        content if isinstance(content, str) else json.dumps(content), encoding="utf-8"
    )
    with pytest.raises(KgError) as err:
        load_facts_gold(tmp_path)
    assert err.value.code is code and "a.json" in err.value.message
    with pytest.raises(KgError) as err:
        load_facts_gold(tmp_path / "missing")
    assert err.value.code is E.E009


def test_project_gold_is_well_formed() -> None:
    gold = load_facts_gold(FACTS_GOLD)
    assert len(gold) >= 15
    assert sum(len(d) for d, _ in gold.values()) >= 15
    assert sum(len(f) for _, f in gold.values()) >= 40


def test_seed_graph_meets_the_targets(built_graph: Graph) -> None:
    result = evaluate_facts(built_graph, FACTS_GOLD)
    assert result.documents == 5
    assert result.dates.precision >= 0.9 and result.dates.recall >= 0.8
    assert result.figures.precision >= 0.9 and result.figures.recall >= 0.75


def test_cli(built_corpus: tuple[Path, object], capsys: pytest.CaptureFixture[str]) -> None:
    main(["eval-facts", "--graph", str(built_corpus[0] / "graph.ttl"), "--gold", str(FACTS_GOLD)])
    out = capsys.readouterr().out
    assert out.startswith("documents scored: 5") and "FIGURES" in out


def test_cli_scores_several_gold_folders_and_pools_them(tmp_path: Path) -> None:
    """`--gold A:GRAPH --gold B`: each folder on its own graph(s), then pooled (sums)."""
    first, second = tmp_path / "one.ttl", tmp_path / "two.ttl"
    first.write_text(GRAPH, encoding="utf-8")
    second.write_text(GRAPH.replace('"a.txt"', '"b.txt"'), encoding="utf-8")
    gold_a = _gold(tmp_path / "gold-a", GOLD)
    gold_b = _gold(tmp_path / "gold-b", {**GOLD, "file": "b.txt", "figures": GOLD["figures"][:1]})
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.run(
        [str(kg), "eval-facts", "--gold", f"{gold_a}:{first}", "--gold", str(gold_b),
         "--graph", str(first), "--graph", str(second)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    blocks = proc.stdout.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        f"== {gold_a}", f"== {gold_b}", "== pooled (2 gold folders)"]
    # folder A: as in the test above; folder B: the same dates, figures 1 of 2 right, 1 gold
    assert "FIGURES         0.500  0.333" in blocks[0]
    assert "FIGURES         0.500  1.000" in blocks[1]
    assert "documents scored: 2" in blocks[2]
    assert "DATES           0.667  0.667  0.667       6     6" in blocks[2]
    assert "FIGURES         0.500  0.500  0.500       4     4" in blocks[2]
    # a gold folder none of whose documents is in its graph is an error
    proc = subprocess.run(
        [str(kg), "eval-facts", "--gold", f"{gold_b}:{first}", "--gold", f"{gold_a}:{first}"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2 and "E017" in proc.stderr and "gold-b" in proc.stderr
