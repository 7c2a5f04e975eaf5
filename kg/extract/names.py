"""Names found in the text itself, before and beside the statistical model.

``name_chunks``: capitalised name sequences ("Sichuan Injet Electric Co., Ltd.", "People's
Government of Sichuan Province") typed by their last class keyword (``classify_name``);
kg/extract/entities/written.py has the names written in quotes, in lower case or over a signature,
and kg/extract/entities/companies.py the companies a list or a description names. Each yields
``Candidate`` spans; kg/extract/entities/mentions.py settles the overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract.gazetteer import Gazetteer, demonyms
from kg.extract.lexicon import (
    CHINESE_SURNAMES,
    CHUNK_TITLES,
    HEADLINE_VERBS,
    LEADING_NON_NAME,
    NAME_KEYWORDS,
    NOT_COMPANY_WORDS,
    ORGAN_WORDS,
    TITLE_HEADS,
)
from kg.extract.missions import mission_end
from kg.extract.namejoins import (
    SMALL_WORDS,
    Word,
    abbreviates,
    has_keyword,
    is_place,
    kept_qualifier,
    portfolio_end,
    split_at_headline_verb,
    split_on_and,
    text_of,
)
from kg.extract.namekeys import (
    branch_parent,
    classify_name,
    fields_only,
    generic_name,
    organ_parent,
)
from kg.extract.officernames import abbreviated_officer, holder_after, officer_after, post_owner

__all__ = ["SMALL_WORDS", "Candidate", "classify_name", "generic_name", "name_chunks"]

@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    cls: str
    extractor: str
    confidence: float
    tier: int  # 1 = rule or gazetteer, 2 = statistical NER, 3 = a weak cue (fills gaps only)
    refers_to: str | None = None  # short forms: the full name they stand for


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_WORD = (r"(?:Co\.,[ \t]+Ltd\b\.?|(?:Co|Ltd|Inc|Corp|St|Mt|No)\.|(?:[A-Z]\.){2,}|"
         r"[A-Z][\w'’‘\-–&]*|\d{1,4}(?:st|nd|rd|th)?(?![\d%]|[,.]\d))")
# ("... Association for Friendship with Foreign Countries": "with" inside a body's name;
# "... Liu Fang on 07 July 2021": a date after "on" is no part of a name)
_CONN = (rf"(?:(?:of|and|for|on|the|de|la|&|to|up)"
         rf"(?![ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+)?(?:{_MONTHS})\b)|"
         r"(?<=Friendship[ \t])with(?=[ \t]+Foreign\b)|"
         # "Fortune 500 Dialogue with Hubei Roundtable": "with" inside an event's name
         r"(?<=Dialogue[ \t])with(?=[ \t]+[A-Z]))")
_PAREN = r"[ \t]*\([A-Z][^()\n]{0,40}\)"
# A closing place or type in brackets ("... (Hong Kong)", "... (Type B)"; kept when
# namejoins.kept_qualifier says so) and a legal form after a comma ("..., Inc.").
_TAIL = (r"(?:[ \t]*\((?:(?:Type|Phase)[ \t]+[A-Z0-9]{1,3}|"
         r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\))?"
         r"(?:,[ \t]+(?:Inc\.|Ltd\.|Corp\.|Co\.,[ \t]+Ltd\b\.?|LLC\b|Limited\b|PLC\b|GmbH\b|"
         r"S\.A\.|N\.V\.|B\.V\.|AG\b))?")
# "... Industries Co., Ltd. The Osaka-based company": a legal form's full stop ends the
# sentence when a word that starts sentences follows; a courtesy title or a number after it
# starts the next phrase ("... Co., Ltd. Mr. Fang", "... Co., Ltd. 4 central enterprises").
_LEGAL_STOP = (r"(?!(?<=Ltd\.|Inc\.)[ \t]+(?:(?:The|Its|It|This|These|Their|They|He|She|In|On|"
               r"At|As|By|With|After|During|Since|From|Under|Over|According|Meanwhile|Mr|Mrs|"
               r"Ms|Dr)\b|\d))")
_CHUNK = re.compile(
    rf"(?<![\w’'\-–]){_WORD}(?:{_LEGAL_STOP}(?:[ \t]+(?:{_CONN}[ \t]+)*|{_PAREN}(?:[ \t]+|-)|-)"
    rf"{_WORD})*{_TAIL}"
)
_POSSESSIVE = re.compile(r"[’'‘]s?$")


_EVENT_OR_BODY = ("Event", "Organization", "Enterprise", "Zone", "Initiative", "GovernmentBody")


# "Shenzhen-based A", "the China-proposed Belt and Road Initiative": who or where, no name part
_PLACED = ("-based", "-born", "-headquartered", "-proposed", "-initiated", "-led", "-backed",
           "-sponsored")


def _strip_leading(words: list[tuple[int, int, str]],
                   inner: bool = False) -> list[tuple[int, int, str]]:
    """``inner``: the words are cut from inside a capitalised run, where "He" before a
    capitalised word is the surname ("Vice Governor of X Province He Jianhua"), not "he"."""
    while words:
        first = words[0][2]
        if inner and first == "He" and len(words) > 1 and words[1][2][:1].isupper():
            break
        # "Shenzhen-based Huawei": the place is no part of the name
        # ("Copper-based Industry Forum": a material before an event's name is part of it)
        placed = first.lower().endswith(_PLACED) and not (
            len(words) > 2 and classify_name([w for _, _, w in words[1:]]) == "Event")
        # "New Energy Materials Conference": "New" opens an event's or a body's name
        named_new = first == "New" and len(words) > 2 and classify_name(
            [w for _, _, w in words[1:]]) in _EVENT_OR_BODY
        # "Chinese University of Hong Kong", "Chinese General Chamber of Commerce of X": a
        # nationality opens a body's "X of Y" name
        named_body = first in demonyms() and any(
            len(words) > k + 1 and words[k][2] == "of" and words[k - 1][2][:1].isupper()
            and NAME_KEYWORDS.get(words[k - 1][2].lower()) == "Organization" for k in (2, 3))
        # "the Chinese Embassy in X", "Chinese Consulate-general": the state's own mission
        mission = first in demonyms() and len(words) > 1 and words[1][2].lower().startswith(
            ("embassy", "consulate"))
        if not placed and (first.lower() not in LEADING_NON_NAME or named_new or named_body
                           or mission):
            break
        words = words[1:]
    return words


def _split_title(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a leading title: "Deputy Secretary of the CPC X Committee" -> "CPC X Committee",
    "Standing Committee Member of the ..." -> "...". A title is a run before the first "of"
    whose last word is a title word ("Ministry of Commerce" is no title)."""
    lowered = [w.lower() for _, _, w in words]
    if "of" not in lowered:
        return words
    if lowered[:2] == ["board", "of"] and len(words) > 2:
        # "(Chairman of the) Board of Acme Corporation": the company
        rest = words[2:]
        while rest and rest[0][2].lower() in ("directors", "the", "of"):
            rest = rest[1:]
        return rest
    cut = lowered.index("of")
    title = lowered[cut - 1] if cut else ""
    if title.endswith("s") and title[:-1] in TITLE_HEADS:
        title = title[:-1]  # "Officials of the X Administration"
    if cut == 0 or title not in TITLE_HEADS or lowered[0] == "consulate":
        return words  # "Consulate General of X" is the consulate, no post
    rest = words[cut + 1 :]
    while rest and rest[0][2].lower() == "the":
        rest = rest[1:]
    return _split_title(rest) if [w.lower() for _, _, w in rest[:2]] == ["board", "of"] else rest


_TRAILING_SMALL = frozenset(SMALL_WORDS | {"(", ")"})


def _strip_trailing(words: list[Word], gaz: Gazetteer) -> list[Word]:
    # "The 22nd X Symposium Signed 81 Foreign-Funded Projects": a title-case headline's verb
    # after a name ends it, whatever follows
    cut = next((i for i, (_, _, w) in enumerate(words) if i >= 2 and w[:1].isupper()
                and w.lower() in HEADLINE_VERBS and w.lower() not in ("up", "off")), None)
    if cut is not None:
        words = words[:cut]
    while words and not kept_qualifier(words, gaz) and (
            words[-1][2].lower() in _TRAILING_SMALL
            or words[-1][2].lower() in LEADING_NON_NAME
            or (words[-1][2].lower() in HEADLINE_VERBS and words[-1][2][:1].isupper())):
        if words[-1][2] == ")" and "(" in [w for _, _, w in words]:
            # "Asia-Africa Centre (AAC)": the abbreviation is said apart, not part of the name
            words = words[: max(i for i, w in enumerate(words) if w[2] == "(")]
            continue
        words = words[:-1]
    return words


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [
        (offset + m.start(), offset + m.end(), m.group())
        for m in re.finditer(r"\(|\)|Co\.,\s+Ltd\.|[^\s()]+", text)
    ]



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
    if len(words) >= 4 and words[-2][2] == "of" and classify_name(
            [w for _, _, w in words[:-2]]) == "GovernmentBody" and (
            (place := gaz.place(words[-1][2])) is not None and place.cls == "Country") and any(
            w.lower() in ("provincial", "municipal", "province") for _, _, w in words[:-2]) and (
            words[-3][2] != "Party"):
        # ("X Municipal Committee of the Communist Party of China": the party's own name)
        # "Ha Nam Provincial Party Committee of Vietnam": the committee, then its country
        return [(words[:-2], "org"), (words[-1:], "place")]
    if (close := abbreviated_officer(words, gaz)):
        # "Standing Committee of the X People's Congress (NPC) Wang Lei": the organ, its
        # short form, then its officer
        opening = max(i for i, w in enumerate(words[:close]) if w[2] == "(")
        return [(words[:opening], "org"), (words[close + 1:], "person")]
    tail = officer_after(words, gaz)
    if tail:
        # "Deputy Chairman of the Parliament Zviad Dzidziguri": an organ, then its officer
        return [(words[:-tail], "org"), (words[-tail:], "person")]
    for i, (_, _, w) in enumerate(words):
        if w == "of" and 0 < i < len(words) - 1 and is_place(words[:i], gaz) and is_place(
                words[i + 1:], gaz):
            return [(words[:i], "place"), (words[i + 1:], "place")]
        if w == "for" and 0 < i < len(words) - 2 and gaz.place(text_of(words[:i])) and (
                has_keyword(words[i + 1 :])):
            # "in Kunming for the 7th Lantai Trade Expo": a place, then what brought people
            return [(words[:i], "place"), (words[i + 1 :], "")]
        if w == "of" and 0 < i < len(words) - 1 and words[i - 1][2].lower() in _UNITS and (
                classify_name([x[2] for x in words[i + 1 :]]) == "Enterprise"):
            # "China Department of Toyota Motor Corporation": a company's unit; the company
            return [(words[i + 1 :], "org")]
        if w.lower() in CHUNK_TITLES and i > 0 and w[:1].isupper() and all(
                x[2][:1].isupper() for x in words[i:]):
            post = {x[2].lower() for x in words[i:]}
            owner = post_owner(words[:i], post, gaz)
            if owner:
                # "Norvale Group Chairman Arjun Mehta", "Brightwell CEO Ravi Ganesh": the
                # owner, then (when the model misses it) the holder's name
                return [(words[:i], owner), *holder_after(words[i:], gaz)]
        if re.search(r"[’'‘]s$", w) and i < len(words) - 1 and not re.match(
                r"(people|year|women|children|workers|farmers|world)\b", w.lower()):
            # "Galanz’s Human Resources Department" splits; "People's Congress",
            # "New Year's Cultural Networking" are one name
            owner = [*words[:i], (words[i][0], words[i][1] - 2, w[:-2])]
            if _own_organ(owner, words[i + 1:], gaz):
                return [(words, "")]  # "Wuxi's Commerce Bureau": the city's bureau, one name
            return [(owner, "owner"), (words[i + 1:], "owned")]
    return [(words, "")]


def _own_organ(owner: list[Word], owned: list[Word], gaz: Gazetteer) -> bool:
    """Is ``owned`` a state organ named by its field alone ("Commerce Bureau", "Foreign
    Affairs Office") and ``owner`` the Chinese city or province it belongs to?"""
    place = gaz.place(text_of(owner))
    lowered = [w.lower() for _, _, w in owned]
    return place is not None and place.cls in ("City", "Province") and bool(lowered) and (
        NAME_KEYWORDS.get(lowered[-1]) == "GovernmentBody") and all(
        w in ORGAN_WORDS or w in SMALL_WORDS or NAME_KEYWORDS.get(w) == "GovernmentBody"
        for w in lowered)


def name_chunks(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    """Capitalised names typed by keyword ("Suzhou Industrial Park" -> Zone)."""
    for m in _CHUNK.finditer(text):
        words = _words(m.group(), m.start())
        parts = split_on_and(words, gaz)
        if len(parts) > 1 and abbreviates(text, m.end(), words):
            parts = [words]  # "... Commodity Expo and Investment Fair (SSACEIF)": one name
        parts = [piece for part in parts for piece in split_at_headline_verb(part)]
        for part in parts:
            lead = _strip_leading(part)
            pieces = _split_more(_split_title(lead), gaz)
            owner_is_place = False
            for piece, role in pieces:
                inner = bool(piece and lead) and piece[0][0] != lead[0][0]
                piece = _strip_trailing(_strip_leading(piece, inner), gaz)
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
                if role == "company" and cand is None:
                    cand = Candidate(start, end, surface, "Enterprise", "titled-company", 0.6, 1)
                if role == "owner":
                    owner_is_place = gaz.place(surface) is not None
                    owned = pieces[-1][0]
                    owned_words = [w.lower() for _, _, w in owned]
                    if (cand is None and len(piece) <= 3 and "department" in owned_words
                            and not {w.lower() for _, _, w in piece} & NOT_COMPANY_WORDS):
                        # "Galanz’s Human Resources Department": the owner is a company.
                        cand = Candidate(start, end, surface, "Enterprise", "possessive-owner",
                                         0.5, 1)
                if role == "owned" and cand is not None and not owner_is_place and (
                        cand.cls == "GovernmentBody"):
                    continue  # a company's own department is no organ of state
                if cand is not None and cand.cls == "GovernmentBody" and (
                        (fields_end := portfolio_end(text, cand.text, end)) != end):
                    cand = replace(cand, end=fields_end, text=text[start:fields_end])
                if cand is not None and cand.cls in ("GovernmentBody", "Organization") and (
                        (seat_end := mission_end(text, start, end, gaz)) != end):
                    cand = replace(cand, end=seat_end, text=text[start:seat_end])
                if cand is not None:
                    yield cand



_EVENT_COMMITTEES = {"organizing", "organising", "preparatory", "executive"}


def organ_class(words: list[str], cls: str | None, gaz: Gazetteer) -> str | None:
    """An organ's class is its body's: "Department of Latin American Affairs of the CPAFFC"
    is an Organization, as the CPAFFC is (the keyword alone says GovernmentBody)."""
    if cls == "Enterprise" and branch_parent(words):
        # "Fujian Branch of the General Administration of Customs": a state body's branch is
        # the state's ("branch" alone says Enterprise); a company's stays the company's
        parent = gaz.known(" ".join(branch_parent(words)))
        return "GovernmentBody" if parent is not None and parent.cls == "GovernmentBody" else cls
    if cls != "GovernmentBody":
        return cls
    parent = gaz.known(" ".join(organ_parent(words)))
    # (a party's organ is the state's: "Sichuan Provincial Committee of the CPC")
    return "Organization" if parent is not None and parent.cls == "Organization" and (
        "party" not in parent.name.lower().split()) else cls


def _typed(surface: str, start: int, end: int, words: list[str],
           gaz: Gazetteer) -> Candidate | None:
    known = gaz.known(surface)
    if known is not None:
        return Candidate(start, end, surface, known.cls, "gazetteer", 0.95, 1)
    place = gaz.place(surface)
    if place is not None:
        return Candidate(start, end, surface, place.cls, "gazetteer", 0.9, 1)
    if words[-1] == ")" and "(" in words:  # "... Center (Type B)": typed by what it qualifies
        words = words[: len(words) - 1 - words[::-1].index("(")]
        known = gaz.known(" ".join(words))
        if known is not None and known.cls == "Enterprise":  # "Siemens (China)"
            return Candidate(start, end, surface, "Enterprise", "gazetteer", 0.9, 1)
    cls = classify_name(words)
    if cls is None or len(words) < 2:
        return None
    if generic_name(words) or cls == "Enterprise" and fields_only(words):
        return None  # "Free Trade Zone", "Business and Logistics": no one's name
    if (cls == "Enterprise" and len(words) >= 3 and (place := gaz.place(words[-1])) is not None
            and place.cls != "Country" and NAME_KEYWORDS.get(words[-2].lower()) == "Enterprise"):
        # "X Group Chengdu manufacturing base": the town after the company's keyword is where
        # its unit is, not its name (a country names a national arm: "X Group China")
        short = surface[: surface.rfind(" ")]
        return _typed(short, start, start + len(short), words[:-1], gaz)
    if cls == "Province" and words[-1].lower() == "province" and all(
            w[:1].isupper() for w in words[:-1]):
        # the gazetteer holds every province of China: "Quang Ninh Province" is a foreign
        # province, a Region named without the word (as "Jiangsu Province" is "Jiangsu")
        short = surface[: surface.rfind(" ")]
        return Candidate(start, start + len(short), short, "Region", "foreign-province", 0.7, 1)
    if cls == "Organization" and words[-1].lower() == "party" and gaz.place(
            " ".join(words[:-1])) is not None:
        return None  # "Shanghai Party Secretary X": a place's party organ, said in a post
    if cls == "Province" or (cls == "City" and words[-1].lower() not in NAME_KEYWORDS):
        return None  # a province the gazetteer doesn't know is no province
    if cls in ("GovernmentBody", "Organization") and re.fullmatch(r"(?:19|20)\d\d", words[0]):
        # "the 2012 Council of the Federation trade mission": the year is the mission's
        cut = surface.index(" ") + 1
        return _typed(surface[cut:], start + cut, end, words[1:], gaz)
    if cls == "GovernmentBody" and words[0].lower() in _EVENT_COMMITTEES and (
            words[1].lower() == "committee"):
        # "Organizing Committee of the 2019 Big Data Expo": an event's, not the state's
        return Candidate(start, end, surface, "Organization", "name-keyword", 0.7, 1)
    return Candidate(start, end, surface, organ_class(words, cls, gaz), "name-keyword", 0.8, 1)
