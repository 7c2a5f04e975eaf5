"""Where a capitalised run is cut into names (kg/extract/names.py): at an "and" between two
names ("Deyang City and Kindos Co., Ltd.", "Hunan and Hubei") but not at one inside a name
("Belt and Road Initiative", "Qingfeng Port and Logistics Co., Ltd."); and whether a closing
bracket is part of the name ("Tarvel Trading (Hong Kong) Limited", "Dalvern Bonded Logistics
Center (Type B)") or said apart ("Asia-Africa Centre (AAC)").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    CHUNK_TITLES,
    FIRM_FIELDS,
    GENERIC_WORDS,
    NAME_DESCRIPTORS,
    NAME_KEYWORDS,
    ORGAN_FIELDS,
    POST_FIELDS,
    TITLE_HEADS,
    ZONE_CENTER_WORDS,
)
from kg.extract.lexicon import words as word_list
from kg.extract.namekeys import classify_name, generic_name

Word = tuple[int, int, str]
# Small words inside names ("Bank of China", "Belt and Road").
SMALL_WORDS = {"of", "and", "for", "on", "the", "de", "la", "&", "to", "in", "at", "a", "an",
               "with"}


def text_of(words: list[Word]) -> str:
    return " ".join(w for _, _, w in words)


# Company keywords that also end a field's name ("Science and Technology", "Electronics and
# Information"): they type a name but never split one at "and".
_FIELD_KEYWORDS = {"technology", "technologies", "electronics", "logistics", "pharmaceuticals",
                   "motors", "airlines", "airways", "bank"}


def _two_firms(left: list[Word], right: list[Word]) -> bool:
    """ "Brennan Motors and Tarvel Electronics": two names, each a name and a company word."""
    return all(len(side) >= 2 and classify_name([w for _, _, w in side]) == "Enterprise"
               and side[-1][2].lower() in NAME_KEYWORDS
               and not generic_name([w for _, _, w in side]) for side in (left, right))


_FIELD_WORDS = FIRM_FIELDS | GENERIC_WORDS | NAME_DESCRIPTORS | ORGAN_FIELDS | POST_FIELDS


def _firm_then_name(left: list[Word], right: list[Word]) -> bool:
    """ "Brennan Electronics and Qinzhou Port": a company by its line of business, then a
    name of any class that opens with a word of its own (no line of business, field or
    keyword: "... Electronics and Information Industry Park" is one name)."""
    first = right[0][2].lower() if right else ""
    return len(left) >= 2 and len(right) >= 2 and left[0][2].lower() not in _FIELD_WORDS and (
        classify_name([w for _, _, w in left]) == "Enterprise") and (
        classify_name([w for _, _, w in right]) is not None) and (
        right[-1][2].lower() in NAME_KEYWORDS) and first not in _FIELD_WORDS and (
        first not in NAME_KEYWORDS) and right[0][2][:1].isupper() and not generic_name(
        [w for _, _, w in right])


def has_keyword(words: list[Word]) -> bool:
    return classify_name([w for _, _, w in words if w.lower() not in _FIELD_KEYWORDS]) is not None


def is_place(words: list[Word], gaz: Gazetteer) -> bool:
    cls = classify_name([w for _, _, w in words])
    return gaz.place(text_of(words)) is not None or cls in ("City", "Province")


def abbreviates(text: str, end: int, words: list[Word]) -> bool:
    """Is the chunk followed by "(ABBR)" made of its capitalised words' initials?"""
    m = re.match(r"\s*\(([A-Z]{3,12})\)", text[end : end + 16])
    if m is None:
        return False
    initials = "".join(w[2][0] for w in words if w[2][:1].isupper())
    return initials.upper() == m.group(1)


def _venue_pair(left: list[Word], segment: list[Word]) -> bool:
    """ "... Convention and Exhibition Center" is one venue's name."""
    lowered = [w.lower() for _, _, w in segment]
    return (NAME_KEYWORDS.get(left[-1][2].lower()) == "Event" and len(lowered) >= 2
            and lowered[-1] in ("center", "centre")
            and all(w in ZONE_CENTER_WORDS for w in lowered[:-1]))


def _one_firm(left: list[Word], segment: list[Word]) -> bool:
    """ "Qingfeng Port and Logistics Co., Ltd.", "Lianfeng Gold and Silver Products Co., Ltd":
    two lines of business joined inside one name; the part after "and" has no name of its
    own (lines of business and keywords only)."""
    if not segment or left[-1][2].lower() not in FIRM_FIELDS or (
            segment[0][2].lower() not in FIRM_FIELDS):
        return False
    seg = [w for _, _, w in segment]
    return classify_name(seg) is not None and all(
        w.lower().strip(",") in FIRM_FIELDS or w.lower().strip(",") in NAME_KEYWORDS
        for w in seg)


def and_inside(name: str, cut: int) -> bool:
    """Is the "and" right after ``name[:cut]`` inside the name, between two lines of business
    ("Lianfeng Gold| and Silver Products Co., Ltd", where a model saw a person's name)?"""
    before = name[:cut].split()
    after = re.match(r"\s+and\s+([\w\-]+)", name[cut:])
    return bool(before) and after is not None and before[-1].lower() in FIRM_FIELDS and (
        after.group(1).lower() in FIRM_FIELDS)


# The kinds of names a bracketed place or type after them belongs to.
_QUALIFIED = ("Enterprise", "Zone", "Organization")
_TYPE = re.compile(r"(?:Type|Phase)[ \t]+[A-Z0-9]{1,3}")


def kept_qualifier(words: list[Word], gaz: Gazetteer) -> bool:
    """Is the name's closing "(...)" part of it: a type after a company's, zone's or
    organisation's name ("... Center (Type B)"), a place after a company's or organisation's
    ("Tarvel Resources (Hong Kong)")? An abbreviation in brackets ("Asia-Africa Centre (AAC)")
    and a zone's district ("... High-tech Zone (Xinwu District)") are said apart."""
    opens = [i for i, w in enumerate(words) if w[2] == "("]
    if not opens or words[-1][2] != ")" or opens[-1] < 1:
        return False
    inner = text_of(words[opens[-1] + 1 : -1])
    cls = classify_name([w for _, _, w in words[: opens[-1]]])
    known = gaz.known(text_of(words[: opens[-1]]))
    if cls is None and known is not None and known.cls == "Enterprise":
        cls = "Enterprise"  # "Siemens (China)"
    if _TYPE.fullmatch(inner) is not None:
        return cls in _QUALIFIED
    # "Wuxi High-tech Zone (Xinwu District)": the zone's district is a place of its own
    return cls in _QUALIFIED and cls != "Zone" and gaz.place(inner) is not None


def split_on_and(words: list[Word], gaz: Gazetteer) -> list[list[Word]]:
    """ "Deyang City and Kindos ...", "Hunan and Hubei", "... Exchange and Western China
    International Fair" are two names; "Belt and Road Initiative" is one."""
    parts: list[list[Word]] = []
    current: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word[2] == "and" and current and i + 1 < len(words):
            rest = words[i + 1:]
            if len(current) == 1 and re.fullmatch(r"[A-Z]{2,6}", current[0][2]) and (
                    classify_name([w for _, _, w in rest]) == "Enterprise"):
                parts.append(current)  # "KLC and Morivan Co., Ltd": a list of two firms
                current, i = [], i + 1
                continue
            if rest[0][2] == "the":
                parts.append(current)
                current, i = [], i + 2
                continue
            segment: list[Word] = []
            for w in rest:
                if w[2] in ("and", "of"):
                    break
                segment.append(w)
            last = current[-1][2].lower()
            whole_left = gaz.place(text_of(current)) is not None or gaz.known(
                text_of(current)) is not None or last in NAME_KEYWORDS and last not in (
                _FIELD_KEYWORDS)
            both_named = has_keyword(current) and has_keyword(segment)
            both_named = both_named or (bool(segment) and segment[0][2].lower() in TITLE_HEADS)
            # "Ministry of Trade and Special Representative of ...": a second post, not the
            # body's name running on
            both_named = both_named or (
                0 < len(segment) <= 3 and segment[-1][2].lower() in TITLE_HEADS
                and len(rest) > len(segment) and rest[len(segment)][2] == "of")
            both_named = both_named or _two_firms(current, segment) or _firm_then_name(
                current, segment)
            # "Tarsis CEO Kumar Mani and Brightwell Vice Chairman Ravi Ganesh": two posts
            both_named = both_named or all(any(
                w[2].lower() in CHUNK_TITLES and w[2][:1].isupper() for w in side[1:])
                for side in (current, segment))
            if (whole_left or both_named) and not _venue_pair(current, segment) and not (
                    _one_firm(current, segment)):
                parts.append(current)
                current, i = [], i + 1
                continue
        current.append(word)
        i += 1
    parts.append(current)
    return parts


# "Ministry of Food" + ", Agriculture and Light Industry" (+ " of X"): an organ named for
# several fields
_MORE_FIELDS = re.compile(r"(?:,[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)*,?[ \t]+and[ \t]+"
                          r"(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+")
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")
_FIELDS = ORGAN_FIELDS | word_list("portfolio_fields")


def portfolio_end(text: str, name: str, end: int) -> int:
    """Where a state organ's name ends when a list of fields goes on after its first one;
    ``end`` when none does (each field's last word must be a field's: "Ministry of Commerce,
    Li Ming and ..." is a list of names)."""
    parts = name.split()
    if len(parts) != 3 or parts[0] not in ("Ministry", "Department", "Bureau", "Commission") or (
            parts[1] != "of" or text[end : end + 1] != ","):
        return end
    m = _MORE_FIELDS.match(text, end)
    if m is None or not all(item.split()[-1].lower() in _FIELDS
                            for item in re.split(r",|\band\b", m.group()) if item.strip()):
        return end
    tail = _OF_PLACE.match(text, m.end())
    return tail.end() if tail else m.end()


# What a title-case headline says an event did ("The 22nd X Symposium Signed 81 Projects"):
# the verbs that end a name read from a headline, and a few more such headlines use
_DEED_VERBS = word_list("headline_verbs") | {"signed", "signs", "inks", "inked",
                                                        "attracts", "attracted", "draws", "drew"}


def split_at_headline_verb(words: list[Word]) -> list[list[Word]]:
    """ "The 22nd X Symposium Signed 81 Foreign-Funded Projects": a capitalised verb right
    after an event's keyword ends the event's name; what follows is the headline's."""
    for i in range(1, len(words) - 1):
        if words[i][2][:1].isupper() and words[i][2].lower() in _DEED_VERBS and (
                NAME_KEYWORDS.get(words[i - 1][2].lower()) == "Event"):
            return [words[:i], words[i + 1:]]
    return [words]
