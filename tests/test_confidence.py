"""Statement confidence comes from the generated table (kg/data/confidence.json), not from
constants in the rules: lookups, defaults, the file format, the learned extractors' hook."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.namespace import PROV

from kg.errors import E, KgError
from kg.extract.confidence import (
    DEFAULT,
    MIN_STATEMENTS,
    ConfidenceTable,
    Entry,
    entry_for,
    packaged_path,
    packaged_table,
    read_table,
    smoothed,
    table_hash,
    write_model_entries,
)
from kg.run.cache import cache_key
from kg.vocab import KF


def test_smoothed_precision_and_the_evidence_floor() -> None:
    assert smoothed(9, 10) == round(10 / 12, 3)
    assert smoothed(0, 0) == 0.5
    assert entry_for(50, 54).confidence == round(51 / 56, 3)
    # Below the floor the measurement says too little: the default, whatever the counts.
    assert entry_for(MIN_STATEMENTS - 1, MIN_STATEMENTS - 1).confidence == DEFAULT
    assert entry_for(MIN_STATEMENTS, MIN_STATEMENTS).confidence == smoothed(5, 5)


def test_missing_rule_or_property_gets_the_default() -> None:
    table = ConfidenceTable({("visit", "visited"): entry_for(10, 11)})
    assert table.get("visit", "visited") == smoothed(10, 11)
    assert table.get("visit", "locatedIn") == DEFAULT
    assert table.get("a-new-rule", "visited") == DEFAULT


def test_table_file_is_sorted_and_reads_back(tmp_path: Path) -> None:
    table = ConfidenceTable(
        {("visit", "visited"): entry_for(10, 11), ("held-in", "locatedIn"): entry_for(4, 6)},
        gold=("gold: 5 documents",),
    )
    text = table.to_json()
    assert text.endswith("}\n")
    assert list(json.loads(text)["extractors"]) == ["held-in", "visit"]
    assert ConfidenceTable.from_json(text).to_json() == text
    # The same entries in another order make the same bytes.
    again = ConfidenceTable(dict(reversed(list(table.entries.items()))), gold=table.gold)
    assert again.to_json() == text


def test_bad_table_is_e018(tmp_path: Path) -> None:
    path = tmp_path / "confidence.json"
    path.write_text('{"extractors": {"visit": {"visited": {}}}}', encoding="utf-8")
    with pytest.raises(KgError) as info:
        read_table(path)
    assert info.value.code is E.E026
    assert str(path) in info.value.message


def test_learned_extractors_write_their_own_entries(tmp_path: Path) -> None:
    path = tmp_path / "confidence.json"
    path.write_bytes(packaged_path().read_bytes())
    rules = read_table(path).entries
    cv = Entry(40, 50, smoothed(40, 50), "5-fold cross-validation")
    write_model_entries({("model:participatesIn", "participatesIn"): cv}, path)
    table = read_table(path)
    assert table.get("model:participatesIn", "participatesIn") == smoothed(40, 50)
    assert {k: v for k, v in table.entries.items() if not k[0].startswith("model:")} == {
        k: v for k, v in rules.items() if not k[0].startswith("model:")
    }
    with pytest.raises(ValueError, match="model:"):
        write_model_entries({("participate", "participatesIn"): cv}, path)


def test_the_table_is_in_the_extraction_cache_key() -> None:
    digest = hashlib.sha256(packaged_path().read_bytes()).hexdigest()[:16]
    assert table_hash() == digest
    assert cache_key("en_core_web_sm-3.8.0").endswith("|" + digest)


def test_every_statement_of_a_build_carries_its_rules_measured_confidence(
    built_graph: Graph,
) -> None:
    table = packaged_table()
    seen = 0
    for a in built_graph.subjects(RDF.type, KF.Assertion):
        extractor = str(built_graph.value(a, KF.extractor))
        conf = float(built_graph.value(a, KF.confidence))
        if str(built_graph.value(a, PROV.wasDerivedFrom)).endswith("/gazetteer"):
            assert conf == 1.0  # a gazetteer fact, not a rule's statement
            continue
        prop = str(built_graph.value(a, RDF.predicate)).split("#")[-1]
        if extractor.startswith("model:"):
            # the relation model's statements carry their own calibrated probability
            assert 0.5 <= conf <= 1.0, (extractor, prop, conf)
            continue
        assert conf == table.get(extractor, prop), (extractor, prop)
        seen += 1
    assert seen > 50
