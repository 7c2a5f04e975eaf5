"""Meetings chaired together: "The meeting was jointly chaired by A, B and C", "A and B
co-chaired the council", "A will co-chair the dialogue with B" -> ``metWith`` between the
chairs (every pair: each chair met the others at the meeting they ran together).

Next to ``meetings`` and ``talks``. A chair alone ("chaired by A") is no meeting.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule

_CHAIR = {"chair", "co-chair", "cochair", "preside", "co-host", "cohost"}
# "jointly chaired", "chaired together": the chair words that say "with others"
_JOINT = {"jointly", "together", "co"}
# more chairs than this is a list of attendees, not the table's ends
_MOST = 4


def _joint(verb: Token) -> bool:
    """Is ``verb`` a chairing done with others: "co-chair", "jointly chaired"?"""
    word = verb.lower_
    if word.startswith(("co-", "cochair", "cohost")):
        return True
    doc = verb.doc
    before = doc[max(verb.i - 2, 0) : verb.i]
    if [t.lower_ for t in before] == ["co", "-"]:  # the tokenizer split "co-chair"
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _JOINT for c in verb.children) or any(
        t.lower_ in ("jointly", "together") for t in before)


def _hosting(verb: Token) -> bool:
    """ "co-hosted" meets only when the text says it chaired a meeting with others: chair
    words always, host words only with a "co-" prefix."""
    return "host" not in verb.lower_ or verb.lower_.startswith("co")


def _people_after(ctx: DocContext, start: Token, sent: Span) -> list[int]:
    """The people named after ``start`` in the sentence, each once."""
    out: list[int] = []
    keys: set[str] = set()
    for idx in ctx.in_sentence(sent):
        if ctx.found[idx].span.start > start.i and ctx.found[idx].cls in PEOPLE:
            if ctx.key(idx) not in keys:
                keys.add(ctx.key(idx))
                out.append(idx)
    return out


def _with_people(ctx: DocContext, verb: Token, sent: Span) -> list[int]:
    """ "co-chair X with B": the people after a "with" after the verb (the parser hangs it
    on the verb or on the thing chaired)."""
    out: list[int] = []
    for tok in sent:
        if tok.i > verb.i and tok.dep_ == "prep" and tok.lower_ == "with":
            out += mentions_in(ctx, tok.subtree, PEOPLE)
    return out


def _pairs(ctx: DocContext, people: list[int], sent: Span) -> None:
    if 2 <= len({ctx.key(i) for i in people}) <= _MOST:
        for a, b in combinations(people, 2):
            if ctx.key(a) != ctx.key(b):
                ctx.add(a, "metWith", b, sent, "meet-cochair", 0.6)


@relation_rule("meet-cochair")
def cochaired(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers(_CHAIR, {"VERB", "NOUN", "PROPN"}):
        if in_quote(ctx, verb) or not _joint(verb) or not _hosting(verb):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was jointly chaired by A; B and C"
            _pairs(ctx, _people_after(ctx, agent, sent), sent)
            continue
        others = _with_people(ctx, verb, sent)
        # the subject: "A and B co-chaired ..." or "A will co-chair ... with B"
        subject = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls in PEOPLE
                   and ctx.found[i].span.end <= verb.i]
        if not subject:
            idx, _ = agent_of(ctx, verb, PEOPLE)
            subject = [] if idx is None else [idx]
        if others:
            for a in subject[-1:]:
                for b in others:
                    if ctx.key(a) != ctx.key(b):
                        ctx.add(a, "metWith", b, sent, "meet-cochair", 0.6)
        else:
            _pairs(ctx, subject, sent)
