"""Who else made the trip. The people a touring group names ("a group of officials including
A and B inspected the zone") visit what "the group" or "they" visit later; people who
"participated in the inspection", "took part in the investigation", "joined the visit" or
were "present during the tour" visit the sites of the document's visit.

ANNOTATION.md: each named site of a tour is visited. A companion's own city is no visit (the
mayor who joins an inspection in his city visited its sites, not the city).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, targets_of
from kg.extract.lexicon import GROUP_NOUNS, TRIP_NOUNS
from kg.extract.people.homes import at_home
from kg.extract.relations import VISIT_TARGETS

# what a group does on a tour: "the group visited A", "went to B", "arriving at C"
_TOUR_VERBS = {"visit", "tour", "inspect", "investigate", "go", "arrive", "come", "head"}
_TO = {"to", "at", "in"}


def _subjects(verb: Token) -> list[Token]:
    """Subject tokens of ``verb``; a participle ("Arriving at X, the group ...") takes the
    subject of the verb it modifies."""
    subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
    if not subjects and verb.dep_ == "advcl":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _group(ctx: DocContext, subj: Token) -> bool:
    """ "the (inspection) group", "the delegation", or "they"/"it" right after one."""
    if subj.pos_ in ("NOUN", "PROPN"):
        return subj.lemma_.lower() in GROUP_NOUNS
    if subj.lower_ not in ("they", "it"):
        return False
    si = ctx.sentence_of(subj)
    near = [t for s in ctx.sents[max(0, si - 1) : si + 1] for t in s]
    return any(t.lemma_.lower() in GROUP_NOUNS and t.pos_ == "NOUN" for t in near)


def _places(ctx: DocContext, verb: Token) -> list[int]:
    """What a tour verb reaches: its objects, or "to/at/in X" for a verb of going."""
    if verb.lemma_.lower() in ("visit", "tour", "inspect", "investigate"):
        return targets_of(ctx, verb, VISIT_TARGETS)
    tokens = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in _TO
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return mentions_in(ctx, tokens, VISIT_TARGETS)


def _members(ctx: DocContext) -> list[int]:
    """People named inside a group that is a tour verb's subject ("a group of officials
    including A and B inspected ..."): the group's members."""
    out: list[int] = []
    for _, verb in ctx.triggers(_TOUR_VERBS, {"VERB"}):
        for subj in _subjects(verb):
            if subj.pos_ == "NOUN" and subj.lemma_.lower() in GROUP_NOUNS:
                out += [i for i in mentions_in(ctx, subj.subtree, PEOPLE) if i not in out]
    return out


def _trip_object(verb: Token) -> bool:
    """ "participated in / took part in the inspection", "joined the visit"."""
    lemma = verb.lemma_.lower()
    if lemma == "join":
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "participate" or (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"]
    else:
        return False
    # "participated in the inspection or symposium": which one is not said
    return any(o.lemma_.lower() in TRIP_NOUNS and not any(c.lower_ == "or" for c in o.children)
               for o in objs)


def _present_on_trip(word: Token) -> bool:
    """ "present during the tour", "present at the inspection"."""
    return any(c.dep_ == "prep" and c.lower_ in ("during", "at", "on") and any(
        g.lemma_.lower() in TRIP_NOUNS for g in c.children if g.dep_ == "pobj")
        for c in word.children)


def _companions(ctx: DocContext) -> list[tuple[int, Span]]:
    out: list[tuple[int, Span]] = []
    for sent, verb in ctx.triggers({"join", "participate", "take"}, {"VERB"}):
        if not in_quote(ctx, verb) and _trip_object(verb):
            out += [(i, sent) for s in _subjects(verb) for i in mentions_in(ctx, s.subtree, PEOPLE)]
    for sent, word in ctx.triggers({"present"}, {"ADJ"}):
        if word.dep_ == "acomp" and _present_on_trip(word):
            subjects = [c for c in word.head.children if c.dep_ in ("nsubj", "attr")]
            out += [(i, sent) for s in subjects for i in mentions_in(ctx, s.subtree, PEOPLE)]
    return out


@relation_rule("visit-companions")
def companion_visits(ctx: DocContext) -> None:
    members = _members(ctx)
    if members:
        for sent, verb in ctx.triggers(_TOUR_VERBS, {"VERB", "AUX"}):
            if in_quote(ctx, verb):
                continue
            subjects = _subjects(verb)
            if not subjects or not _group(ctx, subjects[0]) or mentions_in(
                    ctx, (t for s in subjects for t in s.subtree), PEOPLE):
                continue
            for place in _places(ctx, verb):
                for person in members:
                    if not at_home(ctx, person, place):
                        ctx.add(person, "visited", place, sent, "visit-companions", 0.55)
    companions = _companions(ctx)
    if not companions:
        return
    sites = {h.obj for h in ctx.hits if h.pred == "visited"}
    for person, sent in companions:
        who = ctx.key(person)
        for place in sorted(sites):
            if ctx.key(place) != who and not at_home(ctx, person, place):
                ctx.add(person, "visited", place, sent, "visit-companions", 0.55)
