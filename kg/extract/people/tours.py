"""The touring party and the stops of its tour. A document that tells of a trip names its
party once ("X led a delegation to ...", "a team headed by X and Y", "X is accompanied by A
and B") and then tells the stops with the party as subject, in any of the genre's ways:
"the delegates visited A, B and C, as well as D", "they paid a field visit to E", "the group
went to F", "At G, he learned about ...", "they learned about ... at H", "the research group
conducted field surveys in I and J", "during their stay in K".

ANNOTATION.md: each named site of a tour is visited, by every member of the touring party;
a member's own city is no visit (kg/extract/people/homes.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, agent_of, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import country_of_place, relation_rule, targets_of, with_conjuncts
from kg.extract.leaders import same_person
from kg.extract.lexicon import GROUP_NOUNS
from kg.extract.people.homes import at_home, journey_end
from kg.extract.people.partylists import named_in_group, part_of
from kg.extract.relations import VISIT_TARGETS

# Words for the travelling party as a subject: "the delegation", "the Wudang delegates"
_PARTY_NOUNS = GROUP_NOUNS | {"delegate", "visitor", "member", "guest"}
# Verbs whose object is a stop: "visited A", "toured B", "inspected C"
_VISIT_VERBS = {"visit", "tour", "inspect", "investigate", "survey", "research"}
# A stop as the noun of a support verb: "paid a field visit to A", "conducted surveys in B"
_STOP_NOUNS = {"visit", "tour", "inspection", "investigation", "survey", "research", "trip",
               "stay", "stop", "stopover", "study"}
_SUPPORT_VERBS = {"pay", "make", "conduct", "carry", "undertake", "begin", "start"}
# Going to a stop: "went to A", "came to B", "arrived at C"
_GOING_VERBS = {"go", "come", "arrive", "head", "travel", "proceed", "move"}
_GOING_PREPS = {"to", "at", "in", "into"}
# What the party does at a stop: "At A, they learned about ...", "learned about X at B"
_AT_VERBS = {"learn", "see", "observe", "hear", "listen", "watch", "view", "check",
             "familiarize", "familiarise", "understand", "inspect", "tour", "visit", "study"}
_SITES = {"Enterprise", "Zone", "Organization", "GovernmentBody"}
_LEAD_VERBS = {"lead", "head"}
# rules that send people after someone else: not who the trip is of
_FOLLOWING = {"visit-accompany", "visit-companions"}
_STOP_WORDS = {"stop", "stopover", "destination"}
_OWN_GROUPS = {"delegation", "mission", "entourage"}
# "followed by a tour of A", "a visit to B" in a clause the party acts in
_TOUR_NOUNS = {"tour", "visit", "inspection"}


def _leaders(ctx: DocContext) -> list[int]:
    """Who leads the document's travelling group: "X led a delegation (team, group) to Y",
    "a delegation headed by X and Y"; nobody when two groups have different leaders."""
    out: list[int] = []
    groups: list[set[str]] = []
    for _, verb in ctx.triggers(_LEAD_VERBS, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        people: list[int] = []
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in GROUP_NOUNS:
            people = [i for c in verb.children if c.dep_ == "agent"
                      for i in mentions_in(ctx, c.subtree, PEOPLE)]
        elif any(c.dep_ == "dobj" and c.lemma_.lower() in GROUP_NOUNS for c in verb.children):
            agent, _ = agent_of(ctx, verb, PEOPLE)
            people = with_conjuncts(ctx, agent, PEOPLE) if agent is not None else []
        out += [i for i in people if i not in out]
        if people:
            groups.append({_short(ctx.key(i)) for i in people})
    for _, noun in ctx.triggers(GROUP_NOUNS, {"NOUN"}):
        # "X and his delegation arrived", "X's delegation will meet ..."
        owner = None
        if noun.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                       for c in noun.children):
            owner = ctx.mention_at(noun.head)
        poss = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if poss:
            owner = ctx.mention_at(poss[0])
        if owner is not None and ctx.found[owner].cls in PEOPLE and not in_quote(ctx, noun):
            out += [owner] if owner not in out else []
            groups.append({_short(ctx.key(owner))})
    return out if all(g == groups[0] for g in groups) else []


def _escorted(ctx: DocContext) -> list[int]:
    """ "A, accompanied by B, met ...", "A was accompanied by B", "B accompanied A": the one
    person the document says others accompany (nobody when it names two); "B accompanied the
    delegation": B."""
    out: list[int] = []
    for _, verb in ctx.triggers({"accompany"}, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        if not any(c.dep_ == "agent" for c in verb.children):
            # "B and C accompanied D": D; "B accompanied the delegation": B (and C) make it
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            whom = mentions_in(ctx, (t for o in objs for t in o.subtree), PEOPLE)[:1]
            if not whom and any(o.lemma_.lower() in _TRIP_WORDS for o in objs):
                whom = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubj"
                                         for t in c.subtree), PEOPLE)[:1]
        elif verb.dep_ == "acl":
            whom = [i for i in (ctx.mention_at(verb.head),) if i is not None]
        else:
            whom = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubjpass"
                                     for t in c.subtree), PEOPLE)[:1]
        out += [i for i in whom if ctx.found[i].cls in PEOPLE]
    return out[:1] if len({_short(ctx.key(i)) for i in out}) == 1 else []


def _short(name: str) -> str:
    """ "Wang Yiou" and "Wang" (the headline's "Secretary Wang") as one leader; "Mike Foley"
    and "Foley"."""
    words = name.split()
    return words[0] if len(words) > 1 and len(words[0]) <= 4 or len(words) == 1 else words[-1]


_in_party = same_person  # one of the party, by full name or by the surname alone


def _accompanying(ctx: DocContext, party: list[int]) -> list[int]:
    """People who go with the party: "X is accompanied by A and B", "Accompanied by A, X
    toured ...", "X led a mission to Y along with A and B"."""
    keys = {ctx.key(p) for p in party}
    out: list[int] = []
    for _, verb in ctx.triggers({"accompany", "lead", "head"}, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "accompany" and objs and (
                objs[0].lower_ in ("him", "her", "them") or objs[0].lemma_.lower() in _TRIP_WORDS
                or _is_party(ctx, objs, keys)):
            # "A accompanied him / the inspection / the delegation / Li Ming"
            out += [i for c in verb.children if c.dep_ == "nsubj"
                    for i in mentions_in(ctx, c.subtree, PEOPLE)
                    if not _in_party(ctx, i, keys) and i not in out]
            continue
        if verb.lemma_.lower() == "accompany":
            preps = [c for c in verb.children if c.dep_ == "agent"]
            # whom: the passive's subject, or the subject of the clause it opens
            whom = [c for c in verb.children if c.dep_ == "nsubjpass"]
            head = ctx.mention_at(verb.head)
            if not whom and verb.dep_ == "acl" and head is not None and _in_party(ctx, head, keys):
                whom = [verb.head]  # "Li Ming, accompanied by A, inspected ..."
            if not whom and verb.dep_ == "advcl":  # "Accompanied by A, he toured ..."
                whom = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            preps = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "along"
                     for g in c.children if g.lower_ == "with"]
            whom = [c for c in verb.children if c.dep_ == "nsubj"]
        if not preps or not (whom == [verb.head] or _is_party(ctx, whom, keys)):
            continue
        out += [i for p in preps for i in mentions_in(ctx, p.subtree, PEOPLE)
                if not _in_party(ctx, i, keys) and i not in out]
    # "The delegation included A, B and C", "Members of the delegation include A"
    for _, verb in ctx.triggers({"include", "comprise", "consist"}, {"VERB"}):
        subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
        if in_quote(ctx, verb) or not subjects or not any(
                t.lemma_.lower() in _OWN_GROUPS for t in subjects[0].subtree if t.pos_ == "NOUN"):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        out += [i for o in objs for i in mentions_in(ctx, o.subtree, PEOPLE)
                if not _in_party(ctx, i, keys) and i not in out]
    out += [i for i in part_of(ctx, keys) + named_in_group(ctx, keys) if i not in out]
    return out + [i for i in _listed_after(ctx, keys) if i not in out]


_JOINING = {"taking", "participating", "joining", "accompanying"}
_TRIP_WORDS = {"visit", "inspection", "investigation", "tour", "trip", "research", "survey",
               "delegation", "mission"}


def _listed_after(ctx: DocContext, keys: set[str]) -> list[int]:
    """ "Taking part in the inspection were A and B", "Joining Li on the trip were A and B",
    "Also accompanying the delegation was A": the people after "were"."""
    out: list[int] = []
    for sent in ctx.sents:
        words = [t for t in sent if not t.is_punct and t.lower_ != "also"]
        # "Also on the trip are A and B": the trip word comes before "are"
        if not words or words[0].lower_ not in _JOINING | {"on"}:
            continue
        be = next((t for t in words[1:9] if t.lower_ in ("were", "was", "are", "is")), None)
        if be is None or in_quote(ctx, be):
            continue
        between = ctx.doc[words[0].i + 1 : be.i]
        if not (any(t.lemma_.lower() in _TRIP_WORDS for t in between) or any(
                _in_party(ctx, i, keys) for i in mentions_in(ctx, between, PEOPLE))):
            continue
        out += [i for i in mentions_in(ctx, ctx.doc[be.i + 1 : sent.end], PEOPLE)
                if not _in_party(ctx, i, keys)]
    return out


def _is_party(ctx: DocContext, subjects: list[Token], keys: set[str]) -> bool:
    """Is the subject the party: a member by name or as "he"/"she", the group ("the
    delegation", "the Wudang delegates", "Li and his team"), or "they" near the group?"""
    if not subjects:
        return False
    people = mentions_in(ctx, (t for s in subjects for t in s.subtree), PEOPLE)
    if people:
        return all(_in_party(ctx, i, keys) for i in people)
    subj = subjects[0]
    if subj.pos_ == "NOUN":
        # "the delegation", "his team", "delegation members" (not "led delegations to ...":
        # whose is not said)
        return subj.lemma_.lower() in _PARTY_NOUNS and not in_quote(ctx, subj) and any(
            c.dep_ == "poss" or c.lower_ in ("the", "this") or c.dep_ == "compound"
            and c.lemma_.lower() in GROUP_NOUNS for c in subj.children)
    if subj.lower_ in ("he", "she"):
        person = _last_person(ctx, subj)
        return person is not None and _in_party(ctx, person, keys)
    if subj.lower_ == "they":
        si = ctx.sentence_of(subj)
        near = [t for s in ctx.sents[max(0, si - 2) : si + 1] for t in s if t.i < subj.i]
        return any(t.lemma_.lower() in _PARTY_NOUNS and t.pos_ == "NOUN" for t in near) or any(
            _in_party(ctx, i, keys) for i in mentions_in(ctx, near, PEOPLE))
    return False


def _last_person(ctx: DocContext, token: Token) -> int | None:
    """The person named last before ``token`` in its paragraph: whom "he" stands for."""
    para = ctx.text.rfind("\n", 0, token.idx) + 1
    before = [i for i, f in enumerate(ctx.found) if f.cls in PEOPLE
              and para <= f.cand.start and f.span.end <= token.i]
    return max(before, key=lambda i: ctx.found[i].cand.start, default=None)


def _party_acts(ctx: DocContext, verb: Token, keys: set[str]) -> bool:
    pairs = subject_tokens(verb)
    if not pairs and verb.dep_ == "advcl":  # "Arriving at A, the group learned ..."
        pairs = [(c, False) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.pos_ == "NOUN" and (not pairs or pairs[0][0].i == verb.i):
        # "A said that the visit to B was ...": the speaker's visit
        speech = next((a for a in verb.ancestors if a.dep_ == "ccomp"), None)
        if speech is not None:
            pairs = [(c, False) for c in speech.head.children if c.dep_ == "nsubj"]
    if not pairs and verb.pos_ == "NOUN":  # "The group met B, followed by a tour of A"
        pairs = [(c, False) for c in verb.sent.root.children if c.dep_ == "nsubj"]
    if not pairs or pairs[0][1]:
        return False  # "invited enterprises to visit the district": the object goes
    return _is_party(ctx, [s for s, _ in pairs], keys)


def _stop_named(ctx: DocContext, verb: Token, keys: set[str]) -> list[int]:
    """ "Li's first stop was A", "The next stop of the tour was B", "C was the delegation's
    last stop": the name a stop is said to be, when the stop is the party's."""
    if verb.lemma_.lower() != "be":
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    attr = [c for c in verb.children if c.dep_ == "attr"]
    if not subj or not attr:
        return []
    for stop, name in ((subj[0], attr[0]), (attr[0], subj[0])):
        if stop.lemma_.lower() in _STOP_WORDS and ctx.mention_at(name) is not None:
            people = mentions_in(ctx, stop.subtree, PEOPLE)
            if all(_in_party(ctx, i, keys) for i in people):
                return mentions_in(ctx, [ctx.doc[i] for i in range(
                    ctx.found[ctx.mention_at(name)].span.start,
                    ctx.found[ctx.mention_at(name)].span.end)], VISIT_TARGETS)
    return []


def _prep_targets(ctx: DocContext, head: Token, preps: set[str], classes: set[str] | None = None
                  ) -> list[int]:
    tokens = [t for c in head.children if c.dep_ == "prep" and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return mentions_in(ctx, tokens, classes or VISIT_TARGETS)


def _at_sites(ctx: DocContext, prep: Token) -> list[int]:
    """The sites "at" names: its object when that is a name, with the names listed beside
    it ("at A and B"; not "at the invitation of A")."""
    objs = [g for g in prep.children if g.dep_ == "pobj" and ctx.mention_at(g) is not None]
    return mentions_in(ctx, [t for o in objs for t in o.subtree], _SITES)


def _fronted_at(ctx: DocContext, verb: Token) -> list[int]:
    """ "At A and B, the delegation learned about ...": the sites the clause opens with."""
    subj_at = min((s.i for s, _ in subject_tokens(verb)), default=verb.i)
    return [i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
            and prep.i < subj_at for i in _at_sites(ctx, prep)]


def _trailing_at(ctx: DocContext, verb: Token) -> list[int]:
    """ "learned about the route's progress at A": a site after a verb of learning."""
    out: list[int] = []
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "dobj")]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ == "at":
            out += _at_sites(ctx, tok)
        stack += [c for c in tok.children if c.dep_ in ("prep", "pobj", "dobj", "conj")]
    return out


def _stops(ctx: DocContext, verb: Token) -> list[int]:
    lemma = verb.lemma_.lower()
    out: list[int] = []
    if lemma in _VISIT_VERBS:
        out += targets_of(ctx, verb, VISIT_TARGETS)
    if lemma in _GOING_VERBS:
        out += [i for i in _prep_targets(ctx, verb, _GOING_PREPS) if not journey_end(ctx, i)]
    if lemma in _SUPPORT_VERBS:
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lemma_.lower() in _STOP_NOUNS:
                out += targets_of(ctx, noun, VISIT_TARGETS)
    if lemma in _AT_VERBS:
        out += _trailing_at(ctx, verb)
    if verb.pos_ == "NOUN":  # "..., followed by a tour of A"
        out += _prep_targets(ctx, verb, {"of", "to"})
    out += _fronted_at(ctx, verb)
    # "During their stay in A, the delegation toured B": the stay's place
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("during", "on") and prep.i < verb.i:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _STOP_NOUNS:
                    out += _prep_targets(ctx, noun, {"in", "to", "at"})
    return [i for i in dict.fromkeys(out) if ctx.doc[ctx.found[i].span.start - 1].lower_
            != "from" and not country_of_place(ctx, i)]


def tour_party(ctx: DocContext) -> tuple[list[int], int]:
    """The touring party, its leaders first (how many: the second value): the group's
    leaders, else the document's one visitor so far; with whoever accompanies them."""
    party = _leaders(ctx)
    if not party:
        visitors = [h.subj for h in ctx.hits if h.pred == "visited"
                    and h.extractor not in _FOLLOWING]
        # no visit stated yet: the one the document says others accompany
        party = visitors[:1] if visitors else _escorted(ctx)
        if not party or len({_short(ctx.key(v)) for v in visitors}) > 1:
            return [], 0
    return party + _accompanying(ctx, party), len(party)


@relation_rule("visit-party")
def party_stops(ctx: DocContext) -> None:
    """ "Li Ming led a delegation to Oslo. The delegates visited A and B, as well as C": every
    member of the party visits every stop told with the party as subject."""
    party, lead_count = tour_party(ctx)
    if not party:
        return
    keys = {ctx.key(p) for p in party}
    members = list({ctx.key(p): p for p in reversed(party)}.values())
    for sent in ctx.sents:
        for verb in sent:
            if in_quote(ctx, verb) or not (verb.pos_ in ("VERB", "AUX") or verb.pos_ == "NOUN"
                                           and verb.lemma_.lower() in _TOUR_NOUNS):
                continue
            stops = _stop_named(ctx, verb, keys)
            if not stops:
                stops = _stops(ctx, verb)
                if not stops or not _party_acts(ctx, verb, keys):
                    continue
            for place in stops:
                for person in members:
                    if ctx.key(place) != ctx.key(person) and not at_home(ctx, person, place):
                        ctx.add(person, "visited", place, sent, "visit-party", 0.55)
    # whoever goes with the leaders visits what they visited
    leaders = {ctx.key(p) for p in party[:lead_count]}
    for hit in list(ctx.hits):
        if hit.pred != "visited" or not _in_party(ctx, hit.subj, leaders):
            continue
        for person in members:
            if not _in_party(ctx, person, leaders) and not at_home(ctx, person, hit.obj):
                ctx.add(person, "visited", hit.obj, hit.sent, "visit-party", 0.55)
