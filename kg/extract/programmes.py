"""Issuing a programme ("the Provisions ..., issued by the Shanghai Municipal Government")
and acting inside one: "Under the Belt and Road Initiative, Anhui has built 20
parks", "Hefei opened the route as part of the “Digital Anhui” plan", "within the framework
of X". Whoever acts in the clause implements the programme (a province or city takes part in
a national or international one; ``relations.implement_or_join``).

Next to ``relations.implements`` ("launched", "promotes", "will advance").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import agent_of, in_quote, relation_rule
from kg.extract.lexicon import PROGRAMME_FRAMES
from kg.extract.relations import IMPLEMENTERS, implement_or_join

_OF_HEADS = {"part", "framework"}


def _frame_verb(ctx: DocContext, idx: int) -> Token | None:
    """The verb whose clause the programme frames: "under X" or "as part of X" hung on it."""
    root = ctx.found[idx].span.root
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.head.lower_ in _OF_HEADS:
        # "as part of X", "under the framework of X"
        noun = prep.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("as", *PROGRAMME_FRAMES):
            return None
        prep = noun.head
    elif prep.lower_ not in PROGRAMME_FRAMES or prep.lower_ in _OF_HEADS:
        return None
    head = prep.head
    return head if head.pos_ in ("VERB", "AUX") else None


@relation_rule("implement-frame")
def framed_by_programme(ctx: DocContext) -> None:
    for idx, f in enumerate(ctx.found):
        if f.cls != "Initiative":
            continue
        verb = _frame_verb(ctx, idx)
        if verb is None or in_quote(ctx, verb):
            continue
        agent, conf = agent_of(ctx, verb, IMPLEMENTERS, self_reference=True)
        if agent is None:
            continue
        ctx.add(agent, implement_or_join(ctx, agent, idx), idx, f.span.sent, "implement-frame",
                min(conf, 0.55))


_ISSUE = {"issue", "release", "launch", "propose", "introduce", "unveil", "formulate", "adopt",
          "promulgate", "implement", "enact", "roll"}


@relation_rule("implement-by")
def issued_by(ctx: DocContext) -> None:
    """ "The Provisions on X, issued by the Shanghai Municipal Government on July 7, lowered
    ...", "the plan was released by the State Council": whoever is after "by" issued it."""
    for sent, verb in ctx.triggers(_ISSUE, {"VERB"}):
        if verb.tag_ != "VBN" or in_quote(ctx, verb):
            continue
        by = [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
        agents = [i for g in by for i in mentions_in(ctx, g.subtree, IMPLEMENTERS)]
        if verb.dep_ == "acl":
            things = mentions_in(ctx, [verb.head], {"Initiative"})
        else:
            things = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubjpass"
                                       for t in c.subtree), {"Initiative"})
        for agent in agents[:1]:
            for thing in things:
                ctx.add(agent, "implements", thing, sent, "implement-by", 0.6)
