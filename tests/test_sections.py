"""Long texts: cut at paragraph boundaries, extracted section by section, merged back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import CORPUS, EXTRA
from spacy.language import Language

from kg.build import BuildSettings, build
from kg.corpus.reader import read_file
from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer
from kg.run.sections import SECTION_CHARS, extract_documents, split_text


def test_split_text_cuts_at_blank_lines_and_keeps_every_character() -> None:
    paragraphs = [f"Paragraph {i} " + "word " * (i * 7 % 40) for i in range(200)]
    text = "\n\n".join(paragraphs)
    parts = split_text(text, 1000)
    assert "".join(p for _, p in parts) == text
    assert all(text[o : o + len(p)] == p for o, p in parts)
    assert all(len(p) <= 1000 for _, p in parts)
    assert all(p.endswith("\n\n") for _, p in parts[:-1])
    assert split_text("short") == [(0, "short")]
    assert [len(p) for _, p in split_text("x" * 25, 10)] == [10, 10, 5]  # no break at all


def test_sections_merge_to_the_whole(nlp: Language, gazetteer: Gazetteer) -> None:
    path = sorted(CORPUS.iterdir())[0]
    one = read_file(path, path.name)
    extractor = Extractor(nlp, gazetteer)
    [whole] = extract_documents(nlp, extractor, [one])
    twice = replace(one, text=one.text + "\n\n" + one.text)
    [merged] = extract_documents(nlp, extractor, [twice], limit=len(one.text) + 2)
    shift = len(one.text) + 2
    n = len(whole.mentions)
    assert merged.mentions[:n] == whole.mentions
    assert [(m.text, m.start - shift, m.end - shift) for m in merged.mentions[n:]] == [
        (m.text, m.start, m.end) for m in whole.mentions
    ]
    assert all(twice.text[m.start : m.end] == m.text for m in merged.mentions)
    second = merged.relations[len(whole.relations) :]
    assert [(r.subj - n, r.pred, r.obj - n, r.sent_start - shift) for r in second] == [
        (r.subj, r.pred, r.obj, r.sent_start) for r in whole.relations
    ]


def test_text_longer_than_the_parser_limit_builds(
    tmp_path: Path, nlp: Language
) -> None:
    """Not refused: a text over spaCy's max_length (lowered here so the test stays quick)
    is parsed in sections and every mention points at its words in the whole text."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [p.read_text() for p in sorted(CORPUS.iterdir())]
    (corpus / "long.txt").write_text("\n\n".join(seeds * 2))
    saved = nlp.max_length
    nlp.max_length = 60_000
    try:
        report = build(corpus, tmp_path / "out", BuildSettings(html=False, validate=False),
                       nlp=nlp)
    finally:
        nlp.max_length = saved
    assert report.documents == 1 and report.triples > 1000
    ttl = (tmp_path / "out" / "graph.ttl").read_text()
    assert "Shi Xiaolin" in ttl


def test_news_articles_are_extracted_whole() -> None:
    """The cut only ever applies past SECTION_CHARS: every dev article is far shorter, so
    its extraction is exactly what a whole-document pass gives."""
    texts = [p.read_text() for d in (CORPUS, EXTRA) if d.is_dir() for p in d.glob("*.txt")]
    assert texts and max(map(len, texts)) < SECTION_CHARS / 1.5
