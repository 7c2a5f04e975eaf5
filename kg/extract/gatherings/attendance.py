"""Taking part in the passage's event said with no event word at all: "Vice Premier A and
Governor B were present.", "Representatives from Laos were also present.", "A showcased its
newest car, while B displayed a smart home system.", "A signed a solar project with the city"
(in an article about an expo).

The event is the passage's (``events.event_before``); a sentence that names an event is left
to the sentence-level rules. Next to ``events.participates_in_passage_event`` (the same with
"the forum", "the ceremony" or a speech).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import ANY_AGENT, PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.gatherings.events import event_before, taking_part_agents
from kg.extract.grammar import relation_rule, targets_of, with_conjuncts
from kg.extract.lexicon import DEAL_NOUNS, starts_post

_SIGN = {"sign", "ink"}
# What a company signs at a fair: a deal or a project.
_SIGNED = DEAL_NOUNS | {"project", "order", "mou"}
# "As the host, Jiangxi Province signed 198 projects": the host signs too.
_SIGNERS = {"Enterprise", "Province", "City"}
# Events companies sign deals at (not a "meeting" or "talks": signing there is no taking part)
_DEAL_EVENTS = {"fair", "expo", "exposition", "forum", "conference", "summit", "convention",
                "exhibition", "week", "festival", "show", "messe", "roadshow", "ceremony"}
# Showing one's goods: what an exhibitor does at a fair.
_EXHIBIT = {"exhibit", "showcase", "display"}
_EXHIBITORS = {"Enterprise", "Country", "Province", "City", "Region", "Organization"}


def _present(token: Token) -> Token | None:
    """ "were (also) present" with no "at": the verb "be" it completes."""
    if token.lower_ != "present" or token.dep_ != "acomp" or token.head.lemma_ != "be":
        return None
    if any(c.dep_ == "prep" for c in token.children):
        return None  # "present at X" is presence.present_at's
    return token.head


def _names_any_event(ctx: DocContext, sent: Span) -> bool:
    return any(ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent))


@relation_rule("participate-were-present")
def were_present(ctx: DocContext) -> None:
    """ "A and B were present", "Representatives from Laos were also present": the passage's
    event (the places of "officials of Peru" serve there; they are not said to attend)."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent in ctx.sents:
        if _names_any_event(ctx, sent):
            continue
        for tok in sent:
            verb = _present(tok)
            if verb is None or in_quote(ctx, verb):
                continue
            event = event_before(ctx, verb)
            if event is None:
                continue
            for agent in taking_part_agents(ctx, verb, sent):
                ctx.add(agent, "participatesIn", event, sent, "participate-were-present", 0.5)


@relation_rule("participate-exhibit")
def exhibitors(ctx: DocContext) -> None:
    """ "A showcased its newest car, while B displayed a smart home system": showing goods in
    a passage about an event is exhibiting at it."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, verb in ctx.triggers(_EXHIBIT, {"VERB"}):
        if in_quote(ctx, verb) or _names_any_event(ctx, sent):
            continue
        event = event_before(ctx, verb)
        if event is None:
            continue
        for agent in taking_part_agents(ctx, verb, sent):
            if ctx.found[agent].cls in _EXHIBITORS:
                ctx.add(agent, "participatesIn", event, sent, "participate-exhibit", 0.5)


def _deal_event(ctx: DocContext, event: int) -> bool:
    words = {w.strip("()").lower() for w in ctx.found[event].text.split()}
    return bool(words & _DEAL_EVENTS)


@relation_rule("participate-signed")
def signed_at_passage_event(ctx: DocContext) -> None:
    """ "During the expo, 32 projects were signed. Tarvik Energy signed a solar project with
    the city.", "As the host, Zhenan Province signed 198 projects": a company, province or city
    that signs a deal in a passage about a fair takes part in it."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, verb in ctx.triggers(_SIGN, {"VERB"}):
        if in_quote(ctx, verb) or _names_any_event(ctx, sent):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED for c in verb.children):
            continue
        event = event_before(ctx, verb)
        if event is None or not _deal_event(ctx, event) or (
                ctx.found[event].cand.end > verb.idx):  # named before, not just in the document
            continue
        # the subject itself: not the place of "companies from Xinjiang signed"
        agents = [ctx.mention_at(c) for c in verb.children if c.dep_ == "nsubj"]
        agent = agents[0] if agents else None
        if agent is None or ctx.found[agent].cls not in _SIGNERS:
            continue
        for signer in with_conjuncts(ctx, agent, _SIGNERS):
            ctx.add(signer, "participatesIn", event, sent, "participate-signed", 0.5)


# "witnessed the signing", "witnessed the inking of the deals": what leaders do at a signing.
_WITNESSED = {"signing", "inking", "sign", "ceremony"}


@relation_rule("participate-witness")
def witnessed_signing(ctx: DocContext) -> None:
    """ "The 32nd X Fair signing ceremony was held. Governor A and Mayor B witnessed the
    signing": leaders who witness the signing at a fair take part in it (the fair is named
    before, the sentence names no other event)."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, verb in ctx.triggers({"witness"}, {"VERB"}):
        if in_quote(ctx, verb) or any(  # ("at the fair" refers back to the passage's)
                ctx.found[i].cls == "Event" and ctx.found[i].cand.extractor != "back-reference"
                for i in ctx.in_sentence(sent)):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _WITNESSED for c in verb.children):
            continue
        event = event_before(ctx, verb)
        if event is None or not _deal_event(ctx, event) or (
                ctx.found[event].cand.end > verb.idx):
            continue
        for agent in taking_part_agents(ctx, verb, sent):
            if ctx.found[agent].cls in PEOPLE:
                ctx.add(agent, "participatesIn", event, sent, "participate-witness", 0.5)


_ATTEND_VERBS = {"attend", "participate", "join"}


def _after_of(ctx: DocContext, idx: int) -> bool:
    """ "(Secretary) of (the) X Committee": a name in a title's "of" phrase."""
    k = ctx.found[idx].span.start - 1
    if k > 0 and ctx.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and ctx.doc[k].lower_ == "of"


@relation_rule("participate-titled-list")
def titled_people_attend(ctx: DocContext) -> None:
    """ "Secretary of the X Committee A, Consul General of Y in Z B, and Director of W C
    attended the seminar": a subject that opens with a title and lists several titled
    people; each of them attends (the parser hangs such lists anywhere inside the first
    title, so the people are read off the whole subject)."""
    for sent, verb in ctx.triggers(_ATTEND_VERBS, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        events = targets_of(ctx, verb, {"Event"})
        if not events:
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            tokens = list(subj.subtree)
            if not starts_post(tokens[0].text):
                continue  # the subject phrase opens with a title
            people = mentions_in(ctx, tokens, PEOPLE)
            if len(people) < 2:
                continue  # one holder: the other rules' (post_holder)
            for person in people:
                ctx.add(person, "participatesIn", events[0], sent, "participate-titled-list",
                        0.55)
            # the bodies named in their titles ("Secretary of the X Committee") do not attend
            titled = {i for i in mentions_in(ctx, tokens, ANY_AGENT)
                      if i not in people and _after_of(ctx, i)}
            ctx.hits = [h for h in ctx.hits if not (
                h.pred == "participatesIn" and h.subj in titled and h.obj in events)]
