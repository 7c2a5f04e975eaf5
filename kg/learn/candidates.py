"""All candidate pairs of a document: in a sentence (``features``), then across a passage
(``passage``), with the parse read once for both."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.gatherings.eventrefs import cited
from kg.learn.features import Candidate, Tokens, currency_mentions, sentence_candidates
from kg.learn.passage import Passage, passage_candidates

if TYPE_CHECKING:
    from kg.extract.context import DocContext

_MEMO = "kg.learn.candidates"  # this module's entry in DocContext.memo


@dataclass
class _Read:
    """What the candidates of one document read, kept in its context between calls (the
    relation model asks twice: for its own statements, then for the rules' pairs)."""

    mentions: int  # len(ctx.found) when read: a context that gained mentions is read anew
    toks: Tokens
    roots: list[int]
    skip: set[int]
    passage: Passage
    features: dict[tuple[int, int, int], tuple[str, ...]] = field(default_factory=dict)


def _read(ctx: DocContext) -> _Read:
    got = ctx.memo.get(_MEMO)
    if not isinstance(got, _Read) or got.mentions != len(ctx.found):
        # (an event whose spirit is followed is cited, not attended: the rules skip it too)
        skip = currency_mentions(ctx) | {i for i, f in enumerate(ctx.found)
                                         if f.cls == "Event" and cited(f.span)}
        toks = Tokens(ctx.doc)
        roots = [f.span.root.i for f in ctx.found]
        got = ctx.memo[_MEMO] = _Read(len(ctx.found), toks, roots, skip,
                                      Passage(ctx, toks, roots, skip))
    return got


def candidates(
    ctx: DocContext,
    only: AbstractSet[str] | None = None,
    pairs: AbstractSet[tuple[str, str]] | None = None,
) -> Iterator[Candidate]:
    """Every candidate pair of ``ctx`` in text order: same-sentence pairs, then pairs across
    a passage. ``only``: just the candidates for these relations, ``pairs``: just those
    whose (subject, object) names are among these (features are the costly part: a pair's
    are worked out once per context, whichever call reads it first).
    ``asserted`` on each candidate records what the rules said of the pair; no feature
    reads it."""
    asserted: dict[tuple[int, int], set[str]] = defaultdict(set)
    for h in ctx.hits:
        asserted[(h.subj, h.obj)].add(h.pred)
    read = _read(ctx)
    yield from sentence_candidates(ctx, read.toks, read.roots, asserted, read.skip, only,
                                   pairs, read.features)
    yield from passage_candidates(ctx, read.passage, asserted, only, pairs)
