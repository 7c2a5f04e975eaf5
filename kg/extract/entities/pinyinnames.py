"""A Chinese name the model missed whole: "Li Ming met with the delegation" where the model
tags neither word. A pinyin surname (``kg/data/words/chinese_surnames.txt``) and a given name
of one or two pinyin syllables (``pinyin_syllables.txt``: "Ming", "Guohua", "Xi'an"), both
capitalised and outside any entity of the model's, with no further capitalised word on either
side that would make them part of a longer name ("Li Ming Hotel", "Shenzhen Wang Hua Group")
unless that word is a post or a form of address ("Governor Li Ming"), are a person's name.
Neither word nor the pair may name a place or a known body ("Hong Kong"). A weak cue: it only
fills a gap no other reading of the text claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    HONORIFICS,
    NAME_KEYWORDS,
    PINYIN_SYLLABLES,
    TITLE_HEADS,
    TITLE_PREFIX,
)
from kg.extract.names import Candidate

_LONGEST = max(map(len, PINYIN_SYLLABLES))
# surnames that open a sentence as English words do
_ENGLISH_AT_START = frozenset({"He", "You"})


@cache
def syllables(word: str) -> int:
    """How few pinyin syllables ``word`` (lower case, an apostrophe or hyphen between
    syllables allowed) is made of; 0 when it is none."""
    parts = [p for p in word.replace("’", "'").replace("-", "'").split("'") if p]
    total = 0
    for part in parts:
        best = [0] + [99] * len(part)  # fewest syllables covering part[:k]
        for end in range(1, len(part) + 1):
            for start in range(max(0, end - _LONGEST), end):
                if best[start] < 99 and part[start:end] in PINYIN_SYLLABLES:
                    best[end] = min(best[end], best[start] + 1)
        if best[-1] >= 99:
            return 0
        total += best[-1]
    return total


def _free(tok: Token) -> bool:
    return tok.ent_type_ == "" and tok.is_title and tok.whitespace_ != ""


def _caps_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha


def _post_word(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in TITLE_HEADS or low in TITLE_PREFIX or low in HONORIFICS


def pinyin_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    n = len(doc)
    for tok in doc:
        if tok.text not in CHINESE_SURNAMES or tok.i + 1 >= n or not _free(tok):
            continue
        given = doc[tok.i + 1]
        if (given.ent_type_ != "" or not given.is_title or given.lower_ in NAME_KEYWORDS
                or given.lower_ in TITLE_HEADS or not 1 <= syllables(given.lower_) <= 2):
            continue
        if tok.is_sent_start and tok.text in _ENGLISH_AT_START:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[given.i + 1] if given.i + 1 < n else None
        if after is not None and _caps_word(after):
            continue  # "Li Ming Hotel"
        if before is not None and not tok.is_sent_start and _caps_word(before) and not (
                _post_word(before)):
            continue  # "Shenzhen Wang Hua"
        pair = f"{tok.text} {given.text}"
        if any(gaz.place(w) is not None or gaz.known(w) is not None
               for w in (pair, given.text)):
            continue
        yield Candidate(tok.idx, given.idx + len(given.text), pair, "Person", "pinyin-name",
                        0.55, 3)
