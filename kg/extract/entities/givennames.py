"""A Chinese name the model cut after its surname: "... of the provincial government Zhao Lei
accompanied them" gives the PERSON "Zhao". A lone pinyin surname
(``kg/data/words/chinese_surnames.txt``) followed by one capitalised word that names nothing
else (no keyword, post, place, known name or small word) and no further capitalised word takes
that word in as the given name. Read by kg/extract/entities/ner.py. Also the names a plural post
stands before ("State Ministers Tharaka Perera, Janaka Silva and Kanaka Herath"), which the
model cuts or misses, and a one-word name a person noun is in apposition to ("Sutanto, head
of the project, said"); read by kg/extract/entities/mentions.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    HONORIFICS,
    LEADING_NON_NAME,
    NAME_KEYWORDS,
    ORGAN_WORDS,
    PRIVATE_POSTS,
    STATE_ADDRESSES,
    TITLE_HEADS,
    TITLE_PREFIX,
)
from kg.extract.names import Candidate
from kg.extract.nlp import positions

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


def with_surname(span: Span, gaz: Gazetteer) -> Span:
    """ "of Chongqing Municipality Dang Yangzheng": the model's lone given name "Yangzheng"
    with the pinyin surname right before it, which no entity of the model's holds."""
    doc = span.doc
    if len(span) != 1 or span.start < 1 or not _GIVEN.fullmatch(span.text) or (
            span.text in CHINESE_SURNAMES or gaz.place(span.text) is not None):
        return span
    sur = doc[span.start - 1]
    if (sur.text in CHINESE_SURNAMES and sur.ent_type_ == "" and sur.pos_ == "PROPN"
            and sur.whitespace_ and sur.is_title):
        return doc[span.start - 1 : span.end]
    return span


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})


def with_first_names(span: Span, gaz: Gazetteer) -> Span:
    """ "Joel Santana Braga Filho visited", "Ambassador Dina Ercilia Boluarte Zegarra said":
    the model's PERSON of two or more words often leaves out the first name before it. One
    capitalised proper noun right before, in the same sentence, in no entity of the
    model's and naming nothing else (no post, keyword, place, demonym or known name), joins
    when what precedes it is no other capitalised word (a post's or an honorific aside)."""
    doc = span.doc
    if len(span) < 2:
        return span  # a lone word: "Governor Caiado", "Minister Wang" (the word is the name)
    sent_start = span.sent.start
    if span.start == sent_start:
        return span
    tok = doc[span.start - 1]
    if not (_name_word(doc, tok.i, gaz) and tok.ent_type_ == "" and tok.whitespace_
            and tok.lower_ not in LEADING_NON_NAME and tok.lower_ not in STATE_ADDRESSES
            and gaz.known(tok.text) is None
            and tok.text not in demonyms()):
        return span
    before = doc[tok.i - 1] if tok.i > sent_start else None
    if before is not None and (before.is_title and before.is_alpha and (
            before.lower_ not in HONORIFICS and before.lower_ not in TITLE_PREFIX
            and before.lower_ not in TITLE_HEADS) or before.lower_ in _NAME_JOINERS):
        # "Primorsky Territory Andrey X", "Adviser Jonathan Y": where does it start? "Minister
        # of Trade and Integration Askar Z": the word ends a post's name
        return span
    return doc[tok.i : span.end]


def _name_word(doc: Doc, i: int, gaz: Gazetteer, proper: bool = True) -> bool:
    tok = doc[i]
    low = tok.lower_
    return ((tok.pos_ == "PROPN" or not proper) and tok.is_title and tok.is_alpha
            and low not in TITLE_PREFIX and low not in TITLE_HEADS and low not in NAME_KEYWORDS
            and low not in ORGAN_WORDS
            and low not in HONORIFICS and gaz.place(tok.text) is None)


_PLURAL_HEADS = frozenset(f"{h}s" for h in TITLE_HEADS)
_COMMA = frozenset({","})

def names_after_plural_posts(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Deputy Ministers Tomas Verlan and Anna Berg": each two- or three-word name of the
    list a capitalised plural post opens is a person."""
    n = len(doc)
    for k in positions(doc, LOWER, _PLURAL_HEADS):  # low.endswith("s"), low[:-1] a head
        t = doc[k]
        if not t.is_title:
            continue
        i = t.i + 1
        while i < n:
            j = i
            while j < n and j - i < 3 and _name_word(doc, j, gaz):
                j += 1
            if j - i < 2 or j < n and _name_word(doc, j, gaz):
                break
            yield Candidate(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                            doc[i:j].text, "Person", "plural-post-name", 0.6, 2)
            if j + 1 < n and doc[j].text == "," and doc[j + 1].lower_ == "and":
                j += 1
            if j >= n or doc[j].text != "," and doc[j].lower_ != "and":
                break
            i = j + 1


_LONE_NOUNS = TITLE_HEADS | PRIVATE_POSTS
_NOT_NAMED = {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC", "EVENT", "LAW", "WORK_OF_ART"}


def lone_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Sutanto, head of the project in Indonesia, told reporters", "Laji, a businessman from
    Pakistan, greeted customers": one capitalised word the model names nothing else, opening
    its clause, with a person's post or trade right after the comma (an article and one
    adjective may stand between), is a person known by one name ("Richard Hale-Dunmore,
    chair of X": not a word after a hyphen, the end of a double surname)."""
    n = len(doc)
    # only a word before a comma can be one (the test below asks that first)
    for i in [k - 1 for k in positions(doc, ORTH, _COMMA) if 0 < k < n - 1]:
        tok = doc[i]
        # the model may tag an unknown name opening a sentence as a common noun
        if not ((tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.tag_ == "NN")
                and tok.is_title and tok.is_alpha and len(tok) > 3
                and doc[i + 1].text == "," and tok.ent_type_ not in _NOT_NAMED
                and (i == tok.sent.start or doc[i - 1].is_punct and doc[i - 1].text != "-")
                and tok.text not in CHINESE_SURNAMES and _name_word(doc, i, gaz, False)
                and gaz.known(tok.text) is None and tok.lower_ not in LEADING_NON_NAME):
            continue
        k = i + 2
        if k < n and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        if k + 1 < n and doc[k].pos_ == "ADJ":
            k += 1
        if k < n and doc[k].lower_ in _LONE_NOUNS and doc[k].pos_ == "NOUN":
            yield Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "Person", "lone-name",
                            0.55, 1)  # a rule: its name tells the resolver the name is whole
