"""Meetings: "A met (with) B", "held talks with", "received", "hosted", "had a video call
with", "a meeting between A and B", passive "B was received by A" -> ``metWith``.

Only the two sides of the meeting: "A met B, C and D" gives A-B, A-C, A-D; "A and B met C"
gives A-C and B-C; people who "accompanied" are on neither side. A side with no named person
("a delegation from X") is the company, organisation or body it comes from; "the delegation"
with no name is the one delegation leader the document names. Here the sides' head words are
found; meetingsides.py reads who is named on each side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, agent_of, title_antecedent
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.leaders import delegation_leaders, people_named
from kg.extract.lexicon import TITLE_HEADS
from kg.extract.people.meetingguests import group_object, guests_listed_after
from kg.extract.people.meetingsides import (
    BODIES,
    bodies_listed_on,
    coordinated,
    listed_people,
    named_side,
    present_with,
    resolve_side,
)

_SIDES = PEOPLE | BODIES

# Verbs whose object is the other side ("met B", "received B"); "meet" and "talk" also take
# it after "with". Nouns naming a meeting take the other side after "with".
_VERBS = {"meet", "receive", "host", "talk"}
# Verbs that are a meeting only with a person (or a delegation) on the other side: "visited
# Governor B" (a place visited is `visited`), "welcomed B", "called on B".
_PERSON_VERBS = {"visit", "welcome", "greet", "call", "speak", "confer", "converse", "chat"}
_NOUNS = {"meeting", "talk", "talks", "call", "conference", "videoconference", "dialogue",
          "discussion", "consultation", "session"}
# "hosted a banquet for B", "a welcome reception for B"
_HOSTED = {"banquet", "reception", "dinner", "luncheon", "lunch"}
# "a conference with" is a meeting only when it is a video or phone one
_CALL_WORDS = {"video", "phone", "telephone", "online", "virtual"}
# An object that is a group of people stands for the named people or bodies inside it.
_PEOPLE_NOUNS = {
    "delegation", "guest", "executive", "leader", "representative", "official", "member",
    "head", "chairman", "chairwoman", "president", "ceo", "director", "minister", "ambassador",
    "consul", "envoy", "governor", "mayor", "premier", "secretary", "counterpart", "entrepreneur",
    "businessman", "businesspeople", "people", "team", "group", "side", "party", "founder",
    "partner", "investor", "expert", "scholar", "chief", "deputy", "vice", "speaker",
    "chairperson", "ceos", "management", "personage", "politician", "general", "visitor",
    "diplomat", "dignitary", "pm", "manager",
}


def _is_party(ctx: DocContext, head: Token) -> bool:
    """Is ``head`` (an object) a named side or a group of people?"""
    idx = ctx.mention_at(head)
    if idx is not None:
        return ctx.found[idx].cls in _SIDES
    return head.lemma_.lower() in _PEOPLE_NOUNS or head.lower_ in _PEOPLE_NOUNS or (
        head.pos_ == "PRON" and (head.lower_ in ("him", "her", "them") or (
            head.lower_ in ("he", "she") and head.dep_ == "nsubjpass")))


def _person_side(ctx: DocContext, head: Token) -> bool:
    idx = ctx.mention_at(head)
    if idx is not None:
        # "visited Taier": one bare word with no title is as likely a company as a person
        f = ctx.found[idx]
        return f.cls in PEOPLE and (len(f.span) > 1 or bool(f.titles) or bool(f.cand.refers_to))
    if head.pos_ == "PRON":
        return head.lower_ in ("him", "her", "he", "she")
    # "exchanges with the general manager of the group, B": the parser hangs B elsewhere
    return head.lemma_.lower() in ("delegation", "manager") or any(
        ctx.mention_at(t) is not None and ctx.found[ctx.mention_at(t)].cls in PEOPLE  # type: ignore[index]
        for t in head.subtree)


def _passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)


def _with_objects(token: Token) -> list[Token]:
    """ "met with B", "talks between A and B", "a banquet for B", "a courtesy call on B"."""
    lemma = token.lemma_.lower()
    preps = {"with", "between"} | ({"for"} if lemma in _HOSTED else set()) | (
        {"on"} if lemma == "call" else set()) | (
        {"to"} if lemma in ("talk", "visit", "welcome") else set()) | (
        {"from"} if lemma == "visit" and token.head.lemma_ == "receive" else set())
    found = [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    if lemma in _HOSTED:
        # "a banquet in honour of B"
        found += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                  for h in c.children if h.lower_ in ("honor", "honour")
                  for o in h.children if o.dep_ == "prep" and o.lower_ == "of"
                  for g in o.children if g.dep_ == "pobj"]
    if not found and lemma == "call" and any(c.lower_ == "on" and not list(c.children)
                                             for c in token.children):
        # "called on Vice Premier B": the parser hangs B on the verb, not on "on"
        found = [c for c in token.children if c.dep_ in ("xcomp", "dobj", "oprd", "npadvmod")
                 and c.i > token.i]
    return found


def _dobj(token: Token) -> list[Token]:
    """The direct object; in a headline the parser may leave it loose ("meets ambassador");
    "welcomed the arrival of B": B."""
    out = [c for c in token.children if c.dep_ == "dobj" or (
        c.dep_ == "dep" and c.i > token.i and c.pos_ == "NOUN" and c.lower_ in TITLE_HEADS)]
    return [g for c in out for g in (_of_object(c) if c.lemma_.lower() in _COMING else [c])]


# "welcomed the arrival of B", "welcomed the visit of B": B is welcomed
_COMING = {"arrival", "coming", "visit"}


def _of_object(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"] or [noun]


def _objects(ctx: DocContext, trig: Token) -> list[Token]:
    """The other side's head tokens: direct object, "with" object, or (for a meeting noun)
    the "with" object of the noun or of the verb that governs it ("held talks with B")."""
    heads: list[Token] = []
    if trig.pos_ == "VERB":
        if _passive(trig):
            heads = [c for c in trig.children if c.dep_ == "nsubjpass"]
            if heads and heads[0].lower_ in ("who", "that") and trig.dep_ == "relcl":
                heads = [trig.head]  # "Karl Olsen, who was received by Li Ming, said"
        elif trig.lemma_.lower() == "exchange":  # "exchanged views with B"
            heads = [g for d in [trig, *_dobj(trig)] for g in _with_objects(d)]
        else:
            heads = _dobj(trig) + _with_objects(trig)
            if not heads:
                # "welcomed and worked with the delegation": the object of the verb joined on
                heads = [g for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and not _dobj(c) for g in _with_objects(c)]
            if not heads:
                # "met with and feted B", "met and discussed X with B": the verb joined
                # right on shares its other side
                heads = [g for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and all(t.lower_ in ("with", "and") for t in trig.doc[trig.i + 1:c.i])
                         for g in _dobj(c) + _with_objects(c)]
    else:
        heads = _with_objects(trig)
        if not heads and trig.lemma_.lower() == "exchange":
            # "an exchange of views with B": "with" hangs on "views"
            heads = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"
                     for v in c.children for g in _with_objects(v)]
        if not heads and trig.dep_ in ("dobj", "attr") and trig.head.pos_ in ("VERB", "AUX"):
            heads = _with_objects(trig.head)
            if not heads and trig.lemma_.lower() in _NOUNS:
                # "held talks and attended a signing ceremony with C": the verb joined on
                # right after names the other side of the talks too
                heads = [g for c in trig.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and c.i > trig.i
                         for g in [*_with_objects(c), *(w for d in _dobj(c)
                                                        for w in _with_objects(d))]]
            if not heads and trig.lemma_.lower() == "welcome":
                # "extended a warm welcome to B": "to B" hangs on the verb
                heads = [g for c in trig.head.children if c.dep_ in ("prep", "dative")
                         and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if not heads and trig.lemma_.lower() in _HOSTED:
                # "held a banquet for B": the parser hangs "for B" on the verb
                heads = [g for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pobj"]
    heads = [h for h in heads if _is_party(ctx, h)]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _agents(ctx: DocContext, trig: Token) -> list[Token]:
    """The side doing the meeting: the subject (or, passive, the "by" agent) of the trigger
    or of the verb governing the meeting noun; "his meeting with B": the possessor."""
    node = trig
    for _ in range(4):
        if node.pos_ == "VERB" or node.pos_ == "AUX":
            if _passive(node):
                return [g for c in node.children if c.dep_ == "agent"
                        for g in c.children if g.dep_ == "pobj"]
            subj = [c for c in node.children if c.dep_ in ("nsubj",)]
            if subj and subj[0].lower_ in ("who", "that") and node.dep_ == "relcl":
                return [node.head]  # "Karl Olsen, who met Li Ming, said"
            if subj:
                return subj
        else:
            # "his meeting with B" before the subject: the subject it points to
            poss = [c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if poss:
                return poss
        if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "conj", "advcl", "pcomp", "attr"):
            break
        node = node.head
    return []


def _add_pairs(ctx: DocContext, left: list[int], right: list[int], sent: Span) -> None:
    seen: set[frozenset[str]] = set()
    for a in left:
        for b in right:
            if ctx.key(a) == ctx.key(b):
                continue
            if ctx.found[a].cls not in PEOPLE:
                a, b = b, a
            if ctx.found[a].cls not in PEOPLE:
                continue  # two bodies: no metWith
            pair = frozenset((ctx.key(a), ctx.key(b)))
            if pair in seen:
                continue
            seen.add(pair)
            ctx.add(a, "metWith", b, sent, "meet", 0.7)


# nouns that are a meeting when someone "had" or "held" one with a person
_HAD_WITH = {"conversation", "exchange", "audience"}


def _trigger(trig: Token) -> bool:
    """Does this word name a meeting? ("met", "talks", "a video call"; not "a conference")."""
    lemma = trig.lemma_.lower()
    if trig.pos_ == "VERB":
        return lemma in _VERBS or lemma in _PERSON_VERBS or lemma == "exchange"
    if lemma in _HAD_WITH and trig.head.lemma_.lower() in ("have", "hold", "conduct") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return True  # "had a conversation / an exchange / an audience with B"
    if lemma in ("conference", "conversation"):
        return any(c.lower_ in _CALL_WORDS for c in trig.children if c.i < trig.i)
    if lemma == "exchange":  # "had an exchange of views"
        return _of_views(trig)
    return lemma in _NOUNS or lemma in _HOSTED or lemma in ("meet", "visit", "welcome")


def _of_views(trig: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lemma_.lower() in ("view", "idea", "opinion") for g in c.children)
        for c in trig.children)


def _reciprocal(ctx: DocContext, trig: Token, agents: list[Token], sent: Span) -> None:
    """ "A and B met in Oslo", "A and B held talks": the two people of the subject."""
    if trig.lemma_.lower() not in ("meet", "talk", "meeting", "exchange", "discussion"):
        return
    if trig.lemma_.lower() == "exchange" and not any(  # "A and B exchanged views"
            c.dep_ == "dobj" and c.lemma_.lower() in ("view", "idea", "opinion")
            for c in trig.children) and not _of_views(trig):
        return
    if trig.pos_ != "VERB" and trig.head.lemma_.lower() not in ("hold", "have", "conduct") and (
            not any(c.dep_ == "poss" and c.lower_ == "their" for c in trig.children)
            or any(c.dep_ in ("compound", "amod", "nummod") for c in trig.children)):
        # "attended the meeting" is no meeting between the attendants ("A and B signed the
        # deal after their talks" is one; "their annual meeting" is a body's)
        return
    if any(_with_objects(c) or _with_objects(g) for c in trig.conjuncts for g in c.children):
        return  # "A and B met and exchanged views with C": C is the other side
    people = named_side(ctx, coordinated(ctx, agents), trig)
    if len(people) == 2 and all(ctx.found[i].cls in PEOPLE for i in people):
        _add_pairs(ctx, people[:1], people[1:], sent)


def _attended_by(ctx: DocContext, trig: Token, sent: Span) -> None:
    """ "The meeting was attended by Governor A and B, President of X, and officials": the two
    people named as attending a meeting met (with more, who met whom is not said)."""
    verb = trig.head
    if not (trig.dep_ == "nsubjpass" and verb.lemma_.lower() == "attend"):
        return
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:
        return
    # the parse of a list of people with their posts is too loose to follow: all named after
    people = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls in PEOPLE
              and ctx.found[i].span.start > by.i]
    if len({ctx.key(i) for i in people}) == 2:
        _add_pairs(ctx, people[:1], people[1:], sent)


# Words of the sentence before that make "at the meeting" the meeting it told of.
_CUES = {"visit", "delegation", "meet", "talk", "talks", "lead", "head", "arrive", "receive",
         "welcome", "host", "meeting"}


def _scene_meeting(ctx: DocContext, trig: Token, agents: list[Token], sent: Span) -> None:
    """ "Lars Berg led a delegation to Jinan. At the meeting, Li Ming said ...": the speaker
    met the one person the sentence before names (the visit or meeting it told of)."""
    if not (trig.pos_ == "NOUN" and trig.lemma_.lower() in ("meeting", "talk", "talks")
            and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during")
            and any(c.lower_ == "the" for c in trig.children)
            and not any(c.dep_ == "prep" for c in trig.children)):
        return
    si = ctx.sentence_of(trig)
    if si == 0 or not any(t.lemma_.lower() in _CUES for t in ctx.sents[si - 1]):
        return
    left = named_side(ctx, coordinated(ctx, agents), trig, agent=True)
    left = [i for i in left if ctx.found[i].cls in PEOPLE]
    if len(left) != 1:
        return
    prev = [i for i in ctx.in_sentence(ctx.sents[si - 1]) if ctx.found[i].cls in PEOPLE]
    names = {ctx.key(i) for i in prev}
    # the speaker named before is on the side the sentence before told of
    if len(names) == 1 and ctx.key(left[0]) not in names:
        _add_pairs(ctx, left, prev[:1], sent)


@relation_rule("meet")
def meetings(ctx: DocContext) -> None:
    leaders: list[int] = []
    looked = False
    lemmas = _VERBS | _NOUNS | _HOSTED | _PERSON_VERBS | _HAD_WITH
    for sent, trig in ctx.triggers(lemmas, {"VERB", "NOUN", "PROPN"}):
        if not _trigger(trig) or in_quote(ctx, trig):
            continue
        objects = _objects(ctx, trig)
        if trig.lemma_.lower() in _PERSON_VERBS | _HAD_WITH:
            # "visited Governor B", "a courtesy visit to B": a meeting only with a person
            objects = [o for o in objects if _person_side(ctx, o)]
        if not looked and (any(t.lower_ in ("delegation", "they") for t in sent)):
            leaders, looked = delegation_leaders(ctx), True
        agents = _agents(ctx, trig)
        if not objects and (trig.lemma_.lower() == "exchange"
                            or not _with_objects(trig) and not _dobj(trig)):
            _reciprocal(ctx, trig, agents, sent)
            _scene_meeting(ctx, trig, agents, sent)
            _attended_by(ctx, trig, sent)
            continue
        right = resolve_side(ctx, objects, trig, leaders)
        right += bodies_listed_on(ctx, right)
        if objects and not _passive(trig):
            # the parse of a list of people with their posts is too loose to follow
            listed = [i for i in listed_people(ctx, trig, sent) if i not in right
                      # "..., with B attending the meeting": B is present, not met
                      and not present_with(ctx.found[i].span.root, trig)]
            if listed and not any(ctx.found[r].cls in PEOPLE for r in right):
                right = listed
            elif listed:
                right += listed
        if not right and not group_object(objects):
            continue
        names = people_named(ctx, right) if any(
            c.lower_ == "between" for c in trig.children) else set()
        if len(names) == 2:
            # "a meeting between A and B" (the subject of "In a meeting between A and B, A
            # said" is one of the two)
            two = [next(i for i in right if ctx.key(i) == n) for n in sorted(names)]
            _add_pairs(ctx, two[:1], two[1:], sent)
            continue
        left = resolve_side(ctx, coordinated(ctx, agents), trig, leaders, agent=True)
        if not left and agents and (agents[0].lower_ in ("he", "she")
                                    or title_antecedent(ctx, agents[0]) is not None):
            agent, _ = agent_of(ctx, trig, PEOPLE)
            left = [] if agent is None else [agent]
        if not left and not agents:
            # no subject at all ("..., and met B"): the nearest person before in the sentence
            before = [t for t in sent if t.i < trig.i]
            left = mentions_in(ctx, reversed(before), PEOPLE)[:1]
        if group_object(objects):
            # "met with guests ... . B, C and D attended the meeting." ("the envoys of 15
            # countries including B. C, D ... attended": those of the next sentence too)
            right += [i for i in guests_listed_after(ctx, trig, left) if i not in right]
        _add_pairs(ctx, left, [r for r in right if r not in left], sent)
