"""Cheaper readings of the parse stand for the costly ones they replace: the same tokens, the
same sentences and the same matches (what the extractor writes must not change by a byte)."""

from __future__ import annotations

import random
import re

from kg.extract import Extractor
from kg.extract.business.described import LOCATED_WORDS, based_place, readable
from kg.extract.business.origins import _openers
from kg.extract.context import DocContext
from kg.extract.entities.backrefs import _THE_OR_THIS, _after_the
from kg.extract.entities.postnames import _head, _heads
from kg.extract.gazetteer import demonyms

TEXT = (
    "HARBOURTON, May 3 -- Governor of Norvalia Province Erik Brandvold met the Hunan delegation.\n"
    "The Hefei-based battery maker Zorvan Group, a company based in Wuhu, and South Korean "
    "carmaker Delmon Motors attended the 3rd Lakeside Expo. The expo's organisers said the "
    "Kunming company will open a plant. Headquartered in Lyon, Vellor Foods makes cheese. "
    "Beijing's auto group Qirin Motor, which is headquartered in Beijing, visited the Expo. "
    "This year’s Expo drew German firms like Haber and Lutz. H.E. Mme. Ana Quispe, Minister "
    "of Foreign Trade of Peru, has visited Changsha."
)


def context(extractor: Extractor) -> DocContext:
    return extractor.rules_context(extractor.nlp(TEXT))


def test_sentence_is_spacy_sent(extractor: Extractor) -> None:
    ctx = context(extractor)
    for tok in ctx.doc:
        assert ctx.sentence(tok) == tok.sent
    for f in ctx.found:
        assert ctx.sentence(f.span) == f.span.sent
    for k in range(len(ctx.doc) - 3):
        span = ctx.doc[k : k + 4]  # spans across a sentence's end: its first sentence
        assert ctx.sentence(span) == span.sent


def test_words_and_verbs_from_the_arrays(extractor: Extractor) -> None:
    ctx = context(extractor)
    for words in (("delegation", "mission"), ("mission",), ("expo", "x"), ("Expo",)):
        assert ctx.has_word(words) == any(t.lower_ in words for t in ctx.doc)
    for sent in ctx.sents:
        assert ctx.verbs(sent) == [t for t in sent if t.pos_ in ("VERB", "AUX")]


def test_token_picks_are_supersets(extractor: Extractor) -> None:
    ctx = context(extractor)
    doc = ctx.doc
    assert _heads(doc) == [_head(doc, i) for i in range(len(doc))]
    located, based = readable(ctx)
    assert [t.i for t in located] == [t.i for t in doc if t.lower_ in LOCATED_WORDS]
    read = {t.i for t in based}
    assert read, "the text has 'based' descriptions"
    for tok in doc:
        if tok.i not in read:
            assert based_place(ctx, tok) == (None, None), tok
    nations = demonyms()
    opened = {t.i for t in _openers(doc, nations)}
    for tok in doc:
        bigram = f"{tok.text} {doc[tok.i + 1].text}" if tok.i + 1 < len(doc) else ""
        if tok.text in nations or bigram in nations:
            assert tok.i in opened, tok
    assert opened


def test_after_the_finds_what_the_lookbehind_pattern_finds() -> None:
    rng = random.Random(7)
    pieces = ["the ", "The ", "this year's ", "This year’s ", "xthe ", "Fair", "fair", "Fair-",
              "Fairs", "Expo", "expo", " ", ".", "\n", "athe ", "Aa", "aa", "Aaa", "Abab"]
    for head in ("Fair", "Expo", "Aa", "Aaa", "Abab"):
        for event in (True, False):
            pattern = (f"(?:{re.escape(head)}|{re.escape(head.lower())})" if event
                       else re.escape(head))
            for _ in range(500):
                text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
                full = re.finditer(rf"{_THE_OR_THIS}{pattern}(?![\w\-])", text)
                assert [m.span() for m in _after_the(pattern, head, text)] == [
                    m.span() for m in full], (head, text)


def test_day_and_value_searches_skip_only_sentences_without_them() -> None:
    import datetime as dt

    from kg.extract.facts.amounts import read_values
    from kg.extract.facts.dates import _scan

    anchor = dt.date(2025, 6, 12)
    assert [(f.first, f.last) for f in _scan("They talked from MONDAY TO WEDNESDAY.", anchor)] \
        == [(dt.date(2025, 6, 9), dt.date(2025, 6, 11))]  # weekdays in capitals
    assert len(_scan("The fair opened yesterday and closes on June 15.", anchor)) == 2
    assert _scan("The fair opened with no date given.", anchor) == []
    assert [v.unit for v in read_values("Exports rose 12.5 percent to 3 billion yuan.")] == [
        "percent", "CNY"]
    assert read_values("Exports rose sharply to a record.") == []
