"""When the model's name is a place, or its place a person: "Peter Lund, Mayor of Aarhus"
(Aarhus a City, not an organisation), "In Wolfsburg, ..." (a town, not a company), "Consul
General Ana Reyes" (the person, not "Reyes" the organisation). Read by ``ner.py``."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import TITLE_HEADS, TITLE_PREFIX

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


