"""The relation model's candidate pairs are read once per document (kg.learn.candidates keeps
the parse as lists and each pair's features in DocContext.memo): what a second call reads
must be what a first call on a fresh context would have made."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.learn.candidates import candidates

TEXT = (
    "Zhao Minghui, Governor of Hunan Province, met a delegation from Norvalia on Tuesday. "
    "The delegation was led by Erik Brandvold, Minister of Trade of Norvalia. "
    "They attended the 3rd Lakeside Investment Fair in Changsha, where Brightwater Foods "
    "signed a deal with Hunan Orchard Group. It will open a plant in Yueyang next year."
)


def _read(cands: list) -> list[tuple[int, int, int, tuple[str, ...], tuple[str, ...]]]:
    return [(c.subj, c.obj, c.sent, c.preds, c.features) for c in cands]


@pytest.mark.parametrize("first", [None, frozenset({"participatesIn", "locatedIn"}),
                                   frozenset({"servesIn"})])
def test_second_call_reads_what_a_fresh_context_makes(extractor: Extractor,
                                                      first: frozenset[str] | None) -> None:
    doc = extractor.nlp(TEXT)
    fresh = extractor.rules_context(doc)
    every = list(candidates(fresh))
    assert every, "the text has candidate pairs"
    ctx = extractor.rules_context(doc)
    list(candidates(ctx, first))  # reads part of the pairs first (the model's own relations)
    assert _read(candidates(ctx)) == _read(every)
    wanted = {(ctx.found[c.subj].text, ctx.found[c.obj].text) for c in every[::3]}
    assert _read(candidates(ctx, pairs=wanted)) == _read(
        c for c in every if (ctx.found[c.subj].text, ctx.found[c.obj].text) in wanted)

