"""The learned relation model (kg.learn): candidates and features on invented sentences,
deterministic training, the shipped model reproducible from the gold, and the model's
statements reaching the graph with their extractor and provenance."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXTRA, GOLD, ROOT, SHARED
from rdflib import RDF, Graph, Literal
from rdflib.namespace import PROV
from spacy.language import Language

from kg.extract import Extractor, finish
from kg.extract.confidence import confidence
from kg.extract.context import DocContext
from kg.extract.gazetteer import Gazetteer
from kg.graph.rdf import build_graph
from kg.graph.resolve import resolve
from kg.learn.features import Candidate, candidates
from kg.learn.model import (
    ENABLED_BY_DEFAULT,
    MODEL_FILE,
    PropertyModel,
    RelationModel,
    confidence_entries,
)
from kg.learn.train import collect, fit_all, train_model
from kg.model import Document
from kg.vocab import KF

SHIPPED = ROOT / "kg" / "data" / MODEL_FILE
TRAIN_ARGS = [
    "--corpus", str(SHARED / "seeds"), "--gold", str(GOLD),
    "--corpus", str(EXTRA), "--gold", str(SHARED / "gold-extra"),
]


@pytest.fixture(scope="module")
def rules_only(nlp: Language, gazetteer: Gazetteer) -> Extractor:
    return Extractor(nlp, gazetteer, relation_model=None)


def context(extractor: Extractor, text: str) -> DocContext:
    return extractor.rules_context(extractor.nlp(text))


def pair(ctx: DocContext, subj: str, obj: str) -> Candidate:
    found = [
        c for c in candidates(ctx)
        if ctx.found[c.subj].text == subj and ctx.found[c.obj].text == obj
    ]
    assert len(found) == 1, [(ctx.found[c.subj].text, ctx.found[c.obj].text) for c in
                             candidates(ctx)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "subj", "obj", "preds", "expected"),
    [
        # the two classes, order, the dependency path through the verb, the trigger between
        (
            "Wang Fang visited Suzhou Industrial Park on Monday.",
            "Wang Fang", "Suzhou Industrial Park", ("holdsPositionIn", "visited"),
            {"tp=Person>Zone", "ord=so", "path=nsubj|dobj", "lca=visit", "btw=visit",
             "rule_pair=visited"},
        ),
        # the reverse pair: object first, and what the rules said of it the other way round
        (
            "Wang Fang visited Suzhou Industrial Park on Monday.",
            "Suzhou Industrial Park", "Wang Fang", ("supports",),
            {"tp=Zone>Person", "ord=os", "path=dobj|nsubj", "rule_rev=visited"},
        ),
        # list membership: the third of three coordinated countries
        (
            "Acme Robotics Co., Ltd. exported machines to Kenya, Ghana and Peru.",
            "Acme Robotics Co., Ltd.", "Peru", ("investsIn", "locatedIn", "tradesWith"),
            {"tp=Enterprise>Country", "btw=export", "btw=to", "o_in_list"},
        ),
        # an occasion named one sentence earlier, referred to as "the opening ceremony"
        (
            "The 5th Lakeside Investment Expo opened in Wuhan on Monday. Li Ming, Mayor of "
            "Wuhan, attended the opening ceremony and delivered a speech.",
            "Li Ming", "5th Lakeside Investment Expo", ("participatesIn",),
            {"xsent", "xback=1", "x_s_verb=attend", "x_noun=ceremony", "x_main", "x_s_titled"},
        ),
        # names are features only by kind: the model cannot learn the articles' names
        (
            "Zhao Lei, Governor of Anhui Province, and Qian Hong, Mayor of Hefei, attended the "
            "3rd Riverside Trade Fair.",
            "Zhao Lei", "Hefei", ("servesIn", "visited"),
            {"tp=Official>City", "lca=<name>", "lca=subj", "rule_s=servesIn",
             "rule_s=participatesIn"},
        ),
    ],
)
def test_candidate_features(
    rules_only: Extractor,
    text: str,
    subj: str,
    obj: str,
    preds: tuple[str, ...],
    expected: set[str],
) -> None:
    cand = pair(context(rules_only, text), subj, obj)
    assert cand.preds == preds
    assert expected <= set(cand.features), sorted(cand.features)
    assert not any("lei" in f.lower() or "hefei" in f.lower() for f in cand.features)


@pytest.mark.parametrize(
    ("text", "subj", "obj", "pred"),
    [
        # City -> Province comes from the gazetteer: never a locatedIn candidate
        ("Suzhou in Jiangsu Province hosted the forum.", "Suzhou", "Jiangsu Province",
         "locatedIn"),
        # no relation joins two countries
        ("Kenya and Ghana signed a treaty.", "Kenya", "Ghana", None),
        # a currency sign names the country but states nothing about it
        ("Acme Robotics Co., Ltd. invested US$5 million in Kenya.", "Acme Robotics Co., Ltd.",
         "US", None),
    ],
)
def test_no_candidate(
    rules_only: Extractor, text: str, subj: str, obj: str, pred: str | None
) -> None:
    ctx = context(rules_only, text)
    assert {f.text for f in ctx.found} >= {subj, obj}
    found = [
        c for c in candidates(ctx)
        if ctx.found[c.subj].text == subj and ctx.found[c.obj].text == obj
        and (pred is None or pred in c.preds)
    ]
    assert not found


def test_rules_decisions_are_marked(rules_only: Extractor) -> None:
    ctx = context(rules_only, "Bluewater Textiles Co., Ltd. set up a factory in Vietnam.")
    cand = pair(ctx, "Bluewater Textiles Co., Ltd.", "Vietnam")
    assert cand.asserted == {"investsIn"}
    assert "rule_pair=investsIn" in cand.features


def forcing_model(pred: str, feature: str, confidence: float) -> RelationModel:
    """A model that asserts ``pred`` for every candidate with ``feature``."""
    pm = PropertyModel({feature: 10.0}, -5.0, 0.5, ((0.5, confidence),))
    return RelationModel({pred: pm}, {})


# The rules read nothing from the second sentence: only the model can link the buyers'
# countries to the fair.
TEXT = (
    "The 3rd Riverside Trade Fair opened in Hefei on Monday. Buyers from Kenya, Ghana and "
    "Peru toured the booths."
)


def test_model_statements_reach_the_graph_with_provenance(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    model = forcing_model("participatesIn", "xsent", 0.7)
    extractor = Extractor(nlp, gazetteer, relation_model=model)
    document = Document("d1", "fair.txt", TEXT, "0" * 64)
    extraction = extractor(nlp(TEXT), document)
    added = [r for r in extraction.relations if r.extractor == "model:participatesIn"]
    names = {extraction.mentions[r.subj].text for r in added}
    assert names == {"Kenya", "Ghana", "Peru"}
    assert {extraction.mentions[r.obj].text for r in added} == {"3rd Riverside Trade Fair"}
    # the confidence table's model:participatesIn entry (`kg train --confidence`), as for rules
    table = confidence("model:participatesIn", "participatesIn")
    assert all(r.confidence == table for r in added)
    # the statement's sentence is the one naming the agent
    assert all(TEXT[r.sent_start:r.sent_end].startswith("Buyers") for r in added)

    g: Graph = build_graph(resolve([extraction], gazetteer))
    by_model = [a for a in g.subjects(KF.extractor, Literal("model:participatesIn"))]
    assert len(by_model) == 3
    for a in by_model:
        assert g.value(a, RDF.predicate) == KF.participatesIn
        assert g.value(a, PROV.wasDerivedFrom) is not None
        assert str(g.value(a, KF.sentence)).startswith("Buyers from Kenya")
        assert float(g.value(a, KF.confidence)) == table

    rules = Extractor(nlp, gazetteer, relation_model=None)(nlp(TEXT), document)
    assert not [r for r in rules.relations if r.pred == "participatesIn"]


def test_confidence_entries_from_out_of_fold_counts() -> None:
    on = PropertyModel({"xsent": 1.0}, 0.0, 0.5, ((0.5, 0.6),))
    off = PropertyModel({}, -3.0, 1.0, ())
    model = RelationModel(
        {"participatesIn": on, "visited": off},
        {"inner_folds": 5, "out_of_fold": {
            "model:participatesIn": {"statements": 20, "correct": 12, "precision": 0.6},
            "model:visited": {"statements": 0, "correct": 0, "precision": None},
        }},
    )
    entries = confidence_entries(model)
    assert list(entries) == [("model:participatesIn", "participatesIn")]  # none for "off"
    entry = entries[("model:participatesIn", "participatesIn")]
    assert (entry.correct, entry.statements) == (12, 20)
    assert entry.confidence == round(13 / 22, 3)  # the table's smoothed precision
    assert "out-of-fold" in entry.source


def test_finish_without_model_hits_equals_rules_only(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    extractor = Extractor(nlp, gazetteer, relation_model=None)
    document = Document("d1", "fair.txt", TEXT, "0" * 64)
    doc = nlp(TEXT)
    assert finish(document, extractor.rules_context(doc)) == extractor(doc, document)


def test_shipped_model_loads_and_is_used_when_enabled(gazetteer: Gazetteer,
                                                     nlp: Language) -> None:
    assert SHIPPED.is_file(), f"kg/data/{MODEL_FILE} missing: run `kg train ... --out`"
    model = RelationModel.load(SHIPPED)
    for pm in model.properties.values():
        # confidence from out-of-fold precision: a probability, rising with the score
        assert all(0.0 <= p <= 1.0 for _, p in pm.calibration)
        assert [p for _, p in pm.calibration] == sorted(p for _, p in pm.calibration)
        # a relation left to the rules ships no weights
        assert pm.threshold < 1.0 or not pm.weights
    default = Extractor(nlp, gazetteer).relation_model
    if ENABLED_BY_DEFAULT:
        assert default == model
    else:
        assert default is None


@pytest.fixture(scope="module")
def dev_examples(nlp: Language) -> list:  # type: ignore[type-arg]
    sets = [(SHARED / "seeds", GOLD), (EXTRA, SHARED / "gold-extra")]
    return collect(sets, nlp)


def test_shipped_model_is_reproducible_from_the_gold(dev_examples: list) -> None:  # type: ignore[type-arg]
    trained = train_model(dev_examples).to_json()
    assert trained == SHIPPED.read_text(encoding="utf-8"), (
        "kg/data/relation_model.json is not what the gold and the current extractor train: "
        "rerun `kg train " + " ".join(TRAIN_ARGS).replace(str(SHARED), "../shared")
        + " --out kg/data/relation_model.json --confidence kg/data/confidence.json`"
    )


def test_training_is_deterministic_and_order_free(dev_examples: list) -> None:  # type: ignore[type-arg]
    seeds = [e for e in dev_examples if not e.document.path.startswith("x")]
    assert len(seeds) == 5
    fitted = fit_all(seeds)
    assert sum(len(pm.weights) for pm in fitted.values()) > 100  # it learned something
    assert fit_all(list(reversed(seeds))) == fitted
    first = train_model(seeds, inner_folds=2).to_json()
    assert train_model(list(reversed(seeds)), inner_folds=2).to_json() == first


def test_bad_model_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text('{"format": 99}', encoding="utf-8")
    from kg.errors import KgError

    with pytest.raises(KgError) as err:
        RelationModel.load(bad)
    assert err.value.message.startswith(f"E030: {bad}: bad relation model")
    assert "kg train" in err.value.message


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "kg"), *args], capture_output=True, text=True,
        cwd=ROOT, timeout=600,
    )


def test_train_cli_pairs_corpus_and_gold(tmp_path: Path) -> None:
    proc = kg("train", "--corpus", str(SHARED / "seeds"), "--out", str(tmp_path / "m.json"),
              "--gold", str(GOLD), "--gold", str(GOLD))
    assert proc.returncode == 2
    assert proc.stderr.startswith("kg: error: E040: bad option: 1 --corpus but 2 --gold")
    assert not (tmp_path / "m.json").exists()


def test_train_cli_cross_validates(tmp_path: Path) -> None:
    proc = kg("train", "--corpus", str(SHARED / "seeds"), "--gold", str(GOLD), "--cv", "2",
              "--graphs", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("2-fold cross-validation over 5 documents")
    for prop in ("holdsPositionIn", "servesIn", "participatesIn", "investsIn"):
        assert f"\n  {prop} " in out
    # both graphs were written and load
    for name in ("rules.ttl", "model.ttl"):
        g = Graph()
        g.parse(tmp_path / name)
        assert len(g) > 1000
