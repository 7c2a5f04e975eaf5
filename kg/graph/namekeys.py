"""The name forms identity keys are made of (read by kg/graph/resolve.py): names compared
case- and punctuation-free, a company's core without places and legal form, a free trade
zone's one spelling, an organ without its party prefix, and the full name a lone name stands
for in its document."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import CHINESE_SURNAMES, HONORIFICS, LEGAL_SUFFIX
from kg.extract.namekeys import unaddressed
from kg.model import Extraction

LEGAL = re.compile(LEGAL_SUFFIX)
_PUNCT = re.compile(r"[^\w\s]")
PEOPLE = ("Person", "Official")


def norm(text: str) -> str:
    """Case-folded, punctuation-free, no leading "the": the form names are compared in."""
    text = text.replace("’", "'").replace("'s ", " ").lower()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(_PUNCT.sub(" ", text).split())


# "Velkor Group Worldwide", "Velkor Global": the whole group said so is the company
_WHOLE = re.compile(r"\s+(?:Worldwide|Global)$")


def company_core(name: str, gaz: Gazetteer) -> str:
    core = LEGAL.sub("", name.strip())
    if _WHOLE.search(core):
        core = LEGAL.sub("", _WHOLE.sub("", core))
    core = re.sub(r"\s*\([^)]*\)", "", core)
    words = core.split()
    while len(words) > 1 and gaz.place(words[0]) is not None:
        words = words[1:]
    return norm(" ".join(words))


def zone_core(name: str) -> str:
    """ "China (Jiangsu) Pilot Free Trade Zone", "Jiangsu Pilot Free Trade Zone" and "Jiangsu
    FTZ" are one zone (every Chinese free trade zone is a pilot one)."""
    n = norm(re.sub(r"^China\s*\(([^)]+)\)", r"\1", name.strip()))
    n = re.sub(r"(?<=\w) ftz$", " free trade zone", n)
    n = re.sub(r"(?<=\w) sez$", " special economic zone", n)
    return re.sub(r"(?<!pilot) free trade zone$", " pilot free trade zone", n)


def body_key(text: str) -> str:
    """ "CPC Jiangsu Provincial Committee" and "Jiangsu Provincial Committee" are one organ."""
    n = norm(text)
    n = re.sub(r"^(cpc|communist party of china)\s+", "", n)
    return n


def bearers(surname: str, ex: Extraction) -> list[str]:
    """The document's full names a lone name stands for: its first word ("Lu" for Lu Ming),
    else its last ("Tallis" for Robert Tallis); "JIANG" in capitals as well."""
    full = sorted({n for n in (unaddressed(x.text) for x in ex.mentions if x.cls in PEOPLE)
                   if " " in n.strip()})
    low = surname.lower()
    first = [n for n in full if n.split()[0].lower() == low]
    return first or [n for n in full if n.split()[-1].lower() == low]


def posted_lone_name(name: str, ex: Extraction) -> bool:
    """Is a lone name with no full name in the document that person's name: the text writes
    it after an honorific and gives it a post ("Mr. Morgan, British consul-general"), or as
    one name a post or trade is in apposition to ("Sutanto, head of the project";
    kg/extract/entities/givennames.py), and it is no Chinese surname alone?"""
    if len(name) <= 3 or not name[:1].isupper() or name.capitalize() in CHINESE_SURNAMES:
        return False
    text = ex.document.text
    return any(x.text == name and (x.extractor == "lone-name" or x.titles and text[
        max(x.start - 8, 0):x.start].split()[-1:] and text[max(x.start - 8, 0):x.start].split()[
        -1].lower() in HONORIFICS) for x in ex.mentions if x.cls in PEOPLE)


def tail_bearer(name: str, ex: Extraction) -> str | None:
    """The document's one longer name a name of two words or more ends with: "Abu Rashid"
    after "Khalid Omar Abu Rashid" is that person written with the family name only."""
    words = norm(name).split()
    if len(words) < 2:
        return None
    longer = {n for n in (unaddressed(x.text) for x in ex.mentions if x.cls in PEOPLE)
              if len(norm(n).split()) > len(words) and norm(n).split()[-len(words):] == words}
    return next(iter(longer)) if len(longer) == 1 else None
