"""Where a capitalised run that names an organ goes on into its officer's name: "Deputy
Chairman of the Parliament Zviad Dzidziguri", "... People's Congress (NPC) Zhang Lei"
(kg/extract/names.py cuts the run there)."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import CHUNK_TITLES, NAME_KEYWORDS, TITLE_HEADS
from kg.extract.namejoins import SMALL_WORDS, Word, has_keyword, text_of
from kg.extract.namekeys import classify_name

_HYPHEN_GIVEN = re.compile(r"[A-Z][^\W\d_A-Z]+-[^\W\d_][^\W\d_A-Z]+")


def abbreviated_officer(words: list[Word], gaz: Gazetteer) -> int:
    """Where the ")" closing an organ's short form stands when a person's two or three name
    words follow it, else 0."""
    if len(words) < 6:
        return 0
    for n in (2, 3):
        close = len(words) - n - 1
        if close < 4 or words[close][2] != ")" or words[close - 2][2] != "(":
            continue
        head = words[close - 3][2]
        abbr = words[close - 1][2]
        if re.fullmatch(r"[A-Z]{2,8}", abbr) and (
                NAME_KEYWORDS.get(head.lower()) in ("GovernmentBody", "Organization")) and (
                officer_after([*words[close - 3 : close - 2], *words[close + 1:]], gaz) == n):
            return close
    return 0


def officer_after(words: list[Word], gaz: Gazetteer) -> int:
    """How many words at the end of an organ's name are a person's name: two or three
    capitalised words, none a keyword, a place or a small word, right after the organ's
    keyword ("Parliament", "Committee", "Government"); or, after any organisation's or
    company's name, a family name and a hyphenated given name ("... Electronics Kwon
    Oh-hyun", "... Ministry of Trade Yoon Sang-Jick")."""
    if len(words) >= 4 and _HYPHEN_GIVEN.fullmatch(words[-1][2]) and re.fullmatch(
            r"[A-Z][a-z]{1,5}", words[-2][2]) and gaz.place(words[-2][2]) is None and (
            words[-2][2].lower() not in NAME_KEYWORDS) and classify_name(
            [w for _, _, w in words[:-2]]) in ("GovernmentBody", "Organization", "Enterprise"):
        return 2
    for n in (2, 3):
        if len(words) < n + 1:
            continue
        head, tail = words[-n - 1][2], [w for _, _, w in words[-n:]]
        if NAME_KEYWORDS.get(head.lower()) not in ("GovernmentBody", "Organization"):
            continue
        if all(re.fullmatch(r"[A-Z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?", w) and w.lower() not in
               NAME_KEYWORDS and w.lower() not in SMALL_WORDS and w.lower() not in TITLE_HEADS
               and gaz.place(w) is None and gaz.known(w) is None for w in tail):
            return n
    return 0


# Posts only a company's head holds: the bare name before them is the company's.
_COMPANY_HEADS = {"ceo", "chairman", "chairwoman", "chairperson", "founder"}
_POST_WORDS = CHUNK_TITLES | {"general", "managing", "executive", "chief", "officer", "board"}


def post_owner(words: list[Word], post: set[str], gaz: Gazetteer) -> str:
    """The role of the words before a post in one capitalised run: "org" when they name an
    organisation by its keyword, "company" for a bare name before a company head's post,
    else "" (a place, a nationality or nothing: "Hunan Vice Governor")."""
    if has_keyword(words):
        return "org"
    text = text_of(words)
    if post & _COMPANY_HEADS and len(words) <= 3 and all(
            re.fullmatch(r"[A-Z][\w&\-]*", w) and w.lower() not in SMALL_WORDS
            for _, _, w in words) and gaz.place(text) is None and text not in demonyms() and (
            gaz.known(text) is None or gaz.known(text).cls == "Enterprise"):
        return "company"
    return ""


def holder_after(words: list[Word], gaz: Gazetteer) -> list[tuple[list[Word], str]]:
    """The name after a post's words ("Vice Chairman Ravi Ganesh" -> "Ravi Ganesh")."""
    k = 0
    while k < len(words) and words[k][2].lower() in _POST_WORDS:
        k += 1
    tail = words[k:]
    if 2 <= len(tail) <= 3 and all(
            re.fullmatch(r"[A-Z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?", w) and w.lower() not in (
                NAME_KEYWORDS) and gaz.place(w) is None for _, _, w in tail):
        return [(tail, "person")]
    return []
