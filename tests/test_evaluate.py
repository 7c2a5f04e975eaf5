"""Scoring against gold, rule by rule from SCHEMA.md "Gold annotations", on tiny hand-built graphs.

Graphs follow docs/rdf-model.md: a kf:Document with kf:fileName, entities with rdfs:label,
skos:altLabel and kf:mentionedIn, and each relation as a plain triple plus a kf:Assertion
derived from the document that states it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS, GOLD
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from kg.errors import E, KgError
from kg.evaluation.score import EvalResult, Score, evaluate, match_key
from kg.vocab import KF

RES = Namespace("https://w3id.org/kaifang/resource/")
DOC = "004_sichuan.txt"
TEXT = (
    "Shi Xiaolin, Governor of Sichuan, visited Sichuan Injet Electric Co., Ltd. in Deyang City. "
    "She also toured Kunshan Yixin Motor Technology Co., Ltd., a partner of Injet."
)


@dataclass
class Kg:
    """A tiny graph in the shape `kg build` writes."""

    graph: Graph = field(default_factory=Graph)
    docs: dict[str, URIRef] = field(default_factory=dict)
    n: int = 0

    def doc(self, file_name: str) -> URIRef:
        if file_name not in self.docs:
            iri = RES[f"doc/{file_name}"]
            self.graph.add((iri, RDF.type, KF.Document))
            self.graph.add((iri, KF.fileName, Literal(file_name)))
            self.docs[file_name] = iri
        return self.docs[file_name]

    def entity(self, cls: str, label: str, *alts: str, docs: tuple[str, ...] = (DOC,)) -> URIRef:
        self.n += 1
        iri = RES[f"{cls.lower()}/{self.n}"]
        self.graph.add((iri, RDF.type, KF[cls]))
        self.graph.add((iri, RDFS.label, Literal(label)))
        for alt in alts:
            self.graph.add((iri, SKOS.altLabel, Literal(alt)))
        for d in docs:
            self.graph.add((iri, KF.mentionedIn, self.doc(d)))
        return iri

    def relation(
        self,
        s: URIRef,
        prop: str,
        o: URIRef,
        doc: str = DOC,
        extractor: str = "rule",
        confidence: float = 0.5,
    ) -> None:
        self.n += 1
        a = RES[f"assertion/{self.n}"]
        self.graph.add((s, KF[prop], o))
        for p, v in (
            (RDF.type, KF.Assertion),
            (RDF.subject, s),
            (RDF.predicate, KF[prop]),
            (RDF.object, o),
            (PROV.wasDerivedFrom, self.doc(doc)),
            (KF.extractor, Literal(extractor)),
            (KF.confidence, Literal(Decimal(str(confidence)))),
        ):
            self.graph.add((a, p, v))


def gold_entity(gid: str, cls: str, name: str, *aliases: str) -> dict[str, object]:
    return {"id": gid, "type": cls, "name": name, "aliases": list(aliases)}


def write_gold(
    directory: Path,
    entities: list[dict[str, object]],
    relations: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    doc: str = DOC,
    text: str | None = None,
) -> Path:
    """One gold file for ``doc`` under directory/gold, and the doc's text under corpus/."""
    gold = directory / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    data = {
        "doc": doc,
        "entities": entities,
        "relations": [{"s": s, "p": p, "o": o} for s, p, o in relations],
    }
    (gold / f"{Path(doc).stem}.json").write_text(json.dumps(data), encoding="utf-8")
    if text is None:  # every name on its own: none is nested in another
        text = ". ".join(str(n) for e in entities for n in [e["name"], *e["aliases"]]) + "."
    corpus = directory / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / doc).write_text(text, encoding="utf-8")
    return gold


def counts(score: Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


def run(kg: Kg, tmp_path: Path) -> EvalResult:
    return evaluate(kg.graph, tmp_path / "gold", tmp_path / "corpus")


SHI = gold_entity("shi", "Official", "Shi Xiaolin", "Governor Shi Xiaolin")
SICHUAN = gold_entity("sichuan", "Province", "Sichuan", "Sichuan Province")
INJET = gold_entity("injet", "Enterprise", "Sichuan Injet Electric Co., Ltd.", "Injet")
DEYANG = gold_entity("deyang", "City", "Deyang", "Deyang City")
MOFCOM = gold_entity("mofcom", "GovernmentBody", "Ministry of Commerce", "MOFCOM")


# --- entities ------------------------------------------------------------------------------


def test_perfect_graph_scores_one(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, SICHUAN], [("shi", "servesIn", "sichuan")])
    kg = Kg()
    shi, sc = kg.entity("Official", "Shi Xiaolin"), kg.entity("Province", "Sichuan")
    kg.relation(shi, "servesIn", sc)
    result = run(kg, tmp_path)
    assert counts(result.entities) == (2, 0, 0)
    assert counts(result.relations) == (1, 0, 0)
    assert result.entities.f1 == result.relations.f1 == 1.0


@pytest.mark.parametrize(
    ("label", "alts"),
    [
        ("ministry of commerce", ()),  # case
        ("MINISTRY OF COMMERCE", ()),
        ("The Ministry of Commerce", ()),  # leading "the"
        ("the ministry of commerce.", ()),  # punctuation
        ("Ministry  of\nCommerce", ()),  # whitespace
        ("Commerce Ministry", ("the Ministry of Commerce",)),  # altLabel matches the name
        ("Commerce Ministry", ("mofcom",)),  # altLabel matches an alias
        ("MOFCOM", ()),  # label matches an alias
    ],
)
def test_entity_matches_name_or_alias_normalised(
    tmp_path: Path, label: str, alts: tuple[str, ...]
) -> None:
    write_gold(tmp_path, [MOFCOM])
    kg = Kg()
    kg.entity("GovernmentBody", label, *alts)
    assert counts(run(kg, tmp_path).entities) == (1, 0, 0)


@pytest.mark.parametrize(
    "label",
    ["Ministry of Commerce of Sichuan", "Ministry of Commerc", "Ministry of the Commerce"],
)
def test_different_names_do_not_match(tmp_path: Path, label: str) -> None:
    write_gold(tmp_path, [MOFCOM])
    kg = Kg()
    kg.entity("GovernmentBody", label)
    result = run(kg, tmp_path)
    assert counts(result.entities) == (0, 1, 1)
    assert result.missed_entities == ["GovernmentBody 'Ministry of Commerce'"]


def test_punctuation_inside_names_is_ignored() -> None:
    assert match_key("Sichuan Injet Electric Co., Ltd.") == match_key(
        "sichuan injet electric co ltd"
    )
    assert match_key("People’s Government") == match_key("People's Government")
    assert match_key("The Belt and Road") == "belt and road"
    assert match_key("Theatre") == "theatre"  # only the word "the"


def test_class_must_match(tmp_path: Path) -> None:
    write_gold(tmp_path, [SICHUAN])
    kg = Kg()
    kg.entity("City", "Sichuan")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (0, 1, 1)
    assert counts(result.by_class["City"]) == (0, 1, 0)
    assert counts(result.by_class["Province"]) == (0, 0, 1)


def test_two_nodes_for_one_gold_entity_are_hit_and_false_positive(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI])
    kg = Kg()
    kg.entity("Official", "Shi Xiaolin")
    kg.entity("Official", "Governor Shi Xiaolin")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 1, 0)
    assert result.false_entities == ["Official 'Governor Shi Xiaolin' (missed merge)"]


def test_a_node_takes_every_gold_entity_it_matches_in_graph_order(tmp_path: Path) -> None:
    # The first node matches two gold entities through its names and takes both; the second
    # matches only one of them, already taken: a missed merge.
    other = gold_entity("injet2", "Enterprise", "Injet Electric")
    write_gold(tmp_path, [INJET, other])
    kg = Kg()
    kg.entity("Enterprise", "Injet", "Sichuan Injet Electric Co., Ltd.", "Injet Electric")
    kg.entity("Enterprise", "Injet Electric")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (2, 1, 0)
    assert result.false_entities == ["Enterprise 'Injet Electric' (missed merge)"]


def test_per_class_counts(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, SICHUAN, INJET, DEYANG])
    kg = Kg()
    kg.entity("Official", "Shi Xiaolin")
    kg.entity("Province", "Sichuan Province")
    kg.entity("Enterprise", "Deyang Injet")  # wrong name
    kg.entity("Zone", "Deyang Economic Zone")  # not in gold
    result = run(kg, tmp_path)
    assert counts(result.by_class["Official"]) == (1, 0, 0)
    assert counts(result.by_class["Province"]) == (1, 0, 0)
    assert counts(result.by_class["Enterprise"]) == (0, 1, 1)
    assert counts(result.by_class["City"]) == (0, 0, 1)
    assert counts(result.by_class["Zone"]) == (0, 1, 0)
    assert counts(result.entities) == (2, 2, 2)
    assert result.entities.precision == result.entities.recall == result.entities.f1 == 0.5


def test_only_documents_with_gold_count(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI])
    kg = Kg()
    kg.entity("Official", "Shi Xiaolin", docs=(DOC, "other.txt"))
    hu = kg.entity("Official", "Hu Yuting", docs=("other.txt",))
    kg.entity("Province", "Jiangsu", docs=())  # gazetteer-added, named by no text
    kg.relation(hu, "visited", hu, doc="other.txt")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 0, 0)
    assert counts(result.relations) == (0, 0, 0)


# --- optional nested names -----------------------------------------------------------------

KUNSHAN = gold_entity("kunshan", "City", "Kunshan")
YIXIN = gold_entity("yixin", "Enterprise", "Kunshan Yixin Motor Technology Co., Ltd.")


def test_name_only_inside_longer_name_is_optional(tmp_path: Path) -> None:
    write_gold(tmp_path, [YIXIN, KUNSHAN], [("yixin", "locatedIn", "kunshan")], text=TEXT)
    kg = Kg()
    kg.entity("Enterprise", "Kunshan Yixin Motor Technology Co., Ltd.")
    # Without the node: not a miss.
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 0, 0)
    assert counts(result.relations) == (0, 0, 0)  # relations touching it are optional too
    # With the node and the relation: not a false positive either.
    yixin = next(iter(kg.graph.subjects(RDFS.label, Literal(YIXIN["name"]))))
    kunshan = kg.entity("City", "Kunshan")
    kg.relation(yixin, "locatedIn", kunshan)  # type: ignore[arg-type]
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 0, 0)
    assert counts(result.relations) == (0, 0, 0)


def test_gold_document_missing_from_the_corpus_is_e016(tmp_path: Path) -> None:
    write_gold(tmp_path, [YIXIN, KUNSHAN], text=TEXT)
    (tmp_path / "corpus" / DOC).unlink()
    with pytest.raises(KgError) as info:
        run(Kg(), tmp_path)
    assert info.value.code is E.E016
    assert DOC in info.value.message


def test_name_also_standing_alone_is_required(tmp_path: Path) -> None:
    text = TEXT + " Kunshan is a city in Jiangsu."
    write_gold(tmp_path, [YIXIN, KUNSHAN], text=text)
    kg = Kg()
    kg.entity("Enterprise", "Kunshan Yixin Motor Technology Co., Ltd.")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 0, 1)
    assert result.missed_entities == ["City 'Kunshan'"]


def test_name_written_with_quotes_is_not_nested(tmp_path: Path) -> None:
    # The text quotes part of the name: punctuation is ignored here as in matching, so
    # the event stands alone and must be found.
    event = gold_entity("two_sessions", "Event", "Two Sessions 2023")
    text = "During the national “Two Sessions” 2023, Xi Jinping joined the Jiangsu delegation."
    write_gold(tmp_path, [event], text=text)
    kg = Kg()
    kg.doc(DOC)  # built from the gold's corpus, nothing found
    result = run(kg, tmp_path)
    assert counts(result.entities) == (0, 0, 1)


def test_entity_named_only_by_an_alias_is_required(tmp_path: Path) -> None:
    # "Xi Jinping" never appears, "General Secretary Xi" does: absent is not "nested".
    xi = gold_entity("xi", "Official", "Xi Jinping", "General Secretary Xi")
    write_gold(tmp_path, [xi], text="General Secretary Xi stressed opening up.")
    kg = Kg()
    kg.doc(DOC)  # built from the gold's corpus, nothing found
    result = run(kg, tmp_path)
    assert counts(result.entities) == (0, 0, 1)


# --- the reference scorer's name rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_name", "label"),
    [
        ("People's Government of Sichuan Province", "Peoples Government of Sichuan Province"),
        ("People’s Government of Sichuan Province", "People''s Government of Sichuan Province"),
        ("Xi'an", "Xian"),  # apostrophes dropped
        ("China's Ministry of Commerce", "China Ministry of Commerce"),  # possessive 's dropped
    ],
)
def test_apostrophes_and_possessives_are_ignored(
    tmp_path: Path, gold_name: str, label: str
) -> None:
    write_gold(tmp_path, [gold_entity("g", "GovernmentBody", gold_name)])
    kg = Kg()
    kg.entity("GovernmentBody", label)
    assert counts(run(kg, tmp_path).entities) == (1, 0, 0)


def test_punctuation_outside_the_reference_set_is_kept() -> None:
    assert match_key("Sino-German (Pukou)") == "sino german pukou"
    assert match_key("R&D Center") != match_key("R D Center")


def test_generic_names_are_one_entity_per_document(tmp_path: Path) -> None:
    # "the Provincial Government" of two articles is two bodies; "Ministry of Commerce" is one.
    gov = gold_entity("gov", "GovernmentBody", "the Provincial Government")
    write_gold(tmp_path, [gov, MOFCOM])
    write_gold(tmp_path, [gov, MOFCOM], doc="005_other.txt")
    kg = Kg()
    kg.entity("GovernmentBody", "Provincial Government", docs=(DOC, "005_other.txt"))
    kg.entity("GovernmentBody", "Ministry of Commerce", docs=(DOC, "005_other.txt"))
    result = run(kg, tmp_path)
    assert result.gold_entities == 3
    # One node takes one of the two generic entities at most: the other is missed.
    assert counts(result.entities) == (2, 0, 1)
    kg.entity("GovernmentBody", "the Provincial Government", docs=("005_other.txt",))
    assert counts(run(kg, tmp_path).entities) == (3, 0, 0)


def test_gazetteer_place_named_by_no_text_is_ignored(tmp_path: Path) -> None:
    write_gold(tmp_path, [SICHUAN])
    kg = Kg()
    kg.entity("Province", "Sichuan")
    kg.entity("Province", "Jiangsu", docs=())  # the parent of a city: not in the text
    kg.entity("Enterprise", "Jiangsu Steel", docs=())  # not a place: a false positive
    result = run(kg, tmp_path)
    assert counts(result.entities) == (1, 1, 0)
    assert result.false_entities == ["Enterprise 'Jiangsu Steel' (not in gold)"]


def test_node_named_only_inside_longer_gold_names_is_ignored(tmp_path: Path) -> None:
    write_gold(tmp_path, [YIXIN], text=TEXT)
    kg = Kg()
    kg.entity("Enterprise", "Kunshan Yixin Motor Technology Co., Ltd.")
    kg.entity("City", "Kunshan")  # not in gold, but only ever part of the company's name
    assert counts(run(kg, tmp_path).entities) == (1, 0, 0)


def test_node_of_the_wrong_class_is_counted_as_typed_wrong(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI])
    kg = Kg()
    kg.entity("Person", "Shi Xiaolin")
    result = run(kg, tmp_path)
    assert counts(result.entities) == (0, 1, 1)
    assert result.typed_wrong == 1


def test_graph_without_any_gold_document_is_e017(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, [SHI])
    kg = Kg()
    kg.entity("Official", "Shi Xiaolin", docs=("some_other_article.txt",))
    with pytest.raises(KgError) as info:
        run(kg, tmp_path)
    assert info.value.code is E.E017
    assert str(gold) in info.value.message


# --- relations -----------------------------------------------------------------------------


def _injet_graph() -> tuple[Kg, URIRef, URIRef, URIRef, URIRef]:
    kg = Kg()
    shi = kg.entity("Official", "Shi Xiaolin")
    injet = kg.entity("Enterprise", "Sichuan Injet Electric Co., Ltd.")
    deyang = kg.entity("City", "Deyang City")
    sichuan = kg.entity("Province", "Sichuan")
    return kg, shi, injet, deyang, sichuan


def test_relation_needs_both_ends_and_same_property(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        [SHI, INJET, DEYANG, SICHUAN],
        [
            ("shi", "visited", "injet"),
            ("injet", "locatedIn", "deyang"),
            ("shi", "servesIn", "sichuan"),
        ],
    )
    kg, shi, injet, deyang, sichuan = _injet_graph()
    kg.relation(shi, "visited", injet)  # hit
    kg.relation(deyang, "locatedIn", injet)  # reversed: false, and the gold edge is missed
    kg.relation(shi, "visited", sichuan)  # wrong property: false, servesIn missed
    result = run(kg, tmp_path)
    assert counts(result.by_property["visited"]) == (1, 1, 0)
    assert counts(result.by_property["locatedIn"]) == (0, 1, 1)
    assert counts(result.by_property["servesIn"]) == (0, 0, 1)
    assert counts(result.relations) == (1, 2, 2)
    assert sorted(result.missed_relations) == [
        "Shi Xiaolin servesIn Sichuan",
        "Sichuan Injet Electric Co., Ltd. locatedIn Deyang",
    ]
    assert sorted(result.false_relations) == [
        "Deyang City locatedIn Sichuan Injet Electric Co., Ltd.",
        "Shi Xiaolin visited Sichuan",
    ]


def test_relation_to_unmatched_node_is_false(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, INJET], [("shi", "visited", "injet")])
    kg, shi, _, _, _ = _injet_graph()
    wrong = kg.entity("Enterprise", "Injet Group")
    kg.relation(shi, "visited", wrong)
    assert counts(run(kg, tmp_path).relations) == (0, 1, 1)


def test_relation_stated_only_by_other_documents_is_not_scored(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, INJET], [("shi", "visited", "injet")])
    kg, shi, injet, _, _ = _injet_graph()
    kg.relation(shi, "visited", injet, doc="other.txt")  # stated by a document without gold
    assert counts(run(kg, tmp_path).relations) == (0, 0, 1)
    kg.relation(shi, "visited", injet)
    assert counts(run(kg, tmp_path).relations) == (1, 0, 0)


def test_bare_relation_triple_counts_as_the_reference_scorer_counts_it(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, INJET], [("shi", "visited", "injet")])
    kg, shi, injet, _, _ = _injet_graph()
    kg.graph.add((shi, KF.visited, injet))  # no kf:Assertion at all
    assert counts(run(kg, tmp_path).relations) == (1, 0, 0)


def test_city_province_located_in_neither_required_nor_penalised(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        [INJET, DEYANG, SICHUAN, gold_entity("china", "Country", "China")],
        [
            ("deyang", "locatedIn", "sichuan"),  # missing from the graph: not a miss
            ("sichuan", "locatedIn", "china"),
            ("injet", "locatedIn", "deyang"),  # still required
        ],
    )
    kg, _, injet, deyang, sichuan = _injet_graph()
    chengdu = kg.entity("City", "Chengdu")
    kg.entity("Country", "China")
    kg.relation(chengdu, "locatedIn", sichuan)  # not in gold: not a false positive
    result = run(kg, tmp_path)
    assert counts(result.by_property["locatedIn"]) == (0, 0, 1)
    assert result.missed_relations == ["Sichuan Injet Electric Co., Ltd. locatedIn Deyang"]
    kg.relation(injet, "locatedIn", deyang)
    kg.relation(deyang, "locatedIn", sichuan)
    assert counts(run(kg, tmp_path).by_property["locatedIn"]) == (1, 0, 0)


def test_relation_through_duplicate_node_still_matches(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, INJET], [("shi", "visited", "injet")])
    kg = Kg()
    kg.entity("Official", "Shi Xiaolin")
    injet = kg.entity("Enterprise", "Sichuan Injet Electric Co., Ltd.")
    governor = kg.entity("Official", "Governor Shi Xiaolin")  # unmerged duplicate
    kg.relation(governor, "visited", injet)
    result = run(kg, tmp_path)
    assert counts(result.relations) == (1, 0, 0)
    assert counts(result.entities) == (2, 1, 0)


def test_gold_from_several_files_is_one_union(tmp_path: Path) -> None:
    write_gold(tmp_path, [SHI, SICHUAN], [("shi", "servesIn", "sichuan")])
    write_gold(tmp_path, [SHI, MOFCOM], doc="005_other.txt")
    kg = Kg()
    shi = kg.entity("Official", "Shi Xiaolin", docs=(DOC, "005_other.txt"))
    kg.relation(shi, "servesIn", kg.entity("Province", "Sichuan"))
    kg.entity("GovernmentBody", "Ministry of Commerce", docs=("005_other.txt",))
    result = run(kg, tmp_path)
    assert counts(result.entities) == (3, 0, 0)  # Shi Xiaolin counted once across documents
    assert counts(result.relations) == (1, 0, 0)


def test_score_arithmetic() -> None:
    score = Score(tp=6, fp=2, fn=4)
    assert score.precision == 0.75
    assert score.recall == 0.6
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == Score().precision == Score().recall == 0.0


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"doc": "a.txt", "entities": []}',  # no relations
        '["a list"]',
        '{"doc": "a.txt", "entities": [{"id": "x"}], "relations": []}',  # entity without type
        '{"doc": "a.txt", "entities": [{"id": "x", "type": "Company", "name": "X"}], '
        '"relations": []}',  # not one of the 12 classes
        '{"doc": "a.txt", "entities": [], "relations": [{"s": "x"}]}',
        "",
    ],
    ids=["syntax", "missing-key", "not-object", "bad-entity", "bad-type", "bad-relation", "empty"],
)
def test_bad_gold_file_is_e010_naming_it(tmp_path: Path, content: str) -> None:
    gold = write_gold(tmp_path, [SHI])
    bad = gold / "zz_bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as info:
        evaluate(Graph(), gold, tmp_path / "corpus")
    assert info.value.code is E.E010
    assert str(bad) in info.value.message


@pytest.mark.parametrize("make", ["missing", "empty", "file"])
def test_missing_or_empty_gold_dir_is_e009(tmp_path: Path, make: str) -> None:
    gold = tmp_path / "gold"
    if make == "empty":
        gold.mkdir()
        (gold / "notes.txt").write_text("no json here", encoding="utf-8")
    elif make == "file":
        gold.write_text("{}", encoding="utf-8")
    with pytest.raises(KgError) as info:
        evaluate(Graph(), gold, tmp_path / "corpus")
    assert info.value.code is E.E009
    assert str(gold) in info.value.message


# --- the real seed build -------------------------------------------------------------------


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"{GOLD} not present")
def test_seed_build_meets_the_quality_bar(built_graph: Graph) -> None:
    result = evaluate(built_graph, GOLD, CORPUS)
    assert result.entities.tp + result.entities.fn >= 100  # the gold is really being used
    assert result.entities.f1 >= 0.85, result.missed_entities + result.false_entities
    assert result.relations.f1 >= 0.60, result.missed_relations + result.false_relations


# --- metWith and the scorer rules that came with it -----------------------------------------

WANG = gold_entity("wang", "Official", "Wang Lin", "Mayor Wang Lin")
OKADA = gold_entity("okada", "Person", "Kenji Okada")


@pytest.mark.parametrize("forward", [True, False], ids=["as annotated", "written the other way"])
def test_met_with_between_two_people_is_one_fact_either_way(tmp_path: Path, forward: bool) -> None:
    write_gold(tmp_path, [WANG, OKADA], [("wang", "metWith", "okada")])
    kg = Kg()
    wang, okada = kg.entity("Official", "Wang Lin"), kg.entity("Person", "Kenji Okada")
    kg.relation(*((wang, "metWith", okada) if forward else (okada, "metWith", wang)))
    result = run(kg, tmp_path)
    assert counts(result.by_property["metWith"]) == (1, 0, 0)


def test_met_with_stated_both_ways_is_one_hit(tmp_path: Path) -> None:
    write_gold(tmp_path, [WANG, OKADA], [("okada", "metWith", "wang")])
    kg = Kg()
    wang, okada = kg.entity("Official", "Wang Lin"), kg.entity("Person", "Kenji Okada")
    kg.relation(wang, "metWith", okada)
    kg.relation(okada, "metWith", wang)
    assert counts(run(kg, tmp_path).relations) == (1, 0, 0)


def test_a_false_meeting_stated_both_ways_is_one_false_fact(tmp_path: Path) -> None:
    write_gold(tmp_path, [WANG, OKADA, SHI])
    kg = Kg()
    wang, okada = kg.entity("Official", "Wang Lin"), kg.entity("Person", "Kenji Okada")
    kg.entity("Official", "Shi Xiaolin")
    kg.relation(wang, "metWith", okada)
    kg.relation(okada, "metWith", wang)
    assert counts(run(kg, tmp_path).relations) == (0, 1, 0)


def test_met_with_a_company_keeps_its_direction(tmp_path: Path) -> None:
    write_gold(tmp_path, [WANG, INJET], [("wang", "metWith", "injet")])
    kg = Kg()
    wang, injet = kg.entity("Official", "Wang Lin"), kg.entity("Enterprise", "Injet")
    kg.relation(injet, "metWith", wang)
    assert counts(run(kg, tmp_path).by_property["metWith"]) == (0, 1, 1)


def test_regional_generic_names_are_per_document(tmp_path: Path) -> None:
    body = gold_entity("g", "GovernmentBody", "Regional Government")
    write_gold(tmp_path, [body], doc="a.txt")
    write_gold(tmp_path, [body], doc="b.txt")
    kg = Kg()
    kg.entity("GovernmentBody", "Regional Government", docs=("a.txt", "b.txt"))
    assert counts(run(kg, tmp_path).entities) == (1, 0, 1)


def test_a_wrong_class_is_not_excused_as_nested(tmp_path: Path) -> None:
    # "Kunshan" stands only inside the company's name, but it is a gold name of a City: a node
    # typed Organization with that name is a wrong type, never excused.
    kunshan = gold_entity("kunshan", "City", "Kunshan")
    write_gold(tmp_path, [YIXIN, kunshan], text=TEXT)
    kg = Kg()
    kg.entity("Enterprise", "Kunshan Yixin Motor Technology Co., Ltd.")
    kg.entity("Organization", "Kunshan")
    result = run(kg, tmp_path)
    assert result.typed_wrong == 1
    assert counts(result.entities) == (1, 1, 0)
