"""Names written otherwise than as capitalised chunks.

``quoted_names``: quoted initiatives and events (“20 Measures”, “Two Sessions” 2023);
``measure_names``: numbered policy packages in lower case; ``lowercase_bodies``: "Hainan
provincial government", "Ningbo customs"; ``lowercase_zones``: "the Qinzhou port", "the
Yunnan pilot FTZ"; ``signed_names``: the author over a signature; ``honoured_names``:
a name after "Mme."/"H.E.". Each yields
``Candidate`` spans like kg/extract/names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    CUSTOMS_COMPOUNDS,
    INITIATIVE_CUES,
    LEADING_NON_NAME,
    LOWER_ZONE_HEADS,
    NAME_DESCRIPTORS,
    NAME_KEYWORDS,
    NUMBER_WORDS,
    ORGAN_WORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
    starts_post,
)
from kg.extract.names import SMALL_WORDS, Candidate, classify_name
from kg.extract.nlp import ONE_TOKEN_HONORIFICS

_QUOTED = re.compile(r"[“\"]([^”\"\n]{2,120}?)[”\"](\s+\d{4}\b)?")
# lower-case words after a quoted name that make it an event: the “X” exchange conference
_EVENT_AFTER = re.compile(r"[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,2}?(conferences?|forums?|fairs?|"
                          r"expos?|exhibitions?|festivals?|summits?|seminars?|symposiums?|"
                          r"dialogues?|roadshows?|competitions?|events?))\b")
# "“A” and “B” <event noun>": a quoted name joined to the next (and the one joined to it)
_PAIRED_QUOTE = re.compile(r"[ \t]+and[ \t]+[“\"][^”\"\n]{2,120}?[”\"]")
_PAIRED_BEFORE = re.compile(r"[”\"][ \t]+and[ \t]+$")
# "the event “X” was held": the quoted words are the event's name, whatever they end in
_EVENT_BEFORE = re.compile(r"\b(?:event|activity|activities)[ \t]*$", re.IGNORECASE)
_MEASURES = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+"
    r"(?:[a-z]+\s+){0,2}(?:measures|policies|articles|opinions|guidelines)\s+"
    r"(?:for|on|to|of)\s+[a-z][a-z\s\-]{2,60}?"
    r"(?=\s+and\s+(?:the|\d)|\s+(?:should|were|are|was|is|will|have|has|to\s+be)\b|[,.;:)])"
)
_LOWER_BODY = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(provincial|municipal|regional|city|county|district)\s+)?"
    r"(government|people's government|[Pp]arty [Cc]ommittee|department of [a-z]+|"
    r"bureau of [a-z]+|commission of [a-z]+)"
)
# "the regional government of Xinjiang", "the government of Sanya"
_BODY_OF = re.compile(r"\b(?:(?:provincial|municipal|regional|city|county|district)\s+)?"
                      r"government of ([A-Z][a-z]+)\b")
# "according to Ningbo customs": a city's or province's customs office ("Ningbo customs
# clearance" is a procedure)
_LOWER_CUSTOMS = re.compile(
    r"(?<![\w\-’'])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+customs\b(?![\-’'])"
    rf"(?![ \t]+(?:{'|'.join(sorted(CUSTOMS_COMPOUNDS, key=len, reverse=True))})\b)")
# "the Qinzhou port", "the Yunnan pilot FTZ": a place's zone, its head in lower case
_ZONE_HEADS = "|".join(
    re.escape(h).replace(r"\ ", r"[ \t]+").replace("ftz", "FTZ")
    for h in sorted(LOWER_ZONE_HEADS, key=len, reverse=True))
_LOWER_ZONE = re.compile(rf"(?<![\w\-’'])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+"
                         rf"(?:{_ZONE_HEADS})(?![\w\-’']|[ \t]+(?:city|area)\b)")
# "the Chinese government": a state's government by its nationality
_NATIONAL_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+)\s+[Gg]overnment\b")


def _title_case_ratio(words: list[str]) -> float:
    content = [w for w in words if w.lower() not in SMALL_WORDS]
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
        if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")" and (
                re.fullmatch(r"[A-Z][A-Za-z]{1,9}", inner)):
            continue  # 'X Council ("XC")': the name's short form (backrefs.back_references)
        if _motto(text, m):
            continue  # "themed on “Opening-up and Cooperation”": a motto, not a policy
        after = text[m.end() : m.end() + 30].lower().split()
        # the cue names a campaign; one lowercase word (the “recruitment” action) does not
        cue = (bool(after) and after[0].strip(",.;") in INITIATIVE_CUES
               and (len(words) > 1 or inner[:1].isupper()))
        numbered = words[0].lower() in NUMBER_WORDS or words[0][:1].isdigit()
        title_case = _title_case_ratio(words) >= 0.75 and words[0][:1].isupper()
        # the event “2024 Harbour Friends Entering the Pilot Zone” (a year may open it)
        called_event = _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (
            _title_case_ratio(words) >= 0.75)
        title_case = title_case or bool(called_event)
        if not (title_case or cue or (numbered and len(words) <= 6)):
            continue
        event = None if m.group(2) else _EVENT_AFTER.match(text, m.end())
        # "the “A Cup” and “B Cup” speech competition": one head over two names, each an
        # event by its own name
        pair = None if m.group(2) else _PAIRED_QUOTE.match(text, m.end())
        shared = pair is not None and _EVENT_AFTER.match(text, pair.end()) is not None
        shared = shared or event is not None and _PAIRED_BEFORE.search(
            text, max(0, m.start() - 160), m.start()) is not None
        if len(words) == 1 and not (cue or event or numbered):
            continue  # hotels that take “International” in their names: a word, not a name
        if gaz.place(inner) is not None:
            continue
        if re.fullmatch(r"Made in [A-Z][\w ]*", inner) and not re.search(r"\d{4}$", inner):
            continue  # products “Made in Jiangsu”: a label (Made in China 2025 is a plan)
        cls = classify_name(words) if title_case else None
        if cls not in ("Event", "Initiative") and not (
                cls and words[-1].lower() in NAME_KEYWORDS):
            cls = "Initiative"  # "“Expanding Market with ... Enterprises”" is a campaign
        surface, start, end = inner, m.start(1), m.start(1) + len(inner)
        if called_event:
            cls = "Event"
        if event is not None and cls == "Initiative":
            cls = "Event"  # the “Open Corps” event; the “Xplore X” exchange conference
            if not event.group(2).startswith("event") and not shared:  # "event": no name
                surface, end = f"{inner} {event.group(1)}", event.end()
        if shared and cls == "Initiative" and event is None:
            cls = "Event"
        if m.group(2) and cls == "Event":
            surface = f"{inner} {m.group(2).strip()}"
            end = m.end()
        yield Candidate(start, end, surface, cls, "quoted-name", 0.75 if title_case else 0.6, 1)


def measure_names(text: str) -> Iterator[Candidate]:
    """Numbered policy packages written in lower case: "the 21 measures for economic recovery"."""
    for m in _MEASURES.finditer(text):
        yield Candidate(m.start(), m.end(), m.group(), "Initiative", "numbered-measures", 0.6, 1)


_NOT_DIVISION_NAMES = {"central", "northern", "southern", "eastern", "western", "north",
                       "south", "east", "west", "each", "every", "another", "one", "which",
                       "whose", "whole", "entire", "rural", "urban", "local", "old"}
_LOWER_DIVISION = re.compile(r"\b(?<![\w\-’'])([A-Z][a-z]{2,})[ \t]+(?:district|county)\b")


def lowercase_divisions(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "head of the Wudang district": one capitalised name and a lower-case "district" or
    "county" is a district-level division (a City), known to the gazetteer or not; a word
    that opens no name ("Central", "Northern") or a name the gazetteer knows as something
    else is not one."""
    for m in _LOWER_DIVISION.finditer(text):
        word = m.group(1)
        place = gaz.place(m.group())
        if place is None and (word.lower() in LEADING_NON_NAME | NAME_KEYWORDS.keys()
                              or word.lower() in _NOT_DIVISION_NAMES
                              or word.lower() in ORGAN_WORDS or gaz.place(word) is not None
                              or gaz.known(word) is not None):
            continue
        yield Candidate(m.start(), m.end(), m.group(), "City", "place-division", 0.7, 1)


def lowercase_bodies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Hainan provincial government": a place plus a lower-case organ."""
    for m in _LOWER_BODY.finditer(text):
        if gaz.place(m.group(1)) is not None:
            yield Candidate(m.start(), m.end(), m.group(), "GovernmentBody", "place-organ", 0.7, 1)
    for m in _BODY_OF.finditer(text):
        if gaz.place(m.group(1)) is not None:
            yield Candidate(m.start(), m.end(), m.group(), "GovernmentBody", "place-organ", 0.7, 1)
    for m in _NATIONAL_GOVERNMENT.finditer(text):
        if m.group(1) in demonyms() and gaz.place(m.group(1)) is None:
            yield Candidate(m.start(), m.end(), m.group(), "GovernmentBody", "place-organ", 0.7, 1)


def _place_start(text: str, m: re.Match[str], gaz: Gazetteer) -> int | None:
    """Where the Chinese city or province that opens ``m`` starts (its group 1 is one or two
    capitalised words: both when they name the place, else the last), or None."""
    words = m.group(1).split()
    starts = [m.start(1) + len(m.group(1)) - len(words[-1])]
    if len(words) == 2 and words[0].lower() not in LEADING_NON_NAME | SMALL_WORDS:
        starts.insert(0, m.start(1))  # "Hong Kong", not "The Qinzhou"
    for start in starts:
        place = gaz.place(text[start : m.end(1)])
        if place is not None and place.cls in ("City", "Province"):
            return start
    return None


def lowercase_zones(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the Qinzhou port", "the Yunnan pilot free trade zone", "the Heihe sub-area": a city
    or province and a zone's head in lower case name that place's zone; customs offices
    written so ("according to Ningbo customs") are state organs."""
    for pattern, cls in ((_LOWER_ZONE, "Zone"), (_LOWER_CUSTOMS, "GovernmentBody")):
        for m in pattern.finditer(text):
            start = _place_start(text, m, gaz)
            if start is None and cls == "Zone" and m.group().endswith("port"):
                start = _port_name_start(text, m, gaz)
            if start is not None:
                yield Candidate(start, m.end(), text[start : m.end()], cls, "place-zone", 0.7, 1)


_ADJECTIVE_ENDS = ("ern", "ian", "ese", "ish", "al")  # "Northern", "Eurasian", "Coastal"


def _port_name_start(text: str, m: re.Match[str], gaz: Gazetteer) -> int | None:
    """ "the Alataw port", "Mohan port, which lies on the border": a border or river port
    named by a word the gazetteer lacks (ANNOTATION.md: a port is a Zone). The word must be
    a name: no keyword, descriptor or nationality, and never written in lower case in the
    text ("Dry port" at a sentence's start)."""
    word = m.group(1).split()[-1]
    low = word.lower()
    start = m.end(1) - len(word)
    first = re.search(r"(?:^|[\n.!?:])[ \t“\"]*$", text[max(start - 8, 0) : start]) is not None
    if first and not re.match(r"[,:]", text[m.end() :]):
        return None  # "Land port construction ...": any word is capitalised there
    if (low.endswith(_ADJECTIVE_ENDS) or low in NAME_KEYWORDS or low in LEADING_NON_NAME
            or low in SMALL_WORDS or low in NAME_DESCRIPTORS or word in demonyms()
            or gaz.known(word) is not None or gaz.place(word) is not None
            or re.search(rf"(?<![\w\-’']){low}(?![\w\-’'])", text)):
        return None
    return start


BY_PREFIX = r"By\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"  # "By Mr. ", "By "


_SIGNED = re.compile(rf"(?m)^[ \t]*{BY_PREFIX}"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S+)")


def signed_names(text: str) -> Iterator[Candidate]:
    """ "By Mr. Hu Min" over a line stating a post: the author of a signed speech or essay
    (text, not a credit), a person the model may not know."""
    for m in _SIGNED.finditer(text):
        if starts_post(m.group(2)):
            yield Candidate(m.start(1), m.end(1), m.group(1), "Person", "signature", 0.7, 1)


# "H.E. Mme. Ana Torrel": two or three capitalised words after an honorific the model reads
# as one token it was not trained on ("Mr." and "Dr." it knows)
_UNKNOWN_HONORIFICS = "|".join(re.escape(h.rstrip("."))
                               for h in (*ONE_TOKEN_HONORIFICS, "Madam", "H.E."))
_HONOURED = re.compile(rf"\b(?:{_UNKNOWN_HONORIFICS})\.?\s+"
                       r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b(?![ -][A-Z])")


def honoured_names(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """A person named after an honorific, which the model may not know (it is seldom
    trained on "Mme." as one token). Places, known names and posts are left alone."""
    for m in _HONOURED.finditer(text):
        name = m.group(1)
        words = name.replace("-", " ").split()
        if (gaz.place(name) is None and gaz.known(name) is None and classify_name(words) is None
                and not any(w.lower() in TITLE_PREFIX or w.lower() in TITLE_HEADS
                            or w.lower() in NAME_KEYWORDS for w in words)):
            yield Candidate(m.start(1), m.end(1), name, "Person", "honorific", 0.6, 2)
