"""Names said two ways, both kept on the mention (the graph's node gets both; a reader or
a later document may use either):

* a state's office named with its seat ("the Ruritanian Embassy in China", found by
  kg/extract/missions.py) is also called without it, and is located in the seat: the seat,
  a word of the office's name, gets a mention of its own with the locatedIn. Added after
  the rules, as the places inside an organ's name (DocContext.add_inner_jurisdictions), so
  no rule reads the seat in place of the office;
* a foreign province named as "X Province" (a Region named X, kg/extract/names.py) keeps
  "X Province" as its other name.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext, Found
from kg.extract.missions import seat_of
from kg.extract.names import Candidate

_PROVINCE_AFTER = re.compile(r"[ \t]+Province\b")


def add_seats(ctx: DocContext) -> None:
    for idx, f in enumerate(list(ctx.found)):
        if f.cand.extractor == "foreign-province":
            after = _PROVINCE_AFTER.match(ctx.text, f.cand.end)
            if after is not None:
                f.aliases.append(f"{f.text} Province")  # "Quang Tri Province"
            continue
        if f.cls not in ("GovernmentBody", "Organization"):
            continue
        seat = seat_of(f.text, ctx.gaz)
        if seat is None:
            continue
        short, start, end = seat
        f.aliases.append(short)
        place = ctx.gaz.place(f.text[start:end])
        span = ctx.doc.char_span(f.cand.start + start, f.cand.start + end,
                                 alignment_mode="expand")
        if place is None or span is None:
            continue
        cand = Candidate(span.start_char, span.end_char, span.text, place.cls, "inner-place",
                         f.cand.confidence, 1)
        ctx.found.append(Found(cand, span, place.cls))
        ctx.add(idx, "locatedIn", len(ctx.found) - 1, ctx.sentence(f.span), "mission-seat", 0.8)
