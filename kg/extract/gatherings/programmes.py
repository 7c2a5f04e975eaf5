"""Issuing a programme ("the Provisions ..., issued by the Shanghai Municipal Government")
and acting inside one: "Under the Belt and Road Initiative, Anhui has built 20
parks", "Hefei opened the route as part of the “Digital Anhui” plan", "within the framework
of X". Whoever acts in the clause implements the programme (a province or city takes part in
a national or international one; ``relations.implement_or_join``).

Next to ``relations.implements`` ("launched", "promotes", "will advance").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import PROGRAMME_FRAMES
from kg.extract.participation import IMPLEMENTERS, implement_or_join

_OF_HEADS = {"part", "framework"}
_GUIDES = {"guide", "drive", "propel"}  # "Guided by X, ...", "Driven by X, ..."


def named_noun(ctx: DocContext, idx: int) -> Token:
    """The common noun a quoted name modifies ("the “Open Hubei 2025” action plan": plan),
    else the name's own head."""
    root = ctx.found[idx].span.root
    while root.dep_ in ("nmod", "compound") and root.head.pos_ == "NOUN" and (
            ctx.mention_at(root.head) is None):
        root = root.head
    return root


def _frame_verb(ctx: DocContext, idx: int) -> Token | None:
    """The verb whose clause the programme frames: "under X" or "as part of X" hung on it."""
    root = named_noun(ctx, idx)
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.head.lower_ in _OF_HEADS:
        # "as part of X", "under the framework of X"
        noun = prep.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("as", *PROGRAMME_FRAMES):
            return None
        prep = noun.head
    elif prep.lower_ == "by" and prep.head.lemma_.lower() in _GUIDES:
        # "Guided by the X plan, Hubei has opened 20 routes": the clause the participle opens
        guided = prep.head
        return guided.head if guided.dep_ == "advcl" and guided.head.pos_ in (
            "VERB", "AUX") else None
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
          "promulgate", "implement", "enact", "roll", "initiate", "put"}


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
            # "the “X” campaign, initiated by Hubei": the name on the noun the verb describes
            things = [i for i, f in enumerate(ctx.found) if f.cls == "Initiative"
                      and f.span.sent.start == sent.start and named_noun(ctx, i).i == verb.head.i]
        else:
            things = mentions_in(ctx, (t for c in verb.children if c.dep_ == "nsubjpass"
                                       for t in c.subtree), {"Initiative"})
        for agent in agents[:1]:
            for thing in things:
                ctx.add(agent, "implements", thing, sent, "implement-by", 0.6)


_PROPOSED = {"proposed", "initiated", "launched", "led"}


@relation_rule("implement-proposer")
def proposers(ctx: DocContext) -> None:
    """ "the China-proposed Belt and Road Initiative", "the Jiangsu-initiated X plan": the
    name before the hyphen launched the programme named right after."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        k = f.span.end
        if (f.cls not in IMPLEMENTERS or k + 2 >= len(doc) or doc[k].text != "-"
                or doc[k + 1].lower_ not in _PROPOSED):
            continue
        target = ctx.mention_at(doc[k + 2])
        if target is not None and ctx.found[target].cls == "Initiative":
            ctx.add(idx, "implements", target, f.span.sent, "implement-proposer", 0.6)
