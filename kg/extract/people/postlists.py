"""Several posts in one apposition: "Zhao Ming, Member of the Standing Committee of the X
Provincial Party Committee, Executive Vice Governor and Secretary of the Party Work Committee
of the Y Zone, attended": each post's body is the person's, not only the first one's
(titles.py reads the first post; it is over its size cap)."""

from __future__ import annotations

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import TITLE_PREFIX
from kg.extract.people.officials import title_head

_BODIES = {"GovernmentBody", "Organization", "Enterprise"}
_PEOPLE = {"Person", "Official"}


def _opens_post(ctx: DocContext, k: int) -> bool:
    """A capitalised post word ("Executive Vice Governor", "Secretary of ...")."""
    tok = ctx.doc[k]
    word = tok.lower_.split("-")[-1]
    return tok.text[:1].isupper() and (word in TITLE_PREFIX or title_head(word))


@relation_rule("post-list")
def listed_posts(ctx: DocContext) -> None:
    """ "NAME, POST of A, POST and POST of B, ...": NAME holds a post in A and in B. The run
    of posts ends at the first part that does not open with a capitalised post word or that
    names a person (the next one's post)."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in PEOPLE or f.cls not in _PEOPLE:
            continue
        sent = f.span.sent
        k = f.span.end
        if k + 1 >= sent.end or doc[k].text != "," or not _opens_post(ctx, k + 1):
            continue
        bodies: list[int] = []
        parts = 0
        while k < sent.end and doc[k].text in (",", "and") and k + 1 < sent.end:
            k += 1
            if doc[k].lower_ == "and" and k + 1 < sent.end:
                k += 1
            if not _opens_post(ctx, k):
                break
            parts += 1
            named: list[int] = []
            while k < sent.end and doc[k].text not in (",", ";", ".", "(", ")") and not (
                    doc[k].lower_ == "and" and k + 1 < sent.end and _opens_post(ctx, k + 1)):
                m = ctx.mention_at(doc[k])
                if m is not None and ctx.found[m].cls in _PEOPLE:
                    named = []
                    k = sent.end  # another person's post
                    break
                if m is not None and ctx.found[m].cls in _BODIES and m not in named:
                    named.append(m)
                    k = max(k + 1, ctx.found[m].span.end)
                    continue
                k += 1
            bodies += named[:1]  # "Secretary of the X Committee of Y": the post's own body
        if parts < 2:
            continue  # one post: titles.py's
        for body in bodies:
            ctx.add(idx, "holdsPositionIn", body, sent, "title", 0.8)
