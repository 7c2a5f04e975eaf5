"""Meetings told around the two people: "A and B discussed trade during their meeting",
"During their talks, A and B agreed ...", "A and B signed a deal after a meeting", "A sat
down with B" -> ``metWith``.

Next to ``meetings`` (which reads "A met B", "held talks with", "received", ...).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, agent_of, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule

_MEETING_NOUNS = {"meeting", "talk", "talks", "conversation", "discussion", "call"}



def _subject_people(ctx: DocContext, verb: Token) -> list[int]:
    """The people named as the subject of ``verb`` ("A and visiting Minister B")."""
    subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
    people: list[int] = []
    for subj in subjects:
        for tok in (subj, *subj.conjuncts):
            for idx in mentions_in(ctx, [tok], PEOPLE) or mentions_in(ctx, tok.subtree, PEOPLE):
                if ctx.key(idx) not in {ctx.key(i) for i in people}:
                    people.append(idx)
    return people


def _named_people(ctx: DocContext, head: Token) -> list[int]:
    """The people named by ``head`` and its conjuncts, each once."""
    people: list[int] = []
    for tok in (head, *head.conjuncts):
        for idx in mentions_in(ctx, [tok], PEOPLE):
            if ctx.key(idx) not in {ctx.key(i) for i in people}:
                people.append(idx)
    return people


@relation_rule("meet-their")
def their_meeting(ctx: DocContext) -> None:
    """ "A and B discussed cooperation during their meeting": the two people of the subject
    met (only two: with three, who met whom is not said)."""
    for sent, noun in ctx.triggers(_MEETING_NOUNS, {"NOUN"}):
        their = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
        # "A and B signed an agreement after a meeting in Chengdu"
        after = noun.head.lower_ == "after" and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "of", "between") for c in noun.children)
        if in_quote(ctx, noun) or not (their or after):
            continue
        if noun.lemma_.lower() == "call" and not any(
                c.lower_ in ("video", "phone", "telephone") for c in noun.children):
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("during", "at", "in", "after"):
            continue
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX"):
            people = _subject_people(ctx, verb)
        elif verb.pos_ == "PROPN" and verb.conjuncts:
            # "A and B in their meeting held on May 6 discussed ...": the phrase hangs on
            # the subject itself
            people = _named_people(ctx, verb)
        else:
            continue
        if len(people) == 2:
            ctx.add(people[0], "metWith", people[1], sent, "meet", 0.6)


@relation_rule("meet-sat")
def sat_down_with(ctx: DocContext) -> None:
    """ "A sat down with B": a meeting."""
    for sent, verb in ctx.triggers({"sit"}, {"VERB"}):
        if in_quote(ctx, verb) or not any(
                c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            continue
        others = [i for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"
                  for t in (g, *g.conjuncts) for i in mentions_in(ctx, [t], PEOPLE)]
        agent, _ = agent_of(ctx, verb, PEOPLE)
        if agent is None:
            continue
        for other in others:
            if ctx.key(other) != ctx.key(agent):
                ctx.add(agent, "metWith", other, sent, "meet", 0.6)
