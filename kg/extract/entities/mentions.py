"""Finding named entities in a parsed document.

Candidates come from four sources, then overlapping ones are settled, longest rule-based first:

1. ``name_chunks`` (kg/extract/names.py): capitalised name sequences ("Sichuan Injet Electric
   Co., Ltd.", "People's Government of Sichuan Province") typed by their last class keyword;
2. ``quoted_names`` (names.py): quoted names (“20 Measures”, “Two Sessions” 2023) as
   initiatives/events;
3. ``gazetteer_names`` (kg/extract/entities/ner.py): provinces, cities, countries, regions, national
   bodies;
4. spaCy's statistical NER for people and whatever the rules did not type (ner.py).

A second pass adds short forms that refer back to a name already found: abbreviations
introduced as "Name (ABBR)", company names without place and legal suffix
("Rilian Technology"), and surnames of people named earlier ("Lu said"). Headlines, bylines,
credits and mottos are where no name is sought.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.entities.companies import building_companies, described_companies, listed_companies
from kg.extract.entities.divisions import (
    division_of_city,
    division_short_forms,
    drop_joined_posts,
    without_country,
)
from kg.extract.entities.editions import series_of
from kg.extract.entities.givennames import lone_names, names_after_plural_posts
from kg.extract.entities.ner import (
    apposed_people,
    gazetteer_names,
    ner_names,
    titled_names,
)
from kg.extract.entities.postnames import post_names
from kg.extract.entities.postspans import not_a_post, trimmed
from kg.extract.entities.written import (
    BY_PREFIX,
    honoured_names,
    lowercase_bodies,
    lowercase_divisions,
    lowercase_zones,
    measure_names,
    quoted_names,
    signed_names,
    theme_spans,
)
from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    HOLIDAYS,
    HONORIFICS,
    LEADING_NON_NAME,
    LEGAL_SUFFIX,
    NAME_KEYWORDS,
    starts_post,
)
from kg.extract.namejoins import and_inside
from kg.extract.names import SMALL_WORDS, Candidate, name_chunks

_ABBREV = re.compile(r'\([“"]?([A-Z][A-Za-z]{1,9})[”"]?\)')  # "(ABBR)", "(“ABBR”)"


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: rule-based before NER, longer before shorter."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # the chosen spans, disjoint and sorted: two bisects per candidate
    ends: list[int] = []
    ordered = sorted(candidates, key=lambda c: (c.tier, -(c.end - c.start), c.start, c.cls))
    for cand in ordered:
        i = bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start or i < len(starts) and starts[i] < cand.end:
            continue
        chosen.append(cand)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    return sorted(chosen, key=lambda c: (c.start, c.end))


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
    return {word: next(iter(named.values())) for word, named in owners.items()
            if len(named) == 1 and word.lower() not in LEADING_NON_NAME | NAME_KEYWORDS.keys()
            and not re.search(rf"\b{word.lower()}\b", text)}


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


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*•·])\s+[A-Z]")
_HEADLINE_SMALL = SMALL_WORDS | {"a", "an", "as", "by", "from", "with", "at", "up", "into", "its"}
_BYLINE = re.compile(rf"^\s*{BY_PREFIX}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s*$")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Headline lines ("Ministry of Foreign Affairs Holds Event Presenting Anhui Province"):
    title-cased, no closing full stop. Statistical NER and name chunking misfire on them.
    A post line ("Standing Committee Member of the CPC ... Committee") and the author line
    above it ("By Mr. Hu Min") are a signature, not headlines."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        first = line.split(None, 1)[0] if line.strip() else ""
        nxt = next((x for x in lines[n + 1 : n + 4] if x.strip()), "")
        if (starts_post(first) and " of " in line
                or _BYLINE.match(line) and nxt and starts_post(nxt.split()[0])):
            offset += len(line) + 1
            continue
        if _LIST_ITEM.match(line) or line.rstrip().endswith((";", "; and", ",")):
            offset += len(line) + 1  # "8. Mayor Li Ming, Harbour Municipal Government;"
            continue
        words = re.findall(r"[A-Za-z][\w'’\-]*", line)
        content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
        end = line.rstrip()
        if end.endswith(("”", '"')) and not end[:-1].rstrip().endswith((".", "!", "?", ",")):
            end = end[:-1]  # Go to “Next Bar”: a headline may end on a quoted name
        if (3 <= len(words) <= 30 and not end.endswith((".", "”", '"', ":", ";"))
                and not {"is", "was", "are", "were"} & set(words)
                and content and sum(w[0].isupper() for w in content) / len(content) >= 0.75):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


_SHORT_FORM_END = re.compile(r"\s*\([A-Z]{2,10}\)$")


def _trim_people(text: str, rules: list[Candidate], ner: list[Candidate]) -> list[Candidate]:
    """ "People's Government of Anhui Province Li Guoying": cut the name off the organ."""
    people = [c for c in ner if c.cls == "Person"]
    out: list[Candidate] = []
    for cand in rules:
        for p in people:
            if cand.extractor != "name-keyword":
                continue
            if cand.start < p.start < cand.end <= p.end + 1:
                # "President of the X Chamber (XC) Li Ming": the short form is no part of it
                surface = _SHORT_FORM_END.sub("", cand.text[: p.start - cand.start].rstrip(" ,"))
                cand = replace(cand, text=surface, end=cand.start + len(surface))
            elif p.start == cand.start and p.end < cand.end and text[p.end] != "-" and not (
                    and_inside(cand.text, p.end - cand.start)):
                # ("Aluminum-based Industry Forum": the model's person is a word's half)
                # "Yu Guangjun of the Inner Mongolia Academy of Social Sciences"
                # ("Kalimor and Tendrix Foods": the model's person, then a company)
                rest = re.match(r"[\s,]*(?:of\s+|and\s+)?(?:the\s+)?",
                                cand.text[p.end - cand.start:])
                offset = p.end - cand.start + (rest.end() if rest else 0)
                cand = replace(cand, text=cand.text[offset:], start=cand.start + offset)
        if cand.end > cand.start:
            out.append(cand)
    return out


def find_mentions(
    doc: Doc, gaz: Gazetteer, matcher_spans: list[Span], text: str | None = None
) -> list[Candidate]:
    """``text``: ``doc.text`` if the caller has it (Doc.text is rebuilt on every access)."""
    text = doc.text if text is None else text
    headings = heading_spans(text)
    rules = [
        *name_chunks(text, gaz),
        *quoted_names(text, gaz),
        *measure_names(text),
        *lowercase_bodies(text, gaz),
        *lowercase_divisions(text, gaz),
        *lowercase_zones(text, gaz),
        *listed_companies(text, gaz),
        *described_companies(text, gaz),
        *building_companies(text, gaz),
        *gazetteer_names(gaz, matcher_spans),
    ]
    ner = [*ner_names(doc, gaz), *apposed_people(doc, gaz), *signed_names(text),
           *honoured_names(text, gaz),
           *titled_names(doc, gaz), *post_names(doc, gaz), *names_after_plural_posts(doc, gaz),
           *lone_names(doc, gaz)]

    def in_heading(c: Candidate) -> bool:
        # "... Opens the 8th Harbour Forum": an edition's name is a name in a headline too
        edition = c.cls == "Event" and c.extractor == "name-keyword" and series_of(c.text)
        return c.extractor != "gazetteer" and not edition and any(
            s <= c.start < e for s, e in headings)

    rules = [division_of_city(text, c, gaz) for c in _trim_people(
        text, drop_joined_posts(text, rules, ner), ner) if not in_heading(c)]
    # "Chen Jining": a place name inside a person's name is part of the name.
    people = [(c.start, c.end) for c in ner if c.cls == "Person" or c.extractor == "ruled-place"]
    rules = [c for c in rules if not (c.extractor == "gazetteer" and any(
        s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in people))]
    themes = theme_spans(text)
    ner = [c for c in ner if not in_heading(c)
           and not any(s <= c.start and c.end <= e for s, e in themes)]
    chosen = select([trimmed(c) for c in rules + ner if not_a_post(text, c)])
    chosen = [c for c in chosen if not (c.cls == "Person" and _credit(text, c))]
    # "Opening Ceremony of the 5th Harbour Expo" is the expo before "the Expo" is read back
    chosen = [_ceremony_of(text, _without_honorific(_foreign_prefecture(_with_ordinal(text, c),
                                                                          gaz)))
              for c in chosen]
    chosen = [without_country(c, gaz) for c in chosen]
    refs = back_references(text, chosen, gaz)
    # The document's own "Yihai Kerry Arawana Group" says what its short form is; the
    # model's guess for the same words ("Yihai Kerry Arawana" as a person) gives way.
    ref_spans = {(r.start, r.end) for r in refs}
    chosen = [c for c in chosen if not (c.extractor == "ner"
                                        and (c.start, c.end) in ref_spans)]
    chosen = [c for c in chosen if not _not_entity(text, c, gaz)]
    final = select([replace(c, tier=0) for c in chosen] + refs)
    # A bare head noun ("Committee", "Hub", "Fair") names nothing unless it points back.
    # (the caller aligns each to tokens and drops any that will not align)
    return [c for c in final if (c.refers_to or not _bare_head(c.text))
            and _norm_name(c.text) not in HOLIDAYS
            and not (c.cls == "Person" and _credit(text, c))
            and not (c.text in ("CPC", "Communist Party of China")
                     and _ORGAN_AFTER.match(text, c.end))]


# "photos provided to X", "courtesy of X": a credit, not a mention.
_CREDIT_NAME = re.compile(r"(?i:photos?|pictures?|images?|courtesy)\b")
_COMPASS_CHINA = re.compile(r"(?i:north|south|east|west|central|northeast|northwest|southeast|"
                            r"southwest|northern|southern|eastern|western) China$")
_CEREMONY = re.compile(r"(?i:(?:the\s+)?(?:grand\s+)?(?:opening|closing|signing|launch|award)"
                       r"\s+ceremony)(?:\s+of\s+(?:the\s+)?)?")


def _not_entity(text: str, c: Candidate, gaz: Gazetteer) -> bool:
    """Words that name nothing (ANNOTATION.md): a demonym standing alone ("Kyrgyz", "Sri
    Lankan"), a news-agency locator ("Central China's Hubei": the compass region before
    "'s"), a credit ("Photos Provided to ..."), a bare ceremony ("the Opening Ceremony")."""
    if c.text in demonyms() and gaz.place(c.text) is None and gaz.known(c.text) is None:
        return True
    if (c.cls == "Region" and _COMPASS_CHINA.search(c.text)
            and text[c.end : c.end + 2] in ("'s", "\u2019s")):
        return True
    if _CREDIT_NAME.match(c.text) or _POST_FOR.match(c.text) or _EVENT_COMMITTEE.fullmatch(
            c.text):
        return True
    if c.cls == "Person" and (all(w.lower() in HONORIFICS for w in c.text.split())
                              or _demonym_start(text, c)):
        return True  # "H.E. Mme", the "Sri" of "Sri Lankan"
    m = _CEREMONY.fullmatch(c.text)
    return c.cls == "Event" and m is not None


# "Chief Secretary for Administration", "Minister for Trade": a post, not the body it runs.
_POST_FOR = re.compile(r"(?:(?:Chief|Deputy|Vice|Permanent|Under)[\s-]+)?"
                       r"(?:Secretary|Minister|Commissioner|Director)\s+for\s")
# "the Organizing Committee and Executive Committee for the event": ad hoc, unnamed.
_EVENT_COMMITTEE = re.compile(r"(?:the\s+)?(?i:organi[sz]ing|executive|preparatory)\s+"
                              r"(?i:committee)")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _demonym_start(text: str, c: Candidate) -> bool:
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and f"{c.text} {m.group(1)}" in demonyms()


def _without_honorific(c: Candidate) -> Candidate:
    """ "Mr.Lin Wei" (no space after the dot) is Lin Wei."""
    m = _GLUED_HONORIFIC.match(c.text)
    if c.cls != "Person" or m is None or m.end() == len(c.text):
        return c
    return replace(c, start=c.start + m.end(), text=c.text[m.end():])


_GLUED_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mme|Madam)\.\s*(?=[A-Z])")


def _ceremony_of(text: str, c: Candidate) -> Candidate:
    """ "Opening Ceremony of the 10th Harbour Expo" is the expo (the ceremony is no Event)."""
    m = _CEREMONY.match(c.text)
    if c.cls != "Event" or m is None or m.end() == len(c.text) or " of" not in m.group(0):
        return c
    return replace(c, start=c.start + m.end(), text=c.text[m.end():])


_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|The)\s+((?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+|\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)(?:annual\s+)?$")  # "the 9th annual X Fair"


def _foreign_prefecture(c: Candidate, gaz: Gazetteer) -> Candidate:
    """ "Kyoto Prefecture": a foreign province is a Region, though its capital is a City."""
    if c.cls != "City" or not c.text.endswith((" Prefecture", " State", " Province", " Region",
                                                " Oblast", " Krai", " Governorate")):
        return c
    place = gaz.place(c.text)
    if place is None or place.kind == "world":
        return replace(c, cls="Region")
    return c


def _with_ordinal(text: str, c: Candidate) -> Candidate:
    """ "the first China-Africa Economic and Trade Expo": the edition is part of the event's
    name, written in lowercase or not."""
    if c.cls != "Event" or c.refers_to:
        return c
    m = _ORDINAL_BEFORE.search(text, max(0, c.start - 20), c.start)
    if m is None:
        return c
    start = m.start(1)
    name = text[start : c.end]
    return replace(c, start=start, text=name[:1].upper() + name[1:])  # a label is capitalised


# "the CPC provincial Committee": the party names an organ written in lowercase; it is not
# mentioned itself.
_ORGAN_AFTER = re.compile(r"\s+(provincial|municipal|central|city|county|district|committee)\b")


# "(Photo by Xie Peng/For chinadaily.com.cn)", "By Zhao Ruinan", "Photo: Xie Peng/GT",
# "Chongqing, July 25 (Reporter Liu Ming)": credit lines are metadata.
_CREDIT = re.compile(r"(?:\b(?i:photos?|translated|edited|reported|written|compiled|"
                     r"proofread|photographed|illustrated) by|(?:^|\n|\()\s*By"
                     r"|(?:^|\n|\()\s*(?i:reporters?|correspondents?))\s+"
                     r"(?:[A-Z][a-z]+\s+)?$")  # "By He Xin": the model may take "He" apart
_PHOTO_CREDIT = re.compile(r"\b(?i:photos?|pictures?):\s*$")  # "Photo: Chen Qing/GT"


def _credit(text: str, c: Candidate) -> bool:
    """A credit line, or a byline: a line that is nothing but a name (" Hu Min")."""
    if _CREDIT.search(text, _credit_window(text, c.start), c.start) or _PHOTO_CREDIT.search(
            text, max(0, c.start - 12), c.start):
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    after = text[line_end:].split(None, 1) if line_end >= 0 else []
    if after and starts_post(after[0]):
        return False  # "Yu Weiguo / Governor of ...": a signature, not a byline
    return 0 < len(words) <= 3 and all(w.isalpha() and w.istitle() for w in words)


def _credit_window(text: str, end: int) -> int:
    """Where a ``_CREDIT`` match ending at ``end`` can start at the earliest: back over
    space, a name, space, "by", space and the verb ("Photo by", "\n By"), two characters
    more for the line break or bracket. Searching from there instead of from the start of
    the text finds the same matches (they must end at ``end``) without rescanning the
    whole text for every candidate."""
    i = end
    for letters in (False, True, False, True, False, True):
        while i > 0 and (text[i - 1].isalpha() if letters else text[i - 1].isspace()):
            i -= 1
    return max(0, i - 2)


def _norm_name(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _bare_head(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and NAME_KEYWORDS.get(words[0].lower()) in (
        "Event", "Zone", "GovernmentBody", "Enterprise", "Organization")
