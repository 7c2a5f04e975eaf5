"""Finding named entities in a parsed document.

Candidates come from four sources, then overlapping ones are settled, longest rule-based first:

1. ``name_chunks`` (kg/extract/names.py): capitalised name sequences ("Sichuan Injet Electric
   Co., Ltd.", "People's Government of Sichuan Province") typed by their last class keyword;
2. ``quoted_names`` (names.py): quoted names (“20 Measures”, “Two Sessions” 2023) as
   initiatives/events;
3. ``gazetteer_names`` (kg/extract/entities/ner.py): provinces, cities, countries, regions, national
   bodies;
4. spaCy's statistical NER for people and whatever the rules did not type (ner.py).

A second pass adds short forms that refer back to a name already found (backrefs.py):
abbreviations introduced as "Name (ABBR)", company names without place and legal suffix
("Rilian Technology"), and surnames of people named earlier ("Lu said"). Headlines, bylines,
credits (headings.py) and mottos are where no name is sought.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.entities.apposed import apposed_people, titled_names
from kg.extract.entities.backrefs import back_references
from kg.extract.entities.committees import lowercase_committees
from kg.extract.entities.companies import building_companies, described_companies, listed_companies
from kg.extract.entities.divisions import division_of_city, drop_joined_posts, without_country
from kg.extract.entities.editions import series_of
from kg.extract.entities.givennames import lone_names, names_after_plural_posts
from kg.extract.entities.headings import credit_line, heading_spans
from kg.extract.entities.modelplaces import local_head_places
from kg.extract.entities.ner import gazetteer_names, ner_names
from kg.extract.entities.pairevents import pair_events
from kg.extract.entities.pinyinnames import pinyin_names
from kg.extract.entities.postnames import post_names
from kg.extract.entities.postspans import not_a_post, trimmed
from kg.extract.entities.sources import news_sources
from kg.extract.entities.written import (
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
from kg.extract.lexicon import HOLIDAYS, HONORIFICS, NAME_KEYWORDS
from kg.extract.namejoins import and_inside
from kg.extract.names import Candidate, classify_name, name_chunks


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
                # ("sent Zhou Wenbo to the X Fair": the preposition is neither's)
                rest = re.match(r"[\s,]*(?:(?:of|and|to|at|in|from|with)\s+)?(?:the\s+)?",
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
        *lowercase_committees(text, gaz),
        *pair_events(doc, text, gaz),
        *lowercase_divisions(text, gaz),
        *lowercase_zones(text, gaz),
        *news_sources(text, gaz),
        *listed_companies(text, gaz),
        *described_companies(text, gaz),
        *building_companies(text, gaz),
        *gazetteer_names(gaz, matcher_spans),
    ]
    ner = [*ner_names(doc, gaz), *apposed_people(doc, gaz), *signed_names(text),
           *honoured_names(text, gaz),
           *titled_names(doc, gaz), *post_names(doc, gaz), *names_after_plural_posts(doc, gaz),
           *lone_names(doc, gaz), *pinyin_names(doc, gaz), *local_head_places(doc, gaz)]

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
    ner = [c for c in ner if not in_heading(c) and not _WEATHER.match(c.text)
           and not any(s <= c.start and c.end <= e for s, e in themes)]
    chosen = select([trimmed(c) for c in rules + ner if not_a_post(text, c)])
    chosen = [c for c in chosen if not (c.cls == "Person" and credit_line(text, c))]
    # "Opening Ceremony of the 5th Harbour Expo" is the expo before "the Expo" is read back
    chosen = [_ceremony_of(text, _without_honorific(_foreign_prefecture(_with_ordinal(text, c),
                                                                          gaz)))
              for c in chosen]
    chosen = _fairs_of_rites(text, chosen)
    chosen = [_before_division(text, c, gaz) for c in chosen]
    chosen = [without_country(c, gaz) for c in chosen]
    refs = back_references(text, chosen, gaz)
    # The document's own "Yihai Kerry Arawana Group" says what its short form is; the
    # model's guess for the same words ("Yihai Kerry Arawana" as a person) gives way.
    ref_spans = {(r.start, r.end) for r in refs}
    # So does the gazetteer's reading of a short form the document defines as another
    # class's: "the Development Research Center (DRC)" is no Congo.
    defined = {(r.start, r.end): r.cls for r in refs if r.text.isupper()}
    chosen = [c for c in chosen if not (c.extractor == "ner" and (c.start, c.end) in ref_spans
                                        or c.extractor == "gazetteer"
                                        and defined.get((c.start, c.end), c.cls) != c.cls)]
    chosen = [c for c in chosen if not _not_entity(text, c, gaz)]
    final = select([replace(c, tier=0) for c in chosen] + refs)
    # A bare head noun ("Committee", "Hub", "Fair") names nothing unless it points back.
    # (the caller aligns each to tokens and drops any that will not align)
    # ("according to Xinhua": the agency's name is its keyword)
    return [c for c in final if (c.refers_to or not _bare_head(c.text)
                                 or c.extractor == "news-source")
            and _norm_name(c.text) not in HOLIDAYS
            and not (c.cls == "Person" and credit_line(text, c))
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
# "Typhoon Yagi", "Tropical Storm Bebinca": weather, not a company or a person
_WEATHER = re.compile(r"(?:Super\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\s+Storm)\s+[A-Z]")


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
    """ "Opening Ceremony of the 10th Harbour Expo" is the expo (the ceremony is no Event);
    "Signing Ceremony of the X Investment Agreement" stays the ceremony's name (what is signed
    is no event; an opening or closing is always of an event)."""
    m = _CEREMONY.match(c.text)
    if c.cls != "Event" or m is None or m.end() == len(c.text) or " of" not in m.group(0):
        return c
    opening = re.search(r"(?i:opening|closing)", m.group(0)) is not None
    if not opening and classify_name(c.text[m.end():].split()) != "Event":
        return c
    return replace(c, start=c.start + m.end(), text=c.text[m.end():])


# "the 32nd X Fair Investment Cooperation Signing Ceremony": the fair, the ceremony is no
# Event; "the 32nd X Economic and Trade Fair Economic and Trade ... Signing Ceremony" (cut at
# its "and"): the fair, and the rest is the ceremony's. (A ceremony named on its own, "the
# Project Agreement Signing Ceremony", stays an Event.)
_HEADS = r"(?:Fair|Expo|Exposition|Forum|Summit|Conference|Festival|Week|Exhibition)"
_RITE = r"(?:Signing|Opening|Closing|Launch|Launching|Award|Unveiling)\s+Ceremony"
_FAIR_RITE = re.compile(rf"(.*\b{_HEADS})(?:\s+[A-Z][\w\-]*)*?\s+{_RITE}")
_FAIR_CUT = re.compile(rf"(.*\b{_HEADS})(?:\s+[A-Z][\w\-]*){{1,2}}")
_RITE_AFTER = re.compile(rf"\s+and\s+(?:[A-Z][\w\-]*\s+){{0,6}}{_RITE}")


def _fairs_of_rites(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Each fair named before its ceremony's name, without the ceremony's words."""
    out: list[Candidate] = []
    rites: list[tuple[int, int]] = []  # the ceremonies' words after a fair's "and"
    for c in chosen:
        m = _FAIR_RITE.fullmatch(c.text) if c.cls == "Event" else None
        if m is None and c.cls == "Event" and (m := _FAIR_CUT.fullmatch(c.text)):
            after = _RITE_AFTER.match(text, c.end)
            m = m if after else None
            if after:
                rites.append((c.end, after.end()))
        out.append(c if m is None else replace(c, end=c.start + len(m.group(1)),
                                               text=m.group(1)))
    return [c for c in out if not (c.cls == "Event" and any(
        s <= c.start and c.end <= e for s, e in rites))]


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


# A foreign division's kind written in lowercase after its name: "Nagano prefecture".
_DIVISION_AFTER = re.compile(r"\s+(?:prefecture|oblast|krai|governorate)\b")


def _before_division(text: str, c: Candidate, gaz: Gazetteer) -> Candidate:
    """ "visited Kitayama prefecture", "governor of Japan's Kitayama prefecture": a name the
    gazetteer does not hold, right before a division's kind, is a foreign province (Region),
    whatever the model took it for (the gazetteer holds Japan's real prefectures)."""
    if c.cls not in ("Enterprise", "Organization", "Person", "City") or " " in c.text.strip() or (
            not _DIVISION_AFTER.match(text, c.end)):
        return c
    place = gaz.place(c.text)
    if place is not None and place.kind != "world" or gaz.known(c.text) is not None:
        return c
    return replace(c, cls="Region")


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


def _norm_name(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _bare_head(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and NAME_KEYWORDS.get(words[0].lower()) in (
        "Event", "Zone", "GovernmentBody", "Enterprise", "Organization")
