"""Posts written out before their holder's name, with what they are over: "Minister of Foreign
Affairs of Cambodia X", "Indonesian Minister of Trade X", "President of the Republic of
Kazakhstan X", "Governor of Gyeonggi Province X", "Consul General of Japan in Osaka X", and
"Maharashtra Governor X" (a place or nationality right before a state post).

The model rarely sees the name after such a post (it takes the run for one organisation or
nothing). ``post_names`` finds the name (two or three capitalised words right after the
post's last field word or place, then no more capitalised words); ``post_before`` gives
titles.py the post's words before a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import IS_TITLE, LOWER
from spacy.tokens import Doc

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    HONORIFICS,
    NAME_KEYWORDS,
    OFFICIAL_WORDS,
    ORGAN_WORDS,
    POST_FIELDS,
    TITLE_HEADS,
    TITLE_PREFIX,
)
from kg.extract.names import Candidate
from kg.extract.nlp import string_keys

# Diplomats' posts: their places are where the post sits, not a jurisdiction (ANNOTATION.md:
# ambassadors and consuls serve nowhere).
ABROAD = re.compile(r"\b(?:ambassador|consul|consul-general|envoy|attach[eé]|counsell?or)s?\b",
                    re.I)
_HEADS = (TITLE_PREFIX | TITLE_HEADS) - {"dr.", "mr.", "ms.", "mrs.", "mme", "mme.", "madam",
                                         "h.e.", "professor", "expert", "staff", "member"}
# Words that cannot start a post: a modifier or a word of a body's name alone.
_NOT_FIRST = {"general", "executive", "state", "party", "senior", "associate", "assistant"}
_CONNECT = {"of", "for", "to", "in"}
_FIELDS = ORGAN_WORDS | POST_FIELDS
# A foreign division's kind after its name: "Gyeonggi Province", "Primorsky Krai".
_DIVISIONS = {"province", "state", "prefecture", "region", "krai", "oblast", "governorate",
              "territory", "county", "department"}
_MAX_POST = 16


def _head(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.is_title and tok.lower_ in _HEADS


def _place_end(doc: Doc, k: int, gaz: Gazetteer) -> int | None:
    """The end of the longest place name (a known place, or a capitalised word and a
    division's kind) starting at token ``k``."""
    n = len(doc)
    for e in range(min(n, k + 5), k, -1):
        span = doc[k:e]
        if not span[-1].text[:1].isupper():
            continue
        if gaz.place(span.text) is not None:
            # "the Eastern Cape Province": a known place, then its division's kind
            return e + 1 if e < n and doc[e].is_title and doc[e].lower_ in _DIVISIONS else e
    for m in (k + 1, k + 2):  # "Gyeonggi Province", "North West Province"
        if m < n and all(t.is_title and t.is_alpha for t in doc[k:m]) and doc[m].is_title and (
                doc[m].lower_ in _DIVISIONS):
            return m + 1
    return None


def _complement(doc: Doc, k: int, gaz: Gazetteer) -> int | None:
    """The end of what a post is over from token ``k`` ("Foreign Affairs", "Trade and
    Industry", "the Republic", "Cambodia", "Gyeonggi Province"), or None."""
    n = len(doc)
    if k < n and doc[k].lower_ == "the":
        k += 1
    place = _place_end(doc, k, gaz) if k < n else None
    if place is not None:
        return place
    e = k
    while e < n and (doc[e].is_title and doc[e].lower_ in _FIELDS
                     or doc[e].lower_ in ("and", "&") and e > k):
        e += 1
    while e > k and doc[e - 1].lower_ in ("and", "&"):
        e -= 1
    return e if e > k else None


_PLACE_KINDS = _DIVISIONS | {"city", "municipality", "island", "republic"}


def _own_division(doc: Doc, j: int) -> int:
    """ "Governor of China's northernmost province of Jilin": after a country, "'s" and a
    few lower-case words ending in a kind of place lead to the "of" naming it; where that
    "of" is (or ``j`` itself if the text goes on otherwise)."""
    n = len(doc)
    if j >= n or doc[j].text not in ("'s", "’s"):
        return j
    m = j + 1
    while m < n and m - j <= 3 and doc[m].is_lower and doc[m].is_alpha and doc[m].lower_ != "of":
        m += 1
    return m if m > j + 1 and m < n and doc[m - 1].lower_ in _PLACE_KINDS and (
        doc[m].lower_ == "of") else j


def post_end(doc: Doc, i: int, gaz: Gazetteer) -> int | None:
    """Where a post starting at token ``i`` ends, when it names what it is over after
    "of"/"for"/"to"/"in"; else None."""
    n = len(doc)
    if not _head(doc, i) or doc[i].lower_ in _NOT_FIRST:
        return None
    j = i
    while j < n and (_head(doc, j) or doc[j].text == "-" and j + 1 < n and _head(doc, j + 1)):
        j += 1
    connected = False
    while j < n and doc[j].lower_ in _CONNECT and j - i < _MAX_POST:
        end = _complement(doc, j + 1, gaz)
        if end is None:
            break
        j, connected = end, True
        while j < n and _head(doc, j):  # "... of Peru Minister Counsellor"
            j += 1
        j = _own_division(doc, j)
    return j if connected else None


def _name_end(doc: Doc, k: int, gaz: Gazetteer) -> int | None:
    """The end of a two- or three-word personal name at token ``k`` ("Kim Dong-yeon")."""
    n = len(doc)
    e, words = k, 0
    while e < n and words < 4:
        tok = doc[e]
        if tok.text == "-" and words and not doc[e - 1].whitespace_ and e + 1 < n and (
                doc[e + 1].is_alpha):
            e += 2  # the second part of a hyphenated given name
            continue
        if not (tok.is_title and tok.is_alpha) or tok.lower_ in NAME_KEYWORDS or (
                tok.lower_ in _HEADS or tok.lower_ in _FIELDS or tok.lower_ in _DIVISIONS
                or gaz.place(tok.text) is not None or gaz.known(tok.text) is not None):
            break
        e, words = e + 1, words + 1
    if not 2 <= words <= 3:
        return None
    if e < n and doc[e].text[:1].isupper() and doc[e].is_alpha:
        return None  # the capitalised run goes on: not a name we can cut
    return e


def _place_post_end(doc: Doc, i: int, gaz: Gazetteer) -> int | None:
    """Where a state post starting at token ``i`` ends when a place or nationality is right
    before it: "Maharashtra Governor", "Thai Trade Minister" (then a name follows)."""
    if i == 0 or not _head(doc, i) or doc[i].lower_ in _NOT_FIRST:
        return None
    before = doc[i - 1].text
    if gaz.place(before) is None and before not in demonyms() and not (
            i > 1 and gaz.place(doc[i - 2 : i].text) is not None):
        return None
    j = i
    while j < len(doc) and (_head(doc, j) or doc[j].is_title and doc[j].lower_ in _FIELDS):
        j += 1
    if not any(doc[k].lower_ in OFFICIAL_WORDS for k in range(i, j)):
        return None
    return j


def _heads(doc: Doc) -> list[bool]:
    """``_head`` of every token, from the token arrays (a Token per look-up costs more)."""
    words = _HEAD_KEYS
    return [bool(title) and lower in words
            for title, lower in doc.to_array([IS_TITLE, LOWER]).tolist()]


_HEAD_KEYS = string_keys(_HEADS)


def post_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """People named right after a post that says what it is over (see the module's text)."""
    n = len(doc)
    heads = _heads(doc) if n else []
    i = 0
    while i < n:
        if not heads[i]:  # no post starts here (post_end and _place_post_end)
            i += 1
            continue
        end = post_end(doc, i, gaz) if i == 0 or not heads[i - 1] else None
        if end is None and (i == 0 or not heads[i - 1]):
            end = _place_post_end(doc, i, gaz)
        if end is None:
            i += 1
            continue
        k = end
        while k < n and (doc[k].lower_ in HONORIFICS or doc[k].text == "."):
            k += 1  # "... of Peru H.E. Ana Quispe"
        stop = _name_end(doc, k, gaz) if k < n else None
        if stop is not None:
            name = doc[k:stop]
            yield Candidate(name.start_char, name.end_char, name.text, "Person", "post-name",
                            0.6, 2)
        i = end


def post_before(doc: Doc, start: int, gaz: Gazetteer) -> str | None:
    """The post written out right before the name at token ``start`` (a nationality before
    it included: "Indonesian Minister of Trade"), or None."""
    sent_start = doc[start].sent.start if start < len(doc) else 0
    k = start
    while k > sent_start and (doc[k - 1].lower_ in HONORIFICS or doc[k - 1].text == "."):
        k -= 1
    for i in range(max(sent_start, k - _MAX_POST), k):
        if i > sent_start and _head(doc, i - 1):
            continue
        if post_end(doc, i, gaz) == k:
            if i > sent_start and doc[i - 1].text in demonyms():
                i -= 1
            return doc[i:k].text
    return None
