"""Names on the parsed tokens: the gazetteer matcher's spans and spaCy's statistical entities,
mapped to our classes and checked against the rules (a post in apposition makes a person:
apposed.py, which also finds the people the model missed after a post or before one; a list
after "companies, including" makes companies: brands.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.entities.apposed import (
    after_title,
    apposed_post,
    organ_and_holder,
    post_before,
    posted_place,
    surname_he,
)
from kg.extract.entities.brands import (
    LANDMARK_HEADS,
    company_like,
    company_name_on,
    in_company_list,
    led_company,
    product_name,
)
from kg.extract.entities.companies import place_brand
from kg.extract.entities.divisions import route_end
from kg.extract.entities.givennames import with_first_names, with_given_name, with_surname
from kg.extract.entities.modelplaces import (
    COMPASS,
    PLACE_HEADS,
    abbreviation,
    place_before_local_head,
    post_place,
    ruled_place,
    split_name,
    town_after_in,
)
from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    BUSINESS_POSTS,
    CHINESE_SURNAMES,
    GENERIC_WORDS,
    HEADLINE_VERBS,
    HONORIFICS,
    LEADING_NON_NAME,
    NAME_KEYWORDS,
    ORGAN_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PREFIX,
)
from kg.extract.namekeys import fields_only
from kg.extract.names import Candidate, classify_name, generic_name, organ_class


def gazetteer_names(gaz: Gazetteer, matcher_spans: list[Span]) -> Iterator[Candidate]:
    for span in matcher_spans:
        text = span.text
        place = gaz.place(text)
        if place is not None and _hyphen_modifier(span) and not route_end(span, gaz):
            continue
        if place is not None:
            yield Candidate(span.start_char, span.end_char, text, place.cls, "gazetteer", 0.9, 1)
            continue
        known = gaz.known(text)
        while known is not None and len(span) > 1 and span[-1].is_lower and span[-1].is_alpha:
            # "Volvo cars": the alias "Volvo Cars" matched in lower case is the brand's goods
            shorter = span[:-1]
            if gaz.known(shorter.text) is None:
                break
            span, text = shorter, shorter.text
        if known is not None and known.cls == "Zone" and _not_the_zone(span):
            continue
        if known is not None and known.cls == "Enterprise":
            span = company_name_on(span, gaz)  # "Toyota Motor" -> "Toyota Motor Europe"
            yield Candidate(span.start_char, span.end_char, span.text, "Enterprise",
                            "gazetteer", 0.9, 1)
        elif known is not None:
            yield Candidate(span.start_char, span.end_char, text, known.cls, "gazetteer", 0.9, 1)


def _not_the_zone(span: Span) -> bool:
    """A listed zone's form written as a description ("the Nansha area", "Shanghai free trade
    zone") or starting a longer name ("Qianhai Road", "Zhangjiang Laboratory", "Great Stone
    Bridge"): not the zone itself."""
    if span[-1].is_lower and span[-1].is_alpha:
        return True
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start


def _hyphen_modifier(span: Span) -> bool:
    """ "China-Eurasia Railway Express", "Sino-Africa": a place glued by a hyphen to another
    name is a modifier of that name, not a mention of the place."""
    # Only the two tokens either side: Doc.text is rebuilt on every access (quadratic).
    doc = span.doc
    lo, hi = max(span.start - 2, 0), min(span.end + 2, len(doc))
    offset = doc[lo].idx
    text = doc[lo:hi].text
    start, end = span.start_char - offset, span.end_char - offset
    glued_before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
    glued_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()
    return glued_before or glued_after


# Title words (and their abbreviations) the model takes alone for a place or a person.
_LONE_TITLES = (TITLE_PREFIX | TITLE_HEADS | {"sec", "gov", "rep", "amb"}) - {"general", "state"}
_TITLE_WORDS = _LONE_TITLES | {"general"}  # (a union made per token costs more than the test)


# Half-years and quarters as statistics name them ("H1", "Q3", "1H"); the model takes them
# for places or companies.
_PERIOD_CODE = re.compile(r"(?:H[12]|Q[1-4]|[12]H|[1-4]Q)(?:\s*\d{2,4})?")


def _clean_ent(span: Span) -> Span | None:
    start, end = span.start, span.end
    # the model's spans may take in the blank line after a headline ("growth in H1\n\n")
    while start < end and (span.doc[start].lower_ in LEADING_NON_NAME or span.doc[start].is_punct
                           or span.doc[start].is_space):
        if span.label_ == "PERSON" and start + 1 < end and surname_he(span.doc[start]):
            break
        start += 1
    while end > start and (
        span.doc[end - 1].is_space
        or span.doc[end - 1].is_punct
        and span.doc[end - 1].text != "."
        or span.doc[end - 1].text in ("’s", "'s", "’", "'")
    ):
        end -= 1
    if end > start and all(t.lower_.rstrip(".") in _TITLE_WORDS
                           for t in span.doc[start:end]) and (
            span.doc[start].lower_.rstrip(".") in _LONE_TITLES):
        return None  # "Acting Consul General X", "Sec. Y": a post's word, not a place or person
    return span.doc[start:end] if end > start else None


# "the Guest Country of Honor": a role at an event, capitalised, that the model reads as a
# place or firm ("Honor", "Guest Country")
_HONOUR_ROLE = {"guest", "country", "province", "city", "region", "of", "honor", "honour"}


def _honour_role(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return words <= _HONOUR_ROLE and bool(words & {"guest", "honor", "honour"})


def ner_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """spaCy's entities mapped to our classes; only what rules cannot type is kept."""
    for ent in doc.ents:
        span = _clean_ent(ent)
        if span is None or _honour_role(span):
            continue
        text = span.text
        label = ent.label_
        if _PERIOD_CODE.fullmatch(text):
            continue  # "trade growth in H1": a half-year or quarter, not a place
        if product_name(span) and gaz.known(text) is None and gaz.place(text) is None:
            continue  # "Chevrolet Cruze cars": a marque and a model, no company
        if label == "PERSON" and ent.text in demonyms():
            continue  # "Sri Lankan Prime Minister X": the model's person is a nationality
        body = gaz.known(span[0].text) if label == "PERSON" and len(span) > 1 else None
        if body is not None and body.cls in ("Organization", "GovernmentBody"):
            # "CCPIT Hubei": no one's name starts with a known body's; its branch
            yield Candidate(span.start_char, span.end_char, text, body.cls, "ner", 0.55, 2)
            continue
        if label == "PERSON" and span.start > 0 and surname_he(doc[span.start - 1]):
            span = doc[span.start - 1 : span.end]  # "He Jianhua said": the surname read as "he"
            text = span.text
        if label == "PERSON":
            span = with_given_name(span, gaz)  # the model's "Zhao" of "Zhao Lei accompanied"
            span = with_surname(span, gaz)
            span = with_first_names(span, gaz)
            text = span.text
            # Drop titles and organ words the model included ("Governor Hu Yuting",
            # "Commerce Liu Cuilan") and headline verbs after the name ("Huang Qiang Meets").
            while len(span) > 1 and (span[0].lower_ in TITLE_PREFIX | HONORIFICS
                                     or span[0].lower_[:-1] in TITLE_HEADS  # "Ministers"
                                     and span[0].lower_.endswith("s")
                                     or span[0].lower_ in ORGAN_WORDS
                                     or span[0].lower_ in NAME_KEYWORDS):
                span = span[1:]
            if (len(span) >= 3 and span.start > 0 and gaz.place(span[0].text) is not None and (
                    doc[span.start - 1].lower_ == "of" or span.start > 1
                    and doc[span.start - 1].lower_ in ("in", "to")
                    and doc[span.start - 2].lower_ in TITLE_PREFIX | TITLE_HEADS)):
                # "Vice Mayor of Wuhan Li Ming", "Consul-General in Harbin Ivan Petrov": the
                # place is the post's
                span = span[1:]
            elif (cut := post_place(span)) and len(span) - cut >= 2:
                # "Mayor of Lipa Juan Santos": a place the gazetteer lacks, then the holder
                head = PLACE_HEADS[doc[span.start - 2].lower_]
                place = span[:cut]
                yield Candidate(place.start_char, place.end_char, place.text, head, "ner",
                                0.5, 2)
                span = span[cut:]
            if (len(span) == 1 and span.end < len(doc) and doc[span.end].is_title
                    and doc[span.end].lower_ in TITLE_PREFIX):
                continue  # "Kazakh Prime Minister X": a nationality or place before a post
            posted = False
            while len(span) > 1 and (span[-1].tag_ == "VBZ" or span[-1].lower_ in TITLE_HEADS
                                     or span[-1].lower_ in HEADLINE_VERBS
                                     or span[-1].is_punct and span[-1].text != "."):
                # ("A - secretary of X": the dash before the post goes with it)
                posted = posted or span[-1].lower_ in TITLE_HEADS
                span = span[:-1]
            if (posted and len(span) == 1 and span.end + 1 < len(doc)
                    and doc[span.end + 1].ent_type_ == "PERSON" and not gaz.known(span.text)):
                # "Kitakyushu Mayor Kenji Kitahashi": the word before the post is its place
                place = gaz.place(span.text)
                cls = place.cls if place is not None else "City"
                yield Candidate(span.start_char, span.end_char, span.text, cls, "ner", 0.5, 2)
                continue
            if posted and len(span) == 1 and span[0].lower_ in TITLE_MODIFIERS:
                continue  # "Acting Consul": a post's modifier, no name
            if place_brand(span.text.split(), gaz):  # a rule: before the place it starts with
                yield Candidate(span.start_char, span.end_char, span.text, "Enterprise",
                                "place-brand", 0.6, 1)
                continue
            if in_company_list(span) or led_company(span) and not gaz.known(span.text):
                # (a person holds no CEO's post: "said X, Garrett's president and CEO")
                yield Candidate(span.start_char, span.end_char, span.text, "Enterprise", "ner",
                                0.55, 2)
                continue
            if span[-1].lower_ in LANDMARK_HEADS:
                continue  # "Wanda Plaza": a sight, no one's name
            if any(t.lower_ in NAME_KEYWORDS or t.lower_ in TITLE_HEADS or t.lower_ in GENERIC_WORDS
                   or "-" in t.text and t.text.split("-")[-1][:1].isupper()
                   and t.text.split("-")[-1] in ("Tech",) for t in span):
                continue
            text = span.text
            ruled = ruled_place(span)
            if ruled is not None and not gaz.known(text) and classify_name(text.split()) is None:
                # "Hans Berger, Governor of Upper Austria": the model's person is the place
                place = gaz.place(text)
                cls = ruled if place is None or place.kind == "world" else place.cls
                yield Candidate(span.start_char, span.end_char, text, cls, "ruled-place", 0.55, 2)
                continue
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if (
                after in ("ethnic", "dynasty", "people")  # "the Baiku Yao ethnic group"
                or before in ("at", "in")  # "deep sea port at Laem Chabang"
                or gaz.place(text)
                or gaz.known(text)
                or classify_name(text.split())
                or not text[:1].isupper()
                or any(c.isdigit() for c in text)
            ):
                continue
            yield Candidate(span.start_char, span.end_char, text, "Person", "ner", 0.7, 2)
        elif label in ("GPE", "LOC") and span.start > 0 and surname_he(doc[span.start - 1]):
            # "He Anzhou said": the model read the surname as "he" and the rest as a place
            whole = doc[span.start - 1 : span.end]
            yield Candidate(whole.start_char, whole.end_char, whole.text, "Person", "ner", 0.7, 2)
        elif label in ("GPE", "LOC"):
            place = gaz.place(text)
            single = len(span) == 1 and span[0].is_title and (
                span.start == 0 or doc[span.start - 1].lower_ not in ("in", "at", "from", "to"))
            # a Chinese surname first: a person's name, whose seat in a body is a post
            surnamed = len(span) >= 2 and span[0].text in CHINESE_SURNAMES
            if place is None and (2 <= len(span) <= 3 or single) and apposed_post(
                    span, members=surnamed) and not (
                    gaz.known(text) or classify_name(text.split())):
                # "Li Ming, China's Vice Minister of Commerce", "Nushirwan, Malaysian
                # Ambassador to China": a post makes a person (one known by one name: the
                # resolver takes the lone word for the whole name)
                yield Candidate(span.start_char, span.end_char, text, "Person",
                                "lone-name" if single else "ner", 0.6, 2)
                continue
            if place is not None:
                yield Candidate(
                    span.start_char, span.end_char, text, place.cls, "ner+gazetteer", 0.85, 2
                )
            elif (in_company_list(span) or led_company(span)) and not classify_name(
                    text.split()):
                # "companies such as Orvane (Hong Kong), Lumex and Dravia": the model's town
                yield Candidate(span.start_char, span.end_char, text, "Enterprise", "ner",
                                0.55, 2)
            elif span[-1].lower_ in LANDMARK_HEADS:
                continue  # "Moon Plaza", "Golden Lake Resort": a sight, no town or area
            elif label == "LOC" and text[:1].isupper() and len(span) > 1:
                yield Candidate(span.start_char, span.end_char, text, "Region", "ner", 0.5, 2)
            elif classify_name(text.split()) == "City":
                yield Candidate(span.start_char, span.end_char, text, "City", "ner", 0.6, 2)
            elif (label == "GPE" and text[:1].isupper() and len(span) <= 3
                  and all(t.pos_ == "PROPN" for t in span) and not _hyphen_modifier(span)
                  and classify_name(text.split()) is None and not gaz.known(text)
                  and not abbreviation(text)):
                # a place the gazetteer does not hold (it has every country and province):
                # most often a town or city abroad ("Lugano", "Kitakyushu"); a compass word
                # makes it an area ("Mashonaland West"); before "(" it is part of a name
                close = next((t.i for t in doc[span.end : span.end + 5] if t.text == ")"),
                             None) if span.end < len(doc) and doc[span.end].text == "(" else None
                named_on = (close is not None and close + 1 < len(doc)
                            and doc[close + 1].text[:1].isupper())
                if not named_on:
                    cls = "Region" if span[-1].lower_ in COMPASS else "City"
                    yield Candidate(span.start_char, span.end_char, text, cls, "ner", 0.5, 2)
        elif label in ("ORG", "FAC", "EVENT", "LAW"):
            if not (text[:1].isupper() or text[:1].isdigit()):
                continue
            known = gaz.known(text)
            if known is not None:
                yield Candidate(
                    span.start_char, span.end_char, text, known.cls, "ner+gazetteer", 0.85, 2
                )
                continue
            if gaz.place(text) is not None:
                place = gaz.place(text)
                assert place is not None
                yield Candidate(
                    span.start_char, span.end_char, text, place.cls, "ner+gazetteer", 0.8, 2
                )
                continue
            if len(span) == 1 and NAME_KEYWORDS.get(text.lower()) in ("Event", "Zone"):
                continue  # a bare "Fair" or "Zone": see back_references for "the Fair"
            ruled = ruled_place(span)
            if ruled is not None and classify_name(text.split()) is None:
                # "Mayor of Aarhus", "Governor of Jalisco": the model's organisation is a place
                yield Candidate(span.start_char, span.end_char, text, ruled, "ner", 0.55, 2)
                continue
            cls = classify_name(text.split())
            if cls in ("Enterprise", "Zone") and len(span) > 1 and (generic_name(
                    text.split()) or cls == "Enterprise" and fields_only(text.split())):
                continue  # "Strategic Emerging Industries": descriptors and a keyword only
            split = organ_and_holder(span, gaz) if label == "ORG" else []
            if split:  # "Chairman of its Commission for Internal Affairs Tran Van Hai"
                yield from split
                continue
            glued = posted_place(span, gaz) if label == "ORG" else 0
            if glued:
                # "Ambassador to China Abebe Tadesse": the place the post is to, then its holder
                place, holder = span[:glued], span[glued:]
                if gaz.place(place.text) is None:
                    place = place[:-1]  # "Lanzhou Municipality": the place before its unit
                yield Candidate(place.start_char, place.end_char, place.text,
                                gaz.place(place.text).cls, "ner+gazetteer", 0.8, 2)
                yield Candidate(holder.start_char, holder.end_char, holder.text, "Person",
                                "ner", 0.6, 2)
                continue
            if cls is None and label == "ORG" and post_before(span) and not gaz.known(text):
                # "the Kazakh Ambassador to Ruritania, Aidar Nurlanov, has met ..."
                yield Candidate(span.start_char, span.end_char, text, "Person", "ner", 0.6, 2)
                continue
            whole = split_name(span, gaz) if cls is None and label == "ORG" else None
            if whole is not None:
                # "Consul General Ana Reyes": the model's organisation is the surname
                yield Candidate(whole.start_char, whole.end_char, whole.text, "Person", "ner",
                                0.6, 2)
                continue
            if cls is None and label == "ORG" and (2 <= len(span) <= 3 or len(span) == 1 and (
                    span[0].is_title and apposed_post(span))) and (
                    apposed_post(span) or after_title(span)):
                yield Candidate(span.start_char, span.end_char, text, "Person",
                                "lone-name" if len(span) == 1 else "ner", 0.6, 2)
                continue
            local = place_before_local_head(span) if cls is None and label == "ORG" else None
            if local is not None:
                yield Candidate(span.start_char, span.end_char, text, local, "ner", 0.5, 2)
                continue
            if cls is None and label == "ORG" and town_after_in(span):
                yield Candidate(span.start_char, span.end_char, text, "City", "ner", 0.5, 2)
                continue
            if cls is None:
                if label == "ORG" and (company_like(span, gaz) or in_company_list(span)
                                       or led_company(span)):
                    cls = "Enterprise"
                elif label == "EVENT" and len(span) > 1:
                    cls = "Event"
                elif label == "LAW":
                    cls = "Initiative"
            cls = organ_class(text.split(), cls, gaz)  # "Department of X of the CPAFFC"
            if cls is not None:
                # "vice president of Norvale Gases China": a business post is held in it, so
                # it is one company, before the place its name ends with (a rule's tier)
                led = label == "ORG" and cls == "Enterprise" and led_company(
                    span, _ANY_POSTS) and not any(
                    gaz.known(t.text) for t in span)  # (not "CCPIT Hubei": a known body's)
                yield Candidate(span.start_char, span.end_char, text, cls, "ner", 0.55,
                                1 if led else 2)


# Posts held in a company or in anything else: "president of X" makes X a company only when
# its name already reads as one
# ("chief executive of the Macao SAR" is a state post)
_ANY_POSTS = BUSINESS_POSTS | {"president", "manager", "director"}
