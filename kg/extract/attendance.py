"""Taking part in the passage's event said with no event word at all: "Vice Premier A and
Governor B were present.", "Representatives from Laos were also present.", "A showcased its
newest car, while B displayed a smart home system." (in an article about an expo).

The event is the passage's (``events.event_before``); a sentence that names an event is left
to the sentence-level rules. Next to ``events.participates_in_passage_event`` (the same with
"the forum", "the ceremony" or a speech).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import DocContext
from kg.extract.events import event_before, taking_part_agents
from kg.extract.grammar import in_quote, relation_rule

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
