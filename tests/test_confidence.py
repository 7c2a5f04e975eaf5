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
from kg.extract import Extractor
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
    statement_confidences,
    table_hash,
    write_kinds,
    write_model_entries,
    write_table,
)
from kg.extract.trust import (
    AGREE,
    ALL,
    READ_Z,
    READINGS,
    THIN_CAP,
    KindTable,
    kind_of,
    reading_band,
    wilson_lower,
)
from kg.extract.trust import MIN_STATEMENTS as KIND_MIN
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
        assert conf in table.values(extractor, prop), (extractor, prop, conf)
        seen += 1
    assert seen > 50


def test_wilson_lower_bound() -> None:
    assert wilson_lower(0, 0) == 0.0
    assert wilson_lower(10, 10, z=1.0) == pytest.approx(10 / 11)  # p = 1: n / (n + z^2)
    assert wilson_lower(50, 100, z=0.0) == 0.5
    # the same precision on less evidence is a lower bound further down
    assert wilson_lower(4, 4) < wilson_lower(20, 20) < wilson_lower(100, 100) < 1.0
    assert wilson_lower(9, 10) < 0.9


def test_statement_kinds_give_the_lower_bound_and_thin_kinds_stay_low(tmp_path: Path) -> None:
    kinds = KindTable({
        ("title", "holdsPositionIn", "Official>GovernmentBody"): (48, 50),
        ("title", "holdsPositionIn", "Official>Enterprise"): (3, 10),
        ("title", "holdsPositionIn", "Person>Enterprise"): (KIND_MIN - 1, KIND_MIN - 1),
    })  # fmt: skip
    assert kinds.confidence("title", "holdsPositionIn", "Official>GovernmentBody") == round(
        wilson_lower(48, 50), 3)
    assert kinds.confidence("title", "holdsPositionIn", "Official>Enterprise") == round(
        wilson_lower(3, 10), 3)
    # seen fewer than KIND_MIN times, however right: its rule's bound, at most THIN_CAP
    assert kinds.confidence("title", "holdsPositionIn", "Person>Enterprise") == THIN_CAP
    assert kinds.confidence("title", "holdsPositionIn", "Person>Zone") == THIN_CAP
    assert kinds.rules[("title", "holdsPositionIn")] == (55, 64)
    weak = KindTable({("visit", "visited", "Official>City"): (1, 3)})
    assert weak.confidence("visit", "visited", "Person>City") == round(wilson_lower(1, 3), 3)
    # a rule the kinds never saw: None (the caller falls back to the rule's entry)
    assert kinds.confidence("visit", "visited", "Official>City") is None
    # the table file carries them, and reads back the same
    path = tmp_path / "confidence.json"
    path.write_bytes(packaged_path().read_bytes())
    write_kinds(kinds, path)
    table = read_table(path)
    assert table.kinds == kinds
    assert ConfidenceTable.from_json(table.to_json()).to_json() == table.to_json()
    write_kinds(None, path)
    assert read_table(path).kinds is None and "kinds" not in json.loads(path.read_text())


def test_a_rule_statement_carries_its_kinds_confidence(extractor: Extractor) -> None:
    """Invented text through the real extractor: the confidence of each rule statement is its
    kind's from the table given, the rule's entry when the kinds do not know the rule."""
    doc = extractor.nlp("Wang Lifen, Governor of Hubei Province, visited Nairobi on Monday. "
                        "Chen Dongmei, Governor of Hunan Province, visited Lagos in May.")
    ctx = extractor.rules_context(doc)
    hits = [h for h in ctx.hits if not h.extractor.startswith("model:")]
    assert {h.pred for h in hits} >= {"servesIn", "visited"}, hits
    served = [h for h in hits if h.pred == "servesIn"]
    kind = kind_of(ctx, served[0])
    assert kind == "Official>Province"
    counts = {(served[0].extractor, "servesIn", kind): (18, 20)}
    entries = {(h.extractor, h.pred): entry_for(9, 10) for h in hits}
    table = ConfidenceTable(entries, kinds=KindTable(counts))
    got = statement_confidences(ctx, hits, table)
    for h, conf in zip(hits, got, strict=True):
        if h.pred == "servesIn":
            assert conf == round(wilson_lower(18, 20), 3)
        else:  # the kinds do not know the visit rule: its measured precision
            assert conf == entry_for(9, 10).confidence
    assert statement_confidences(ctx, hits, ConfidenceTable(entries)) == [
        entry_for(9, 10).confidence] * len(hits)


def test_a_restated_statement_gets_at_least_the_restated_bound(extractor: Extractor) -> None:
    """Invented text: the same post stated in two sentences of a document. Each statement
    of the pair gets at least the restated statements' lower bound; one stated once does
    not."""
    from kg.extract.trust import restated

    doc = extractor.nlp("Wang Lifen, Governor of Hubei Province, opened the fair on Monday. "
                        "Wang Lifen, Governor of Hubei Province, also met the delegates. "
                        "Chen Dongmei, Governor of Hunan Province, spoke at the fair.")
    ctx = extractor.rules_context(doc)
    hits = [h for h in ctx.hits if h.pred == "servesIn"]
    again = restated(ctx, hits)
    by_name = {ctx.found[h.subj].text: a for h, a in zip(hits, again, strict=True)}
    assert by_name == {"Wang Lifen": True, "Chen Dongmei": False}, by_name
    rule = hits[0].extractor
    kinds = KindTable({(rule, "servesIn", "Official>Province"): (6, 10)}, again=(38, 40))
    assert kinds.restated() == round(wilson_lower(38, 40), 3)
    table = ConfidenceTable({}, kinds=kinds)
    for h, conf in zip(hits, statement_confidences(ctx, hits, table), strict=True):
        expected = kinds.restated() if ctx.found[h.subj].text == "Wang Lifen" else round(
            wilson_lower(6, 10), 3)
        assert conf == expected
    assert kinds.restated() in table.values(rule, "servesIn")
    # too few restated statements measured: no floor
    assert KindTable({}, again=(KIND_MIN - 1, KIND_MIN - 1)).restated() == 0.0
    assert KindTable.from_json(kinds.to_json()) == kinds


def test_the_models_reading_raises_or_caps_a_rule_statement() -> None:
    """The relation model's probability for a rule statement's pair: agreeing (>= AGREE)
    with a measured kind raises it to the agreed statements' bound; a thin kind is not
    raised; doubt lowers nothing."""
    kinds = KindTable(
        {("title", "holdsPositionIn", "Official>GovernmentBody"): (17, 20),
         ("title", "holdsPositionIn", "Person>Enterprise"): (2, 2),
         ("visit", "visited", "Official>City"): (48, 50)},
        again=(38, 40),
        agreed={"holdsPositionIn": (95, 96), "visited": (KIND_MIN - 1, KIND_MIN - 1)},
    )  # fmt: skip
    gov = ("title", "holdsPositionIn", "Official>GovernmentBody")
    bound = round(wilson_lower(17, 20), 3)
    assert kinds.agreement("holdsPositionIn") == round(wilson_lower(95, 96), 3) > bound
    assert kinds.confidence(*gov) == bound  # the model has no reading of the pair
    assert kinds.confidence(*gov, model=AGREE) == kinds.agreement("holdsPositionIn")
    assert kinds.confidence(*gov, model=AGREE - 0.01) == bound
    assert kinds.confidence(*gov, model=0.0) == bound
    # a thin kind stays thin whatever the model says
    thin = ("title", "holdsPositionIn", "Person>Enterprise")
    assert kinds.confidence(*thin, model=0.99) == kinds.confidence(*thin) <= THIN_CAP
    visit = ("visit", "visited", "Official>City")
    assert kinds.confidence(*visit) == round(wilson_lower(48, 50), 3) > THIN_CAP
    assert kinds.confidence(*visit, model=0.0) == round(wilson_lower(48, 50), 3)
    # too few agreed statements of the relation measured: no floor
    assert kinds.agreement("visited") == 0.0
    assert kinds.confidence(*visit, model=0.99) == round(wilson_lower(48, 50), 3)
    assert KindTable.from_json(kinds.to_json()) == kinds
    table = ConfidenceTable({}, kinds=kinds)
    assert {kinds.agreement("holdsPositionIn"), bound} <= table.values(*gov[:2])


def test_the_models_reading_caps_a_rule_statement_at_its_bands_bound() -> None:
    """Whatever its kind, a rule statement gets at most the lower bound of the precision its
    relation's statements had in the band the model's probability for its pair falls in;
    a relation seen too rarely in a band takes every relation's band; no counts: no cap."""
    assert [reading_band(p) for p in (None, 0.0, READINGS[0], READINGS[1], 1.0)] == [
        "none", "0", "1", "2", "2"]
    gov = ("title", "holdsPositionIn", "Official>GovernmentBody")
    kinds = KindTable(
        {gov: (96, 100), ("visit", "visited", "Official>City"): (48, 50)},
        again=(38, 40),
        agreed={"holdsPositionIn": (95, 96)},
        read={("holdsPositionIn", "0"): (14, 20), ("holdsPositionIn", "2"): (95, 96),
              ("visited", "0"): (2, 3), (ALL, "0"): (30, 40), (ALL, "none"): (9, 10)},
    )  # fmt: skip
    bound = round(wilson_lower(96, 100), 3)
    doubted = round(wilson_lower(14, 20, READ_Z), 3)
    assert kinds.reading("holdsPositionIn", 0.1) == doubted < 0.8
    assert kinds.confidence(*gov, model=0.1) == doubted  # a kind of 0.94 the model doubts
    # agreed: raised to the agreed bound, but no higher than its band's (wider) bound
    agreed = kinds.confidence(*gov, model=0.9)
    assert agreed == kinds.reading("holdsPositionIn", 0.9) < kinds.agreement("holdsPositionIn")
    assert agreed == round(wilson_lower(95, 96, READ_Z), 3) > bound
    # no statements of the relation measured in the band: no cap from it
    assert kinds.confidence(*gov, model=0.3) == bound
    # too few of the relation in its band: every relation's band
    visit = ("visit", "visited", "Official>City")
    assert kinds.confidence(*visit, model=0.0) == round(wilson_lower(30, 40, READ_Z), 3)
    assert kinds.confidence(*visit) == min(round(wilson_lower(48, 50), 3),
                                           round(wilson_lower(9, 10, READ_Z), 3))  # fmt: skip
    # the restated floor is capped too
    assert kinds.confidence(*gov, again=True, model=0.1) == doubted
    # the file carries the counts and reads back the same; values() knows every band
    assert KindTable.from_json(kinds.to_json()) == kinds
    table = ConfidenceTable({}, kinds=kinds)
    assert {doubted, bound, agreed} <= table.values(*gov[:2])
    # a table without the counts caps nothing (as before they were measured)
    plain = KindTable({gov: (96, 100)})
    assert plain.reading("holdsPositionIn", 0.0) == 1.0
    assert plain.confidence(*gov, model=0.0) == bound


def test_the_bands_bound_is_one_sided_95_percent() -> None:
    """A band's cap is the wider bound (READ_Z standard errors, not Z): 60 of 66 statements
    of a relation the model read below 0.2 cap it under 0.8, though their plain bound (z = 1)
    is above it."""
    kinds = KindTable({("visit", "visited", "Official>City"): (95, 100)},
                      read={("visited", "0"): (58, 66)})  # fmt: skip
    assert READ_Z > 1.6
    assert wilson_lower(58, 66) > 0.8 > kinds.reading("visited", 0.1)
    assert kinds.confidence("visit", "visited", "Official>City", model=0.1) < 0.8


def test_further_gold_sets_add_to_the_counts_and_are_kept_apart(tmp_path: Path) -> None:
    """``also`` (`kg train --confidence-gold`): its counts add to every count a statement's
    confidence is read from (kinds, rules, restated, agreed, bands), and the file keeps the
    two parts apart, so the part measured on --gold can be remeasured on its own."""
    gov = ("title", "holdsPositionIn", "Official>GovernmentBody")
    base = KindTable({gov: (9, 10)}, "dev", again=(4, 4), agreed={"holdsPositionIn": (3, 3)},
                     read={("holdsPositionIn", "0"): (8, 10)})  # fmt: skip
    also = KindTable({gov: (2, 10), ("visit", "visited", "Official>City"): (5, 5)}, "real",
                     again=(1, 2), agreed={"holdsPositionIn": (2, 2)},
                     read={("holdsPositionIn", "0"): (1, 5)})  # fmt: skip
    both = KindTable(base.counts, "dev", base.again, base.agreed, base.read, also)
    assert both.confidence(*gov) == round(wilson_lower(11, 20), 3) < base.confidence(*gov)
    assert both.reading("holdsPositionIn", 0.0) == round(wilson_lower(9, 15, READ_Z), 3)
    assert both.restated() == round(wilson_lower(5, 6), 3) and base.restated() == 0.0
    assert both.agreement("holdsPositionIn") == round(wilson_lower(5, 5), 3)
    assert base.confidence("visit", "visited", "Official>City") is None  # unknown rule
    assert both.confidence("visit", "visited", "Official>City") is not None
    path = tmp_path / "confidence.json"
    write_table(ConfidenceTable({}, kinds=both), path)
    data = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    assert data["counts"]["title"]["holdsPositionIn"]["Official>GovernmentBody"] == [9, 10]
    assert data["also"]["counts"]["title"]["holdsPositionIn"]["Official>GovernmentBody"] == [2, 10]
    back = read_table(path).kinds
    assert back == both and back is not None and back.also == also
    assert ConfidenceTable({}, kinds=both).values("visit", "visited")


def test_rule_statements_read_by_the_shipped_relation_model(extractor: Extractor) -> None:
    """Invented text through the real extractor and the shipped model: the model scores the
    pair of every rule statement it has a candidate for (only those), and a statement it
    agrees with gets at least its relation's agreed bound; a statement only the model makes
    stays below 0.8."""
    model = extractor.relation_model
    assert model is not None
    doc = extractor.nlp("Wang Lifen, Governor of Hubei Province, visited Nairobi on Monday. "
                        "Chen Dongmei, Mayor of Xiangtan, met Ambassador Peter Otieno.")
    ctx = extractor.rules_context(doc)
    ctx.hits = model.apply(ctx)
    rules = [h for h in ctx.hits if not h.extractor.startswith("model:")]
    agreement = model.agreement(ctx, ctx.hits)
    stated = {(ctx.found[h.subj].text, h.pred, ctx.found[h.obj].text) for h in rules}
    stated |= {(o, p, s) for s, p, o in stated if p == "metWith"}
    assert agreement and set(agreement) <= stated, (agreement, stated)
    assert all(0.0 <= p <= 1.0 for p in agreement.values())
    # a governor's post, as an apposition: the model reads it as the rule does
    assert agreement[("Wang Lifen", "servesIn", "Hubei Province")] >= AGREE
    # its features are those of the full candidate list, only fewer candidates are made
    from kg.learn.candidates import candidates

    wanted = {(s, o) for s, _, o in stated}
    every = [c for c in candidates(ctx)
             if (ctx.found[c.subj].text, ctx.found[c.obj].text) in wanted]  # fmt: skip
    assert [c.features for c in candidates(ctx, pairs=wanted)] == [c.features for c in every]
    table = packaged_table()
    assert table.kinds is not None
    with_model = statement_confidences(ctx, ctx.hits, table, agreement)
    for h, conf in zip(ctx.hits, with_model, strict=True):
        if h.extractor.startswith("model:"):
            assert conf <= THIN_CAP
            continue
        key = (ctx.found[h.subj].text, h.pred, ctx.found[h.obj].text)
        alone = table.kinds.confidence(h.extractor, h.pred, kind_of(ctx, h))
        # raised where the model agrees, never below what its reading's band allows
        assert alone is None or conf >= min(alone, table.kinds.reading(h.pred, agreement.get(key)))
        if key == ("Wang Lifen", "servesIn", "Hubei Province"):
            agreed = min(table.kinds.agreement("servesIn"), table.kinds.reading("servesIn", 0.9))
            assert conf >= agreed > 0.8
        assert conf in table.values(h.extractor, h.pred)
