"""The stops of a trip: "In Munich, Chen met with ...", "During his stay in Oslo, ...", "Chen
met with B in Budapest"; and what "it" or "they" (the delegation) visited ("travelled to
Bergen, where it visited A and B", "they paid visits to A and B").

A place a person is said to be in is a place they visited only when the document tells of
their trip (they visited somewhere, or led the delegation) and the place is not their own
(not where they serve, nor inside it): the governor who meets a guest in his own capital did
not visit it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, agent_of, dateline, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, RelationHit, mentions_in
from kg.extract.grammar import relation_rule, targets_of
from kg.extract.leaders import delegation_leader, same_person
from kg.extract.lexicon import GROUP_NOUNS
from kg.extract.people.homes import at_home
from kg.extract.relations import VISIT_TARGETS

_PLACES = {"City", "Province", "Country", "Region"}
# "during his stay in Oslo", "on a stopover in Dubai"
_STAY_NOUNS = {"stay", "stopover", "stop", "sojourn"}
# Verbs of a meeting: "met with B in Budapest" says where the meeting (and the guest) was.
_MEETING_VERBS = {"meet", "talk", "hold", "have", "sign", "attend", "witness", "visit", "tour",
                  "inspect", "receive", "call"}
# "At <company>, A learned / heard / saw ...": the verbs of a visit's stop
_LEARN = {"learn", "see", "observe", "listen", "hear", "watch", "inspect", "tour", "view",
          "check", "visit"}
_SITES = {"Enterprise", "Zone", "Organization"}
_GROUP_PRONOUNS = {"it", "they"}


def _travellers(ctx: DocContext) -> set[str]:
    """The people the document says visited somewhere (before this rule ran)."""
    return {ctx.key(h.subj) for h in ctx.hits if h.pred == "visited"}


def _group_subject(ctx: DocContext, verb: Token) -> bool:
    """Is the subject of ``verb`` the delegation ("the delegation", or "it"/"they" in a
    sentence or after one that speaks of the delegation), with no person named in it?"""
    subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
    if not subjects or mentions_in(ctx, (t for s in subjects for t in s.subtree), PEOPLE):
        return False
    subj = subjects[0]
    if subj.lemma_.lower() in GROUP_NOUNS and subj.pos_ == "NOUN":
        return any(t.lemma_.lower() in ("delegation", "mission") for t in subj.subtree) or (
            subj.lemma_.lower() in ("delegation", "mission"))
    if subj.lower_ not in _GROUP_PRONOUNS:
        return False
    si = ctx.sentence_of(verb)
    near = [t for s in ctx.sents[max(0, si - 1) : si + 1] for t in s]
    return any(t.lemma_.lower() in ("delegation", "mission") for t in near)


def _traveller(ctx: DocContext, verb: Token, leader: int | None) -> int | None:
    """Who does ``verb``: a named person, else the delegation's one leader."""
    if leader is not None and _group_subject(ctx, verb):
        return leader
    subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
    if not subjects:
        return None
    agent, _ = agent_of(ctx, verb, PEOPLE)
    return agent


def _stop_places(ctx: DocContext, verb: Token) -> list[tuple[int, float]]:
    """The places "in" which ``verb`` happens, fronted ("In Munich, A met B") or, for a verb
    of meeting, after it ("A met B in Budapest"), or of a stay ("during his stay in Oslo")."""
    out: list[tuple[int, float]] = []
    subj_at = min((s.i for s, is_object in subject_tokens(verb) if not is_object),
                  default=verb.i)
    # "met B in Budapest": the parser may hang the place on the person met
    met = [g for c in verb.children if c.dep_ == "dobj" and (ctx.mention_at(c) is not None)
           and ctx.found[ctx.mention_at(c)].cls in PEOPLE for g in c.children]
    for prep in [*verb.children, *met]:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("during", "on") and prep.i < verb.i:
            # "During his stay in Oslo, A met B"
            stays = [g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in _STAY_NOUNS]
            for stay in stays:
                out += [(i, 0.6) for c in stay.children if c.dep_ == "prep" and c.lower_ == "in"
                        for i in mentions_in(ctx, c.subtree, _PLACES)]
            continue
        if prep.lower_ == "at" and prep.i < subj_at and verb.lemma_.lower() in _LEARN:
            # "At Hebei Iron Company, A learned about its production"
            out += [(i, 0.55) for g in prep.children if g.dep_ == "pobj"
                    for i in mentions_in(ctx, [g], _SITES)]
            continue
        if prep.lower_ != "in":
            continue
        fronted = prep.i < subj_at and prep.i < verb.i
        if not fronted and verb.lemma_.lower() not in _MEETING_VERBS:
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        for obj in objs:
            idx = ctx.mention_at(obj)
            if idx is not None and ctx.found[idx].cls in _PLACES:
                out.append((idx, 0.6 if fronted else 0.5))
    return out


@relation_rule("visit-stop")
def trip_stops(ctx: DocContext) -> None:
    """ "In Munich, Chen met with B": Chen, on a trip, visited Munich."""
    travellers = _travellers(ctx)
    leader = delegation_leader(ctx) if ctx.has_word(("delegation", "mission")) else None
    if not travellers and leader is None:
        return
    for sent in ctx.sents:
        for verb in ctx.verbs(sent):
            if in_quote(ctx, verb):
                continue
            stops = _stop_places(ctx, verb)
            if not stops:
                continue
            person = _traveller(ctx, verb, leader)
            if person is None or (not same_person(ctx, person, travellers) and (
                    leader is None or ctx.key(person) != ctx.key(leader))):
                continue
            for place, conf in stops:
                if not at_home(ctx, person, place):
                    ctx.add(person, "visited", place, sent, "visit-stop", conf)


@relation_rule("visit-group")
def group_pronoun_visits(ctx: DocContext) -> None:
    """ "The delegation travelled to Bergen, where it visited A and B"; "they paid visits to
    A and B": "it" / "they" is the delegation, whose one leader visits (also when the
    leader is named only as "X, the leader of the delegation")."""
    if not ctx.has_word(("delegation", "mission")):
        return
    leader = delegation_leader(ctx)
    if leader is None:
        return
    for sent, trig in ctx.triggers({"visit", "tour", "inspect"}, {"VERB", "NOUN"}):
        if in_quote(ctx, trig):
            continue
        verb = trig
        if trig.pos_ == "NOUN":
            # "they paid visits to A": the support verb's subject
            if trig.dep_ != "dobj" or trig.head.lemma_.lower() not in ("pay", "make"):
                continue
            verb = trig.head
        if not _group_subject(ctx, verb):
            continue
        for obj in targets_of(ctx, trig, VISIT_TARGETS):
            ctx.add(leader, "visited", obj, sent, "visit-group", 0.55)



# "during his visit here", "arrived here on Monday for a visit"
_HERE_HEADS = {"visit", "trip", "tour", "inspection", "stay", "arrive"}


def _here(ctx: DocContext, tok: Token) -> int | None:
    """The place "here" is: the dateline's, else the last city named before in the text."""
    for idx in range(len(ctx.found)):
        if ctx.found[idx].cls in _PLACES and dateline(ctx, idx):
            return idx
    return ctx.antecedent(tok, "City", window=1500)


@relation_rule("visit-here")
def visits_here(ctx: DocContext) -> None:
    """ "During his visit here, President A praised Xiamen": A visited the place the article
    is written from (its dateline, else the city it named last)."""
    for sent, tok in ctx.triggers({"here"}):
        head = tok.head
        if tok.dep_ != "advmod" or head.lemma_.lower() not in _HERE_HEADS or in_quote(ctx, tok):
            continue
        place = _here(ctx, tok)
        agent, conf = agent_of(ctx, head, PEOPLE)
        if agent is None:
            # the parse of a dateline or a long opening is loose: the sentence's one person
            people = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls in PEOPLE]
            if len({ctx.key(i) for i in people}) == 1:
                agent, conf = people[0], 0.5
        if place is not None and agent is not None and not at_home(ctx, agent, place):
            ctx.add(agent, "visited", place, sent, "visit-here", min(conf, 0.55))


def _own(ctx: DocContext, person: int, target: int) -> bool:
    """Is ``target`` the very place ``person`` serves in, or the body they hold a post in?"""
    who, what = ctx.key(person), ctx.key(target)
    place = ctx.gaz.place(ctx.found[target].text)
    for hit in ctx.hits:
        if hit.pred not in ("servesIn", "holdsPositionIn") or ctx.key(hit.subj) != who:
            continue
        if ctx.key(hit.obj) == what:
            return True
        served = ctx.gaz.place(ctx.found[hit.obj].text)
        if place is not None and served is not None and served.name == place.name:
            return True
    return False


def drop_own_posts(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """ "paid a courtesy visit to Li Ming, Governor of Hebei Province": whoever a rule read as
    visiting, the Governor of Hebei does not visit Hebei, nor the committee he sits on (run
    on the finished statements, kg.extract.finish)."""
    return [h for h in hits if h.pred != "visited" or not _own(ctx, h.subj, h.obj)]


def _visiting(ctx: DocContext, idx: int) -> bool:
    """ "the visiting Norwegian Minister Karl Olsen": the word "visiting" before the name."""
    doc, start = ctx.doc, ctx.found[idx].span.start
    before = doc[max(0, start - 4) : start]
    at = [t.i for t in before if t.lower_ == "visiting" and t.dep_ in ("amod", "compound")]
    return bool(at) and not any(t.is_punct for t in before if t.i > at[-1])


@relation_rule("visit-visiting")
def visiting_guests(ctx: DocContext) -> None:
    """ "Li Ming met with the visiting Minister Karl Olsen in Shijiazhuang": the visiting guest
    visited the place of the meeting."""
    for sent in ctx.sents:
        guests = [i for i in ctx.in_sentence(sent)
                  if ctx.found[i].cls in PEOPLE and _visiting(ctx, i)]
        if not guests:
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS:
                continue
            # "in <place>" on the verb, its meeting noun ("held talks ... in X") or the guest
            anchors = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"} | {
                ctx.found[g].span.root.i for g in guests}
            places = [i for t in sent if t.dep_ == "prep" and t.lower_ == "in"
                      and t.head.i in anchors for g in t.children if g.dep_ == "pobj"
                      for i in mentions_in(ctx, [g], _PLACES)]
            for place in places:
                for guest in guests:
                    if not at_home(ctx, guest, place):
                        ctx.add(guest, "visited", place, sent, "visit-visiting", 0.5)
