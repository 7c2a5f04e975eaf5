"""The place a government named after "with" stands for: "signed deals with the Wuxi
government" -> Wuxi, "with the provincial government" -> the province named last."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext, mentions_in


def government_places(ctx: DocContext, verb: Token) -> list[int]:
    """ "with the Wuxi government": the place a government named "with" stands for, where
    that place is named in the text too."""
    out: list[int] = []
    bodies = mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                               for t in c.subtree), {"GovernmentBody"})
    for body in bodies:
        for tok in ctx.found[body].span:
            place = ctx.gaz.place(tok.text) if tok.pos_ == "PROPN" else None
            idx = None if place is None else ctx.place_index(place.name, ctx.found[body].span)
            if idx is not None and idx not in out:
                out.append(idx)
                break
    # "with the provincial / municipal government": the province or city named last
    for gov in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" and g.lower_ == "government"):
        kinds = [_LEVELS[c.lower_] for c in gov.children if c.lower_ in _LEVELS]
        ante = None if not kinds or ctx.mention_at(gov) is not None else ctx.antecedent(
            gov, kinds[0], window=1500)
        if ante is not None and ante not in out:
            out.append(ante)
    return out


_LEVELS = {"provincial": "Province", "municipal": "City", "city": "City"}
