"""Companies the text says are companies, whatever their name: the items of a list after a
company noun ("retail giants like A and B"), a name described as a maker ("A, a Detroit-based
maker of trucks", "Chinese carmaker A"), a name after "X-based" ("United States-based A"), a
Chinese place's name and a trade name taken for a person ("Zhejiang Geely").
Each yields ``Candidate`` spans; kg/extract/entities/mentions.py settles the overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    FACILITY_NOUNS,
    HONORIFICS,
    NAME_KEYWORDS,
    TITLE_HEADS,
    TITLE_PREFIX,
)
from kg.extract.names import Candidate, classify_name

# an item may end in a bracketed place: "Tarvel Resources (Hong Kong)"
_ITEM = (r"[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|&|of))*"
         r"(?:[ \t]*\([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?\))?")
_COMPANY_LIST = re.compile(
    r"\b(?i:companies|enterprises|firms|brands|manufacturers|multinationals|corporations|"
    r"giants|retailers|carmakers|automakers|makers|producers|suppliers|exporters|banks|"
    r"exhibitors)"
    rf",?[ \t]+(?:including|such[ \t]+as|like|namely|include[sd]?)[ \t]+((?:{_ITEM})"
    rf"(?:,[ \t]*(?:and[ \t]+)?"
    rf"{_ITEM})*(?:,?[ \t]+and[ \t]+{_ITEM})?)")


def listed_companies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "companies, including CRRC Zhuzhou Locomotive, Yuan Long Ping High-Tech, SANY and
    Broad Homes": every item of a list after a company noun is a company."""
    for m in _COMPANY_LIST.finditer(text):
        pos = m.start(1)
        # "A, B and C Foods": an "and" ends an item (a name with "and" in it is the name
        # rules' to find)
        for at, item in ((pos + i.start(), i.group()) for i in re.finditer(_ITEM, m.group(1))):
            name = re.sub(r"^and[ \t]+", "", item.strip())
            start = at + item.index(name) if name else at
            if not name or gaz.place(name) is not None or gaz.known(name) is not None:
                continue
            yield Candidate(start, start + len(name), name, "Enterprise", "company-list", 0.6, 1)


# the nouns a company is described by ("a maker of", "Chinese carmaker X")
_MAKER = (r"(?:carmaker|automaker|chipmaker|drugmaker|maker|manufacturer|producer|supplier|"
          r"developer|retailer|exporter|conglomerate|giant|company|firm|group|carrier|airline|"
          r"operator|provider|distributor|startup|start-up|unit|subsidiary|affiliate)")
_NAME = r"[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3}"
# "Velkor, a Detroit-based maker of trucks,", "Norvex, a Swedish producer of paper"
_DESCRIBED = re.compile(rf"(?<![\w’'\-])({_NAME}),[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
                        rf"{_MAKER}[ \t]+(?:of|in|that|which|based|headquartered)\b")
# "Chinese carmaker Zhenyu", "German chemical giant Brantag", "Japan-based pneumatic
# products manufacturer Korrin"
_TITLED = re.compile(rf"\b[A-Z][a-z]+(?:-based)?[ \t]+(?:[a-z\-]+[ \t]+){{0,3}}{_MAKER}[ \t]+"
                     rf"({_NAME})(?![ \t]+[A-Z])")
# "a logistics company called Dunmore Freight", "a start-up named Velta"
_CALLED = re.compile(rf"\b{_MAKER}[ \t]+(?:called|named)[ \t]+({_NAME})(?![ \t]+[A-Z])")
# "United States-based Corvane Products"
_BASED = re.compile(rf"\b[A-Z][\w ]*?-based[ \t]+({_NAME})")


def described_companies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """Names the text describes as companies (module docstring)."""
    for pattern in (_DESCRIBED, _TITLED, _BASED, _CALLED):
        for m in pattern.finditer(text):
            name = m.group(1)
            words = name.split()
            if (gaz.place(name) is not None or gaz.known(name) is not None
                    or words[0].lower() in TITLE_PREFIX | TITLE_HEADS | HONORIFICS
                    or classify_name(words) not in (None, "Enterprise")
                    or len(words) == 1 and words[0].lower() in NAME_KEYWORDS
                    or m.start(1) == 0 and pattern is _DESCRIBED and len(words) > 2):
                continue
            yield Candidate(m.start(1), m.end(1), name, "Enterprise", "company-cue", 0.6, 1)


# "Tyco Flow Control today opened a new plant in Chengdu": who opens, sets up or builds a plant,
# a factory or a branch of its own is a company.
_FACILITY = "|".join(sorted(FACILITY_NOUNS | {"office"}))
_BUILDS = re.compile(
    rf"(?<![\w’'\-])({_NAME})[ \t]+(?:(?:has|have|had|will|is|was|today|recently|also|"
    r"officially|formally|now|then)[ \t]+){0,2}"
    r"(?:opened|opens|set[ \t]+up|sets[ \t]+up|is[ \t]+setting[ \t]+up|established|establishes|"
    r"built|builds|inaugurated|relocated|moved)[ \t]+(?:its|a|an|their)[ \t]+"
    rf"(?:[\w\-,]+[ \t]+){{0,4}}?(?:{_FACILITY})s?\b")
_NOT_FIRMS = {"the", "a", "an", "it", "this", "that", "its", "their", "our", "we", "they", "he",
              "she", "which", "who", "in", "on", "at", "by", "since", "last", "next", "so",
              "and", "but", "also", "today", "yesterday"}


def building_companies(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """Names that open, set up or build a facility of their own ("A opened its plant in X")."""
    for m in _BUILDS.finditer(text):
        name = m.group(1)
        words = name.split()
        before = text[max(0, m.start(1) - 30) : m.start(1)].split()
        if (len(words) > 4 or words[0].lower() in _NOT_FIRMS
                or gaz.place(name) is not None or gaz.known(name) is not None
                or words[0].lower() in TITLE_PREFIX | TITLE_HEADS | HONORIFICS
                or words[0] in CHINESE_SURNAMES or words[0].lower() in CHINESE_SURNAMES
                or before and before[-1].lower().strip(",") in TITLE_PREFIX | TITLE_HEADS
                or classify_name(words) not in (None, "Enterprise")):
            continue
        # A two-word name the model takes for a person ("John Carter opened an office") stays
        # one: the cue only fills a gap there. Three words and more are rarely a person's.
        tier = 1 if len(words) >= 3 else 3
        yield Candidate(m.start(1), m.end(1), name, "Enterprise", "company-cue", 0.55, tier)


def place_brand(words: list[str], gaz: Gazetteer) -> bool:
    """ "Zhejiang Geely", "Anhui Conch": a Chinese province or city and a trade name that is no
    surname is how Chinese firms are called; no person's name starts with a place."""
    if not 2 <= len(words) <= 3 or words[0] in CHINESE_SURNAMES or words[1] in CHINESE_SURNAMES:
        return False
    place = gaz.place(words[0])
    return place is not None and gaz.province_of(place) is not None and (
        place.cls == "Province" or place.kind in ("prefecture", "county-city")) and all(
        w[:1].isupper() and w.lower() not in NAME_KEYWORDS for w in words[1:])
