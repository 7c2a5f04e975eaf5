"""A Chinese name the model cut after its surname: "... of the provincial government Zhao Lei
accompanied them" gives the PERSON "Zhao". A lone pinyin surname
(``kg/data/words/chinese_surnames.txt``) followed by one capitalised word that names nothing
else (no keyword, post, place, known name or small word) and no further capitalised word takes
that word in as the given name. Read by kg/extract/entities/ner.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    HONORIFICS,
    LEADING_NON_NAME,
    NAME_KEYWORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
)

_GIVEN = re.compile(r"[A-Z][a-z]{1,6}(?:-?[a-z]{1,6})?")


def with_given_name(span: Span, gaz: Gazetteer) -> Span:
    """``span`` with the given name the model left out, or ``span``."""
    doc = span.doc
    if len(span) != 1 or span.text not in CHINESE_SURNAMES or span.end >= len(doc):
        return span
    given = doc[span.end]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    word = given.lower_
    if (not _GIVEN.fullmatch(given.text) or given.whitespace_ == "" and after is not None
            and after.text == "-" or word in NAME_KEYWORDS or word in TITLE_HEADS
            or word in TITLE_PREFIX or word in HONORIFICS or word in LEADING_NON_NAME
            or gaz.place(given.text) is not None or gaz.known(given.text) is not None
            or after is not None and after.is_title and after.is_alpha):
        return span
    return doc[span.start : span.end + 1]
