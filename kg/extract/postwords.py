"""The grammar of a post's words, shared by the title rules: the words naming its field
before the head word ("Sourcing Director"), and where a post starts after a verb of holding
or taking office ("X is now the director of"). Head words themselves: ``officials.py``."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.context import DocContext
from kg.extract.officials import title_head


def field_words(ctx: DocContext, k: int, end: int) -> int:
    """Where the title's head word is after up to three words naming the field of the post
    ("Sourcing Director", "Marketing and Brand Manager", "senior vice president"), else
    ``k``."""
    doc = ctx.doc
    for j in range(k, min(k + 4, end)):
        tok = doc[j]
        if title_head(tok.lower_):
            return j if j > k else k
        if ctx.mention_at(tok) is not None or not (
                tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.lower_ == "and") or tok.is_punct:
            return k
    return k


_ADVERBS = {"now", "currently", "also", "still", "formerly", "once", "newly"}


def post_verb_end(doc: Doc, j: int, end: int) -> int | None:
    """Where a post starts after a copula or a verb of taking office at ``j``, else None."""
    k = j
    if doc[k].lower_ in ("has", "have", "had", "was", "is", "will") and k + 1 < end:
        aux = doc[k].lower_
        k += 1
        while k < end and doc[k].lower_ in _ADVERBS:
            k += 1
        if k < end and doc[k].lower_ == "been":
            k += 1
        if aux in ("is", "was") and k < end and doc[k].lower_ not in (
                "appointed", "named", "elected", "promoted"):
            return k  # "is (now) the director of"
    if k >= end:
        return None
    word = doc[k].lower_
    if word == "as":
        return k + 1
    if word in ("serves", "served", "serve", "works", "worked", "acts", "acted") and (
            k + 1 < end and doc[k + 1].lower_ == "as"):
        return k + 2
    if word in ("took", "taken", "take", "takes") and k + 2 < end and (
            doc[k + 1].lower_ == "over" and doc[k + 2].lower_ == "as"):
        return k + 3
    if word in ("appointed", "named", "elected", "promoted", "became", "becomes"):
        k += 1
        if k < end and doc[k].lower_ in ("as", "to"):
            k += 1
        return k
    return None
