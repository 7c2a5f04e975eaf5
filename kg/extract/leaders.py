"""The one leader of the document's delegation: "X led a delegation to ...", "a delegation
headed by X", "X, the leader of the delegation, said", "The head of the delegation, X, ...".

"The delegation" with no one named in it stands for that person in the meeting and visit
rules (kg/extract/people/meetings.py, stopovers.py); "the guests", for the one visitor.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext, mentions_in

_GROUPS = ("delegation", "mission")
# Verbs of going somewhere: who goes "with a delegation" leads it.
_TRAVEL = {"visit", "arrive", "travel", "come", "go", "tour", "inspect", "fly", "pay"}


def _of_the_group(noun: Token) -> bool:
    """ "leader of the delegation", "head of the trade mission"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lemma_.lower() in _GROUPS for g in c.children) for c in noun.children)


def _named_leaders(ctx: DocContext) -> list[int]:
    """People a "leader/head of the delegation" phrase names, in apposition or as subject
    ("X, head of the delegation", "X is the head of the delegation", "X was invited as Head
    of Delegation")."""
    out: list[int] = []
    for _, noun in ctx.triggers({"leader", "head"}, {"NOUN", "PROPN"}):
        if not _of_the_group(noun):
            continue
        tokens = [noun.head] if noun.dep_ == "appos" else []
        tokens += [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "attr":  # "X is the head of the delegation"
            tokens += [c for c in noun.head.children if c.dep_ == "nsubj"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "X came as head of ..."
            verb = next((t for t in noun.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            subjects = [] if verb is None else [
                c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            out += [i for c in subjects for i in mentions_in(ctx, c.subtree, PEOPLE)[:1]]
        for tok in tokens:
            idx = ctx.mention_at(tok)
            if idx is not None and ctx.found[idx].cls in PEOPLE:
                out.append(idx)
    return out


def _travels_with(ctx: DocContext) -> list[int]:
    """ "X visited Surabaya with a delegation of 5", "X, along with a delegation, arrived",
    "X and his delegation": the one person who travels with the group leads it."""
    out: list[int] = []
    for _, noun in ctx.triggers(set(_GROUPS), {"NOUN"}):
        if noun.dep_ == "conj" and any(c.lower_ in ("his", "her") for c in noun.children):
            out += [i for i in [ctx.mention_at(noun.head)] if i is not None
                    and ctx.found[i].cls in PEOPLE]  # "X and his delegation"
            continue
        if noun.dep_ != "pobj" or noun.head.lower_ != "with":
            continue
        verb = noun.head.head
        if verb.lemma_.lower() not in _TRAVEL:  # ("met with the delegation": the other side)
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        people = [i for c in subjects for i in mentions_in(ctx, c.subtree, PEOPLE)]
        if len(people) == 1:
            out.append(people[0])
    return out


def _outside_clauses(top: Token) -> list[Token]:
    """``top``'s subtree without the relative clauses in it: "led by X, the mayor, who will
    sign contracts with Y" names X alone."""
    inner = {t.i for d in top.subtree if d.dep_ == "relcl" for t in d.subtree}
    return [t for t in top.subtree if t.i not in inner]


def delegation_leaders(ctx: DocContext) -> list[int]:
    """The people the document says led its delegation or mission: the one leader ("X led
    a delegation to ..."), or the co-leaders one phrase names ("a delegation headed by A
    and B"); none when different phrases name different people."""
    groups: list[list[int]] = []
    for sent, lead in ctx.triggers({"lead", "head"}, {"VERB"}):
        if not any(t.lower_ in _GROUPS for t in sent):
            continue
        for c in lead.children:
            if c.dep_ == "agent" or c.dep_ == "nsubj":
                groups.append(mentions_in(ctx, _outside_clauses(c), PEOPLE))
    groups += [[i] for i in _named_leaders(ctx)]
    groups += [[i] for i in _travels_with(ctx)]
    names = {ctx.key(i) for group in groups for i in group}
    for group in groups:
        if names and {ctx.key(i) for i in group} == names:
            return [i for n, i in enumerate(group)
                    if ctx.key(i) not in {ctx.key(j) for j in group[:n]}]
    return []


def delegation_leader(ctx: DocContext) -> int | None:
    """The one person the document says led a delegation or mission; None when it names two."""
    leaders = delegation_leaders(ctx)
    return leaders[0] if len(leaders) == 1 else None


def same_person(ctx: DocContext, idx: int, keys: set[str]) -> bool:
    """Is mention ``idx`` one of the people named ``keys``, by full name or by the surname
    alone ("Li" for "Li Ming", "Foley" for "Mike Foley")?"""
    key = ctx.key(idx)
    return key in keys or any(
        " " not in key and key in k.split() or " " not in k and k in key.split() for k in keys)


def people_named(ctx: DocContext, idxs: list[int]) -> set[str]:
    """The people mentions ``idxs`` name, a surname alone ("Hashmi") folded into the full
    name it ends ("Karim Hashmi") when that is the only such full name."""
    keys = {ctx.key(i) for i in idxs}
    out = set(keys)
    for key in keys:
        fuller = [k for k in keys if k != key and " " not in key and key in k.split()]
        if len(fuller) == 1:
            out.discard(key)
    return out


def one_visitor(ctx: DocContext) -> int | None:
    """The one person the document says (so far) visited somewhere: who "the guests" are."""
    visitors = [h.subj for h in ctx.hits if h.pred == "visited"]
    names = {ctx.found[i].cand.refers_to or ctx.found[i].text for i in visitors}
    return visitors[0] if len(names) == 1 else None
