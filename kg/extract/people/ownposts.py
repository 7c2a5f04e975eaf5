"""Posts in an organisation named only by a common noun: "Carlos Mendez, president of the
chamber, said"; "The chairman of the company, Zhu Hanlin, wants"; "Arlo Venn, board director
of the company". The noun stands for the organisation of its kind named last before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.agents import PEOPLE
from kg.extract.antecedents import company_antecedent
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import HONORIFICS, TITLE_PREFIX, classes
from kg.extract.people.officials import title_head

_NOUNS = classes("referring_org_nouns")
_BODY_ORGS = {"GovernmentBody", "Organization", "Enterprise"}
_ENDS = {",", ";", ".", ")", "and", "said", "says", "told", "added", "noted"}


def _title_words(doc: Doc, lo: int, hi: int) -> bool:
    """Are ``doc[lo:hi]`` the words of a post ("board director", "vice president and general
    manager", "global business development manager"): a post's head word last, before it only
    lower-case words or a post's capitalised words?"""
    if hi <= lo or hi - lo > 6 or not title_head(doc[hi - 1].lower_.split("-")[-1]):
        return False
    return all(tok.is_lower and tok.is_alpha or tok.text == "-" or tok.lower_ in TITLE_PREFIX
               or title_head(tok.lower_.split("-")[-1]) for tok in doc[lo:hi])


def _noun_after_of(doc: Doc, of: int, end: int) -> int | None:
    """ "of the chamber" / "of the company" at ``of``: the noun's index, when the phrase ends
    there (not "of the company's unit", "of the company board")."""
    k = of + 1
    if k >= end or doc[of].lower_ != "of" or doc[k].lower_ not in ("the", "this"):
        return None
    k += 1
    if k >= end or doc[k].lemma_.lower() not in _NOUNS or doc[k].lower_.endswith("s") and (
            doc[k].lemma_.lower() != doc[k].lower_):
        return None
    return k if k + 1 >= end or doc[k + 1].lower_ in _ENDS else None


def _owner(ctx: DocContext, noun: int) -> int | None:
    """The organisation the noun at ``noun`` stands for."""
    tok = ctx.doc[noun]
    cls = _NOUNS[tok.lemma_.lower()]
    if cls == "Enterprise":
        return company_antecedent(ctx, tok, window=1200)
    ante = ctx.antecedent(tok, cls, window=1200)
    if ante is None or tok.lemma_.lower() not in ctx.found[ante].text.lower():
        return None
    return ante


def _after(ctx: DocContext, idx: int) -> int | None:
    """ "NAME, [the] POST of the NOUN": the noun's index; "NAME, POST (AREA) of ORG": minus one
    minus the organisation's mention."""
    doc = ctx.doc
    span = ctx.found[idx].span
    end = span.sent.end
    k = span.end
    if k + 1 >= end or doc[k].text != ",":
        return None
    k += 1
    if doc[k].lower_ in ("the", "a", "an"):
        k += 1
    of = next((j for j in range(k, min(end, k + 7)) if doc[j].lower_ in ("of", "(")), None)
    if of is None or not _title_words(doc, k, of):
        return None
    if doc[of].text == "(":
        # "regional sales manager (Asia Pacific) of Norvale Packaging": the post's area
        close = next((j for j in range(of, min(end, of + 6)) if doc[j].text == ")"), None)
        if close is None or close + 1 >= end or doc[close + 1].lower_ != "of":
            return None
        named = ctx.mention_at(doc[close + 2]) if close + 2 < end else None
        if named is not None and ctx.found[named].cls in _BODY_ORGS:
            return -1 - named  # a named organisation, not a noun
        of = close + 1
    return _noun_after_of(doc, of, end)


def _before(ctx: DocContext, idx: int) -> int | None:
    """ "The POST of the NOUN, [Mr] NAME": the noun's index; "The POST of ORG, NAME": minus one
    minus the organisation's mention."""
    doc = ctx.doc
    span = ctx.found[idx].span
    start = span.sent.start
    k = span.start - 1
    while k > start and doc[k].lower_.rstrip(".") in HONORIFICS | {"mr", "ms", "mrs", "dr"}:
        k -= 1
    if k - 3 < start or doc[k].text != ",":
        return None
    named = ctx.mention_at(doc[k - 1])
    if named is not None and ctx.found[named].cls in _BODY_ORGS:
        of = ctx.found[named].span.start - 1
        of -= 1 if of > start and doc[of].lower_ == "the" else 0
        found: int | None = -1 - named
    else:
        of = k - 3
        found = _noun_after_of(doc, of, span.start) if of > start else None
    if found is None or of <= start or doc[of].lower_ != "of":
        return None
    lo = of
    while lo > start and of - lo < 6 and doc[lo - 1].lower_ not in ("the", ",", "a", "an"):
        lo -= 1
    if lo - 1 < start or doc[lo - 1].lower_ != "the" or not _title_words(doc, lo, of):
        return None
    return found


def _respectively(ctx: DocContext) -> list[tuple[int, int]]:
    """ "A and B, chairman and president of ORG respectively": (person, organisation) for
    both; "A and B, respectively chairman of ORG1 and president of ORG2": in order."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    for i, f in enumerate(ctx.found):
        if f.cls not in PEOPLE or f.span.start < 2 or doc[f.span.start - 1].lower_ != "and":
            continue
        first = ctx.mention_at(doc[f.span.start - 2])
        sent_end = f.span.sent.end
        k = f.span.end
        if first is None or ctx.found[first].cls not in PEOPLE or k >= sent_end or (
                doc[k].text != ","):
            continue
        words = doc[k + 1 : min(sent_end, k + 16)]
        lowered = [t.lower_ for t in words]
        if "respectively" not in lowered:
            continue
        stop = lowered.index("respectively")
        orgs = [o for o in dict.fromkeys(ctx.mention_at(t) for t in words[:stop] if
                                         ctx.mention_at(t) is not None)
                if ctx.found[o].cls in _BODY_ORGS]
        if stop == 0:  # "respectively T1 of ORG1 and T2 of ORG2"
            rest = words[1:]
            orgs = [o for o in dict.fromkeys(ctx.mention_at(t) for t in rest
                                             if ctx.mention_at(t) is not None)
                    if ctx.found[o].cls in _BODY_ORGS][:3]
            if len(orgs) == 2:
                out += [(first, orgs[0]), (i, orgs[1])]
        elif len(orgs) == 1 and ctx.found[orgs[0]].span.end == words[stop].i:
            out += [(first, orgs[0]), (i, orgs[0])]
    return out


@relation_rule("post-of-the-noun")
def posts_of_the_noun(ctx: DocContext) -> None:
    for idx, f in enumerate(ctx.found):
        if f.cls not in PEOPLE:
            continue
        noun = _after(ctx, idx)
        if noun is None:
            noun = _before(ctx, idx)
        if noun is None:
            continue
        owner = -1 - noun if noun < 0 else _owner(ctx, noun)
        if owner is not None:
            ctx.add(idx, "holdsPositionIn", owner, f.span.sent, "post-of-the-noun", 0.7)
    for person, org in _respectively(ctx):
        ctx.add(person, "holdsPositionIn", org, ctx.found[person].span.sent, "post-of-the-noun",
                0.7)
