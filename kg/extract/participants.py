"""Lists of who took part in an event: "Exhibitors included A, B and C", "Among the
participants were A and B", "A brought its latest products to the <Event>", and an
intransitive "A and B attended." / "X presided." about the passage's event.

Next to ``events`` (attending, speaking, "attended by") and ``organisers`` (hosts).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.events import EVENT_NOUNS, event_before
from kg.extract.grammar import ANY_AGENT, in_quote, relation_rule, simple_rule, with_conjuncts
from kg.extract.lexicon import PARTICIPANT_NOUNS
from kg.extract.organisers import list_after

_COPULAS = {"include", "be", "comprise", "feature"}
_ALONE = {"attend", "preside", "participate"}


def _event_of(ctx: DocContext, sent: Span, start: int, end: int, anchor: Token) -> int | None:
    """The event named between ``start`` and ``end`` ("Exhibitors at the 5th X Expo"), the
    passage's event for an event noun there or for none."""
    named = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"
             and start <= ctx.found[i].span.start < end]
    if named:
        return named[0]
    if any(ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
        return None  # another event named in the sentence: not this rule's to say
    nouns = [t.lemma_.lower() for t in ctx.doc[start:end] if t.lemma_.lower() in EVENT_NOUNS]
    return event_before(ctx, anchor, nouns[-1] if nouns else None)


@relation_rule("participate-list")
def participant_lists(ctx: DocContext) -> None:
    """ "Exhibitors included A, B and C"; "Among the participants were A and B"; "Guests at
    the expo include A": each listed name takes part in the event."""
    doc = ctx.doc
    for sent, noun in ctx.triggers(PARTICIPANT_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun) or noun.tag_ != "NNS":
            continue
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in _COPULAS and verb.i > noun.i:
            # "Exhibitors (at the fair) included A, B and C"
            event = _event_of(ctx, sent, noun.i, verb.i, noun)
            start = verb
        elif (noun.dep_ == "pobj" and verb.lower_ == "among" and verb.i == sent.start
              or noun.dep_ == "pobj" and verb.lower_ == "among" and doc[verb.i - 1].is_punct):
            # "Among the exhibitors (at the fair) were A and B"
            be = next((t for t in doc[noun.i + 1 : min(noun.i + 10, sent.end)]
                       if t.lemma_ == "be"), None)
            if be is None:
                continue
            event = _event_of(ctx, sent, noun.i, be.i, noun)
            start = be
        else:
            continue
        if event is None:
            continue
        for agent in list_after(ctx, start):
            ctx.add(agent, "participatesIn", event, sent, "participate-list", 0.55)


@relation_rule("participate-alone")
def attended_alone(ctx: DocContext) -> None:
    """ "The 5th X Expo opened on Monday. A and B attended.", "Governor Y presided.": a verb of
    taking part with nothing after it is about the passage's event."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, verb in ctx.triggers(_ALONE, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "attr")
                                      for c in verb.children):
            continue
        if any(ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
            continue
        event = event_before(ctx, verb)
        if event is None:
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        for s in subj:
            first = mentions_in(ctx, s.subtree, ANY_AGENT)
            if not first:
                continue
            for agent in with_conjuncts(ctx, first[0], ANY_AGENT):
                ctx.add(agent, "participatesIn", event, sent, "participate-alone", 0.55)


@relation_rule("participate-bring")
def brought_to(ctx: DocContext) -> None:
    """ "A brought its latest products to the 5th X Expo", "A displayed its robots at the
    Y Fair": a company showing its goods at an event takes part in it."""
    simple_rule(ctx, pred="participatesIn", lemmas={"bring", "display", "demonstrate"},
                agents={"Enterprise", "Organization", "Country", "Province", "City"},
                targets={"Event"}, extractor="participate-bring", pos={"VERB"})
