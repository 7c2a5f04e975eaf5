"""Posts and who holds them: text in -> (person, class, relations) out, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.corpus import parse_document
from kg.extract import Extractor
from kg.gazetteer import Gazetteer
from kg.model import Extraction


@pytest.fixture(scope="module")
def extractor(nlp: Language, gazetteer: Gazetteer) -> Extractor:
    return Extractor(nlp, gazetteer)


def run(extractor: Extractor, text: str) -> Extraction:
    document = parse_document(text, "t.txt")
    return extractor(extractor.nlp(document.text), document)


def classes(ex: Extraction) -> dict[str, str]:
    return {m.text: m.cls for m in ex.mentions}


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(ex.mentions[r.subj].text, r.pred, ex.mentions[r.obj].text) for r in ex.relations}


@pytest.mark.parametrize(
    ("text", "person", "cls", "expected"),
    [
        # a post abroad before the name: an Official, and no jurisdiction
        ("Chinese Ambassador to Germany Zhao Minghui attended the reception.",
         "Zhao Minghui", "Official", set()),
        # a lowercase post after a level word
        ("Yunnan will open more ports, provincial governor Wen Jianhua said on Monday.",
         "Wen Jianhua", "Official", {("Wen Jianhua", "servesIn", "Yunnan")}),
        # "the provincial vice-governor": the document's province
        ("Shaanxi welcomes investors, said Gao Pengfei, the provincial vice-governor.",
         "Gao Pengfei", "Official", {("Gao Pengfei", "servesIn", "Shaanxi")}),
        # a post held, after a copula and an adverb
        ("Deng Yuhang is now the director of the Ningbo FTZ.",
         "Deng Yuhang", "Official",
         {("Deng Yuhang", "holdsPositionIn", "Ningbo FTZ"),
          ("Deng Yuhang", "servesIn", "Ningbo FTZ")}),
        # a post taken over; what follows "from" is not part of it
        ("Ma Qiuyun has taken over as director of the Qinzhou FTZ from his predecessor.",
         "Ma Qiuyun", "Official",
         {("Ma Qiuyun", "holdsPositionIn", "Qinzhou FTZ"),
          ("Ma Qiuyun", "servesIn", "Qinzhou FTZ")}),
        ("Li Mingyuan was appointed vice mayor of Wuxi in March.",
         "Li Mingyuan", "Official", {("Li Mingyuan", "servesIn", "Wuxi")}),
        # the company's own post, by possessive
        ("Among the speakers was Karen Holt, Boeing's vice-president.",
         "Karen Holt", "Person", {("Karen Holt", "holdsPositionIn", "Boeing")}),
        # a board title before the head word
        ("The market is promising, said Luo Jiaming, board chairman of the Hengtai Group.",
         "Luo Jiaming", "Person", {("Luo Jiaming", "holdsPositionIn", "Hengtai Group")}),
    ],
)
def test_posts(extractor: Extractor, text: str, person: str, cls: str,
               expected: set[tuple[str, str, str]]) -> None:
    ex = run(extractor, text)
    assert classes(ex).get(person) == cls
    found = {t for t in triples(ex) if t[0] == person}
    assert expected <= found
    if not expected:
        assert not {t for t in found if t[1] == "servesIn"}
