"""A capitalised name's class from its keywords ("... Logistics Park" is a Zone, "... Co., Ltd."
an Enterprise), names made of keywords and descriptors only ("Free Trade Zone"), and a person's
name without the form of address before it; read by kg/extract/names.py, the rules that type
names of their own and kg/graph/resolve.py (one key for "His Excellency X" and "X").
"""

from __future__ import annotations

import re

from kg.extract.lexicon import (
    FIRM_FIELDS,
    GENERIC_WORDS,
    HONORIFICS,
    NAME_DESCRIPTORS,
    NAME_KEYWORDS,
    PARTY_NON_NAMES,
    RESEARCH_CENTER_WORDS,
    SECTOR_NAMES,
    ZONE_CENTER_WORDS,
)


def classify_name(words: list[str]) -> str | None:
    """Class of a capitalised name from its keywords; the head before "of" wins."""
    lowered = [w.lower().strip(",") for w in words]
    if lowered and lowered[-1] in ("delegation", "delegations"):
        return None  # a delegation is people sent by a body, not the body
    text = " ".join(lowered)
    if "co., ltd." in text or text.endswith(" ltd.") or text.endswith(" co."):
        return "Enterprise"
    if len(words) == 4 and lowered[1:3] == ["free", "trade"] and lowered[3] in ("zone", "area") \
            and re.fullmatch(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+", words[0]):
        return "Initiative"  # "Ruritania-Arcadia Free Trade Zone": two states' agreement
    cuts = [lowered.index(c) for c in ("of", "for", "on") if c in lowered[1:]]
    cut = min(cuts) if cuts else len(lowered)
    if lowered[-2:] == ["new", "area"] and 2 < len(lowered) == cut:
        return "City"  # "Tianfu New Area": a district-level division (ANNOTATION.md)
    if _party(lowered, cut):
        return "Organization"
    if cut < len(lowered) and " state council" in " " + " ".join(lowered[cut:]):
        return "GovernmentBody"  # "Development Research Center of the State Council": its organ
    if lowered[-2:] in (["economic", "zone"], ["economic", "belt"]) and (
            set(lowered[:-2]) & _COMPASS_OR_RIVER):
        return "Region"  # "Central China Economic Zone", "Pearl River Economic Zone"
    if cut + 1 < len(lowered) and lowered[cut] == "of" and _organ_head(lowered[:cut]):
        tail = words[cut + 1 :]
        if tail[:1] and tail[0].lower() == "the":
            tail = tail[1:]
        if tail and classify_name(tail) == "Organization" and not any(
                w.lower() == "party" for w in tail):
            # "Building Materials Committee of the X Association": an association's organ
            # (a party's is the state's: "Municipal Committee of the Communist Party of X")
            return "Organization"
    for span in (lowered[:cut], lowered):
        for i in range(len(span) - 1, -1, -1):
            word = span[i]
            # "People's Congress" with an ordinal is a session, e.g. "20th CPC National Congress".
            if word == "congress" and re.match(r"\d+(st|nd|rd|th)$", lowered[0]):
                return "Event"
            if word in ("center", "centre"):
                before = set(span[:i])
                if i >= 1 and any(re.fullmatch(r"[a-z]+(?:-[a-z]+)+", w) and all(
                        p[:1].isupper() for p in words[k].split("-"))
                        for k, w in enumerate(span[:i])) and not before & _VENUE_CENTER_WORDS:
                    # "Ruritania-China Centre", "Ruritania-China Economic and Trade Center":
                    # a bilateral body (an exhibition or logistics centre is a site)
                    return "Organization"
                if before & RESEARCH_CENTER_WORDS and not before & ZONE_CENTER_WORDS:
                    return "Organization"
                return "Zone"
            if word == "hall" and i == len(span) - 1 and set(span[:i]) & (
                    _VENUE_CENTER_WORDS | {"planning"}):
                return "Zone"  # "X Planning Exhibition Hall": a site, as an exhibition centre
            if word == "conference" and "political" in span[:i]:
                return "GovernmentBody"
            if word == "council" and ("business" in span[:i] or "promotion" in lowered
                                      or "trade" in span[:i]):  # "X Trade Development Council"
                return "Organization"
            if word in ("autonomous", "region") and text.endswith("autonomous region"):
                return "Province"
            if word in ("ftz", "sez") and (i == 0 or not words[i - 1][:1].isupper()):
                continue  # "the FTZ", "3 FTZ sub areas"
            if word == "city" and i == len(span) - 1 and i > 0 and span[i - 1] in (
                    ZONE_CENTER_WORDS | _SCIENCE_CITY_WORDS):
                # "Harbour Business Travel City", "X Logistics City", "X Science City": a
                # project or a park, not a town
                return "Zone"
            if word == "district" and i == len(span) - 1 and i > 0 and span[i - 1] == "customs":
                return "GovernmentBody"  # "X Customs District": a customs office's area
            if word == "district" and i == len(span) - 1 and i > 0 and span[i - 1] in (
                    _ZONE_DISTRICT_WORDS):
                return "Zone"  # "X National Hi-tech District", "X Business District": zones
            if word == "group" and i > 0 and span[i - 1] == "leading":
                return "GovernmentBody"  # "X Municipal Reform Leading Group": a party organ
            if word in NAME_KEYWORDS:
                cls = NAME_KEYWORDS[word]
                if cls in ("City", "Province", "Zone", "Region") and i != len(span) - 1:
                    return None  # "Port City Lecture Hall" is no city, "Market Expansion" no zone
                return cls
    if cut == len(lowered) > 1 and lowered[-1] in SECTOR_NAMES and words[-2][:1].isupper():
        return "Enterprise"  # "Qelvik Mining"; "Bureau of Mining" has its head before "of"
    return None


_SCIENCE_CITY_WORDS = frozenset({"science", "scientific", "technological", "technology", "tech",
                                 "sci-tech", "knowledge", "innovation"})
# A district named for these is an economic zone, not a division.
_ZONE_DISTRICT_WORDS = frozenset({"hi-tech", "high-tech", "business", "economic", "development",
                                  "industrial", "technology", "tech", "financial", "logistics"})
# A centre named for these is a site, bilateral or not ("China-Africa Exhibition Center").
_VENUE_CENTER_WORDS = ZONE_CENTER_WORDS - {"trade", "business", "commerce"}


# organ words that name a part of whatever body follows their "of"
_PART_HEADS = frozenset({"committee", "commission", "department", "division", "office",
                         "secretariat", "bureau"})


def _organ_head(head: list[str]) -> bool:
    return bool(head) and head[-1] in _PART_HEADS


def organ_parent(words: list[str]) -> list[str]:
    """ "Department of American Affairs of the X" -> the words of "X" (the body whose organ
    the name is: after the last "of" an organ word's name goes on to), or []."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] == "of" or "of" not in lowered:
        return []
    cut = len(lowered) - 1 - lowered[::-1].index("of")
    if not any(w in _PART_HEADS for w in lowered[:cut]):
        return []
    tail = words[cut + 1 :]
    return tail[1:] if tail[:1] and tail[0].lower() == "the" else tail


def branch_parent(words: list[str]) -> list[str]:
    """ "Fujian Branch of the X" -> the words of "X" (after the branch's "of"), or []."""
    lowered = [w.lower() for w in words]
    if "of" not in lowered[1:]:
        return []
    cut = lowered.index("of")
    if lowered[cut - 1] not in ("branch", "sub-branch", "branches"):
        return []
    tail = words[cut + 1 :]
    return tail[1:] if tail[:1] and tail[0].lower() == "the" else tail


def _party(lowered: list[str], cut: int) -> bool:
    """A political party: "Party" heads the name ("the Lao People's Revolutionary Party",
    "the Communist Party of Ruritania"), a word besides "Communist", "Provincial" and the
    like names it ("the Provincial Party" names none), and no organ of it follows ("...
    Party of Ruritania Central Committee" is the committee)."""
    if cut < 2 or lowered[cut - 1] != "party":
        return False
    named = cut < len(lowered) or any(w not in PARTY_NON_NAMES for w in lowered[: cut - 1])
    return named and not any(NAME_KEYWORDS.get(w) in ("GovernmentBody", "Organization")
                             for w in lowered[cut:])


_COMPASS_OR_RIVER = {"central", "west", "east", "north", "south", "western", "eastern",
                     "northern", "southern", "northeast", "northwest", "southeast", "southwest",
                     "river", "delta", "gulf", "bay"}  # "X Gulf Economic Zone": a coast's



def generic_name(words: list[str]) -> bool:
    """ "Exhibition Center", "Free Trade Zone": keywords and descriptors only, no name."""
    return all(w.lower() in NAME_KEYWORDS or w.lower() in ZONE_CENTER_WORDS
               or w.lower() in RESEARCH_CENTER_WORDS or w.lower() in NAME_DESCRIPTORS
               for w in words)


# lines of business and the words joining them ("Trade, Business and Logistics")
_FIELDS_AND = FIRM_FIELDS | GENERIC_WORDS | frozenset(NAME_KEYWORDS) | {"science", "and", "&"}


def fields_only(words: list[str]) -> bool:
    """ "Opening-up, Business and Logistics": lines of business joined, no firm's name (a
    company's word at the end names one: "Port and Logistics Group"); "(ABBR)" aside."""
    lowered = [w.lower().strip(",") for w in words if not w.startswith("(")]
    return bool({"and", "&"} & set(lowered)) and lowered[-1] not in _FIRM_ENDS and all(
        w in _FIELDS_AND for w in lowered)


_FIRM_ENDS = {"group", "co", "co.", "company", "corporation", "corp", "corp.", "holdings",
              "ltd", "ltd.", "inc", "inc.", "limited"}


_ADDRESS_WORDS = {"his", "her"}


def unaddressed(name: str) -> str:
    """ "His Excellency Tomas Verlan", "H.E. Mr. Tomas Verlan" -> "Tomas Verlan": the forms of
    address in front of a person's name are no part of it (the last word always stays)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k].lower() in HONORIFICS
                                  or words[k].lower() in _ADDRESS_WORDS
                                  and words[k + 1].lower() == "excellency"):
        k += 1
    return " ".join(words[k:]) if k else name
