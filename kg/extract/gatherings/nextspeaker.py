"""A speaker right after the event's sentence: "... at the 11th X Forum on Thursday. A,
chairman of Y, suggested ...", "The X event was held at Z. B, secretary for commerce, said
..." -> A and B ``participatesIn`` the event. Only the sentence right after: the speakers
quoted further on in a report are as often commenting from elsewhere (the gold leaves
them out).

The sentence before must set one named event as happening (the place of "at" / "during" or
what "was held", "opened", "kicked off"), not as planned ("will be held"); the speaker's
sentence names no other event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule

# Verbs of speaking whose subject is the speaker.
_SPEAK = {"say", "suggest", "propose", "note", "stress", "emphasize", "emphasise", "point",
          "add", "urge", "call", "express", "highlight", "indicate", "state", "remark"}
# Verbs that tell an event as happening, with the event as their subject.
_HAPPEN = {"hold", "open", "kick", "close", "conclude", "launch", "begin", "start", "take",
           "attract", "gather", "draw", "bring"}
_SETTING = {"at", "during"}


def _happening(ctx: DocContext, idx: int) -> bool:
    """Is event mention ``idx`` set as happening in its sentence?"""
    root = ctx.found[idx].span.root
    while root.dep_ in ("compound", "nmod") and root.head.i != root.i:
        root = root.head  # "the "X" event was held"
    node = root
    # "at the 11th X Forum", "during the X Expo", "on the sidelines of the X Fair"
    while node.dep_ in ("pobj", "prep", "compound", "conj", "appos") and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in _SETTING:
            return not _planned(node.head)
        node = node.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _HAPPEN:
        return not _planned(root.head)
    return False


def _planned(token: Token) -> bool:
    """Is the clause of ``token`` told as still to come ("will be held", "is to open")?"""
    node = token
    for _ in range(4):
        if any(c.lower_ in ("will", "would", "shall") or c.dep_ == "aux" and c.lower_ == "to"
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _speaker(ctx: DocContext, sent: Span) -> int | None:
    """The named person the sentence opens with as the subject of a verb of speaking."""
    root = sent.root
    if root.lemma_.lower() not in _SPEAK or in_quote(ctx, root):
        return None
    subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if len(subj) != 1:
        return None
    people = mentions_in(ctx, [subj[0]], PEOPLE)
    return people[0] if people else None


@relation_rule("participate-next-speaker")
def next_speaker(ctx: DocContext) -> None:
    for si in range(1, len(ctx.sents)):
        sent, prev = ctx.sents[si], ctx.sents[si - 1]
        events = [i for i in ctx.in_sentence(prev) if ctx.found[i].cls == "Event"]
        if len({ctx.key(i) for i in events}) != 1 or not _happening(ctx, events[0]):
            continue
        # ("the forum" may be a mention of the event itself)
        if any(ctx.found[i].cls == "Event" and ctx.key(i) != ctx.key(events[0])
               for i in ctx.in_sentence(sent)):
            continue
        speaker = _speaker(ctx, sent)
        if speaker is not None:
            ctx.add(speaker, "participatesIn", events[0], sent, "participate-next-speaker",
                    0.5)
