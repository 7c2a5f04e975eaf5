"""Candidates whose words are a post, a phrase or a second complement, not the name:

- a run of capitalised words that holds a person's post word ("Research Group Leader",
  "Science and Technology Counselor Zhao Min", "Korean Consul-General") names a post and its
  holder, not a body or a place (the people rules find the holder); fields alone before a
  post word ("Science and Technology Counselor") are the post's portfolio;
- "Xinhua-run Shanghai Securities News", "state-owned X": the owner glued on by "-run" is
  not part of the owned body's name;
- "Hasan Group Mr Zheng Gang": a body's name ends before an honorific;
- "the signing of the X Treaty of Peace and Friendship and of China's reform": "and of"
  coordinates a second complement of the noun outside the name, so the name ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import ORGAN_FIELDS, SECTOR_NAMES, TITLE_HEADS, words
from kg.extract.names import Candidate

POST_NAME_HEADS = words("post_name_heads")

# A post word is the body's own only after "of"/"the" ("Office of the Mayor") or with "'s".
_POST_WORD = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)(?![\w'’-])")
_OWNER_GLUE = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}-(?:run|owned|controlled|backed|"
                         r"funded|sponsored|affiliated)\s+(?=[A-Z])")
_SECOND_OF = re.compile(r",?\s+and\s+of\s+")
_PEOPLE = ("Person", "Official")
# "the chairman of Hasan Group Mr Zheng Gang": the honorific starts the holder's name, so a
# body's name ends before it
_INNER_HONORIFIC = re.compile(r"\s+(?:Mr|Mrs|Ms|Dr|Mme|Madam)\.?(?=\s|$)")


def holds_post(text: str) -> bool:
    """A capitalised post word in ``text`` that is not the object of "of"/"the" ("Research
    Group Leader", "Counselor Zhao Min"), nor followed by "of" ("Director of the Bureau of X"
    may be the model's span round a body's name)."""
    for m in _POST_WORD.finditer(text):
        if m.group(1).lower() not in POST_NAME_HEADS:
            continue
        before = text[: m.start()].split()[-1:]
        after = text[m.end():].split()[:1]
        if before and before[0].lower() in ("of", "the", "for", "to"):
            continue
        if after and after[0].lower() in ("of", "for", "to"):
            continue
        return True
    return False


def not_a_post(text: str, c: Candidate) -> bool:
    """False for a body's or place's candidate that is a post (see ``holds_post``) or a
    post's portfolio."""
    return c.cls in _PEOPLE or c.extractor == "gazetteer" or not (
        holds_post(c.text) or _portfolio(text, c) or _membership(text, c))


def _membership(text: str, c: Candidate) -> bool:
    """ "Standing Committee Member of the CPC Fujian Provincial Committee": a body's short
    name before "member of" is the post's words (the body is the one after "of")."""
    nxt = _NEXT.match(text, c.end)
    return nxt is not None and nxt.group(1).lower() in ("member", "members") and " of " not in (
        c.text) and text[nxt.end():].lstrip().lower().startswith("of ")


_NEXT = re.compile(r"\s+([A-Za-z][\w-]*)")


def _portfolio(text: str, c: Candidate) -> bool:
    """ "Science and Technology Counselor", "Culture and Tourism Director": field words only,
    then a post word."""
    nxt = _NEXT.match(text, c.end)
    fields = [w.lower() for w in c.text.split() if w.lower() not in ("and", "&")]
    return nxt is not None and nxt.group(1).lower() in TITLE_HEADS and bool(fields) and all(
        w in ORGAN_FIELDS | SECTOR_NAMES for w in fields)


def trimmed(c: Candidate) -> Candidate:
    """The candidate without an owner glued on by "-run" and without an "and of" tail."""
    if c.cls in _PEOPLE:
        return c
    glue = _OWNER_GLUE.match(c.text)
    if glue is not None:
        c = replace(c, start=c.start + glue.end(), text=c.text[glue.end():])
    tail = _SECOND_OF.search(c.text)
    if tail is not None and tail.start() > 0:
        c = replace(c, end=c.start + tail.start(), text=c.text[: tail.start()])
    honour = _INNER_HONORIFIC.search(c.text)
    if honour is not None:
        c = replace(c, end=c.start + honour.start(), text=c.text[: honour.start()])
    return c
