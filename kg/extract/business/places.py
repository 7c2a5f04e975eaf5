"""Where things are, from lists and areas: "Hunan-based companies, including A, B and C",
"ACWA Power of Saudi Arabia", "The Fujian FTZ covers 118 sq km in Pingtan, Xiamen and Fuzhou";
from the dateline ("KUNMING, May 2 -- ... the Expo here", an event opening in the dateline's
paragraph, an event held in the report's province); and an event's city over its province.

Relation rules next to ``relations.located`` (which reads "X in Y", "X-based Y", "held in");
described.py (run after these) reads the place a description gives.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Token

from kg.extract.business.traders import place_word
from kg.extract.clauses import in_quote
from kg.extract.context import PLACE_CLASSES, DocContext, RelationHit, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import COMPANY_NOUNS
from kg.extract.nlp import positions, positions_where

_LIST_HEADS = {"including", "like", "as"}
_COMPANY_PLURALS = frozenset({"companies", "enterprises", "firms", "businesses", "manufacturers",
                              "carmakers", "automakers", "exporters", "producers"})
_AREA_VERBS = {"cover", "span", "comprise", "include", "consist", "encompass"}


def _based(word: str) -> bool:
    return word.endswith("based")


@relation_rule("located-list")
def located_lists(ctx: DocContext) -> None:
    """Places given once for a list or an area."""
    doc = ctx.doc
    # "More than 120 Hunan-based companies, including A, B and C": each is in Hunan.
    for i in positions_where(doc, LOWER, _based):
        tok = doc[i]
        if i == 0:
            continue
        k = i - 2 if tok.lower_ == "based" and doc[i - 1].text == "-" else i
        place = ctx.mention_at(doc[k]) if k >= 0 else None
        # (a region too: "Kansai-based", a foreign prefecture)
        if place is None or ctx.found[place].cls not in ("City", "Province", "Country",
                                                          "Region"):
            continue
        noun = tok.head
        if noun.lemma_.lower() in COMPANY_NOUNS:
            _listed_in(ctx, noun, place)
    # "Hunan's companies such as A and B", "the city's leading enterprises, including A",
    # "Fujian firms like A": the companies' owner or modifier is their place
    for i in positions(doc, LOWER, _COMPANY_PLURALS):
        noun = doc[i]
        for c in noun.children:
            if c.dep_ not in ("poss", "compound") or c.i > noun.i:
                continue
            place = ctx.mention_at(c)
            if place is None and c.dep_ == "poss":
                place = place_word(ctx, c)  # "the city's"
            if place is not None and ctx.found[place].cls in (
                    "City", "Province", "Country", "Region") and (
                    ctx.found[place].span.end <= noun.i):
                _listed_in(ctx, noun, place)
                break
    for idx, f in enumerate(ctx.found):
        j = f.span.end
        # "ACWA Power of Saudi Arabia": a company of a country or city
        if f.cls == "Enterprise" and j + 1 < len(doc) and doc[j].lower_ == "of":
            place = ctx.mention_at(doc[j + 1])
            if place is not None and ctx.found[place].cls in ("Country", "City"):
                ctx.add(idx, "locatedIn", place, f.span.sent, "located-list", 0.7)
        # "Henan province, a heritage-rich region in Central China": the place's appositive
        if f.cls in ("Province", "City") and j + 2 < len(doc) and doc[j].text == "," and (
                doc[j + 1].lower_ in ("a", "an", "the")):
            k = j + 2
            while k < min(len(doc), j + 10) and doc[k].text not in (",", ".", ";"):
                if doc[k].lower_ == "in" and k + 1 < len(doc):
                    m = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                    place = ctx.mention_at(doc[m]) if m < len(doc) else None
                    if place is not None and ctx.found[place].cls in ("Region", "Province"):
                        ctx.add(idx, "locatedIn", place, f.span.sent, "located-list", 0.65)
                    break
                k += 1
        root = f.span.root
        verb = root.head
        # "Covering Hong Kong, Macao and nine cities, the Greater Bay Area is ...": a region
        # that covers places holds them
        sent = ctx.sentence(f.span)
        first = sent[0] if sent[0].text.strip() else sent[1]
        if (f.cls == "Region" and first.tag_ == "VBG" and first.lemma_.lower() in _AREA_VERBS
                and f.span.start > first.i + 1 and (doc[f.span.start - 1].text == "," or (
                    doc[f.span.start - 1].lower_ == "the" and doc[f.span.start - 2].text == ","))):
            # (the parser often takes the region for the participle's object: read the
            # surface) places listed between the participle and the region, not after "in"
            k = first.i + 1
            while k < f.span.start:
                place = ctx.mention_at(doc[k])
                if place is not None and place != idx and doc[k - 1].lower_ != "in" and (
                        ctx.found[place].cls in ("Province", "City")):
                    ctx.add(place, "locatedIn", idx, sent, "located-list", 0.65)
                    k = ctx.found[place].span.end
                    continue
                if doc[k].lower_ == "in":
                    break
                k += 1
        # "The Fujian FTZ covers 118 sq km in Pingtan, Xiamen and Fuzhou"
        if (f.cls == "Zone" and root.dep_ == "nsubj"
                and verb.lemma_.lower() in _AREA_VERBS):
            area = [t for c in verb.children if c.dep_ in ("dobj", "prep", "attr")
                    and c.i > verb.i for t in c.subtree]
            for place in mentions_in(ctx, area, PLACE_CLASSES - {"Country"}):
                ctx.add(idx, "locatedIn", place, f.span.sent, "located-list", 0.7)


def _listed_in(ctx: DocContext, noun: Token, place: int) -> None:
    """The companies listed after "including"/"such as"/"like" right after ``noun`` are in
    ``place`` (read on the surface, up to the clause's verb: the parser often hangs the list's
    last items elsewhere)."""
    doc = ctx.doc
    sent = noun.sent
    heads = [t for t in doc[noun.i + 1 : min(noun.i + 4, sent.end)] if t.lower_ in _LIST_HEADS]
    if not heads:
        return
    k = heads[0].i + 1
    while k < sent.end:
        t = doc[k]
        idx = ctx.mention_at(t)
        if idx is None and (t.pos_ in ("VERB", "AUX") or t.text in (";", ".")):
            break
        if idx is not None:
            if ctx.found[idx].cls == "Enterprise":
                ctx.add(idx, "locatedIn", place, sent, "located-list", 0.7)
            k = ctx.found[idx].span.end
            continue
        k += 1


_DATELINE_DASH = {"–", "—", "--", "-"}


def _dateline_place(ctx: DocContext) -> int | None:
    """ "KUNMING, May 2 (Xinhua) --", "Kunming – Laos and ...": the place a dateline opens a
    paragraph with."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("City", "Province") or f.cand.end > 2000:
            continue
        line_start = ctx.text.rfind("\n", 0, f.cand.start) + 1
        if ctx.text[line_start : f.cand.start].strip():
            continue  # not at the start of a line
        j = f.span.end
        if j < len(doc) and doc[j].text in _DATELINE_DASH:
            return idx
        if j < len(doc) and doc[j].text == ",":
            rest = ctx.text[f.cand.end : f.cand.end + 60]
            if re.match(r",(?:\s+[A-Z][a-z]+,)?\s+\w+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
                        r"(?:\([^)]*\)|/\w+/)?\s*(?:--|–|—)", rest):
                return idx
    return None


@relation_rule("located-dateline")
def located_here(ctx: DocContext) -> None:
    """ "... at the 2017 South Asia Expo here": "here" is the dateline's place."""
    place = None
    for sent, here in ctx.triggers({"here"}):
        if here.pos_ != "ADV" or in_quote(ctx, here):
            continue
        if place is None:
            place = _dateline_place(ctx)
            if place is None:
                return
        events = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"]
        for ev in events[:1]:
            ctx.add(ev, "locatedIn", place, sent, "located-dateline", 0.6)


@relation_rule("located-held")
def held_in_the_province(ctx: DocContext) -> None:
    """ "the Eighth Straits Forum ... were held" with no place named in the sentence, in a
    report about one province: held there, and the province took part (it hosted)."""
    if ctx.focus_province is None:
        return
    for sent, verb in ctx.triggers({"hold", "host", "stage", "convene"}, {"VERB"}):
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if in_quote(ctx, verb):
            continue
        # the verb's own phrase: its subject and its prepositions, not clauses beside it
        own = [c for c in verb.children if c.dep_ in ("nsubjpass", "prep", "agent", "advmod")]
        if mentions_in(ctx, (t for c in own for t in c.subtree), PLACE_CLASSES):
            continue  # a place is named: the sentence-level rules decide
        events = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubjpass"
                                   for t in c.subtree), {"Event"})
        focus = ctx.focus_index(sent)
        if focus is None:
            continue
        where = _dateline_city(ctx, focus)  # (an Event is in its city when one is named)
        for ev in events:
            ctx.add(ev, "locatedIn", focus if where is None else where, sent, "located-held", 0.5)
            ctx.add(focus, "participatesIn", ev, sent, "located-held", 0.5)


def _dateline_city(ctx: DocContext, province: int) -> int | None:
    """The city of the document's dateline when it lies in ``province``."""
    place = _dateline_place(ctx)
    if place is None or ctx.found[place].cls != "City":
        return None
    city, prov = ctx.gaz.place(ctx.found[place].text), ctx.gaz.place(ctx.found[province].text)
    return place if city and prov and city.parent == prov.name else None


_OPENS = {"open", "kick", "close", "begin", "start", "conclude"}


@relation_rule("located-dateline-open")
def opened_at_the_dateline(ctx: DocContext) -> None:
    """ "LIMA, Peru, April 16 /Wire/ -- The 133rd Lima Fair opened today": an event opening
    or closing in the dateline's own paragraph, with no place named, is at the dateline's
    place."""
    place: int | None = None
    for sent, verb in ctx.triggers(_OPENS, {"VERB"}):
        if in_quote(ctx, verb) or verb.tag_ == "VBN" and verb.dep_ == "amod":
            continue
        if place is None:
            place = _dateline_place(ctx)
            if place is None:
                return
        line_end = ctx.text.find("\n", ctx.found[place].cand.start)
        if line_end != -1 and verb.idx > line_end:
            continue  # another paragraph
        subj = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        events = mentions_in(ctx, subj, {"Event"})
        if not events or mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep"
                                           for t in c.subtree), PLACE_CLASSES):
            continue
        ctx.add(events[0], "locatedIn", place, sent, "located-dateline", 0.6)


def city_over_province(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """An Event is in its city when one is named, else in the province (ANNOTATION.md): a
    statement that puts an event in a province goes when the document puts the same event in
    a city of that province ("held in Changchun, Jilin Province"; "the host city of Zhengzhou
    ... will be held in Henan province")."""
    def key(idx: int) -> str:
        return ctx.found[idx].cand.refers_to or ctx.found[idx].text

    provinces: dict[str, set[str]] = {}
    for hit in hits:
        if (hit.pred != "locatedIn" or ctx.found[hit.subj].cls != "Event"
                or ctx.found[hit.obj].cls != "City"):
            continue
        place = ctx.gaz.place(ctx.found[hit.obj].text)
        for _ in range(3):
            if place is None or not place.parent:
                break
            provinces.setdefault(key(hit.subj), set()).add(place.parent)
            place = ctx.gaz.place(place.parent)
    if not provinces:
        return hits
    out = []
    for hit in hits:
        if (hit.pred == "locatedIn" and ctx.found[hit.subj].cls == "Event"
                and ctx.found[hit.obj].cls == "Province"):
            place = ctx.gaz.place(ctx.found[hit.obj].text)
            if place is not None and place.name in provinces.get(key(hit.subj), ()):
                continue
        out.append(hit)
    return out


