"""Where an event or a company is, said around its name rather than after it: "The theme of
the 5th X Expo was ... It was held in Nanchang, Jiangxi Province" (the sentence-level rules
in relations.py and participation.py read named events only); "A is a private company from
Foshan", "A is one of the largest food makers in Foshan" (the place of the noun that describes
the name).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import in_quote
from kg.extract.confidence import MODEL_PREFIX
from kg.extract.context import PLACE_CLASSES, DocContext, RelationHit, mentions_in
from kg.extract.gatherings.events import EVENT_NOUNS, event_before
from kg.extract.grammar import relation_rule, targets_of, word_before
from kg.extract.lexicon import COMPANY_NOUNS

# Verbs that say where an event happens: "was held in", "took place in", "opened in".
_HAPPEN = {"hold", "take", "open", "close", "conclude", "kick", "begin", "start", "end", "run",
           "stage", "convene"}
# Common nouns that may stand for a named event here: not the ceremonies and meetings that
# happen beside it ("the signing ceremony was held in Beijing").
_STANDS_FOR = EVENT_NOUNS - {"ceremony", "meeting", "session", "opening", "banquet", "gala",
                             "dialogue", "roundtable"}


def _subject(verb: Token) -> Token | None:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0] if len(subj) == 1 else None


def _event_said_before(ctx: DocContext, it: Token) -> int | None:
    """ "It" for the event the previous sentence's subject names (its only event)."""
    si = ctx.sentence_of(it)
    if si == 0 or any(t.i < it.i and t.pos_ in ("NOUN", "PROPN") for t in ctx.sents[si]):
        return None
    prev = ctx.sents[si - 1]
    subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    events = [i for s in subjects for i in mentions_in(ctx, s.subtree, {"Event"})]
    return events[0] if len(events) == 1 else None


@relation_rule("located-held-back")
def held_there(ctx: DocContext) -> None:
    located = {h.subj for h in ctx.hits if h.pred == "locatedIn"}
    for sent, verb in ctx.triggers(_HAPPEN, {"VERB"}):
        if in_quote(ctx, verb) or (verb.lemma_ == "take" and not any(
                c.lower_ == "place" for c in verb.children)):
            continue
        if verb.lemma_ in ("hold", "stage", "convene") and verb.tag_ != "VBN":
            continue  # "Hubei held the fair in ...": the subject is the host
        subj = _subject(verb)
        if subj is None or ctx.mention_at(subj) is not None:
            continue
        if subj.lower_ == "it":
            event = _event_said_before(ctx, subj)
        elif subj.lemma_.lower() in _STANDS_FOR and any(
                c.lower_ in ("the", "this") for c in subj.children) and not any(
                c.dep_ == "prep" for c in subj.children):
            event = event_before(ctx, subj, subj.lemma_.lower())
        else:
            continue
        if event is None or event in located:
            continue
        places = [p for p in targets_of(ctx, verb, PLACE_CLASSES)
                  if word_before(ctx, p) in ("in", "at")]
        if places:
            ctx.add(event, "locatedIn", places[0], sent, "located-held-back", 0.55)
            located.add(event)


def _described(ctx: DocContext, noun: Token) -> int | None:
    """The name a description noun is said of: "A, a maker ..." (apposition), "A is a
    maker ..." (the copula's complement), "A is one of the makers ..."."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ == "appos":
        return ctx.mention_at(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return ctx.mention_at(subj[0]) if len(subj) == 1 else None
    return None


@relation_rule("located-description")
def described_in_place(ctx: DocContext) -> None:
    for sent, noun in ctx.triggers(COMPANY_NOUNS, {"NOUN"}):
        if ctx.mention_at(noun) is not None or in_quote(ctx, noun):
            continue
        places = [ctx.mention_at(g) for c in noun.children if c.dep_ == "prep"
                  and c.lower_ in ("in", "from") for g in c.children if g.dep_ == "pobj"]
        places = [p for p in places if p is not None and ctx.found[p].cls in PLACE_CLASSES]
        thing = _described(ctx, noun) if places else None
        if thing is not None and ctx.found[thing].cls in ("Enterprise", "Organization"):
            ctx.add(thing, "locatedIn", places[0], sent, "located-description", 0.6)


_SEATS = {"headquarters", "headquarter", "home", "seat", "base"}


@relation_rule("located-whose-seat")
def whose_seat(ctx: DocContext) -> None:
    """ "A, whose headquarters are in Munich, ...": the name the clause describes is there."""
    for sent, whose in ctx.triggers({"whose"}):
        seat = whose.head
        verb = seat.head
        if (whose.dep_ != "poss" or seat.lemma_.lower() not in _SEATS or seat.dep_ != "nsubj"
                or verb.dep_ != "relcl" or verb.lemma_ not in ("be", "locate", "base")):
            continue
        thing = ctx.mention_at(verb.head)
        places = [p for p in targets_of(ctx, verb, PLACE_CLASSES) if word_before(ctx, p) == "in"]
        if thing is not None and places and ctx.found[thing].cls in (
                "Enterprise", "Organization"):
            ctx.add(thing, "locatedIn", places[0], sent, "located-whose-seat", 0.6)


def one_place_read(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """A thing is in the one place the text gives (ANNOTATION.md: an Event in its city, else
    its province; a company or zone where the text puts it): where a hand rule read where
    something is ("was held in Fuzhou", "the zone in south China's Guangdong"), the relation
    model's guess of another place for it ("... firms from Xiamen", "China") goes, unless
    the guess is a city inside the place read or around it."""
    def key(idx: int) -> str:
        return ctx.found[idx].cand.refers_to or ctx.found[idx].text

    def within(idx: int) -> set[str]:
        """The gazetteer places a place lies in (its province, country)."""
        out: set[str] = set()
        place = ctx.gaz.place(ctx.found[idx].text)
        for _ in range(3):
            if place is None or not place.parent:
                break
            out.add(place.parent)
            place = ctx.gaz.place(place.parent)
        return out

    read: dict[str, set[str]] = {}  # the places read, by name
    around: dict[str, set[str]] = {}  # the places those lie in
    counties: dict[str, set[str]] = {}  # the provinces of the counties read
    for hit in hits:
        if hit.pred == "locatedIn" and not hit.extractor.startswith(MODEL_PREFIX):
            place = ctx.gaz.place(ctx.found[hit.obj].text)
            read.setdefault(key(hit.subj), set()).update(
                {key(hit.obj)} | ({place.name} if place is not None else set()))
            around.setdefault(key(hit.subj), set()).update(within(hit.obj))
            if place is not None and place.kind in ("county", "district", "county-city"):
                # a county's city is not in the gazetteer: any city of its province
                counties.setdefault(key(hit.subj), set()).add(place.parent)
    if not read:
        return hits

    def kept(h: RelationHit) -> bool:
        subj = key(h.subj)
        if subj not in read or key(h.obj) in read[subj]:
            return True
        # a city inside the place read, or the city around it ("in Nandan County, Hechi")
        place = ctx.gaz.place(ctx.found[h.obj].text)
        if place is None or ctx.found[h.obj].cls != "City":
            return bool(within(h.obj) & read[subj])
        return bool(within(h.obj) & read[subj]) or place.name in around[subj] or (
            place.kind == "prefecture" and place.parent in counties.get(subj, ()))

    return [h for h in hits if not (
        h.pred == "locatedIn" and h.extractor.startswith(MODEL_PREFIX)) or kept(h)]
