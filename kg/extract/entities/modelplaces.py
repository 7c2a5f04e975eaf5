"""When the model's name is a place, or its place a person: "Peter Lund, Mayor of Aarhus"
(Aarhus a City, not an organisation), "In Wolfsburg, ..." (a town, not a company), "Consul
General Ana Reyes" (the person, not "Reyes" the organisation). Read by ``ner.py``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import LEVEL_WORDS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PREFIX
from kg.extract.names import Candidate
from kg.extract.nlp import positions

COMPASS = {"west", "east", "north", "south", "central", "western", "eastern", "northern",
            "southern"}
# "a stake in Volvo", "invested in Nokia": "in" before a company
_HOLDING_WORDS = {"stake", "share", "interest", "investment", "invest", "position", "shares"}


def town_after_in(span: Span) -> bool:
    """ "In Wolfsburg, Jing held talks", "Xiamen Park in Trier, co-built ...": one unknown word
    the model called an organisation, after a locative "in" and closing its phrase, is a town
    (a company is not where something is)."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or not span[0].is_title:
        return False
    prep = doc[span.start - 1]
    return (prep.lower_ == "in" and prep.head.lemma_.lower() not in _HOLDING_WORDS
            and (span.end == len(doc) or doc[span.end].text in (",", ".", ";")))


def abbreviation(text: str) -> bool:
    """ "NE Chinese province", "SW": a short all-capitals word the gazetteer does not hold
    is an abbreviation, not a town."""
    return len(text) <= 3 and text.isupper()


# The head of a place's government, and the class of the place "<head> of X" names.
PLACE_HEADS = {"mayor": "City", "vice-mayor": "City", "burgomaster": "City",
                "governor": "Region", "vice-governor": "Region", "premier": "Region"}


def split_name(span: Span, gaz: Gazetteer) -> Span | None:
    """ "Consul General Ana Reyes" where the model takes "Reyes" alone for an organisation:
    one proper name after a post's last word ("General", "Ambassador") and a given name
    is the person's whole name."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or not span[0].is_title:
        return None
    given, title = doc[span.start - 1], doc[span.start - 2]
    if not (given.pos_ == "PROPN" and given.is_title and given.ent_type_ == ""
            and given.lower_ not in TITLE_PREFIX | TITLE_HEADS | {"general"}
            and gaz.place(given.text) is None and gaz.known(given.text) is None):
        return None
    if title.is_title and title.lower_ in TITLE_PREFIX | TITLE_HEADS | {"general"}:
        return doc[span.start - 1 : span.end]
    return None


# Words that go on naming a place after its first word ("Ilocos Sur", "Lipa City").
_PLACE_TAILS = COMPASS | {"sur", "norte", "city", "province", "county", "prefecture"}


def post_place(span: Span) -> int:
    """ "Governor of Cebu Maria Cruz", "Mayor of Ilocos Sur Jerry Singson": how many words
    at the start of the model's person, right after a place's head and "of", name the
    place (one word, and the word after it when it goes on naming a place); 0 if none."""
    doc = span.doc
    if len(span) < 3 or span.start < 2 or doc[span.start - 1].lower_ != "of" or (
            doc[span.start - 2].lower_ not in PLACE_HEADS) or not span[0].is_title:
        return 0
    return 2 if span[1].lower_ in _PLACE_TAILS else 1


def ruled_place(span: Span) -> str | None:
    """ "Peter Lund, Mayor of Aarhus": a short proper name after a place's head and "of" is
    that place (a City after a mayor, a Region after a governor), not an organisation."""
    doc = span.doc
    if len(span) > 2 or span.start < 2 or doc[span.start - 1].lower_ != "of" or not all(
            t.pos_ == "PROPN" and t.is_title for t in span):
        return None
    return PLACE_HEADS.get(doc[span.start - 2].lower_)


# State posts only a place's own government has, and the kind of place each heads
_LOCAL_HEADS = {"mayor": "City", "governor": "Region", "premier": "Region"}
_LOCAL_HEAD_WORDS = frozenset(_LOCAL_HEADS)
_POST_MODIFIERS = ("vice", "deputy", "acting", "lord")


def _local_head_at(doc: Doc, k: int) -> str | None:
    """The class of place a capitalised mayor's or governor's post starting at token ``k``
    (its modifiers first: "Vice Mayor") heads, when a capitalised name follows; else None."""
    n = len(doc)
    while k < n - 1 and doc[k].lower_ in _POST_MODIFIERS:
        k += 1
    cls = _LOCAL_HEADS.get(doc[k].lower_) if k < n - 1 else None
    return cls if cls is not None and doc[k].is_title and doc[k + 1].is_title else None


def place_before_local_head(span: Span) -> str | None:
    """ "Kapiti Mayor Jenny Rowan", "Ogun Governor Dapo Abiodun": one unknown word the model
    called an organisation, right before a capitalised mayor's or governor's post and a name,
    is the place the post heads (a company has no mayor): its class, else None."""
    if len(span) != 1 or not span[0].is_title or span.end >= len(span.doc):
        return None
    return _local_head_at(span.doc, span.end)


_NOT_PLACES = TITLE_PREFIX | TITLE_MODIFIERS | LEVEL_WORDS | {
    "state", "city", "provincial", "municipal", "regional", "county", "district", "town"}


def local_head_places(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Kapiti Mayor Jenny Rowan" where the model found no entity: a lone proper noun the
    gazetteer does not know, right before a capitalised mayor's or governor's post and a
    name, is the place the post heads."""
    for k in positions(doc, LOWER, _LOCAL_HEAD_WORDS):
        cls = _local_head_at(doc, k)
        if cls is None or k == 0:
            continue
        p = k - 1
        while p > 0 and doc[p].lower_ in _POST_MODIFIERS:
            p -= 1
        word = doc[p]
        # (the tagger often calls an unknown first word of a sentence a noun)
        proper = word.pos_ == "PROPN" or word.is_sent_start and word.pos_ == "NOUN"
        if (word.ent_type_ or not proper or not word.is_title or not word.is_alpha
                or word.lower_ in _NOT_PLACES or word.text in demonyms()
                or gaz.place(word.text) is not None or gaz.known(word.text) is not None
                or p > 0 and doc[p - 1].is_title and doc[p - 1].pos_ == "PROPN"):
            continue
        yield Candidate(word.idx, word.idx + len(word), word.text, cls, "ner", 0.5, 2)
