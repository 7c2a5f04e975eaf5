"""A trade figure states trade: "Xinjiang's exports to Kazakhstan reached 35 billion yuan" says
that Xinjiang trades with Kazakhstan (ANNOTATION.md: exports to, imports from), whichever verb
carries the figure and however far back the text names Xinjiang. The figure reader has
already settled the figure's area and counterpart (``kg.extract.facts.figures``); this turns
each exports, imports or trade figure with both into a ``tradesWith`` statement of its
sentence, when the schema allows the two classes and no rule said it there already."""

from __future__ import annotations

from dataclasses import replace

from kg.model import Extraction, RelationMention
from kg.schema import DOMAIN_RANGE

EXTRACTOR = "trade-figure"
TRADE_MEASURES = frozenset({"exports", "imports", "trade"})


def trade_statements(extraction: Extraction, confidence: float) -> Extraction:
    """``extraction`` with a ``tradesWith`` statement per trade figure that has an area and a
    counterpart (``confidence``: the measured precision of such statements)."""
    traders, markets = DOMAIN_RANGE["tradesWith"]
    mentions = extraction.mentions
    def key(subj: int, obj: int, sent_start: int) -> tuple[str, str, int]:
        # the same names, not the same mention: the area may be read from an earlier one
        return mentions[subj].text.casefold(), mentions[obj].text.casefold(), sent_start

    stated = {key(r.subj, r.obj, r.sent_start) for r in extraction.relations
              if r.pred == "tradesWith"}  # fmt: skip
    added: list[RelationMention] = []
    for f in extraction.figures:
        if f.measure not in TRADE_MEASURES or f.counterpart is None:
            continue
        area, other = mentions[f.area], mentions[f.counterpart]
        said = key(f.area, f.counterpart, f.sent_start)
        if (area.cls not in traders or other.cls not in markets or said in stated
                or area.text.casefold() == other.text.casefold()):
            continue
        stated.add(said)
        added.append(RelationMention(f.area, "tradesWith", f.counterpart, f.sent_start,
                                     f.sent_end, EXTRACTOR, confidence))
    if not added:
        return extraction
    return replace(extraction, relations=extraction.relations + tuple(added))
