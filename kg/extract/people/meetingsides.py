"""Who is on a side of a meeting (kg/extract/people/meetings.py finds the sides' head words):
the named people in the side's phrase, else the bodies there; not the place of the meeting
nor the people "accompanying" or "attending"; the holders of a post its head word names
("met the ambassador"); the person "him" points back to; the document's delegation leader for
"the delegation"; the one visitor for "the guests"; the people listed with their posts.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, VAGUE_HEADS
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import with_conjuncts
from kg.extract.leaders import one_visitor, people_named
from kg.extract.lexicon import TITLE_HEADS, title_pattern
from kg.schema import DOMAIN_RANGE

BODIES = DOMAIN_RANGE["metWith"][1] - PEOPLE


# Places and times of the meeting are not its other side.
_SCENE_PREPS = {"in", "at", "on", "during", "after", "before", "inside"}
_NOT_A_SIDE = {"accompany", "attend", "present", "witness"}


def _scene(ctx: DocContext, idx: int) -> bool:
    """A name that says where the meeting was ("met B at the Ministry of Commerce")."""
    root = ctx.found[idx].span.root
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in _SCENE_PREPS


def _accompanying(token: Token, stop: Token) -> bool:
    """Inside an "accompanied by ..." or "attended by ..." phrase below ``stop``."""
    node = token
    for _ in range(12):
        if node.i == stop.i or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.i == stop.head.i:
            return False  # "held talks and attended the signing with B": B is met
        if node.lemma_.lower() in _NOT_A_SIDE:
            return True
        node = node.head
    return False


def present_with(token: Token, stop: Token, seen: dict[int, bool] | None = None) -> bool:
    """In a "with B (and C) attending" or "with B present" phrase below ``stop``: the parser
    hangs the participle over the names, on "with", or beside the names as their clause.
    ``seen``: what each "with" read says, kept by a caller asking for many tokens."""
    if _accompanying(token, stop):
        return True
    node = token
    for _ in range(12):
        if node.i == stop.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ == "with":
            if seen is not None and node.i in seen:
                return seen[node.i]
            names = [g for c in node.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)]
            got = any(c.lemma_.lower() in _NOT_A_SIDE for c in node.children) or any(
                c.dep_ == "acl" and c.lemma_.lower() in _NOT_A_SIDE
                for g in names for c in g.children)
            if seen is not None:
                seen[node.i] = got
            return got
        node = node.head
    return False


def named_side(ctx: DocContext, heads: Iterable[Token], stop: Token, agent: bool = False
               ) -> list[int]:
    """The named people in the phrases of ``heads``, else the bodies there. The agent's side
    is never inside the meeting's own phrase ("Karl Olsen, who met Li Ming, said")."""
    heads = list(heads)
    inside = {t.i for t in stop.subtree} if agent and any(
        h.is_ancestor(stop) for h in heads) else set()
    # (only tokens of a mention count: present_with walks up the parse for each)
    seen: dict[int, bool] = {}
    tokens = [t for h in heads for t in h.subtree if t.i not in inside
              and ctx.mention_at(t) is not None and not present_with(t, stop, seen)]
    people = mentions_in(ctx, tokens, PEOPLE)
    if people:
        return people
    return [i for i in mentions_in(ctx, tokens, BODIES) if not _scene(ctx, i)]


# A list of people with their posts runs on until the next finite verb ("..., Jiefang Daily
# reported"); the parse of such lists is too loose to follow.
_FINITE = {"VBD", "VBZ", "VBP", "MD", "VBG"}


def listed_people(ctx: DocContext, start: Token, sent: Span) -> list[int]:
    """The people named after ``start`` up to the next finite verb or "accompanied by"."""
    tokens: list[Token] = []
    for tok in sent.doc[start.i + 1 : sent.end]:
        if tok.lemma_.lower() in _NOT_A_SIDE or (
                tok.pos_ in ("VERB", "AUX") and tok.tag_ in _FINITE
                and tok.lower_ != "including"):  # ("envoys including A, B": the list)
            break
        tokens.append(tok)
    return mentions_in(ctx, tokens, PEOPLE)


def bodies_listed_on(ctx: DocContext, side: list[int]) -> list[int]:
    """ "met with leaders from the X Office, the Y Bureau and the Z Council": the bodies the
    text lists on after the side's last one (the parser hangs them elsewhere)."""
    if not side or any(ctx.found[i].cls in PEOPLE for i in side):
        return []
    doc, out = ctx.doc, []
    k = max(ctx.found[i].span.end for i in side)
    end = ctx.found[side[0]].span.sent.end
    while k < end:
        while k < end and doc[k].lower_ in (",", "and", "the", "as", "well"):
            k += 1
        idx = ctx.mention_at(doc[k]) if k < end else None
        if idx is None or ctx.found[idx].cls not in BODIES or idx in side or doc[k - 1].lower_ \
                not in (",", "and", "the") or ctx.found[idx].span.root.dep_ in (
                    "nsubj", "nsubjpass"):  # (", and the Y Bureau hosted ...": a new clause)
            break
        out.append(idx)
        k = ctx.found[idx].span.end
    return out


def _pronoun_person(ctx: DocContext, pron: Token) -> int | None:
    """ "Lars Berg arrived in Jinan. Governor Li Ming met with him": the one person the
    sentence before names, when no person in this sentence before the pronoun has that name."""
    si = ctx.sentence_of(pron)
    if si == 0:
        return None
    here = {ctx.key(i) for i in ctx.in_sentence(ctx.sents[si]) if ctx.found[i].cls in PEOPLE}
    prev = [i for i in ctx.in_sentence(ctx.sents[si - 1]) if ctx.found[i].cls in PEOPLE]
    names = {ctx.key(i) for i in prev}
    if len(names) != 1 or names & here:
        return None
    return prev[0]


def _post_holders(ctx: DocContext, head: Token) -> list[int]:
    """ "Governor meets Norwegian ambassador" (a headline), "met the ambassador": the one
    person of the document whose post that word heads; "Premiers met with B": every holder
    of that post the document names (two or three)."""
    word = head.lower_
    plural = word not in TITLE_HEADS and word.endswith("s") and word[:-1] in TITLE_HEADS
    if plural:
        word = word[:-1]
    if word not in TITLE_HEADS or word in VAGUE_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return []
    pattern = title_pattern(word)
    held = [i for i, f in enumerate(ctx.found) if f.cls in PEOPLE and f.span.end <= head.i
            and any(pattern.search(t) for t in (*f.titles, *f.aliases))] if plural else [
        i for i, f in enumerate(ctx.found) if f.cls in PEOPLE
        and any(pattern.search(t) for t in (*f.titles, *f.aliases))]
    names = people_named(ctx, held)
    if not plural:
        return held[:1] if len(names) == 1 else []
    out = [i for n, i in enumerate(held) if ctx.key(i) not in {ctx.key(j) for j in held[:n]}
           and ctx.key(i) in names]
    return out if len(out) <= 3 else []


def coordinated(ctx: DocContext, agents: list[Token]) -> list[Token]:
    """The agents and their conjuncts; "A and Governor B met C": the parser hangs B's first
    word on A as a conjunct and gives B's last word the verb, so A is B's conjunct too."""
    out = [t for a in agents for t in (a, *a.conjuncts)]
    for a in agents:
        idx = ctx.mention_at(a)
        span = ctx.found[idx].span if idx is not None else a.doc[a.i : a.i + 1]
        for tok in span:
            head = tok.head
            if tok.dep_ == "conj" and not span.start <= head.i < span.end and (
                    ctx.mention_at(head) is not None
                    and ctx.found[ctx.mention_at(head)].cls in PEOPLE):
                out += [head, *head.conjuncts]
    return out


def resolve_side(ctx: DocContext, heads: list[Token], stop: Token, leaders: list[int],
                 agent: bool = False) -> list[int]:
    side = named_side(ctx, heads, stop, agent)
    if not side and len(heads) == 1 and not heads[0].conjuncts:
        holders = _post_holders(ctx, heads[0])
        if holders:
            return holders
    own = [h for h in heads if h.lemma_.lower() not in _ENTOURAGE]  # "him and his delegation"
    if not side and len(own) == 1 and own[0].lower_ in ("him", "her") or (
            not side and len(own) == 1 and own[0].lower_ in ("he", "she")
            and own[0].dep_ == "nsubjpass"):
        person = _pronoun_person(ctx, own[0])
        return [] if person is None else [person]
    if side and len(heads) <= 2 and heads[0].lower_ in TITLE_HEADS and all(
            ctx.found[i].cls not in PEOPLE for i in side):
        # "met with the president of X Co., Ltd. Mr. B": the parser leaves B outside the
        # post's phrase; the person named right after it holds the post
        holder = _named_after(ctx, max(ctx.found[i].span.end for i in side))
        if holder is not None:
            return [holder]
    if side:
        return side
    # "the delegation" (no one named in it), "they" right after the leader's sentence: the
    # document's delegation leader (or its co-leaders)
    if leaders and (any(t.lower_ == "delegation" for h in heads for t in h.subtree)
                    or agent and [h.lower_ for h in own] == ["they"]
                    and _just_named(ctx, leaders[0], stop)):
        return leaders
    if agent and [h.lower_ for h in own] == ["they"]:
        group = _previous_group(ctx, stop)
        if group:  # "A and B visited X. They met with C."
            return group
    if not agent and heads and all(h.lemma_.lower() in _GUESTS and any(
            c.lower_ == "the" for c in h.children) for h in heads):
        # "met with the guests": the one visitor the document names
        visitor = one_visitor(ctx)
        return [] if visitor is None else [visitor]
    return []


def _previous_group(ctx: DocContext, token: Token) -> list[int]:
    """The two or more people the sentence before has as its subject ("they")."""
    si = ctx.sentence_of(token)
    if si == 0:
        return []
    root = ctx.sents[si - 1].root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = mentions_in(ctx, [t for c in subj for t in c.subtree], PEOPLE)
    group = list(dict.fromkeys(j for i in first for j in with_conjuncts(ctx, i, PEOPLE)))
    return group if len({ctx.key(i) for i in group}) >= 2 else []


def _named_after(ctx: DocContext, end: int) -> int | None:
    """The person whose name starts at token ``end`` (after an honorific or a comma)."""
    for i, f in enumerate(ctx.found):
        gap = ctx.doc[end : f.span.start] if f.span.start >= end else None
        if f.cls in PEOPLE and gap is not None and len(gap) <= 2 and all(
                t.is_punct or t.lower_.rstrip(".") in ("mr", "ms", "mrs", "dr") for t in gap):
            return i
    return None


def _just_named(ctx: DocContext, idx: int, token: Token) -> bool:
    """Is mention ``idx`` in the sentence of ``token`` or the one before, or two before with
    no person named in between ("A led a delegation. Consuls of 12 countries joined it. They
    met B": they are still A's delegation)?"""
    si = ctx.sentence_of(token)
    at = ctx.sentence_of(ctx.found[idx].span[0])
    if si - 1 <= at <= si:
        return True
    return at == si - 2 and not any(
        ctx.found[i].cls in PEOPLE for i in ctx.in_sentence(ctx.sents[si - 1]))


_ENTOURAGE = {"delegation", "party", "entourage", "team"}
_GUESTS = {"guest", "visitor"}
