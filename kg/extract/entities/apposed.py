"""People known by the post beside their name, which the model may miss or mislabel: a name
with a post in apposition ("Rashed Alqemzi, the representative of ...", "Li Ming, China's
Vice Minister of Commerce"), a Chinese name right after a post ("Vice Mayor of Xuzhou Ren
Haoming"), a run of proper nouns after a person's title ("received Ambassador Helena Varga"),
and "He" that is a surname ("Vice Governor He Jianhua").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.attrs import IS_TITLE, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    FIRM_FIELDS,
    HONORIFICS,
    NAME_DESCRIPTORS,
    NAME_KEYWORDS,
    NAME_PARTICLES,
    ORGAN_WORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
)
from kg.extract.names import Candidate, classify_name
from kg.extract.nlp import positions

# Posts only a person holds: "X, Chairman of Y" makes X a person whatever the model said.
_PERSON_POSTS = (TITLE_PREFIX - {"party", "state", "executive", "general", "dr.", "mr.", "ms.",
                                 "mrs."}) | {"ceo", "founder", "co-founder", "leaders",
                                             "vice-director", "vice-president",
                                             "representative"}
_POST_MODIFIERS = {"vice", "deputy", "executive", "general", "senior", "chief", "party", "-",
                   "'s", "’s"}


def surname_he(tok: Token) -> bool:
    """ "Vice Governor He Jianhua": "He" before a capitalised word inside a sentence is the
    surname (何), not the pronoun; at a sentence start only when the text also writes the
    same name inside a sentence."""
    doc = tok.doc
    if tok.text != "He" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isupper():
        return False
    if not tok.is_sent_start:
        return True
    if tok.i + 2 < len(doc) and apposed_post(doc[tok.i : tok.i + 2]):
        return True  # "He Zhiguo, mayor of Wuxi, said": a name with its post
    given = doc[tok.i + 1].text
    return any(t.text == "He" and not t.is_sent_start and t.i + 1 < len(doc)
               and doc[t.i + 1].text == given for t in doc)


def after_title(span: Span) -> bool:
    """ "received Ambassador Helena Varga": a short run of proper nouns right after a
    person's title is a name, whatever the model's label."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.is_title and before.lower_ in TITLE_PREFIX
            and before.lower_ not in ("state", "party", "general", "executive")
            and all(t.pos_ == "PROPN" and t.is_title for t in span))


def apposed_post(span: Span, members: bool = False) -> bool:
    """ "Liu Cuilan, Jiangxi's vice-director of commerce", "Duo Jia, leaders of Jinhua": the
    name is followed by a comma and a post, with only place names and post modifiers between
    ("Tesla, whose chairman ..." does not count). With ``members``, "member" counts as a post
    ("X, alternate member of the Y Committee"), for names no firm or state bears."""
    doc = span.doc
    posts = _PERSON_POSTS | {"member"} if members else _PERSON_POSTS
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    after = doc[i + 1 : i + 8]
    if len(after) and after[0].lower_ in ("the", "a"):  # "X, the Consul General of ..."
        after = after[1:]
    for tok in after:
        if tok.lower_ in posts:
            return True
        if not (tok.lower_ in _POST_MODIFIERS or tok.pos_ == "PROPN" and tok.text[:1].isupper()
                or tok.text in demonyms()  # "X, Bulgarian Ambassador to China"
                or tok.tag_ in ("JJ", "VBG", "VBN") and tok.is_lower):  # "the departing"
            return False
    return False


def _name_starts(doc: Doc) -> list[int]:
    """The tokens that are a Chinese surname or a title-case proper noun, in order."""
    surnames = set(positions(doc, ORTH, CHINESE_SURNAMES))
    return [i for i, (pos, title) in enumerate(doc.to_array([POS, IS_TITLE]).tolist())
            if pos == PROPN and title or i in surnames]


def post_before(span: Span) -> bool:
    """ "the Kazakh Ambassador to the Republic of Ruritania, Aidar Nurlanov, has met": a short
    run of proper nouns set off by commas right after a phrase that ends a person's post
    ("Ambassador to X", "Governor of X") is the holder's name, whatever the model's label."""
    doc = span.doc
    if not (2 <= len(span) <= 3) or span.start < 3 or doc[span.start - 1].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ".", ";"):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in NAME_KEYWORDS
               for t in span):
        return False
    k = span.start - 2
    while k >= max(0, span.start - 9) and doc[k].text not in (",", ";", ".") and not (
            doc[k].is_sent_start):
        if doc[k].lower_ in _PERSON_POSTS and doc[k].is_title:
            return True
        k -= 1
    return k >= 0 and doc[k].lower_ in _PERSON_POSTS and doc[k].is_title


def posted_place(span: Span, gaz: Gazetteer) -> int:
    """ "Ambassador to China Abebe Tadesse" read as one name: how many words at the start
    of the model's span name the place the post is to, in or of (0 if none); the rest,
    two or three proper nouns, is the holder."""
    doc = span.doc
    if len(span) < 3 or span.start < 2 or doc[span.start - 1].lower_ not in ("to", "in", "of"):
        return 0
    title = doc[span.start - 2]
    # a plural post names its holders whatever its case: "vice-mayors of X A and B"
    plural = title.lower_.endswith("s") and title.lower_[:-1] in _PERSON_POSTS
    if not (title.is_title and title.lower_ in _PERSON_POSTS | {"general"} or plural):
        return 0
    for n in (3, 2, 1):
        words = [t for t in span[n:] if t.text != "-"]  # "Jean - Paul Rakoto"
        if n >= 2 and span[n - 1].lower_ in _UNIT_NOUNS:
            named = gaz.place(span[: n - 1].text) is not None  # "of Lanzhou Municipality A"
        else:
            named = gaz.place(span[:n].text) is not None
        # (a firm's words are no one's name: "Chairman of China Allied Industrial Investment")
        if named and 2 <= len(words) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in NAME_KEYWORDS
                and t.lower_ not in FIRM_FIELDS and t.lower_ not in NAME_DESCRIPTORS
                for t in words):
            return n
    return 0


# the unit word a place's name may end with before its post's holder
_UNIT_NOUNS = {"municipality", "province", "city", "prefecture", "county", "district"}


def organ_and_holder(span: Span, gaz: Gazetteer) -> list[Candidate]:
    """The model's organisation cut into the organ a post is in and its holder (see
    ``posted_organ``), or nothing."""
    organ = posted_organ(span, gaz)
    if not organ:
        return []
    body, holder = span[:organ], span[organ:]
    if body[0].lower_ == "the":
        body = body[1:]
    return [Candidate(body.start_char, body.end_char, body.text,
                      classify_name(body.text.split()) or "GovernmentBody", "ner", 0.55, 2),
            Candidate(holder.start_char, holder.end_char, holder.text, "Person", "ner", 0.6, 2)]


def posted_organ(span: Span, gaz: Gazetteer) -> int:
    """ "Chairman of its Commission for Internal Affairs Tran Van Hai" read as one organ: how
    many words at the start of the model's span name the organ the post is in (0 if none);
    the rest, two or three capitalised words after the organ's last word, is the holder."""
    doc = span.doc
    if len(span) < 4 or span.start < 2:
        return 0
    k = span.start - 1
    if doc[k].lower_ in ("the", "its") and k >= 2:
        k -= 1
    if doc[k].lower_ != "of":
        return 0
    post = k - 1
    if doc[post].lower_ == "charge" and post >= 2 and doc[post - 1].lower_ == "in":
        post -= 2  # "Minister in charge of the Office of ..."
    if not (doc[post].is_title and doc[post].lower_ in _PERSON_POSTS):
        return 0
    tail = 0
    for tok in reversed(span):
        low = tok.lower_
        if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or (
                low in NAME_KEYWORDS or low in ORGAN_WORDS or low in TITLE_PREFIX | TITLE_HEADS
                or gaz.place(tok.text) is not None):
            break
        tail += 1
    if not 2 <= tail <= 3 or tail >= len(span) - 1:
        return 0
    last = span[len(span) - tail - 1]  # the organ's last word
    if gaz.place(last.text) is not None and span[len(span) - tail - 2].lower_ == "of":
        # "... Council of Ministers of Laos Boun Sisavath": the organ ends with its country
        return len(span) - tail
    return len(span) - tail if last.lower_ in NAME_KEYWORDS or last.lower_ in ORGAN_WORDS else 0


def apposed_people(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Names the model missed, known by the post in apposition: "Rashed Alqemzi, the
    representative of the guest group ..., said"."""
    i, n = 0, len(doc)
    # where nothing below applies (no surname, no capitalised proper noun) i moves on by one
    starts = _name_starts(doc)
    while i < n:
        k = bisect_left(starts, i)
        if k == len(starts):
            break
        i = j = starts[k]
        if doc[i].lower_ in HONORIFICS and i + 1 < n:
            i = j = i + 1  # "Mr. Pim ten Haaf": the name starts after the honorific
        # "An Wei, deputy mayor": a surname that is also an English word is tagged as one
        if (doc[i].text in CHINESE_SURNAMES and i + 1 < n and doc[i + 1].pos_ == "PROPN"
                and doc[i + 1].is_title):
            j += 1
        while j < n and j - i < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        k = j
        while j - i == 1 and k < min(n, j + 2) and doc[k].lower_ in NAME_PARTICLES:
            k += 1
        if k > j and k < n and doc[k].is_title and doc[k].pos_ == "PROPN":
            j = k + 1  # "Pim ten Haaf", "Anna van der Berg": lower-case particles inside
        if j - i == 3 and (gaz.place(doc[i].text) is not None or doc[i].lower_ in ORGAN_WORDS
                           or doc[i].lower_ in NAME_KEYWORDS or doc[i].lower_ in HONORIFICS):
            i += 1  # "... of Moldova Ion Cretu", "... of Transportation Gu Ming", "Excellency X"
        if j - i >= 2:
            span = doc[i:j]
            words = span.text.split()
            if (apposed_post(span) and not gaz.place(span.text) and not gaz.known(span.text)
                    and classify_name(words) is None
                    and not any(w.lower() in TITLE_PREFIX | TITLE_HEADS for w in words)):
                yield Candidate(span.start_char, span.end_char, span.text, "Person",
                                "apposition", 0.6, 2)
        i = max(j, i + 1)


def titled_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Chinese names the model missed right after a post: "Vice Mayor of Xuzhou Ren Haoming",
    "Governor Ren Haoming" (a surname from the list, then one capitalised given name)."""
    n = len(doc)
    for i in positions(doc, ORTH, CHINESE_SURNAMES):
        if not 0 < i < n - 1:
            continue
        tok, given = doc[i], doc[i + 1]
        if given.ent_type_ == "PERSON" or not (
                given.is_title and given.is_alpha and given.lower_ not in NAME_KEYWORDS
                and given.lower_ not in TITLE_HEADS and gaz.place(given.text) is None):
            continue
        if i + 2 < n and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN":
            continue  # a longer name: not ours to cut
        j = i - 1
        if gaz.place(doc[j].text) is not None:  # "... of Xuzhou Ren Haoming"
            k = j - 1
            while k >= 0 and doc[k].is_title and gaz.place(doc[k].text) is not None:
                k -= 1
            if k < 0 or doc[k].lower_ not in ("of", "to"):
                continue
            j = k - 1
        if j >= 0 and doc[j].is_title and (doc[j].lower_ in TITLE_PREFIX or (
                doc[j].lower_ in ORGAN_WORDS and j >= 1 and doc[j - 1].lower_ == "of")):
            # "Governor Ren Haoming", "Director of Agriculture Hu Hanping"
            yield Candidate(tok.idx, given.idx + len(given.text), f"{tok.text} {given.text}",
                            "Person", "titled-name", 0.6, 2)
