"""Taking part told in the passive: "The 5th Silk Road Expo was attended by A, B and C", "the
forum, hosted by X" (registered right after kg/extract/gatherings/events.py's rules, whose
order it keeps)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import ANY_AGENT, PEOPLE
from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.gatherings.events import EVENT_NOUNS, event_before
from kg.extract.grammar import relation_rule


@relation_rule("participate-passive")
def attended_by(ctx: DocContext) -> None:
    """ "The 5th Silk Road Expo was attended by A, B and C", "the forum, hosted by X":
    everyone after "by" takes part in the event that is the subject."""
    for sent, verb in ctx.triggers({"attend", "host", "chair", "preside", "co-host",
                                    "organize", "organise", "address"}, {"VERB"}):
        if verb.tag_ != "VBN":
            continue
        events: list[int] = []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":  # "the forum, hosted by X"
            subjects.append(verb.head)
        for subj in subjects:
            idx = ctx.mention_at(subj)
            if idx is not None and ctx.found[idx].cls == "Event":
                events.append(idx)
            elif idx is None:
                events += _subject_event(ctx, subj)
        if not events:
            continue
        agents: list[int] = []
        for child in verb.children:
            if child.dep_ != "agent":
                continue
            agents += [i for i in mentions_in(ctx, child.subtree, ANY_AGENT)
                       if i not in agents and not _inside_post(ctx, i, child)
                       and not _bracketed_home(ctx, i)]
        for agent in agents:
            for ev in events:
                ctx.add(agent, "participatesIn", ev, sent, "participate-passive", 0.6)


def _subject_event(ctx: DocContext, subj: Token) -> list[int]:
    """ "The opening ceremony of the 5th X Expo was attended by": the event named in the
    subject; "The event was attended by", "The ceremony was presided over by": the passage's
    event."""
    named = mentions_in(ctx, subj.subtree, {"Event"})
    if named:
        return named[:1]
    noun = subj.lemma_.lower()
    if noun not in EVENT_NOUNS or not any(c.lower_ in ("the", "this") for c in subj.children):
        return []
    event = event_before(ctx, subj, noun)
    return [] if event is None else [event]


def _bracketed_home(ctx: DocContext, idx: int) -> bool:
    """ "attended by Governors A (Kogi State), B, (Kano State) and C": the place in brackets
    after a person is where the person comes from, not one more guest."""
    f = ctx.found[idx]
    doc = ctx.doc
    k = f.span.start - 1
    # (a kind word may follow the name inside: "(Niger State)")
    if f.cls not in PLACE_CLASSES or k < 1 or doc[k].text != "(" or ")" not in [
            t.text for t in doc[f.span.end : f.span.end + 2]]:
        return False
    k -= 1
    if doc[k].text == "," and k > 0:
        k -= 1
    before = ctx.mention_at(doc[k])
    return before is not None and ctx.found[before].cls in PEOPLE


def _inside_post(ctx: DocContext, idx: int, top: Token) -> bool:
    """A body named in someone's post ("A, Governor of the X Government") does not attend."""
    f = ctx.found[idx]
    if f.cls in PEOPLE:
        return False
    tok = f.span.root
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            return True
        tok = tok.head
    return False
