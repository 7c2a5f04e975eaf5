"""Short forms that point back to a name already found in the document: abbreviations
introduced as "Name (ABBR)", company names without place and legal suffix ("Rilian
Technology"), surnames of people named earlier ("Lu said"), a lone last name or first word
("Eriksson said", "Nordvik plans"), and "the Fair" for the document's one fair. Read by
``find_mentions`` (kg/extract/entities/mentions.py) after the first pass has settled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.entities.divisions import division_short_forms
from kg.extract.entities.editions import series_of
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import LEADING_NON_NAME, LEGAL_SUFFIX, NAME_KEYWORDS
from kg.extract.names import Candidate

_ABBREV = re.compile(r'\([“"]?([A-Z][A-Za-z]{1,9})[”"]?\)')  # "(ABBR)", "(“ABBR”)"


def _core_company_name(name: str, gaz: Gazetteer) -> str | None:
    """ "Wuxi Shangbai Global E-commerce Co., Ltd." -> "Shangbai Global E-commerce"."""
    core = re.sub(LEGAL_SUFFIX, "", name).strip()
    core = re.sub(r"\s*\([^)]*\)", "", core)
    words = core.split()
    while words and gaz.place(words[0]) is not None:
        words = words[1:]
    if len(words) < 2 and not (words and len(words[0]) > 4):
        return None
    short = " ".join(words)
    return short if short != name else None


def _lone_words(text: str, chosen: list[Candidate], gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """ "Lars Eriksson ... Eriksson said", "Nordvik Energy AB ... Nordvik plans": a person's
    last name and a company's first word alone stand for the one name of the document that
    has them (a word the text also writes in lower case, or two names share, says nothing)."""
    owners: dict[str, dict[str, tuple[str, str]]] = {}  # word -> identity -> (class, name)
    for cand in chosen:
        words = cand.text.split()
        if cand.cls in ("Person", "Official") and len(words) >= 2:
            word, identity = words[-1], cand.text
        elif cand.cls == "Enterprise" and len(words) >= 2:
            identity = _core_company_name(cand.text, gaz) or cand.text
            word = identity.split()[0]
        else:
            continue
        # "Julius Maada Bio ... Bio said": a short last name only after a name of three words
        # (a Chinese name has two, and a short given name alone may be anyone's surname)
        short = len(words) >= 3 and cand.cls in ("Person", "Official")
        if ((len(word) > 4 or short and len(word) > 2) and word.isalpha()
                and word[:1].isupper() and gaz.place(word) is None):
            named = owners.setdefault(word, {})
            known = named.get(identity, (cand.cls, ""))
            named[identity] = max(known, (cand.cls, cand.text), key=lambda n: len(n[1]))
    # the text's words, read once: the same test as ``re.search(rf"\b{low}\b", text)`` for a
    # word of letters (a pattern per word is compiled anew once the regex cache is full)
    said = set(re.findall(r"\w+", text)) if owners else set()
    return {word: next(iter(named.values())) for word, named in owners.items()
            if len(named) == 1 and word.lower() not in _NOT_LONE
            and not (word.lower() in said if word.lower().isalpha()
                     else re.search(rf"\b{word.lower()}\b", text))}


_NOT_LONE = LEADING_NON_NAME | NAME_KEYWORDS.keys()


def back_references(
    text: str, chosen: list[Candidate], gaz: Gazetteer
) -> list[Candidate]:
    """Short forms that point back to names already found in this document."""
    forms: dict[str, tuple[str, str]] = {}  # surface -> (class, full name)
    for cand in chosen:
        if cand.cls == "Enterprise":
            core = _core_company_name(cand.text, gaz)
            if core:
                forms.setdefault(core, ("Enterprise", cand.text))
        after = text[cand.end : cand.end + 14]
        abbr = _ABBREV.match(after.lstrip())
        if abbr and cand.cls not in ("Person", "Official") and after.startswith((" (", "(")):
            forms.setdefault(abbr.group(1), (cand.cls, cand.text))
    persons = [c for c in chosen if c.cls == "Person" and " " in c.text]
    for cand in persons:
        surname = cand.text.split()[0]
        if len(surname) > 1 and gaz.place(surname) is None:
            forms.setdefault(surname, ("Person", cand.text))
    for word, (cls, full) in sorted({**division_short_forms(chosen, gaz),
                                     **_lone_words(text, chosen, gaz)}.items()):
        forms.setdefault(word, (cls, full))
    extra: list[Candidate] = []
    # "the Fair" after "China International Fair for Investment and Trade": the head noun
    # stands for the document's only event or zone with that head.
    heads: dict[str, set[tuple[str, str]]] = {}
    said: dict[str, str] = {}
    for cand in chosen:
        words = cand.text.split()
        if cand.cls in ("Event", "Zone") and len(words) > 1:
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))
            head = words[cut - 1] if cut > 1 else ""
            if head[:1].isupper() and head.isalpha() and head.lower() in NAME_KEYWORDS:
                # an "Expo" and an "Exposition" are one kind: neither is "the expo" of both
                key = "Expo" if head == "Exposition" else head
                heads.setdefault(key, set()).add((cand.cls, cand.text))
                said.setdefault(key, head)
    for head, named in sorted(heads.items()):
        series = {(cls, series_of(full) or full) for cls, full in named}
        if len(series) == 1 and sum(series_of(full) is not None for _, full in named) == 1:
            # "China-Harbour Expo" and the "5th China-Harbour Expo": one series, one edition
            named = {max(named, key=lambda n: (series_of(n[1]) is not None, len(n[1]), n))}
        if len(named) == 1:
            ((cls, full),) = named
            # "the Fair"; an event also as "the expo" (a zone's "the port" is too loose)
            head = said[head]
            pattern = re.escape(head) if cls != "Event" else (
                f"(?:{re.escape(head)}|{re.escape(head.lower())})")
            # a back-reference points back: "the fair" before a predecessor fair is named
            first = min(c.start for c in chosen if c.text == full)
            for m in _after_the(pattern, head, text):
                if not text[m.end() : m.end() + 1].isalpha() and m.start() >= first:
                    extra.append(Candidate(m.start(), m.end(), m.group(), cls,
                                           "back-reference", 0.6, 1, refers_to=full))
    for surface, (cls, full) in sorted(forms.items()):
        for start in _whole_word_at(text, surface):
            extra.append(
                Candidate(
                    start, start + len(surface), surface, cls, "back-reference", 0.6, 1,
                    refers_to=full,
                )
            )
    return extra


# "the Fair", "this year's Fair": the document's own edition
_THE_OR_THIS = r"(?:(?<=\b[Tt]he )|(?<=\b[Tt]his year's )|(?<=\b[Tt]his year’s ))"


def _after_the(pattern: str, head: str, text: str) -> Iterator[re.Match[str]]:
    r"""What ``re.finditer`` of ``_THE_OR_THIS`` + ``pattern`` + ``(?![\w\-])`` finds, the
    look-behind checked only where the head word is (a pattern that opens on look-behinds is
    tried at every character). The same matches: two matches of the word cannot overlap
    unless it has a border (the same letters at its start and end), then the full pattern
    runs."""
    low = head.lower()
    if any(low[:k] == low[-k:] for k in range(1, len(low))):
        yield from re.finditer(rf"{_THE_OR_THIS}{pattern}(?![\w\-])", text)
        return
    before = _BEFORE_HEAD
    for m in re.finditer(rf"{pattern}(?![\w\-])", text):
        if before.search(text, max(0, m.start() - 12), m.start()):
            yield m


# _THE_OR_THIS as a search ending where the head word starts
_BEFORE_HEAD = re.compile(r"(?:\b[Tt]he |\b[Tt]his year's |\b[Tt]his year’s )\Z")


def _whole_word_at(text: str, surface: str) -> Iterator[int]:
    r"""Where ``surface`` stands alone in ``text``: what ``re.finditer`` of
    ``(?<![\w\-])surface(?![\w\-])`` finds, without compiling a pattern per name."""
    n, i = len(surface), text.find(surface) if surface else -1
    while i >= 0:
        end = i + n
        if not (i and _word_char(text[i - 1])) and not (end < len(text)
                                                         and _word_char(text[end])):
            yield i
            i = text.find(surface, end)
        else:
            i = text.find(surface, i + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"
