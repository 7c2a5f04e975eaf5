"""Officials told by marks other than a post: a form of address only state office carries
("H.E. X", "Hon. X", "Comrade X") and speaking for a state or party organ ("On behalf of the
provincial government, X welcomed ...", "X, on behalf of the CPC Y Committee, ...")."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from kg.extract.context import DocContext, Found
from kg.extract.lexicon import OFFICIAL_WORDS, PRIVATE_POSTS, STATE_ADDRESSES
from kg.extract.nlp import positions
from kg.extract.people.officials import business_post, private_head

_BEHALF = frozenset({"behalf"})
_ORGAN_WORDS = OFFICIAL_WORDS - {"president", "official", "state", "mp", "senator", "sen.",
                                 "sen", "gov", "gov.", "lawmaker", "legislator"}


def _addressed(ctx: DocContext, f: Found) -> bool:
    """ "H.E. X", "the Hon. X", "His Excellency X", "Comrade X" (a "Mr."/"Mme" between)."""
    doc = ctx.doc
    i = f.span.start - 1
    while i >= 0 and doc[i].lower_ in ("mr.", "mr", "ms.", "ms", "mrs.", "mme", "mme.",
                                       "madam", "dr.", "."):
        i -= 1
    if i < 0:
        return False
    low = doc[i].lower_
    if low == "he" and not (i + 1 < len(doc) and doc[i + 1].text == "."):
        return False  # the pronoun
    return low in STATE_ADDRESSES and doc[i].text[:1].isupper()


def _for_organ(ctx: DocContext, behalf: Token) -> bool:
    """Whether "on behalf of" at ``behalf`` names a state or party organ before the clause's
    next comma."""
    doc = ctx.doc
    sent = ctx.sentence(behalf)
    k = behalf.i + 1
    if k >= sent.end or doc[k].lower_ != "of":
        return False
    end = k
    while end < sent.end and doc[end].text not in (",", ";", ".") and end < behalf.i + 25:
        end += 1
    if any(t.lower_ in PRIVATE_POSTS for t in doc[k:end]):
        return False  # "on behalf of the Provincial Chamber of Commerce"
    for j in range(k, end):
        idx = ctx.mention_at(doc[j])
        if idx is not None and ctx.found[idx].cls == "GovernmentBody":
            return True
        if doc[j].lower_ in _ORGAN_WORDS and doc[j].lower_ != "party" or (
                doc[j].lower_ == "party" and j + 1 < end
                and doc[j + 1].lower_ in ("committee", "committees")):
            return True
    return False


def _speaker(ctx: DocContext, behalf: Token) -> int | None:
    """The person who speaks for the organ: the subject of the verb "on behalf of" hangs on,
    or the name right before ", on behalf of"."""
    doc = ctx.doc
    on = doc[behalf.i - 1]
    verb = on.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "pcomp"):
        # "Speaking on behalf of the government, X said"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for tok in subjects + ([doc[on.i - 2]] if on.i >= 2 and doc[on.i - 1].text == "," else []):
        idx = ctx.mention_at(tok)
        if idx is not None and ctx.found[idx].cls in ("Person", "Official"):
            return idx
    return None


def _officials_deputy(ctx: DocContext, f: Found) -> bool:
    """ "Kisii Governor A, his deputy B": the deputy named right after an Official."""
    doc = ctx.doc
    i = f.span.start - 1  # "deputy", after "his" and a comma that ends the Official's name
    if i < 3 or doc[i].lower_ != "deputy" or doc[i - 1].lower_ not in ("his", "her") or (
            doc[i - 2].text != ","):
        return False
    idx = ctx.mention_at(doc[i - 3])
    return idx is not None and ctx.found[idx].cls == "Official"


def mark_officials(ctx: DocContext) -> None:
    """Retype as Officials the people a form of address, an Official's deputyship or speaking
    for an organ marks."""
    for f in ctx.found:
        if f.cls == "Person" and (_addressed(ctx, f) or _officials_deputy(ctx, f)) and not any(
                business_post(ctx, t) or private_head(t) for t in f.titles):  # "Former .."
            f.cls = "Official"
    doc = ctx.doc
    for i in positions(doc, LOWER, _BEHALF):
        tok = doc[i]
        if tok.i < 1 or doc[tok.i - 1].lower_ != "on":
            continue
        if not _for_organ(ctx, tok):
            continue
        idx = _speaker(ctx, tok)
        if idx is not None and ctx.found[idx].cls == "Person":
            ctx.found[idx].cls = "Official"
