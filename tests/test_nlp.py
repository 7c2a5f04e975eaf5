"""The spaCy pipeline as kg loads it: the components the extractors need, line breaks as
sentence boundaries, and a clear error for a pipeline that is not installed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.errors import KgError
from kg.extract.nlp import LINE_BREAKS, NEEDED, load_pipeline, model_id


def test_only_the_needed_components_run(nlp: Language) -> None:
    assert set(nlp.pipe_names) - {LINE_BREAKS} <= set(NEEDED)
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)
    assert nlp.pipe_names.index(LINE_BREAKS) < nlp.pipe_names.index("parser")
    assert model_id(nlp).startswith("en_core_web_sm")


def test_a_line_break_ends_a_sentence(nlp: Language) -> None:
    doc = nlp("Jiangxi accelerates development of open economy\n"
              "By Zhao Ruinan Source: China Daily Updated: 2024-05-20\n\n"
              "Workers weld equipment for export to Africa in Ganzhou, Jiangxi province.")
    starts = [s.text.strip().split()[0] for s in doc.sents if s.text.strip()]
    assert starts[0] == "Jiangxi" and "Workers" in starts and "By" in starts
    assert all("\n" not in s.text.strip() for s in doc.sents)


def test_loading_twice_registers_the_component_once() -> None:
    a, b = load_pipeline(), load_pipeline()
    assert a.pipe_names == b.pipe_names


def test_a_pipeline_that_is_not_installed_is_a_one_line_error() -> None:
    with pytest.raises(KgError) as err:
        load_pipeline("en_core_web_nonexistent")
    assert err.value.code.name == "E007" and "\n" not in err.value.message


def test_an_abbreviated_honorific_is_one_token(nlp: Language) -> None:
    doc = nlp("H.E. Mme. Anna Berg and Mme. Lin Hua met Amb. Karl Olsen.")
    words = [t.text for t in doc]
    assert "Mme." in words and "Amb." in words
    assert len(list(doc.sents)) == 1


def test_a_closing_bracket_without_a_full_stop_ends_no_sentence(nlp: Language) -> None:
    doc = nlp("Shanghai Party Secretary Li Wenhao visited the China (Shanghai) Pilot Free "
              "Trade Zone on Saturday to the fifth anniversary of its establishment. He left "
              "(by train.) Then he rested.")
    sents = [s.text for s in doc.sents]
    assert sents[0].endswith("of its establishment.")


def test_a_lines_first_word_is_no_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("Diplomacy\n\nLi Minggao, Ambassador of China to Vanuatu, attended the event.")
    assert [s.text.strip() for s in doc.sents] == [
        "Diplomacy", "Li Minggao, Ambassador of China to Vanuatu, attended the event."]


def test_an_honorific_without_its_full_stop_starts_no_sentence(nlp: Language) -> None:
    doc = nlp("The chairman of Hasan Group Mr Zheng Gang visited Angola. Mr Li spoke next.")
    assert [s.text for s in doc.sents] == [
        "The chairman of Hasan Group Mr Zheng Gang visited Angola.", "Mr Li spoke next."]
