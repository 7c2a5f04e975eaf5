"""The grammar of a post's words, shared by the title rules: the words naming its field
before the head word ("Sourcing Director"), and where a post starts after a verb of holding
or taking office ("X is now the director of"). Head words themselves: ``officials.py``."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.context import DocContext
from kg.extract.lexicon import (
    LEVEL_WORDS,
    OFFICIAL_WORDS,
    ORGAN_FIELDS,
    PRIVATE_POSTS,
    TITLE_PREFIX,
)
from kg.extract.people.officials import title_head


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


# Lower-case head words that alone do not make a state post ("president" of a company, a
# company "secretary", an "official" of anything).
# (and "pm": in lower case a time of day, "at 3 pm X", not a prime minister)
_WEAK_HEADS = {"president", "vice-president", "secretary", "official", "state", "party", "pm"}
_POST_PLACES = ("Province", "City", "Country", "Region")
# a state organ's common nouns, before its post in lower case
ORGAN_NOUNS = frozenset({"department", "bureau", "ministry", "commission", "committee",
                         "government", "administration", "customs", "congress", "cppcc"})
# nouns a company's units have too: a state organ's only after its field, level or place
_SHARED_NOUNS = {"department", "committee", "administration"}


def _place(ctx: DocContext, i: int) -> bool:
    idx = ctx.mention_at(ctx.doc[i]) if i >= 0 else None
    return idx is not None and ctx.found[idx].cls in _POST_PLACES


def lower_state_post(ctx: DocContext, words: list[str], i: int, local: bool) -> bool:
    """Are lower-case post ``words`` right before a name (``i``: the token before them) a
    state post? After the place whose post it is ("Jiangsu governor X", "Wuhan party chief
    X", "Haidian district head X"), after a state organ's noun ("bureau chief X",
    "commerce department director X"), or ending in a head word only a state post has ("vice
    governor X", "foreign minister X", "ambassador X"). ``local``: the words hold a state
    post word or end in "head", "chief" or "leader"."""
    doc = ctx.doc
    if i >= 0 and doc[i].is_lower and doc[i].lower_ in ORGAN_NOUNS and (
            words[-1].lower() not in PRIVATE_POSTS) and (
            doc[i].lower_ not in _SHARED_NOUNS or i >= 1 and (
                doc[i - 1].lower_ in ORGAN_FIELDS | LEVEL_WORDS | {"party", "cpc"}
                or _place(ctx, i - 1))):
        return True  # "bureau chief X", "commerce department director X"
    if not local:
        return False
    if _place(ctx, i):
        return True
    lowered = [w.lower() for w in words]
    head = lowered[-1].split("-")[-1] if lowered[-1] not in OFFICIAL_WORDS else lowered[-1]
    return (head in OFFICIAL_WORDS and title_head(head) and head not in _WEAK_HEADS
            or bool({"party", "cpc"} & set(lowered)) and title_head(head))


_BODIES = {"GovernmentBody", "Organization", "Enterprise", "Zone"}
_ORGAN_GLUE = {"of", "and", "for", "the", "'s", "’s", "-", "&"}


def organ_after(ctx: DocContext, j: int) -> tuple[str, int | None] | None:
    """ "Director Li Ming of the X Provincial Department of Commerce", "Chairman Y of the Z
    Prefectural Assembly": "of", then a capitalised name that is a body's mention or holds a
    state organ's word (``j``: the token after the person's name) -> its text and mention."""
    doc = ctx.doc
    sent_end = doc[j - 1].sent.end if j > 0 else len(doc)
    if j + 1 >= sent_end or doc[j].lower_ != "of":
        return None
    k = j + 1
    if doc[k].lower_ == "the":
        k += 1
    idx = ctx.mention_at(doc[k]) if k < sent_end else None
    if idx is not None and ctx.found[idx].cls in _BODIES and ctx.found[idx].span.start == k:
        return ctx.found[idx].text, idx
    end = k
    while end < sent_end and end < k + 12 and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in _ORGAN_GLUE and end > k)):
        idx = ctx.mention_at(doc[end])
        if idx is not None and ctx.found[idx].cls in ("Person", "Official"):
            break
        end += 1
    while end > k and doc[end - 1].lower_ in _ORGAN_GLUE:
        end -= 1
    words = {t.lower_ for t in doc[k:end]}
    if end - k < 2 or not words & OFFICIAL_WORDS - {"state", "party"}:
        return None
    return doc[k:end].text, None


# words between a company's name and the post it names: "Norland Group board chairman X"
_BOARD_WORDS = {"board"}
_COMPANY_CLASSES = ("Enterprise", "Organization")


def joined_post_word(doc: Doc, i: int, words: list[str]) -> bool:
    """ "President and General Manager X": the "and" at ``i`` joins two post words of one
    person (the word before it is a post word written in the same case as the ones after)."""
    return bool(words) and i >= 1 and doc[i].lower_ in ("and", "&") and (
        doc[i - 1].lower_ in TITLE_PREFIX
        and doc[i - 1].text[:1].isupper() == words[0][:1].isupper())


def company_before_post(ctx: DocContext, i: int, words: list[str]) -> tuple[int, list[str]] | None:
    """ "Norland Group board chairman X", "Norland Group Chairman and CEO X": the company (or
    organisation) whose name ends right before a business post (token ``i`` is the last one
    before the post's words), with the post's words ("board" kept)."""
    doc = ctx.doc
    if not words or words[-1].lower() in OFFICIAL_WORDS - {"president"}:
        return None  # (a company's president is its own: "Norland Group president X")
    lead: list[str] = []
    while i >= 1 and doc[i].lower_ in _BOARD_WORDS and ctx.mention_at(doc[i]) is None:
        lead.insert(0, doc[i].text)  # "board chairman"
        i -= 1
    idx = ctx.mention_at(doc[i]) if i >= 0 else None
    if idx is None or ctx.found[idx].cls not in _COMPANY_CLASSES or (
            ctx.found[idx].span.end != i + 1):
        return None
    return idx, [*lead, *words]
