"""What the people-typing model sees of a person: the words around each of its mentions.

A person named in a document is an Official when the text gives them a party or state post
and a Person otherwise (ANNOTATION.md). The model reads, for every mention of one person in
one document, the words on either side in its sentence (other mentions' words replaced by
their class: "@Province Governor", "@Enterprise chairman"), the words next to the name, and
its place in the parse (apposition, the noun it modifies). No feature says what a hand rule
decided and no feature is the name itself: the model has to carry to new text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kg.extract imports this package: no import cycle at run time
    from kg.extract.context import DocContext, Found

PEOPLE = ("Official", "Person")
SIDE = 8  # words read on each side of a mention, inside its sentence
_DEPS = ("appos", "compound", "amod", "nmod", "acl", "prep")


def token_classes(ctx: DocContext) -> dict[int, str]:
    out: dict[int, str] = {}
    for f in ctx.found:
        for i in range(f.span.start, f.span.end):
            out.setdefault(i, f.cls)
    return out


def _word(ctx: DocContext, i: int, classes: dict[int, str]) -> str | None:
    tok = ctx.doc[i]
    if tok.is_punct or tok.is_space:
        return None
    cls = classes.get(i)
    return "@" + cls if cls else tok.lower_


def mention_features(ctx: DocContext, f: Found, classes: dict[int, str]) -> set[str]:
    doc, span = ctx.doc, f.span
    sent = span.sent
    feats: set[str] = set()
    before = [w for i in range(max(sent.start, span.start - SIDE), span.start)
              if (w := _word(ctx, i, classes))]
    after = [w for i in range(span.end, min(sent.end, span.end + SIDE))
             if (w := _word(ctx, i, classes))]
    feats.update("L:" + w for w in before)
    feats.update("R:" + w for w in after)
    # the words touching the name, punctuation included: "Governor X", "X, mayor of"
    prev = doc[span.start - 1].lower_ if span.start > sent.start else "<s>"
    nxt = doc[span.end].lower_ if span.end < sent.end else "</s>"
    feats.add("L1:" + ("@" + classes[span.start - 1] if span.start - 1 in classes else prev))
    feats.add("R1:" + ("@" + classes[span.end] if span.end in classes else nxt))
    if nxt in (",", "(") and span.end + 1 < sent.end:
        feats.add("R2:" + (_word(ctx, span.end + 1, classes) or doc[span.end + 1].lower_))
    root = span.root
    feats.add("dep:" + root.dep_)
    if root.head.i != root.i and not span.start <= root.head.i < span.end:
        feats.add(f"head:{root.dep_}:{root.head.lemma_.lower()}")
    for ch in root.children:
        if ch.dep_ in _DEPS and not span.start <= ch.i < span.end:
            feats.add(f"child:{ch.dep_}:{ch.lemma_.lower()}")
    feats.add(f"words:{min(len(span), 4)}")
    if span.start == sent.start:
        feats.add("first-in-sentence")
    return feats


def person_key(f: Found) -> str:
    return (f.cand.refers_to or f.text).casefold()


def people(ctx: DocContext) -> list[tuple[str, list[int]]]:
    """Each person of the document: the name its mentions stand for (casefolded) and the
    mentions' indexes in ``ctx.found``, in name order."""
    groups: dict[str, list[int]] = {}
    for i, f in enumerate(ctx.found):
        if f.cls in PEOPLE:
            groups.setdefault(person_key(f), []).append(i)
    return sorted(groups.items())


def person_features(ctx: DocContext, idxs: list[int], classes: dict[int, str]) -> set[str]:
    """The union of one person's mentions' features (``classes``: ``token_classes(ctx)``)."""
    feats: set[str] = set()
    for i in idxs:
        feats |= mention_features(ctx, ctx.found[i], classes)
    feats.add(f"mentions:{min(len(idxs), 3)}")
    return feats


def entity_features(ctx: DocContext) -> Iterator[tuple[str, set[str], list[int]]]:
    """Each person of the document (``people``): its key, the union of its mentions' features
    and the mentions' indexes in ``ctx.found``."""
    classes = token_classes(ctx)
    for key, idxs in people(ctx):
        yield key, person_features(ctx, idxs, classes), idxs
