"""Meetings: "A met (with) B", "held talks with", "received", "hosted", "had a video call
with", "a meeting between A and B", passive "B was received by A" -> ``metWith``.

Only the two sides of the meeting: "A met B, C and D" gives A-B, A-C, A-D; "A and B met C"
gives A-C and B-C; people who "accompanied" are on neither side. A side with no named person
("a delegation from X") is the company, organisation or body it comes from; "the delegation"
with no name is the one delegation leader the document names.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import PEOPLE, agent_of, in_quote, relation_rule, title_antecedent
from kg.schema import DOMAIN_RANGE

BODIES = DOMAIN_RANGE["metWith"][1] - PEOPLE
_SIDES = PEOPLE | BODIES

# Verbs whose object is the other side ("met B", "received B"); "meet" and "talk" also take
# it after "with". Nouns naming a meeting take the other side after "with".
_VERBS = {"meet", "receive", "host", "talk"}
# Verbs that are a meeting only with a person (or a delegation) on the other side: "visited
# Governor B" (a place visited is `visited`), "welcomed B", "called on B".
_PERSON_VERBS = {"visit", "welcome", "greet", "call"}
_NOUNS = {"meeting", "talk", "talks", "call", "conference", "videoconference", "dialogue",
          "discussion", "consultation"}
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
    "chairperson", "ceos", "management", "personage", "politician", "general",
}
# Places and times of the meeting are not its other side.
_SCENE_PREPS = {"in", "at", "on", "during", "after", "before", "inside"}
_NOT_A_SIDE = {"accompany", "attend", "present", "witness", "include"}


def _scene(ctx: DocContext, idx: int) -> bool:
    """A name that says where the meeting was ("met B at the Ministry of Commerce")."""
    root = ctx.found[idx].span.root
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in _SCENE_PREPS


def _accompanying(token: Token, stop: Token) -> bool:
    """Inside an "accompanied by ..." or "attended by ..." phrase below ``stop``."""
    node = token
    for _ in range(12):
        if node.i == stop.i or node.head.i == node.i:
            return False
        if node.lemma_.lower() in _NOT_A_SIDE:
            return True
        node = node.head
    return False


def _side(ctx: DocContext, heads: Iterable[Token], stop: Token, agent: bool = False
          ) -> list[int]:
    """The named people in the phrases of ``heads``, else the bodies there. The agent's side
    is never inside the meeting's own phrase ("Karl Olsen, who met Li Ming, said")."""
    heads = list(heads)
    inside = {t.i for t in stop.subtree} if agent and any(
        h.is_ancestor(stop) for h in heads) else set()
    tokens = [t for h in heads for t in h.subtree
              if t.i not in inside and not _accompanying(t, stop)]
    people = mentions_in(ctx, tokens, PEOPLE)
    if people:
        return people
    return [i for i in mentions_in(ctx, tokens, BODIES) if not _scene(ctx, i)]


# A list of people with their posts runs on until the next finite verb ("..., Jiefang Daily
# reported"); the parse of such lists is too loose to follow.
_FINITE = {"VBD", "VBZ", "VBP", "MD", "VBG"}


def _listed_people(ctx: DocContext, start: Token, sent: Span) -> list[int]:
    """The people named after ``start`` up to the next finite verb or "accompanied by"."""
    tokens: list[Token] = []
    for tok in sent.doc[start.i + 1 : sent.end]:
        if tok.lemma_.lower() in _NOT_A_SIDE or (
                tok.pos_ in ("VERB", "AUX") and tok.tag_ in _FINITE):
            break
        tokens.append(tok)
    return mentions_in(ctx, tokens, PEOPLE)


def _is_party(ctx: DocContext, head: Token) -> bool:
    """Is ``head`` (an object) a named side or a group of people?"""
    idx = ctx.mention_at(head)
    if idx is not None:
        return ctx.found[idx].cls in _SIDES
    return head.lemma_.lower() in _PEOPLE_NOUNS or head.lower_ in _PEOPLE_NOUNS or (
        head.pos_ == "PRON" and head.lower_ in ("him", "her", "them"))


def _person_side(ctx: DocContext, head: Token) -> bool:
    idx = ctx.mention_at(head)
    if idx is not None:
        return ctx.found[idx].cls in PEOPLE
    return head.lemma_.lower() == "delegation" or any(
        ctx.mention_at(t) is not None and ctx.found[ctx.mention_at(t)].cls in PEOPLE  # type: ignore[index]
        for t in head.subtree)


def _passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)


def _with_objects(token: Token) -> list[Token]:
    """ "met with B", "talks between A and B", "a banquet for B", "a courtesy call on B"."""
    lemma = token.lemma_.lower()
    preps = {"with", "between"} | ({"for"} if lemma in _HOSTED else set()) | (
        {"on"} if lemma == "call" else set()) | ({"to"} if lemma in ("talk", "visit") else set())
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _dobj(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "dobj"]


def _objects(ctx: DocContext, trig: Token) -> list[Token]:
    """The other side's head tokens: direct object, "with" object, or (for a meeting noun)
    the "with" object of the noun or of the verb that governs it ("held talks with B")."""
    heads: list[Token] = []
    if trig.pos_ == "VERB":
        if _passive(trig):
            heads = [c for c in trig.children if c.dep_ == "nsubjpass"]
        elif trig.lemma_.lower() == "exchange":  # "exchanged views with B"
            heads = [g for d in [trig, *_dobj(trig)] for g in _with_objects(d)]
        else:
            heads = _dobj(trig) + _with_objects(trig)
    else:
        heads = _with_objects(trig)
        if not heads and trig.dep_ in ("dobj", "attr") and trig.head.pos_ in ("VERB", "AUX"):
            heads = _with_objects(trig.head)
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


def _delegation_leader(ctx: DocContext) -> int | None:
    """The one person the document says led a delegation ("X led a delegation to ...")."""
    leaders: list[int] = []
    for sent, lead in ctx.triggers({"lead"}, {"VERB"}):
        if not any(t.lower_ == "delegation" for t in sent):
            continue
        for c in lead.children:
            if c.dep_ == "agent" or c.dep_ == "nsubj":
                leaders += mentions_in(ctx, c.subtree, PEOPLE)
    names = {ctx.found[i].cand.refers_to or ctx.found[i].text for i in leaders}
    return leaders[0] if len(names) == 1 else None


def _resolve(ctx: DocContext, heads: list[Token], stop: Token, leader: int | None,
             agent: bool = False) -> list[int]:
    side = _side(ctx, heads, stop, agent)
    if side or leader is None:
        return side
    # "the delegation" (no one named in it): the document's one delegation leader
    if any(t.lower_ == "delegation" for h in heads for t in h.subtree):
        return [leader]
    return []


def _key(ctx: DocContext, idx: int) -> str:
    f = ctx.found[idx]
    return f.cand.refers_to or f.text


def _add_pairs(ctx: DocContext, left: list[int], right: list[int], sent: Span) -> None:
    seen: set[frozenset[str]] = set()
    for a in left:
        for b in right:
            if _key(ctx, a) == _key(ctx, b):
                continue
            if ctx.found[a].cls not in PEOPLE:
                a, b = b, a
            if ctx.found[a].cls not in PEOPLE:
                continue  # two bodies: no metWith
            pair = frozenset((_key(ctx, a), _key(ctx, b)))
            if pair in seen:
                continue
            seen.add(pair)
            ctx.add(a, "metWith", b, sent, "meet", 0.7)


def _trigger(trig: Token) -> bool:
    """Does this word name a meeting? ("met", "talks", "a video call"; not "a conference")."""
    lemma = trig.lemma_.lower()
    if trig.pos_ == "VERB":
        return lemma in _VERBS or lemma in _PERSON_VERBS or lemma == "exchange"
    if lemma == "conference":
        return any(c.lower_ in _CALL_WORDS for c in trig.children if c.i < trig.i)
    return lemma in _NOUNS or lemma in _HOSTED or lemma in ("meet", "visit")


def _reciprocal(ctx: DocContext, trig: Token, agents: list[Token], sent: Span) -> None:
    """ "A and B met in Oslo", "A and B held talks": the two people of the subject."""
    if trig.lemma_.lower() not in ("meet", "talk", "meeting"):
        return
    if trig.pos_ != "VERB" and trig.head.lemma_.lower() not in ("hold", "have", "conduct"):
        return  # "attended the meeting" is no meeting between the attendants
    people = _side(ctx, [t for a in agents for t in (a, *a.conjuncts)], trig)
    if len(people) == 2 and all(ctx.found[i].cls in PEOPLE for i in people):
        _add_pairs(ctx, people[:1], people[1:], sent)


@relation_rule("meet")
def meetings(ctx: DocContext) -> None:
    leader: int | None = None
    looked = False
    lemmas = _VERBS | _NOUNS | _HOSTED | _PERSON_VERBS | {"exchange"}
    for sent, trig in ctx.triggers(lemmas, {"VERB", "NOUN", "PROPN"}):
        if not _trigger(trig) or in_quote(ctx, trig):
            continue
        objects = _objects(ctx, trig)
        if trig.lemma_.lower() in _PERSON_VERBS:
            # "visited Governor B", "a courtesy visit to B": a meeting only with a person
            objects = [o for o in objects if _person_side(ctx, o)]
        if not looked and (any(t.lower_ == "delegation" for t in sent)):
            leader, looked = _delegation_leader(ctx), True
        agents = _agents(ctx, trig)
        if not objects and not _with_objects(trig) and not _dobj(trig):
            _reciprocal(ctx, trig, agents, sent)
            continue
        right = _resolve(ctx, objects, trig, leader)
        if objects and not _passive(trig):
            # the parse of a list of people with their posts is too loose to follow
            listed = [i for i in _listed_people(ctx, trig, sent) if i not in right]
            if listed and not any(ctx.found[r].cls in PEOPLE for r in right):
                right = listed
            elif listed:
                right += listed
        if not right:
            continue
        if not agents and len(right) == 2 and any(
                c.lower_ == "between" for c in trig.children):
            _add_pairs(ctx, right[:1], right[1:], sent)  # "a meeting between A and B"
            continue
        left = _resolve(ctx, [t for a in agents for t in (a, *a.conjuncts)], trig, leader,
                        agent=True)
        if not left and agents and (agents[0].lower_ in ("he", "she")
                                    or title_antecedent(ctx, agents[0]) is not None):
            agent, _ = agent_of(ctx, trig, PEOPLE)
            left = [] if agent is None else [agent]
        if not left and not agents:
            # no subject at all ("..., and met B"): the nearest person before in the sentence
            before = [t for t in sent if t.i < trig.i]
            left = mentions_in(ctx, reversed(before), PEOPLE)[:1]
        _add_pairs(ctx, left, [r for r in right if r not in left], sent)
