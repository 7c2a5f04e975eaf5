"""One post said once for several people: "Mr. A and Mr. B, both Vice Consul-General of the X
Consulate-General in Y, attended" -> each holds a post in the body (an Official when the body
is an organ of state). ``posts`` reads a plural post ("deputy directors of X"); "both" with a
singular one escaped it.
"""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import HONORIFICS, TITLE_PREFIX
from kg.extract.people.officials import title_head
from kg.extract.people.posts import is_state_org

_PEOPLE = {"Person", "Official"}
_BODIES = {"GovernmentBody", "Organization", "Enterprise"}


def _people_before(ctx: DocContext, idx: int) -> list[int]:
    """``idx`` and the people listed right before it, joined by commas, "and", honorifics."""
    doc = ctx.doc
    out = [idx]
    i = ctx.found[idx].span.start - 1
    while i >= 0:
        if doc[i].lower_ in (",", "and") or doc[i].lower_ in HONORIFICS:
            i -= 1
            continue
        prev = ctx.mention_at(doc[i])
        if prev is None or ctx.found[prev].cls not in _PEOPLE or prev in out:
            break
        out.append(prev)
        i = ctx.found[prev].span.start - 1
    return out


@relation_rule("post-both")
def both_posts(ctx: DocContext) -> None:
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        k = f.span.end
        if f.cls not in _PEOPLE or k + 2 >= len(doc) or doc[k].text != "," or (
                doc[k + 1].lower_ != "both"):
            continue
        post = doc[k + 2]
        word = post.lower_.split("-")[-1]
        if not (post.text[:1].isupper() and (post.lower_ in TITLE_PREFIX or title_head(word))):
            continue
        group = _people_before(ctx, idx)
        if len(group) != 2:
            continue  # "both": two people
        # the body: the first named after "of" before the post's clause ends
        body = None
        j = k + 2
        while j < len(doc) and doc[j].text not in (",", ";", ".") and doc[j].pos_ != "VERB":
            m = ctx.mention_at(doc[j])
            if m is not None and ctx.found[m].cls in _BODIES and doc[j - 1].lower_ in (
                    "of", "the"):
                body = m
                break
            j += 1
        if body is None:
            continue
        title = doc[k + 2 : ctx.found[body].span.end].text
        state = ctx.found[body].cls == "GovernmentBody" or is_state_org(ctx.found[body].text)
        for member in group:
            m = ctx.found[member]
            if title not in m.titles:
                m.titles.append(title)
            if state:
                m.cls = "Official"
            # no servesIn here: a mission's diplomats serve in no place (ANNOTATION.md), and
            # an organ's place is read from the title by the jurisdiction rules
            ctx.add(member, "holdsPositionIn", body, ctx.sentence(post), "post-both", 0.8)
