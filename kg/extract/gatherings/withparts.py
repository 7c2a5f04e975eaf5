"""Taking part said in an absolute "with" phrase after the event's own clause: "The 5th X
Expo opened on Monday, with 300 exhibitors from A, B and C taking part", "..., with A and B
attending"; and by a nationality's companies or delegates: "Over 40 Kazakh companies display
their products at the X Expo" (Kazakhstan, where the document names it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import ANY_AGENT, PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule, targets_of, with_conjuncts

_TAKE_PART = {"participate", "attend", "exhibit", "take", "join"}


def _clause_event(ctx: DocContext, verb: Token) -> int | None:
    """The event that is the subject of the clause the "with" phrase hangs on."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        named = mentions_in(ctx, subj.subtree, {"Event"})
        if named:
            return named[0]
    return None


@relation_rule("participate-with")
def with_participants(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers(_TAKE_PART, {"VERB"}):
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with" or (
                in_quote(ctx, verb)):
            continue
        if verb.lemma_ == "take" and not any(c.lower_ == "part" for c in verb.children):
            continue
        event = _clause_event(ctx, verb.head.head)
        if event is None:
            continue
        agents: list[int] = []
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            idx = ctx.mention_at(subj)
            if idx is not None:
                agents += with_conjuncts(ctx, idx, ANY_AGENT)
                continue
            # "300 exhibitors from A, B and C": where the group comes from
            agents += [i for c in subj.children if c.dep_ == "prep" and c.lower_ == "from"
                       for i in mentions_in(ctx, c.subtree, ANY_AGENT - PEOPLE)]
        for agent in dict.fromkeys(agents):
            ctx.add(agent, "participatesIn", event, sent, "participate-with", 0.55)


_SHOW = _TAKE_PART | {"display", "showcase", "exhibit", "present"}
_GROUPS = {"company", "enterprise", "firm", "business", "exhibitor", "delegate", "delegation",
           "producer", "manufacturer", "exporter", "official", "representative"}


@relation_rule("participate-nationals")
def nationals_take_part(ctx: DocContext) -> None:
    nations = demonyms()
    for sent, verb in ctx.triggers(_SHOW, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        if verb.lemma_ == "take" and not any(c.lower_ == "part" for c in verb.children):
            continue
        groups = [c for c in verb.children if c.dep_ == "nsubj"
                  and c.lemma_.lower() in _GROUPS and ctx.mention_at(c) is None]
        nationals = [nations[a.text] for g in groups for a in g.children
                     if a.dep_ in ("amod", "compound") and a.text in nations]
        if not nationals:
            continue
        events = targets_of(ctx, verb, {"Event"})
        if not events:
            continue
        for name in dict.fromkeys(nationals):
            country = ctx.place_index(name, sent, {"Country"})
            if country is not None:
                ctx.add(country, "participatesIn", events[0], sent, "participate-nationals",
                        0.5)
