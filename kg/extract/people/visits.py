"""Visits told as travel: "arrived in Chengdu for a three-day visit", "traveled to Germany",
"went to Suzhou to investigate", "carried out an inspection tour in Wuxi".

Next to ``relations.visits`` (which reads "visited X", "a visit to X", "inspected X").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, agent_of, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.grammar import country_of_place, relation_rule, with_conjuncts, word_before
from kg.extract.leaders import delegation_leaders, one_visitor
from kg.extract.people.homes import at_home, journey_end
from kg.extract.people.tripowners import trip_owner
from kg.extract.relations import VISIT_TARGETS, group_visits

# Going somewhere is a visit when the sentence says it is one (or the verb is a journey).
_MOVE = {"arrive", "go", "come", "head", "return", "spend", "stop", "walk"}
_JOURNEY = {"travel", "fly", "journey"}
_VISIT_WORDS = {"visit", "inspect", "inspection", "tour", "research", "investigate",
                "investigation", "survey", "trip", "study", "fact-finding"}
# "carried out an inspection tour in Wuxi": the place hangs on the support verb.
_SUPPORT = {"carry", "conduct", "make", "pay", "undertake", "begin", "start"}
_DESTINATION_PREPS = {"to", "in", "at", "into"}  # "went deep into X for research"
_PLACING = {"locate", "base", "situate"}


def destinations(ctx: DocContext, verb: Token) -> list[int]:
    out: list[int] = []
    # "conducted an investigation in Wuxi": the place may hang on the visit noun
    visit_nouns = [c for c in verb.children if c.dep_ == "dobj"
                   and c.lemma_.lower() in _VISIT_WORDS]
    for child in [*verb.children, *(g for n in visit_nouns for g in n.children)]:
        if child.dep_ == "prep" and child.lower_ in _DESTINATION_PREPS:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            tokens = [t for o in objs for t in [o, *o.conjuncts]]
            # "to the cities of A and B, located in C": C only places them
            subtree = [t for o in tokens for t in o.subtree if not any(
                a.lemma_.lower() in _PLACING and a.i > o.i for a in t.ancestors)]
            for idx in mentions_in(ctx, subtree, VISIT_TARGETS):
                if idx not in out and not country_of_place(ctx, idx):
                    out.append(idx)
    return out



# "came to X to learn about ...": the purpose makes the trip a visit
_PURPOSES = {"learn", "see", "observe", "inspect", "investigate", "study", "survey", "tour"}
# "spent two days in Oslo"
_STAY_TIMES = {"day", "days", "week", "weeks", "hour", "hours", "night", "nights"}


def _says_visit(sent: Span, verb: Token) -> bool:
    if verb.lemma_.lower() == "spend":
        return any(c.dep_ == "dobj" and c.lower_ in _STAY_TIMES for c in verb.children)
    if verb.lemma_.lower() == "return" and any(t.lower_ == "after" for t in sent):
        return False  # "returned to Xi'an after a visit to Kazakhstan": home, not a visit
    return any(t.lemma_.lower() in _VISIT_WORDS for t in sent if t.i != verb.i) or any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _PURPOSES for c in verb.children)


def _mission_moves(verb: Token) -> bool:
    """ "Li Ming's delegation arrived in Oslo": a delegation's or mission's going is a visit."""
    return any(t.lemma_.lower() in ("delegation", "mission") for subj, is_object
               in subject_tokens(verb) if not is_object for t in subj.subtree)


@relation_rule("visit-travel")
def travel_visits(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers(_MOVE | _JOURNEY | _SUPPORT, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        lemma = verb.lemma_.lower()
        stated = _says_visit(sent, verb) or _mission_moves(verb)  # a visit, whoever goes
        if lemma in _SUPPORT:
            # the support verb's object must be the visit itself
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in _VISIT_WORDS | {"tour"}
                       for c in verb.children):
                continue
        elif lemma in _MOVE and not stated and not _arrived_in(verb):
            continue
        places = destinations(ctx, verb)
        if lemma in _MOVE:
            # "arrived at Kunming International Airport": where the journey ends, not a visit
            places = [p for p in places if not journey_end(ctx, p)]
        if not places:
            continue
        agent, conf = agent_of(ctx, verb, PEOPLE)
        if agent is None:
            continue
        for person in with_conjuncts(ctx, agent, PEOPLE):  # "A and B visited X"
            for place in places:
                # "arrived in X" alone: a visit unless X is the person's own place
                if stated or not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "visit-travel", min(conf, 0.6))


def _arrived_in(verb: Token) -> bool:
    """ "B arrived in Chongqing", "B, who arrived in Xiamen on Monday": a guest's coming."""
    return verb.lemma_.lower() == "arrive" and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


_COMPANY_OBJECTS = {"visit", "delegation", "trip", "tour", "him", "her", "them", "inspection"}


@relation_rule("visit-accompany")
def accompanied_visits(ctx: DocContext) -> None:
    """ "Vice Mayor Jin Guowei accompanied the visit": whoever accompanies the document's
    visit (or its one visitor) visits what that visitor visited."""
    for sent, verb in ctx.triggers({"accompany"}, {"VERB"}):
        people = [i for c in verb.children if c.dep_ == "nsubj"
                  for i in mentions_in(ctx, c.subtree, PEOPLE)]
        if not people:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        named = [i for o in objs for i in mentions_in(ctx, o.subtree, PEOPLE)]
        visitors = {h.subj for h in ctx.hits if h.pred == "visited"} - set(people)
        if named:
            leader_names = {ctx.found[named[0]].text}
        elif objs and (objs[0].lemma_.lower() in _COMPANY_OBJECTS
                      or objs[0].lower_ in _COMPANY_OBJECTS):  # "him": lemma "he"
            leader_names = {ctx.found[v].cand.refers_to or ctx.found[v].text for v in visitors}
        else:
            continue
        if len(leader_names) != 1:
            continue  # whose visit is unclear
        targets = {h.obj for h in ctx.hits if h.pred == "visited"
                   and (ctx.found[h.subj].cand.refers_to or ctx.found[h.subj].text)
                   in leader_names}
        for person in people:
            for target in sorted(targets):
                if not at_home(ctx, person, target):  # the host who shows guests his city
                    ctx.add(person, "visited", target, sent, "visit-accompany", 0.55)


_TRIP_NOUNS = {"visit", "trip", "mission", "tour", "journey"}
@relation_rule("visit-on-trip")
def on_a_trip(ctx: DocContext) -> None:
    """ "A, who is on a four-day official visit to X", "A eyed investment during his visit
    to X", "A is on a trade mission to X and Y": the one on the trip visits its places."""
    for sent, noun in ctx.triggers(_TRIP_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun):
            continue
        places = [i for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                  for i in mentions_in(ctx, c.subtree, VISIT_TARGETS)
                  if word_before(ctx, i) != "of"]  # "to Cusco, capital of X": not X
        if not places:
            continue
        owner = trip_owner(ctx, noun)
        if owner is None:
            continue
        for place in places:
            ctx.add(owner, "visited", place, sent, "visit-on-trip", 0.6)


# "X led a trade mission to Y", "X brought a delegation of companies to Y": the leader goes.
_MISSION_NOUNS = {"mission", "delegation", "team", "group"}  # "led a team to X"
_LEAD_VERBS = {"lead", "head", "bring", "take"}


def _mission_leads(ctx: DocContext) -> list[tuple[Span, int, float, list[int]]]:
    """(sentence, leader, confidence, destinations) of each mission or delegation someone
    leads or brings: "X led a trade mission to Y", "a delegation to Y led by X"."""
    out: list[tuple[Span, int, float, list[int]]] = []
    for sent, verb in ctx.triggers(_LEAD_VERBS, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        missions = [c for c in verb.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in _MISSION_NOUNS]
        led_by: list[int] = []
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _MISSION_NOUNS:
            # "a trade mission to Japan led by X"
            missions = [verb.head]
            led_by = [i for c in verb.children if c.dep_ == "agent"
                      for i in mentions_in(ctx, c.subtree, PEOPLE)]
        if not missions:
            continue
        # "to Y" on the verb, on the mission, or after its members ("of companies to Y")
        preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        preps += [t for m in missions for t in m.subtree if t.dep_ == "prep" and t.lower_ == "to"]
        places = [i for c in preps for i in mentions_in(ctx, c.subtree, VISIT_TARGETS)
                  if word_before(ctx, i) != "of"]
        agent, conf = (led_by[0], 0.6) if len(led_by) == 1 else (
            agent_of(ctx, verb, PEOPLE) if not led_by else (None, 0.0))
        if agent is not None:
            out.append((sent, agent, conf, list(dict.fromkeys(places))))
    return out


@relation_rule("visit-mission")
def led_missions(ctx: DocContext) -> None:
    """ "X led a trade mission to Y"; then "the mission visited A, B and C": with one leader in
    the document, what the mission (or delegation) visits, its leader visits."""
    leads = _mission_leads(ctx)
    for sent, agent, conf, places in leads:
        for place in places:
            ctx.add(agent, "visited", place, sent, "visit-mission", min(conf, 0.6))
    sure = {ctx.found[a].cand.refers_to or ctx.found[a].text: a for _, a, c, _ in leads
            if c >= 0.6}
    if len(sure) != 1:
        return
    group_visits(ctx, next(iter(sure.values())), {"visit", "tour", "inspect"},
                 lambda t: t.lemma_.lower() in _MISSION_NOUNS, "visit-mission")


_TRIP_OBJECTS = {"visit", "trip", "mission", "tour", "inspection", "stay"}


def _on_a_trip(verb: Token, preps: list[Token]) -> bool:
    """ "is in X on a trade mission", "for a visit", "for about two weeks", "to seek
    investment", "working on agreements" (a stay with a purpose; not "was in X when ...")."""
    objs = [g for p in preps if p.lower_ in ("on", "for") for g in p.children
            if g.dep_ == "pobj"]
    # (not "for the signing of the agreement": there for an act, not on a trip)
    if any(g.lemma_.lower() in _TRIP_OBJECTS or g.lower_ in _STAY_TIMES for g in objs):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and not any(
        a.dep_ == "mark" for a in c.children) and (c.tag_ == "VBG" or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in verb.children)


@relation_rule("visit-stay")
def stays(ctx: DocContext) -> None:
    """ "Premier Mark Cole is in China this week on a trade mission", "Li was in Oslo for a
    three-day visit", "A, his deputy B and C are in China to seek investment": being somewhere
    on a trip is visiting it, for everyone the subject names."""
    for sent, verb in ctx.triggers({"be"}, {"AUX", "VERB"}):
        preps = [c for c in verb.children if c.dep_ == "prep"]
        if in_quote(ctx, verb) or not _on_a_trip(verb, preps):
            continue
        places = [i for p in preps if p.lower_ == "in" for g in p.children if g.dep_ == "pobj"
                  for i in mentions_in(ctx, [g, *g.conjuncts], PLACE_CLASSES)]
        if not places:
            continue
        # the parser may split a list of subjects ("A, his deputy B and C are ...")
        people = [i for c in verb.children if c.dep_ == "nsubj"
                  for i in mentions_in(ctx, c.subtree, PEOPLE)]
        if not people:
            agent, _ = agent_of(ctx, verb, PEOPLE)
            people = [] if agent is None else [agent]
        for person in people:
            for place in places:
                if not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "visit-stay", 0.55)


@relation_rule("visit-passive")
def visited_by(ctx: DocContext) -> None:
    """ "Hanfeng Motors in Xiamen was visited by Governor Li Ming": the agent visits the
    passive's subject."""
    for sent, verb in ctx.triggers({"visit", "inspect", "tour"}, {"VERB"}):
        if in_quote(ctx, verb) or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        people = [i for c in verb.children if c.dep_ == "agent"
                  for i in mentions_in(ctx, c.subtree, PEOPLE)]
        sites = [i for c in verb.children if c.dep_ == "nsubjpass"
                 for i in mentions_in(ctx, [c, *c.conjuncts], VISIT_TARGETS)]
        for person in people:
            for site in sites:
                if not at_home(ctx, person, site):
                    ctx.add(person, "visited", site, sent, "visit-passive", 0.6)


# "The five-day visit took the delegation to A, B and C": the trip is the subject, the
# travellers the object, the stops after "to".
_TAKEN_BY = {"visit", "trip", "tour", "journey", "itinerary", "mission"}
_PARTY = {"delegation", "delegate", "member", "group", "guest", "visitor", "they", "them"}


@relation_rule("visit-took")
def trip_took_visits(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers({"take", "bring"}, {"VERB"}):
        if in_quote(ctx, verb) or not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _TAKEN_BY for c in verb.children):
            continue
        places = destinations(ctx, verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not places or not objects:
            continue
        travellers = mentions_in(ctx, [t for o in objects for t in o.subtree], PEOPLE)
        if not travellers and any(t.lemma_.lower() in _PARTY or t.lower_ in _PARTY
                                  for o in objects for t in o.subtree):
            travellers = delegation_leaders(ctx)
            if not travellers:
                visitor = one_visitor(ctx)
                travellers = [] if visitor is None else [visitor]
        for person in travellers:
            for place in places:
                if not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "visit-took", 0.6)


_ON_ARRIVAL = {"upon", "on", "after", "following", "since"}


@relation_rule("visit-arrival")
def arrival_visits(ctx: DocContext) -> None:
    """ "Upon his arrival in Chongqing, the Prime Minister met ...": the one who arrives (his
    clause's subject, or the possessor named) visited the place (not an airport or a station:
    where a journey ends)."""
    for sent, noun in ctx.triggers({"arrival"}, {"NOUN"}):
        lead = noun.head
        if noun.dep_ != "pobj" or lead.lower_ not in _ON_ARRIVAL or in_quote(ctx, noun):
            continue
        places = [i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for i in mentions_in(ctx, c.subtree, PLACE_CLASSES)
                  if not journey_end(ctx, i)]
        if not places:
            continue
        owner = next((ctx.mention_at(c) for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and ctx.found[owner].cls not in PEOPLE:
            continue
        if owner is None:
            owner = agent_of(ctx, lead.head, PEOPLE)[0]
        if owner is None:
            continue
        for person in with_conjuncts(ctx, owner, PEOPLE):
            ctx.add(person, "visited", places[0], sent, "visit-arrival", 0.6)


@relation_rule("visit-welcome")
def welcomed_to(ctx: DocContext) -> None:
    """ "Governor Li Ming welcomed Karl Olsen to Xiamen", "Olsen was welcomed to Xiamen": the
    guest welcomed to a place is visiting it (the host's meeting is read in meetings.py)."""
    for sent, verb in ctx.triggers({"welcome"}, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
        guests = [c for c in verb.children if c.dep_ == dep]
        # "to X" hangs on the verb or, in a long name, on the guest
        tos = [c for n in [verb, *guests] for c in n.children
               if c.dep_ == "prep" and c.lower_ == "to"]
        # the place itself and the places listed with it, not "Xiamen, Fujian province"
        places = [i for c in tos for g in c.children if g.dep_ == "pobj"
                  for i in mentions_in(ctx, [g, *g.conjuncts], PLACE_CLASSES)
                  if not journey_end(ctx, i)]
        people = mentions_in(ctx, [t for g in guests for t in [g, *g.conjuncts]], PEOPLE)
        for person in people:
            for place in places:
                if not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "visit-welcome", 0.6)
