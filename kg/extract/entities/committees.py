"""Party and CPPCC committees of a place written with a lower-case level word, which the
capitalised-name rules (names.py) cannot read as one name: "the Communist Party of China's
Henan provincial committee", "the CPPCC Xinhua district committee", "the Tianqiao district
committee of the Chinese People's Political Consultative Conference"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import Gazetteer
from kg.extract.names import Candidate

_PARTY = r"(?:Communist Party of China|Chinese Communist Party|CPC)"
_CPPCC = r"(?:CPPCC|Chinese People's Political Consultative Conference)"
_LEVEL = r"(?:provincial|municipal|city|county|district|prefectural|regional)"
_PLACE = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_COMMITTEE = r"(?:[Pp]arty\s+)?committee\b"

_FORMS = (
    # "the Communist Party of China's Henan provincial committee"
    re.compile(rf"\b{_PARTY}[’']s\s+{_PLACE}\s+{_LEVEL}\s+{_COMMITTEE}"),
    # "the CPPCC Xinhua district committee", "the CPC Luoyang municipal committee"
    re.compile(rf"\b(?:{_PARTY}|{_CPPCC})\s+{_PLACE}\s+{_LEVEL}\s+{_COMMITTEE}"),
    # "the Tianqiao district committee of the Chinese People's Political Consultative
    # Conference" (a short form in brackets after it is said apart)
    re.compile(rf"\b{_PLACE}\s+{_LEVEL}\s+{_COMMITTEE}\s+of\s+(?:the\s+)?(?:{_PARTY}|{_CPPCC})"),
)


def _known_place(gaz: Gazetteer, name: str, level: str) -> bool:
    """A Chinese province, city or district: the gazetteer knows it, or (a district or county
    it may lack) the level word names its kind."""
    for surface in (name, f"{name} {level.capitalize()}"):
        place = gaz.place(surface)
        if place is not None and place.cls in ("Province", "City"):
            return True
    return level in ("district", "county") and gaz.known(name) is None


def lowercase_committees(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    for pattern in _FORMS:
        for m in pattern.finditer(text):
            level = re.search(rf"\s{_LEVEL}\s", m.group())
            if level is None or not _known_place(gaz, m.group(1), level.group().strip()):
                continue
            yield Candidate(m.start(), m.end(), m.group(), "GovernmentBody", "party-committee",
                            0.7, 1)
