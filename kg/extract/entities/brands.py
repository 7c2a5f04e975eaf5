"""Whether a name the model found is a company: an item of a list after a company noun
("companies, including A, B and C"), an unknown organisation a business post is held in
("chairman of ABB"), an unknown organisation that reads like a brand ("BASF invested ...");
and the heads of sights, which name no company or person ("Wanda Plaza").
"""

from __future__ import annotations

import calendar
from collections.abc import Set as AbstractSet

from spacy.tokens import Span

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    BUSINESS_POSTS,
    CHINESE_SURNAMES,
    COMPANY_NOUNS,
    FIRM_FIELDS,
    GENERIC_WORDS,
    LEADING_NON_NAME,
    ORGAN_WORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
    words,
)


def in_company_list(span: Span) -> bool:
    """ "companies, including CRRC Zhuzhou Locomotive, Yuan Long Ping High-Tech, SANY and
    Broad Homes": every item of a list introduced by "including"/"such as"/"like" after a
    company noun is a company, whatever the model took it for."""
    if not span.text[:1].isupper() or span[-1].lower_ in LANDMARK_HEADS:
        return False  # "visit X Group, Y Museum and Z Plaza": the sights are no companies
    tok = span.root
    for _ in range(12):  # climb the list: conj -> ... -> the first item
        if any(c.pos_ == "NOUN" and c.lemma_.lower() in COMPANY_NOUNS and c.tag_ == "NNS"
               for c in tok.conjuncts):
            return True  # "X, Y and other renowned companies"
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in COMPANY_NOUNS and (
                tok.head.is_lower):
            return True  # "companies, X, Y and Z" (not "Hasan Group, Mr Zheng Gang")
        if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "as", "like"):
            head = tok.head.head
            if tok.head.lower_ == "as" and head.lower_ == "such":  # such <- companies
                head = head.head
            return head.lemma_.lower() in COMPANY_NOUNS
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head is tok:
            return False
        tok = tok.head
    return False


def led_company(span: Span, posts: AbstractSet[str] = BUSINESS_POSTS) -> bool:
    """ "Peter Voser, chairman of ABB": an unknown organisation a business post is held in;
    "Garrett's president and CEO"."""
    doc = span.doc
    if len(span) > 3 or span[0].pos_ != "PROPN":
        return False
    i = span.start - 1
    # "CEO of consumer goods giant X", "chairman of US chipmaker X": a description between
    while i >= 1 and span.start - i <= 4 and (doc[i].is_lower and doc[i].is_alpha
                                              and doc[i].lower_ != "of" or doc[i].is_upper):
        i -= 1
    if i >= 1 and doc[i].lower_ == "of":
        return doc[i - 1].lower_ in posts
    after = doc[span.end : span.end + 4]
    return len(after) > 1 and after[0].tag_ == "POS" and any(
        t.lower_ in posts for t in after[1:])


LANDMARK_HEADS = words("landmark_heads")
PRODUCT_NOUNS = words("product_nouns")
# verbs a place is the complement of: "plants located in the X", "a firm based in X"
_LOCATED = {"locate", "located", "base", "based", "situate", "situated", "headquarter",
            "headquartered", "lie"}


def product_name(span: Span) -> bool:
    """ "Chevrolet Cruze cars", "the new Velkor X5 sedans": capitalised words (up to two more
    after the span) right before a goods noun name a product or a marque, not a company."""
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.end < 2 and doc[end].pos_ == "PROPN" and (
            doc[end].text[:1].isupper()):
        end += 1
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in PRODUCT_NOUNS


def not_a_firm(span: Span) -> bool:
    """An unknown word the model took for an organisation where a company does not stand: a
    place a facility of another name is at ("A's wholly owned X factory"), the place after
    "located in (the)", the modifier of an organ ("minister of the X front", "the X
    committee"), or a product's name."""
    doc = span.doc
    if product_name(span) or len(span) in (2, 3) and span[0].text in CHINESE_SURNAMES:
        return True  # (a Chinese surname first: a person's name, "Fan Ruiping")
    if len(span) == 1 and (span[0].lower_ in FIRM_FIELDS or span[0].lower_.endswith(_PEOPLES)
                           or span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")):
        return True  # "Energy", "Taoists", "being a Malayalee": a field, a people, a kind
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and nxt is not None and nxt.lower_ in ("minister", "ministry"):
        return True  # "former Defense Minister": a state post's portfolio
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ == "in" and doc[i].head.lower_ in _LOCATED:
        return True
    if len(span) != 1 or nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN"):
        return False
    if nxt.lower_ in ORGAN_WORDS or nxt.lower_ in _ORGAN_HEADS:
        return True
    # a possessive within the noun phrase before: "A's wholly owned X factory"
    j = span.start - 1
    while j >= 0 and span.start - j <= 4 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "ADV",
                                                                                   "VERB"):
        j -= 1
    return j >= 0 and doc[j].tag_ == "POS"


# the organs a place or party names with a modifier ("the Qingmu committee", "the united
# front"); no company is called so
_PEOPLES = ("ists", "ees", "ians")  # plural names of peoples and believers
_ORGAN_HEADS = {"committee", "front", "government", "congress", "council", "bureau"}
_BUSINESS_VERBS = {"invest", "export", "import", "produce", "manufacture", "sell", "open",
                   "set", "build", "launch", "acquire", "ship", "supply", "expand", "employ",
                   "announce", "unveil", "establish", "enter"}


def company_like(span: Span, gaz: Gazetteer) -> bool:
    """An unknown ORG the model found: a company only if it reads like a brand name. At the
    start of a sentence (a headline's first word?) or in capitals (an organ's acronym?), only
    when it does business next: "BASF invested ...", "Siemens set up ..."."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    does_business = (nxt is not None and nxt.pos_ == "VERB"
                     and nxt.lemma_.lower() in _BUSINESS_VERBS)
    # "Hewlett-Packard": a hyphen joining two capitalised words is part of the brand
    words_ = [t for t in span if not (t.tag_ == "HYPH" and 0 < t.i - span.start < len(span) - 1)]
    if len(words_) < len(span) and any(gaz.place(t.text) or gaz.known(t.text) or t.is_upper
                                       for t in words_):
        return False  # "China-ASEAN": two places or bodies paired, no brand
    if len(words_) < len(span) and nxt is not None and nxt.pos_ == "NOUN":
        return False  # "a new Kraft-Haller production centre": a product's label
    if len(words_) > 3 or (span.text.isupper() or span.start == span.sent.start) and not (
            does_business):
        return False
    if span[-1].lower_ in LANDMARK_HEADS:
        return False  # "Moon Plaza": a sight visited
    if not_a_firm(span):
        return False
    if any(t.lower_ in GENERIC_WORDS or t.lower_ in TITLE_HEADS or t.lower_ in TITLE_PREFIX
           or t.lower_ in ORGAN_WORDS or t.lower_ in LEADING_NON_NAME
           or not t.text[:1].isupper() or t.pos_ != "PROPN" for t in words_):
        return False
    sent = span.sent.text.rstrip()
    return sent.endswith((".", "”", '"', "!", "?", ";")) or len(sent.split()) > 12


def company_name_on(span: Span, gaz: Gazetteer) -> Span:
    """A well-known company's name with the capitalised words that go on naming a unit of it
    ("Huawei Cloud", "Samsung Electronics (China)" stops at the bracket); a post or a place
    after it is not its name ("Siemens Chairman", "Sinopec Lanzhou"), nor a person's name
    the model starts there ("Siemens Li Ming")."""
    doc, end = span.doc, span.end
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
            doc[span.start - 2].lower_ in TITLE_HEADS | TITLE_PREFIX | BUSINESS_POSTS):
        return span  # "Chairman of Siemens Li Ming": the post's holder follows its body
    while (end < len(doc) and end - span.end < 4 and doc[end].pos_ == "PROPN"
           and doc[end].is_title and doc[end].lower_ not in TITLE_PREFIX
           and doc[end].lower_ not in TITLE_HEADS and gaz.place(doc[end].text) is None
           and not (doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON")
           and doc[end].lower_ not in _CALENDAR_WORDS):
        end += 1
    if end > span.end and end < len(doc) and doc[end].is_lower and (
            doc[end].lower_ in PRODUCT_NOUNS):
        return span  # "Velkor Corsa sedans": the words after the name are a model's
    return doc[span.start : end]


# a day or month after a company's name is the news' date ("Sinopec Co. Ltd. Tuesday inked")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
