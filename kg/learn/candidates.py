"""All candidate pairs of a document: in a sentence (``features``), then across a passage
(``passage``), with the parse read once for both."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from kg.learn.features import Candidate, Tokens, currency_mentions, sentence_candidates
from kg.learn.passage import passage_candidates

if TYPE_CHECKING:
    from kg.extract.context import DocContext


def candidates(
    ctx: DocContext,
    only: AbstractSet[str] | None = None,
    pairs: AbstractSet[tuple[str, str]] | None = None,
) -> Iterator[Candidate]:
    """Every candidate pair of ``ctx`` in text order: same-sentence pairs, then pairs across
    a passage. ``only``: just the candidates for these relations, ``pairs``: just those
    whose (subject, object) names are among these (features are the costly part).
    ``asserted`` on each candidate records what the rules said of the pair; no feature
    reads it."""
    asserted: dict[tuple[int, int], set[str]] = defaultdict(set)
    for h in ctx.hits:
        asserted[(h.subj, h.obj)].add(h.pred)
    skip = currency_mentions(ctx)
    toks = Tokens(ctx.doc)
    roots = [f.span.root.i for f in ctx.found]
    yield from sentence_candidates(ctx, toks, roots, asserted, skip, only, pairs)
    yield from passage_candidates(ctx, toks, roots, asserted, skip, only, pairs)
