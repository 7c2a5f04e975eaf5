"""Which company "the company" and a sentence-opening "It" stand for.

"A, a bottler of B, opened a plant. The company will ...": the company is A, the one the
appositive describes, not B named inside the description. "A is a maker of pumps. It will
open a plant in X": "It" is the company the sentence before is about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.extract.lexicon import COMPANY_NOUNS


def described_owner(ctx: DocContext, idx: int) -> int:
    """The name that ``idx`` sits in the description of ("A, a bottler of B": B -> A; "A,
    the parent company of B": B -> A), else ``idx``."""
    root = ctx.found[idx].span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return idx
    noun = prep.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return idx
    owner = ctx.mention_at(noun.head)
    if owner is None or ctx.found[owner].cls != ctx.found[idx].cls:
        return idx
    return owner


def company_antecedent(ctx: DocContext, token: Token, window: int = 600) -> int | None:
    """The company "the company" at ``token`` refers to: the one named last, or the one
    whose description names it."""
    ante = ctx.antecedent(token, "Enterprise", window)
    return None if ante is None else described_owner(ctx, ante)


def own_company(ctx: DocContext, token: Token) -> int | None:
    """ "the Group's President", "the Company's vice president" at ``token`` (the company
    noun): the company named last before, else the one the document names most often (a
    company's own news page names itself first as "the Group")."""
    ante = company_antecedent(ctx, token)
    if ante is not None:
        return ante
    counts = Counter(ctx.key(i) for i, f in enumerate(ctx.found) if f.cls == "Enterprise")
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return next(i for i, f in enumerate(ctx.found)
                if f.cls == "Enterprise" and ctx.key(i) == ranked[0][0])


def _opens_sentence(token: Token) -> bool:
    return not any(t.is_alpha for t in token.doc[token.sent.start : token.i])


def previous_subject(ctx: DocContext, token: Token, cls: str | AbstractSet[str]) -> int | None:
    """For an "It" that opens a sentence: the ``cls`` name that is the subject of the
    sentence before in the same paragraph ("Zorvan Group is a German firm. It will open a
    plant in Linzhou"), or the company a subject "The company" stands for."""
    classes = {cls} if isinstance(cls, str) else cls
    if not _opens_sentence(token):
        return None
    si = ctx.sentence_of(token)
    if si == 0:
        return None
    prev = ctx.sents[si - 1]
    words = [t for t in prev if not t.is_space]
    if not words or "\n" in ctx.text[words[-1].idx : token.idx]:
        return None
    for subj in (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        idx = ctx.mention_at(subj)
        if idx is None and "Enterprise" in classes and subj.lower_ in COMPANY_NOUNS and any(
                c.lower_ in ("the", "this") for c in subj.children):
            idx = company_antecedent(ctx, subj)
        if idx is not None and ctx.found[idx].cls in classes:
            return idx
        return None
    return None


# What a company sells: "Its products are sold to Europe" is the company selling.
_WARES = {"product", "good", "export", "item", "brand", "ware", "commodity"}


def wares_owner(ctx: DocContext, subj: Token, classes: AbstractSet[str]) -> int | None:
    """ "A makes pumps. Its products are sold to Europe": the owner of "its" wares, the
    ``classes`` name named before in the sentence, else the subject of the sentence before."""
    if subj.lemma_.lower() not in _WARES:
        return None
    its = [c for c in subj.children if c.dep_ == "poss" and c.lower_ == "its"]
    if not its:
        return None
    before = [i for i in ctx.in_sentence(subj.sent) if ctx.found[i].cls in classes
              and ctx.found[i].span.end <= its[0].i]
    if before:
        return before[-1]
    return previous_subject(ctx, its[0], classes)
