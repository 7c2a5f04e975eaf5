"""Finding named entities in a parsed document.

Candidates come from four sources, then overlapping ones are settled, longest rule-based first:

1. ``name_chunks``: capitalised name sequences ("Sichuan Injet Electric Co., Ltd.",
   "People's Government of Sichuan Province") typed by their last class keyword;
2. ``quoted_names``: quoted names (“20 Measures”, “Two Sessions” 2023) as initiatives/events;
3. ``gazetteer_names``: provinces, cities, countries, regions, national bodies;
4. spaCy's statistical NER for people and whatever the rules did not type.

A second pass adds short forms that refer back to a name already found: abbreviations
introduced as "Name (ABBR)", company names without place and legal suffix
("Rilian Technology"), and surnames of people named earlier ("Lu said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    HOLIDAYS,
    HONORIFICS,
    INITIATIVE_CUES,
    LEADING_NON_NAME,
    NAME_KEYWORDS,
    NUMBER_WORDS,
    RESEARCH_CENTER_WORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
    ZONE_CENTER_WORDS,
    starts_post,
)
from kg.graph.resolve import LEGAL_SUFFIX


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    cls: str
    extractor: str
    confidence: float
    tier: int  # 1 = rule or gazetteer, 2 = statistical NER
    refers_to: str | None = None  # short forms: the full name they stand for


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_WORD = (r"(?:Co\.,[ \t]+Ltd\b\.?|(?:Co|Ltd|Inc|Corp|St|Mt|No)\.|(?:[A-Z]\.){2,}|"
         r"[A-Z][A-Za-z0-9'’‘\-&]*|\d{1,4}(?:st|nd|rd|th)?(?![\d%]|[,.]\d))")
_CONN = rf"(?:(?:of|and|for|on|the|de|la|&|to|up)(?![ \t]+(?:{_MONTHS})\b))"
_PAREN = r"[ \t]*\([A-Z][^()\n]{0,40}\)"
_CHUNK = re.compile(
    rf"(?<![\w’'\-]){_WORD}(?:(?:[ \t]+(?:{_CONN}[ \t]+)*|{_PAREN}[ \t]+|-){_WORD})*"
)
_POSSESSIVE = re.compile(r"[’'‘]s?$")
_QUOTED = re.compile(r"[“\"]([^”\"\n]{2,120}?)[”\"](\s+\d{4}\b)?")
_ABBREV = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_MEASURES = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+"
    r"(?:[a-z]+\s+){0,2}(?:measures|policies|articles|opinions|guidelines)\s+"
    r"(?:for|on|to|of)\s+[a-z][a-z\s\-]{2,60}?"
    r"(?=\s+and\s+(?:the|\d)|\s+(?:should|were|are|was|is|will|have|has|to\s+be)\b|[,.;:)])"
)
_LOWER_BODY = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(provincial|municipal|city|county|district)\s+)?"
    r"(government|people's government|party committee|department of [a-z]+|"
    r"bureau of [a-z]+|commission of [a-z]+)"
)
_SMALL = {"of", "and", "for", "on", "the", "de", "la", "&", "to", "in", "at", "a", "an", "with"}


def classify_name(words: list[str]) -> str | None:
    """Class of a capitalised name from its keywords; the head before "of" wins."""
    lowered = [w.lower().strip(",") for w in words]
    if lowered and lowered[-1] in ("delegation", "delegations"):
        return None  # a delegation is people sent by a body, not the body
    text = " ".join(lowered)
    if "co., ltd." in text or text.endswith(" ltd.") or text.endswith(" co."):
        return "Enterprise"
    cuts = [lowered.index(c) for c in ("of", "for", "on") if c in lowered[1:]]
    cut = min(cuts) if cuts else len(lowered)
    for span in (lowered[:cut], lowered):
        for i in range(len(span) - 1, -1, -1):
            word = span[i]
            # "People's Congress" with an ordinal is a session, e.g. "20th CPC National Congress".
            if word == "congress" and re.match(r"\d+(st|nd|rd|th)$", lowered[0]):
                return "Event"
            if word in ("center", "centre"):
                before = set(span[:i])
                if before & RESEARCH_CENTER_WORDS and not before & ZONE_CENTER_WORDS:
                    return "Organization"
                return "Zone"
            if word == "conference" and "political" in span[:i]:
                return "GovernmentBody"
            if word == "council" and ("business" in span[:i] or "promotion" in lowered):
                return "Organization"
            if word in ("autonomous", "region") and text.endswith("autonomous region"):
                return "Province"
            if word in ("ftz", "sez") and (i == 0 or not words[i - 1][:1].isupper()):
                continue  # "the FTZ", "3 FTZ sub areas"
            if word in NAME_KEYWORDS:
                cls = NAME_KEYWORDS[word]
                if cls in ("City", "Province", "Zone") and i != len(span) - 1:
                    return None  # "Port City Lecture Hall" is no city, "Market Expansion" no zone
                return cls
    return None


def _strip_leading(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # "Shenzhen-based Huawei ...": the place is no part of the name.
    while words and (words[0][2].lower() in LEADING_NON_NAME
                     or words[0][2].lower().endswith("-based")):
        words = words[1:]
    return words


def _split_title(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a leading title: "Deputy Secretary of the CPC X Committee" -> "CPC X Committee",
    "Standing Committee Member of the ..." -> "...". A title is a run before the first "of"
    whose last word is a title word ("Ministry of Commerce" is no title)."""
    lowered = [w.lower() for _, _, w in words]
    if "of" not in lowered:
        return words
    cut = lowered.index("of")
    if cut == 0 or lowered[cut - 1] not in TITLE_HEADS:
        return words
    rest = words[cut + 1 :]
    while rest and rest[0][2].lower() == "the":
        rest = rest[1:]
    return rest


def _strip_trailing(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while words and (words[-1][2].lower() in _SMALL | {"(", ")"}
                     or words[-1][2].lower() in LEADING_NON_NAME):
        words = words[:-1]
    return words


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [
        (offset + m.start(), offset + m.end(), m.group())
        for m in re.finditer(r"\(|\)|Co\.,\s+Ltd\.|[^\s()]+", text)
    ]


Word = tuple[int, int, str]
_DESCRIPTORS = {"free", "special", "economic", "pilot", "industrial", "international",
                "demonstration", "high-tech", "new", "national", "provincial", "municipal",
                "bonded", "comprehensive", "cross-border", "e-commerce", "global", "regional",
                "local", "foreign", "investment", "cooperation", "technology", "science",
                "export", "import", "processing", "free-trade", "tech", "emerging",
                "strategic", "key", "traditional", "pillar", "advanced", "modern", "future",
                "heavy", "light", "creative", "cultural", "digital", "green", "service"}
_NOT_COMPANY = {"party", "premier", "cabinet", "government", "state", "ministry", "province",
                "city", "president", "consul", "general"}
_PLACE_CLASSES = ("Province", "City", "Country", "Region")
_MID_TITLES = {"director", "secretary", "governor", "mayor", "chairman", "chairwoman",
               "president", "minister", "professor", "ceo", "deputy", "vice", "spokesperson",
               "head", "dean", "researcher", "manager"}


def _text(words: list[Word]) -> str:
    return " ".join(w for _, _, w in words)


def _has_keyword(words: list[Word]) -> bool:
    return classify_name([w for _, _, w in words]) is not None


def _is_place(words: list[Word], gaz: Gazetteer) -> bool:
    cls = classify_name([w for _, _, w in words])
    return gaz.place(_text(words)) is not None or cls in ("City", "Province")


def _abbreviates(text: str, end: int, words: list[Word]) -> bool:
    """Is the chunk followed by "(ABBR)" made of its capitalised words' initials?"""
    m = re.match(r"\s*\(([A-Z]{3,12})\)", text[end : end + 16])
    if m is None:
        return False
    initials = "".join(w[2][0] for w in words if w[2][:1].isupper())
    return initials.upper() == m.group(1)


def _split_on_and(words: list[Word], gaz: Gazetteer) -> list[list[Word]]:
    """ "Deyang City and Kindos ...", "Hunan and Hubei", "... Exchange and Western China
    International Fair" are two names; "Belt and Road Initiative" is one."""
    parts: list[list[Word]] = []
    current: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word[2] == "and" and current and i + 1 < len(words):
            rest = words[i + 1:]
            if rest[0][2] == "the":
                parts.append(current)
                current, i = [], i + 2
                continue
            segment: list[Word] = []
            for w in rest:
                if w[2] in ("and", "of"):
                    break
                segment.append(w)
            whole_left = gaz.place(_text(current)) is not None or gaz.known(
                _text(current)) is not None or current[-1][2].lower() in NAME_KEYWORDS
            both_named = _has_keyword(current) and _has_keyword(segment)
            both_named = both_named or (bool(segment) and segment[0][2].lower() in TITLE_HEADS)
            if whole_left or both_named:
                parts.append(current)
                current, i = [], i + 1
                continue
        current.append(word)
        i += 1
    parts.append(current)
    return parts


# A unit inside an organisation ("the China Department of Toyota Motor Corporation").
_UNITS = {"department", "division", "office", "unit", "section", "team", "bureau"}


def _split_more(words: list[Word], gaz: Gazetteer) -> list[tuple[list[Word], str]]:
    """Further cuts: "Haimen District of Nantong" (place of place), "Galanz’s Human Resources
    Department" (owner's unit), "... Research Institute Director Hong Tao" (title + name)."""
    if len(words) >= 4 and words[-2][2] in CHINESE_SURNAMES and words[-1][2].isalpha() and (
            words[-1][2][:1].isupper() and words[-1][2][1:].islower()) and (
            words[-3][2].lower() in NAME_KEYWORDS or gaz.place(words[-3][2]) is not None):
        # "People's Government of Anhui Province Li Guoying": an organ, then its officer
        return [(words[:-2], "org"), (words[-2:], "person")]
    for i, (_, _, w) in enumerate(words):
        if w == "of" and 0 < i < len(words) - 1 and _is_place(words[:i], gaz) and _is_place(
                words[i + 1:], gaz):
            return [(words[:i], "place"), (words[i + 1:], "place")]
        if w == "of" and 0 < i < len(words) - 1 and words[i - 1][2].lower() in _UNITS and (
                classify_name([x[2] for x in words[i + 1 :]]) == "Enterprise"):
            # "China Department of Toyota Motor Corporation": a company's unit; the company
            return [(words[i + 1 :], "org")]
        if w.lower() in _MID_TITLES and i > 0 and _has_keyword(words[:i]) and (
                w[:1].isupper()) and all(x[2][:1].isupper() for x in words[i:]):
            return [(words[:i], "org")]
        if re.search(r"[’'‘]s$", w) and i < len(words) - 1 and not re.match(
                r"(people|year|women|children|workers|farmers|world)\b", w.lower()):
            # "Galanz’s Human Resources Department" splits; "People's Congress",
            # "New Year's Cultural Networking" are one name
            owner = [*words[:i], (words[i][0], words[i][1] - 2, w[:-2])]
            return [(owner, "owner"), (words[i + 1:], "owned")]
    return [(words, "")]


def name_chunks(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """Capitalised names typed by keyword ("Suzhou Industrial Park" -> Zone)."""
    for m in _CHUNK.finditer(text):
        words = _words(m.group(), m.start())
        parts = _split_on_and(words, gaz)
        if len(parts) > 1 and _abbreviates(text, m.end(), words):
            parts = [words]  # "... Commodity Expo and Investment Fair (SSACEIF)": one name
        for part in parts:
            pieces = _split_more(_split_title(_strip_leading(part)), gaz)
            owner_is_place = False
            for piece, role in pieces:
                piece = _strip_trailing(_strip_leading(piece))
                if not piece:
                    continue
                start, end = piece[0][0], piece[-1][1]
                surface = text[start:end]
                poss = _POSSESSIVE.search(surface)
                if poss and surface[poss.start():] in ("’s", "'s", "‘s", "’", "'"):
                    surface = surface[:poss.start()]
                    end = start + len(surface)
                cand = _typed(surface, start, end, [w for _, _, w in piece], gaz)
                if role == "person":
                    cand = Candidate(start, end, surface, "Person", "name-split", 0.6, 1)
                if role == "owner":
                    owner_is_place = gaz.place(surface) is not None
                    owned = pieces[-1][0]
                    owned_words = [w.lower() for _, _, w in owned]
                    if (cand is None and len(piece) <= 3 and "department" in owned_words
                            and not {w.lower() for _, _, w in piece} & _NOT_COMPANY):
                        # "Galanz’s Human Resources Department": the owner is a company.
                        cand = Candidate(start, end, surface, "Enterprise", "possessive-owner",
                                         0.5, 1)
                if role == "owned" and cand is not None and not owner_is_place and (
                        cand.cls == "GovernmentBody"):
                    continue  # a company's own department is no organ of state
                if cand is not None:
                    yield cand


def _generic_name(words: list[str]) -> bool:
    """ "Exhibition Center", "Free Trade Zone": keywords and descriptors only, no name."""
    return all(w.lower() in NAME_KEYWORDS or w.lower() in ZONE_CENTER_WORDS
               or w.lower() in RESEARCH_CENTER_WORDS or w.lower() in _DESCRIPTORS
               for w in words)


def _typed(surface: str, start: int, end: int, words: list[str],
           gaz: Gazetteer) -> Candidate | None:
    known = gaz.known(surface)
    if known is not None:
        return Candidate(start, end, surface, known.cls, "gazetteer", 0.95, 1)
    place = gaz.place(surface)
    if place is not None:
        return Candidate(start, end, surface, place.cls, "gazetteer", 0.9, 1)
    cls = classify_name(words)
    if cls is None or len(words) < 2:
        return None
    if _generic_name(words):
        return None
    if cls == "Province" or (cls == "City" and words[-1].lower() not in NAME_KEYWORDS):
        return None  # a province the gazetteer doesn't know is no province
    return Candidate(start, end, surface, cls, "name-keyword", 0.8, 1)


def _title_case_ratio(words: list[str]) -> float:
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return 0.0
    return sum(1 for w in content if w[:1].isupper() or w[:1].isdigit()) / len(content)


_THEME_BEFORE = re.compile(r"\b(?:themed?|themes|slogan|motto|tagline)\b[^.\n“\"]{0,12}$",
                           re.IGNORECASE)


def _motto(text: str, quote: re.Match[str]) -> bool:
    """Is the quoted phrase a theme or slogan ("themed on “Open Anhui, Splendid Anhui”")?"""
    return _THEME_BEFORE.search(text, max(0, quote.start() - 40), quote.start()) is not None


def theme_spans(text: str) -> list[tuple[int, int]]:
    """Quoted mottos: no names inside."""
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text) if _motto(text, m)]


def quoted_names(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """Quoted names of initiatives and events: “20 Measures”, “Two Sessions” 2023."""
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip().rstrip(",.;:")
        words = inner.split()
        if not words or len(words) > 14 or inner.endswith(("!", "?")):
            continue
        known = gaz.known(inner)
        if known is not None:
            if known.cls == "Event" and m.group(2):
                # “Two Sessions” 2023: the year names one session.
                yield Candidate(m.start(1), m.end(), f"{inner} {m.group(2).strip()}", "Event",
                                "quoted-name", 0.8, 1)
            else:
                yield Candidate(m.start(1), m.start(1) + len(inner), inner, known.cls,
                                "gazetteer", 0.95, 1)
            continue
        if _motto(text, m):
            continue  # "themed on “Opening-up and Cooperation”": a motto, not a policy
        after = text[m.end() : m.end() + 30].lower().split()
        # the cue names a campaign; one lowercase word (the “recruitment” action) does not
        cue = (bool(after) and after[0].strip(",.;") in INITIATIVE_CUES
               and (len(words) > 1 or inner[:1].isupper()))
        numbered = words[0].lower() in NUMBER_WORDS or words[0][:1].isdigit()
        title_case = _title_case_ratio(words) >= 0.75 and words[0][:1].isupper()
        if not (title_case or cue or (numbered and len(words) <= 6)):
            continue
        if gaz.place(inner) is not None:
            continue
        if re.fullmatch(r"Made in [A-Z][\w ]*", inner) and not re.search(r"\d{4}$", inner):
            continue  # products “Made in Jiangsu”: a label (Made in China 2025 is a plan)
        cls = classify_name(words) if title_case else None
        if cls not in ("Event", "Initiative") and not (
                cls and words[-1].lower() in NAME_KEYWORDS):
            cls = "Initiative"  # "“Expanding Market with ... Enterprises”" is a campaign
        surface, start, end = inner, m.start(1), m.start(1) + len(inner)
        if m.group(2) and cls == "Event":
            surface = f"{inner} {m.group(2).strip()}"
            end = m.end()
        yield Candidate(start, end, surface, cls, "quoted-name", 0.75 if title_case else 0.6, 1)


def measure_names(text: str) -> Iterator[Candidate]:
    """Numbered policy packages written in lower case: "the 21 measures for economic recovery"."""
    for m in _MEASURES.finditer(text):
        yield Candidate(m.start(), m.end(), m.group(), "Initiative", "numbered-measures", 0.6, 1)


def lowercase_bodies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Hainan provincial government": a place plus a lower-case organ."""
    for m in _LOWER_BODY.finditer(text):
        if gaz.place(m.group(1)) is not None:
            yield Candidate(m.start(), m.end(), m.group(), "GovernmentBody", "place-organ", 0.7, 1)


def gazetteer_names(gaz: Gazetteer, matcher_spans: list[Span]) -> Iterator[Candidate]:
    for span in matcher_spans:
        text = span.text
        place = gaz.place(text)
        if place is not None and _hyphen_modifier(span):
            continue
        if place is not None:
            yield Candidate(span.start_char, span.end_char, text, place.cls, "gazetteer", 0.9, 1)
            continue
        known = gaz.known(text)
        if known is not None:
            yield Candidate(span.start_char, span.end_char, text, known.cls, "gazetteer", 0.9, 1)


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


def _clean_ent(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in LEADING_NON_NAME or span.doc[start].is_punct):
        start += 1
    while end > start and (
        span.doc[end - 1].is_punct
        and span.doc[end - 1].text != "."
        or span.doc[end - 1].text in ("’s", "'s", "’", "'")
    ):
        end -= 1
    return span.doc[start:end] if end > start else None


def ner_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """spaCy's entities mapped to our classes; only what rules cannot type is kept."""
    for ent in doc.ents:
        span = _clean_ent(ent)
        if span is None:
            continue
        text = span.text
        label = ent.label_
        if label == "PERSON":
            # Drop titles and organ words the model included ("Governor Hu Yuting",
            # "Commerce Liu Cuilan") and headline verbs after the name ("Huang Qiang Meets").
            while len(span) > 1 and (span[0].lower_ in TITLE_PREFIX | HONORIFICS
                                     or span[0].lower_ in _ORGAN_WORDS
                                     or span[0].lower_ in NAME_KEYWORDS):
                span = span[1:]
            if (len(span) >= 3 and span.start > 0 and doc[span.start - 1].lower_ == "of"
                    and gaz.place(span[0].text) is not None):
                span = span[1:]  # "Vice Mayor of Wuhan Li Ming": the place is the post's
            if (len(span) == 1 and span.end < len(doc) and doc[span.end].is_title
                    and doc[span.end].lower_ in TITLE_PREFIX):
                continue  # "Kazakh Prime Minister X": a nationality or place before a post
            posted = False
            while len(span) > 1 and (span[-1].tag_ == "VBZ" or span[-1].lower_ in TITLE_HEADS):
                posted = posted or span[-1].lower_ in TITLE_HEADS
                span = span[:-1]
            if (posted and len(span) == 1 and span.end + 1 < len(doc)
                    and doc[span.end + 1].ent_type_ == "PERSON" and not gaz.known(span.text)):
                # "Kitakyushu Mayor Kenji Kitahashi": the word before the post is its place
                place = gaz.place(span.text)
                cls = place.cls if place is not None else "City"
                yield Candidate(span.start_char, span.end_char, span.text, cls, "ner", 0.5, 2)
                continue
            if _listed_company(span):
                yield Candidate(span.start_char, span.end_char, span.text, "Enterprise", "ner",
                                0.55, 2)
                continue
            if any(t.lower_ in NAME_KEYWORDS or t.lower_ in TITLE_HEADS or t.lower_ in _GENERIC
                   or "-" in t.text and t.text.split("-")[-1][:1].isupper()
                   and t.text.split("-")[-1] in ("Tech",) for t in span):
                continue
            text = span.text
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
        elif label in ("GPE", "LOC"):
            place = gaz.place(text)
            if place is not None:
                yield Candidate(
                    span.start_char, span.end_char, text, place.cls, "ner+gazetteer", 0.85, 2
                )
            elif label == "LOC" and text[:1].isupper() and len(span) > 1:
                yield Candidate(span.start_char, span.end_char, text, "Region", "ner", 0.5, 2)
            elif classify_name(text.split()) == "City":
                yield Candidate(span.start_char, span.end_char, text, "City", "ner", 0.6, 2)
            elif (label == "GPE" and text[:1].isupper() and len(span) <= 3
                  and all(t.pos_ == "PROPN" for t in span) and not _hyphen_modifier(span)
                  and classify_name(text.split()) is None and not gaz.known(text)):
                # a place the gazetteer does not hold (it has every country and province):
                # most often a town or city abroad ("Lugano", "Kitakyushu"); a compass word
                # makes it an area ("Mashonaland West"); before "(" it is part of a name
                close = next((t.i for t in doc[span.end : span.end + 5] if t.text == ")"),
                             None) if span.end < len(doc) and doc[span.end].text == "(" else None
                named_on = (close is not None and close + 1 < len(doc)
                            and doc[close + 1].text[:1].isupper())
                if not named_on:
                    cls = "Region" if span[-1].lower_ in _COMPASS else "City"
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
            cls = classify_name(text.split())
            if cls in ("Enterprise", "Zone") and len(span) > 1 and _generic_name(text.split()):
                continue  # "Strategic Emerging Industries": descriptors and a keyword only
            if cls is None and label == "ORG" and _apposed_post(span) and 2 <= len(span) <= 3:
                yield Candidate(span.start_char, span.end_char, text, "Person", "ner", 0.6, 2)
                continue
            if cls is None:
                if label == "ORG" and (_company_like(span) or _listed_company(span)
                                       or _led_company(span)):
                    cls = "Enterprise"
                elif label == "EVENT" and len(span) > 1:
                    cls = "Event"
                elif label == "LAW":
                    cls = "Initiative"
            if cls is not None:
                yield Candidate(span.start_char, span.end_char, text, cls, "ner", 0.55, 2)


_COMPASS = {"west", "east", "north", "south", "central", "western", "eastern", "northern",
            "southern"}
_ORGAN_WORDS = {"commerce", "agriculture", "industry", "trade", "affairs", "finance",
                "transport", "transportation", "education", "health", "culture", "tourism",
                "science", "technology", "resources", "security", "customs", "foreign",
                "cabinet", "consular", "corps", "party", "speech", "premier", "eastern",
                "western", "northern", "southern", "outward", "inward", "single", "window"}
_GENERIC = {"corporations", "companies", "multinational", "multinationals", "firms",
            "honorary", "citizen", "citizens", "enterprises", "enterprise", "optimization",
            "expansion", "market", "markets",
            "development", "trade", "cooperation", "services", "service", "innovation",
            "economy", "industry", "industries", "reform", "opening", "investment", "party",
            "government", "commerce", "business", "businesses", "products", "policy"}


# Posts only a person holds: "X, Chairman of Y" makes X a person whatever the model said.
_PERSON_POSTS = (TITLE_PREFIX - {"party", "state", "executive", "general", "dr.", "mr.", "ms.",
                                 "mrs."}) | {"ceo", "founder", "co-founder", "leaders",
                                             "vice-director", "vice-president",
                                             "representative"}
_POST_MODIFIERS = {"vice", "deputy", "executive", "general", "senior", "chief", "-", "'s", "’s"}


def _apposed_post(span: Span) -> bool:
    """ "Liu Cuilan, Jiangxi's vice-director of commerce", "Duo Jia, leaders of Jinhua": the
    name is followed by a comma and a post, with only place names and post modifiers between
    ("Tesla, whose chairman ..." does not count)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    after = doc[i + 1 : i + 8]
    if len(after) and after[0].lower_ in ("the", "a"):  # "X, the Consul General of ..."
        after = after[1:]
    for tok in after:
        if tok.lower_ in _PERSON_POSTS:
            return True
        if not (tok.lower_ in _POST_MODIFIERS or tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            return False
    return False


_COMPANY_NOUNS = {"company", "enterprise", "firm", "brand", "corporation", "manufacturer",
                  "maker", "giant", "group", "business"}


def _listed_company(span: Span) -> bool:
    """ "companies, including CRRC Zhuzhou Locomotive, Yuan Long Ping High-Tech, SANY and
    Broad Homes": every item of a list introduced by "including"/"such as"/"like" after a
    company noun is a company, whatever the model took it for."""
    if not span.text[:1].isupper():
        return False
    tok = span.root
    for _ in range(12):  # climb the list: conj -> ... -> the first item
        if any(c.pos_ == "NOUN" and c.lemma_.lower() in _COMPANY_NOUNS and c.tag_ == "NNS"
               for c in tok.conjuncts):
            return True  # "X, Y and other renowned companies"
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in _COMPANY_NOUNS:
            return True  # "companies, X, Y and Z"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "as", "like"):
            head = tok.head.head
            if tok.head.lower_ == "as" and head.lower_ == "such":  # such <- companies
                head = head.head
            return head.lemma_.lower() in _COMPANY_NOUNS
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head is tok:
            return False
        tok = tok.head
    return False


def apposed_people(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Names the model missed, known by the post in apposition: "Rashed Alqemzi, the
    representative of the guest group ..., said"."""
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j < n and j - i < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        if j - i >= 2:
            span = doc[i:j]
            words = span.text.split()
            if (_apposed_post(span) and not gaz.place(span.text) and not gaz.known(span.text)
                    and classify_name(words) is None
                    and not any(w.lower() in TITLE_PREFIX | TITLE_HEADS for w in words)):
                yield Candidate(span.start_char, span.end_char, span.text, "Person",
                                "apposition", 0.6, 2)
        i = max(j, i + 1)


def titled_names(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Chinese names the model missed right after a post: "Vice Mayor of Xuzhou Ren Haoming",
    "Governor Ren Haoming" (a surname from the list, then one capitalised given name)."""
    n = len(doc)
    for i in range(1, n - 1):
        tok, given = doc[i], doc[i + 1]
        if tok.text not in CHINESE_SURNAMES or given.ent_type_ == "PERSON" or not (
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
                doc[j].lower_ in _ORGAN_WORDS and j >= 1 and doc[j - 1].lower_ == "of")):
            # "Governor Ren Haoming", "Director of Agriculture Hu Hanping"
            yield Candidate(tok.idx, given.idx + len(given.text), f"{tok.text} {given.text}",
                            "Person", "titled-name", 0.6, 2)


_BUSINESS_POSTS = {"ceo", "chairman", "chairwoman", "founder", "co-founder", "cfo", "coo",
                   "cto", "partner", "shareholder", "owner"}


def _led_company(span: Span) -> bool:
    """ "Peter Voser, chairman of ABB": an unknown organisation a business post is held in."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    return doc[i - 1].lower_ in _BUSINESS_POSTS and len(span) <= 3 and span[0].pos_ == "PROPN"


_BUSINESS_VERBS = {"invest", "export", "import", "produce", "manufacture", "sell", "open",
                   "set", "build", "launch", "acquire", "ship", "supply", "expand", "employ",
                   "announce", "unveil", "establish", "enter"}


def _company_like(span: Span) -> bool:
    """An unknown ORG the model found: a company only if it reads like a brand name. At the
    start of a sentence (a headline's first word?) or in capitals (an organ's acronym?), only
    when it does business next: "BASF invested ...", "Siemens set up ..."."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    does_business = (nxt is not None and nxt.pos_ == "VERB"
                     and nxt.lemma_.lower() in _BUSINESS_VERBS)
    if len(span) > 3 or (span.text.isupper() or span.start == span.sent.start) and not (
            does_business):
        return False
    if any(t.lower_ in _GENERIC or t.lower_ in TITLE_HEADS or t.lower_ in TITLE_PREFIX
           or t.lower_ in _ORGAN_WORDS or t.lower_ in LEADING_NON_NAME
           or not t.text[:1].isupper() or t.pos_ != "PROPN" for t in span):
        return False
    sent = span.sent.text.rstrip()
    return sent.endswith((".", "”", '"', "!", "?", ";")) or len(sent.split()) > 12


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
    extra: list[Candidate] = []
    # "the Fair" after "China International Fair for Investment and Trade": the head noun
    # stands for the document's only event or zone with that head.
    heads: dict[str, set[tuple[str, str]]] = {}
    for cand in chosen:
        words = cand.text.split()
        if cand.cls in ("Event", "Zone") and len(words) > 1:
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))
            head = words[cut - 1] if cut > 1 else ""
            if head[:1].isupper() and head.isalpha() and head.lower() in NAME_KEYWORDS:
                heads.setdefault(head, set()).add((cand.cls, cand.text))
    for head, named in sorted(heads.items()):
        if len(named) == 1:
            ((cls, full),) = named
            # "the Fair"; an event also as "the expo" (a zone's "the port" is too loose)
            pattern = re.escape(head) if cls != "Event" else (
                f"(?:{re.escape(head)}|{re.escape(head.lower())})")
            for m in re.finditer(rf"(?<=\b[Tt]he ){pattern}(?![\w\-])", text):
                if not text[m.end() : m.end() + 1].isalpha():
                    extra.append(Candidate(m.start(), m.end(), m.group(), cls,
                                           "back-reference", 0.6, 1, refers_to=full))
    for surface, (cls, full) in sorted(forms.items()):
        for m in re.finditer(rf"(?<![\w\-]){re.escape(surface)}(?![\w\-])", text):
            extra.append(
                Candidate(
                    m.start(), m.end(), surface, cls, "back-reference", 0.6, 1, refers_to=full
                )
            )
    return extra


_HEADLINE_SMALL = _SMALL | {"a", "an", "as", "by", "from", "with", "at", "up", "into", "its"}


_BY = r"By\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"  # "By Mr. ", "By "
_BYLINE = re.compile(rf"^\s*{_BY}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s*$")


_SIGNED = re.compile(rf"(?m)^[ \t]*{_BY}"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S+)")


_ITEM = r"[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|&|of|and[ \t]+(?=[A-Z]\w*[ \t]+[A-Z])))*"
_COMPANY_LIST = re.compile(
    r"\b(?:companies|enterprises|firms|brands|manufacturers|multinationals|corporations)"
    rf",?[ \t]+(?:including|such[ \t]+as|like|namely)[ \t]+((?:{_ITEM})(?:,[ \t]*(?:and[ \t]+)?"
    rf"{_ITEM})*(?:,?[ \t]+and[ \t]+{_ITEM})?)")


def listed_companies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "companies, including CRRC Zhuzhou Locomotive, Yuan Long Ping High-Tech, SANY and
    Broad Homes": every item of a list after a company noun is a company."""
    for m in _COMPANY_LIST.finditer(text):
        pos = m.start(1)
        for item in re.finditer(_ITEM, m.group(1)):
            name = item.group().strip()
            name = re.sub(r"^and[ \t]+", "", name)
            start = pos + item.start() + item.group().index(name)
            if not name or gaz.place(name) is not None or gaz.known(name) is not None:
                continue
            yield Candidate(start, start + len(name), name, "Enterprise", "company-list", 0.6, 1)


def signed_names(text: str) -> Iterator[Candidate]:
    """ "By Mr. Hu Min" over a line stating a post: the author of a signed speech or essay
    (text, not a credit), a person the model may not know."""
    for m in _SIGNED.finditer(text):
        if starts_post(m.group(2)):
            yield Candidate(m.start(1), m.end(1), m.group(1), "Person", "signature", 0.7, 1)


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


def _trim_people(rules: list[Candidate], ner: list[Candidate]) -> list[Candidate]:
    """ "People's Government of Anhui Province Li Guoying": cut the name off the organ."""
    people = [c for c in ner if c.cls == "Person"]
    out: list[Candidate] = []
    for cand in rules:
        for p in people:
            if cand.extractor != "name-keyword":
                continue
            if cand.start < p.start < cand.end <= p.end + 1:
                surface = cand.text[: p.start - cand.start].rstrip(" ,")
                cand = replace(cand, text=surface, end=cand.start + len(surface))
            elif p.start == cand.start and p.end < cand.end:
                # "Yu Guangjun of the Inner Mongolia Academy of Social Sciences"
                rest = re.match(r"[\s,]*(?:of\s+)?(?:the\s+)?", cand.text[p.end - cand.start:])
                offset = p.end - cand.start + (rest.end() if rest else 0)
                cand = replace(cand, text=cand.text[offset:], start=cand.start + offset)
        if cand.end > cand.start:
            out.append(cand)
    return out


def find_mentions(doc: Doc, gaz: Gazetteer, matcher_spans: list[Span]) -> list[Candidate]:
    text = doc.text
    headings = heading_spans(text)
    rules = [
        *name_chunks(text, gaz),
        *quoted_names(text, gaz),
        *measure_names(text),
        *lowercase_bodies(text, gaz),
        *listed_companies(text, gaz),
        *gazetteer_names(gaz, matcher_spans),
    ]
    ner = [*ner_names(doc, gaz), *apposed_people(doc, gaz), *signed_names(text),
           *titled_names(doc, gaz)]

    def in_heading(c: Candidate) -> bool:
        return c.extractor != "gazetteer" and any(s <= c.start < e for s, e in headings)

    rules = [c for c in _trim_people(rules, ner) if not in_heading(c)]
    # "Chen Jining": a place name inside a person's name is part of the name.
    people = [(c.start, c.end) for c in ner if c.cls == "Person"]
    rules = [c for c in rules if not (c.extractor == "gazetteer" and any(
        s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in people))]
    themes = theme_spans(text)
    ner = [c for c in ner if not in_heading(c)
           and not any(s <= c.start and c.end <= e for s, e in themes)]
    chosen = select(rules + ner)
    chosen = [c for c in chosen if not (c.cls == "Person" and _credit(text, c))]
    chosen = [_foreign_prefecture(_with_ordinal(text, c), gaz) for c in chosen]
    refs = back_references(text, chosen, gaz)
    # The document's own "Yihai Kerry Arawana Group" says what its short form is; the
    # model's guess for the same words ("Yihai Kerry Arawana" as a person) gives way.
    ref_spans = {(r.start, r.end): r.cls for r in refs}
    chosen = [c for c in chosen if not (c.extractor == "ner"
                                        and ref_spans.get((c.start, c.end), c.cls) != c.cls)]
    final = select([replace(c, tier=0) for c in chosen] + refs)
    # A bare head noun ("Committee", "Hub", "Fair") names nothing unless it points back.
    # (the caller aligns each to tokens and drops any that will not align)
    return [c for c in final if (c.refers_to or not _bare_head(c.text))
            and _norm_name(c.text) not in HOLIDAYS
            and not (c.cls == "Person" and _credit(text, c))
            and not (c.text in ("CPC", "Communist Party of China")
                     and _ORGAN_AFTER.match(text, c.end))]


_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|The)\s+((?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+)$")


def _foreign_prefecture(c: Candidate, gaz: Gazetteer) -> Candidate:
    """ "Kyoto Prefecture": a foreign province is a Region, though its capital is a City."""
    if c.cls != "City" or not c.text.endswith((" Prefecture", " State", " Province")):
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


# "(Photo by Xie Peng/For chinadaily.com.cn)", "By Zhao Ruinan": credit lines are metadata.
_CREDIT = re.compile(r"(?:\b(?i:photos?|translated|edited|reported|written|compiled|"
                     r"proofread|photographed|illustrated) by|(?:^|\n|\()\s*By)\s+"
                     r"(?:[A-Z][a-z]+\s+)?$")  # "By He Xin": the model may take "He" apart


def _credit(text: str, c: Candidate) -> bool:
    """A credit line, or a byline: a line that is nothing but a name (" Hu Min")."""
    if _CREDIT.search(text, 0, c.start):
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    after = text[line_end:].split(None, 1) if line_end >= 0 else []
    if after and starts_post(after[0]):
        return False  # "Yu Weiguo / Governor of ...": a signature, not a byline
    return 0 < len(words) <= 3 and all(w.isalpha() and w.istitle() for w in words)


def _norm_name(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _bare_head(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and NAME_KEYWORDS.get(words[0].lower()) in (
        "Event", "Zone", "GovernmentBody")
