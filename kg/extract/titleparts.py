"""Names in a target phrase that only describe something else: a firm's seat ("a
Tianjin-based firm"). ``grammar.targets_of`` leaves them out.
"""

from __future__ import annotations

from kg.extract.context import DocContext


def hyphen_based(ctx: DocContext, idx: int) -> bool:
    """ "a Tianjin-based firm": the place only says where the firm is, it is no target."""
    end, doc = ctx.found[idx].span.end, ctx.doc
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in (
        "based", "headquartered")
