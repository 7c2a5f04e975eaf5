"""Small readings of the parse that relation rules share: whether a name hangs on a trigger
through nouns only, the named subjects of the clause a verb takes, whether a word is inside
quoted speech."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.lexicon import HONORIFICS, TITLE_HEADS


def no_verb_between(token: Token, top: Token) -> bool:
    """Does ``token`` hang on ``top`` through nouns and prepositions only? ("implement the
    X Initiative", not "promoting exports ... and filling in the X outline")."""
    for _ in range(10):
        token = token.head
        if token.i == top.i:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
    return False


def clause_subjects(ctx: DocContext, verb: Token, classes: AbstractSet[str]) -> list[int]:
    """ "will help A expand overseas", "supported A to go global": the names that are the
    subject of the clause ``verb`` takes."""
    return [i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
            if s.dep_ == "nsubj" for i in mentions_in(ctx, [s], classes)]


def list_tail(ctx: DocContext, items: list[int], classes: AbstractSet[str]) -> list[int]:
    """The names a list goes on with on the surface after its last item: "with A, B, and C
    increase" where the parser made C the subject of the next verb. Read only after "and" /
    "or" (an Oxford comma allowed) and an article, and only names of ``classes``."""
    if not items:
        return []
    doc = ctx.doc
    last = max(items, key=lambda i: ctx.found[i].span.start)
    k = ctx.found[last].span.end
    sent_end = ctx.found[last].span.sent.end
    if k < sent_end and doc[k].text == ",":
        k += 1
    if k >= sent_end or doc[k].lower_ not in ("and", "or"):
        return []
    k += 1
    while k < sent_end and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    idx = ctx.mention_at(doc[k]) if k < sent_end else None
    if idx is None or idx in items or ctx.found[idx].cls not in classes or (
            ctx.found[idx].span.start != k):
        return []
    return [idx]


def post_holder(ctx: DocContext, subj: Token, found: list[int]) -> int | None:
    """ "The Director of the X Office in Wuhan, Mr Li Wenhua, attended ...", "The head of A
    Group, Li Wenhua, spoke ...": the person set off by a comma after the post that heads the
    subject acts, not the body the post names (the parser often hangs the person on it)."""
    if subj.lower_ not in TITLE_HEADS:
        return None
    doc = ctx.doc
    for idx in found:
        f = ctx.found[idx]
        if f.cls not in ("Official", "Person") or f.span.start <= subj.i:
            continue
        k = f.span.start - 1
        while k > subj.i and (doc[k].lower_ in HONORIFICS or doc[k].lower_ + "." in HONORIFICS):
            k -= 1
        if k > subj.i and doc[k].text == ",":
            return idx
    return None


def named_after_of(ctx: DocContext, idx: int, classes: AbstractSet[str]) -> int | None:
    """The name of ``classes`` right after "of" (or "of the") that follows mention ``idx``:
    "Zhang Wei of the Ministry of Commerce", "Governor Kim of Gyeonggi Province"."""
    doc = ctx.doc
    j = ctx.found[idx].span.end
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    if doc[j].lower_ == "the" and j + 1 < len(doc):
        j += 1
    found = ctx.mention_at(doc[j])
    return found if found is not None and ctx.found[found].cls in classes else None


def list_preposition(ctx: DocContext, idx: int) -> str:
    """The preposition a name's list hangs on: "with Qinghai and Haixi" -> "with" for both."""
    root = ctx.found[idx].span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.head.lower_ if root.dep_ == "pobj" else ""


def in_quote(ctx: DocContext, token: Token) -> bool:
    """Inside quoted speech? ("our orders from Japan": "our" is the speaker's, not the
    province's.) Counts unclosed opening quotes since the start of the line."""
    text = ctx.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    before = text[line_start:token.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
