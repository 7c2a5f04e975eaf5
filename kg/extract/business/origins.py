"""Where companies are from, said by a nationality: "Italian enterprises like A, B and C",
"German automaker A", "A, a Japanese bearing maker," (ANNOTATION.md: company locations from
the text). The country must be named in the document (a demonym alone names nothing).

Next to ``places`` ("A-based", "A, from X") and ``relations.located`` ("A in X").
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from kg.extract.clauses import in_quote
from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import COMPANY_NOUNS

_LIST_HEADS = {"like", "including", "as"}
_LIST_WORDS = {",", "and", "the", "as", "well"}


def _company_noun(doc_tokens: list[Token]) -> Token | None:
    """The company noun a nationality modifies, within the next few words ("Italian
    enterprises", "German auto parts maker")."""
    for tok in doc_tokens:
        lemma = tok.lemma_.lower()
        if (lemma in COMPANY_NOUNS or lemma.endswith("maker")) and tok.pos_ == "NOUN":
            return tok
        if tok.text == "-" and tok.whitespace_ == "":
            continue  # "smartphone-maker"
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.is_punct:
            return None
    return None


def _listed(ctx: DocContext, noun: Token) -> list[int]:
    """ "enterprises like A, B and C", "firms such as A and B": the companies listed."""
    doc = ctx.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].lower_ == "such":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _LIST_HEADS:
        return []
    out: list[int] = []
    k += 1
    while k < noun.sent.end:
        idx = ctx.mention_at(doc[k])
        if idx is not None and ctx.found[idx].cls == "Enterprise":
            out.append(idx)
            k = ctx.found[idx].span.end
            continue
        if doc[k].lower_ not in _LIST_WORDS:
            break
        k += 1
    return out


def _named(ctx: DocContext, noun: Token) -> list[int]:
    """ "German automaker A" (the name right after), "A, a German maker" (the name the
    description is set beside)."""
    doc = ctx.doc
    nxt = ctx.mention_at(doc[noun.i + 1]) if noun.i + 1 < len(doc) else None
    if nxt is not None and ctx.found[nxt].cls == "Enterprise" and (
            ctx.found[nxt].span.start == noun.i + 1) and noun.tag_ == "NN":
        return [nxt]
    if noun.dep_ == "appos":
        owner = ctx.mention_at(noun.head)
        if owner is not None and ctx.found[owner].cls == "Enterprise":
            return [owner]
    return []


def _openers(doc: Doc, nations: dict[str, str]) -> list[Token]:
    """The tokens a nationality can start at: a demonym, or the words before a space in one
    ("South" of "South Korean"), picked from the token arrays (a Token per token costs
    more)."""
    keys = {hash_string(k) for k in nations}
    keys |= {hash_string(k[:i]) for k in nations for i, ch in enumerate(k) if ch == " "}
    return [doc[i] for i, h in enumerate(doc.to_array(ORTH).tolist()) if h in keys]


@relation_rule("located-country-before")
def country_before(ctx: DocContext) -> None:
    """ "U.S. electric carmaker A", "US smartphone-maker A", "Kenya's largest firms such as A
    and B": the country named before the company noun is where the company is from."""
    doc = ctx.doc
    for country, f in enumerate(ctx.found):
        if f.cls != "Country" or in_quote(ctx, f.span[0]):
            continue
        k = f.span.end
        if k < len(doc) and doc[k].text in ("'s", "’s"):
            k += 1
        noun = _company_noun(list(doc[k : min(k + 4, f.span.sent.end)]))
        if noun is None:
            continue
        firms = _listed(ctx, noun) if noun.tag_ == "NNS" else _named(ctx, noun)
        for firm in firms:
            ctx.add(firm, "locatedIn", country, f.span.sent, "located-nationality", 0.6)


@relation_rule("located-nationality")
def nationality(ctx: DocContext) -> None:
    nations = demonyms()
    doc = ctx.doc
    for tok in _openers(doc, nations):
        country_name = nations.get(tok.text)
        start = tok.i + 1
        if country_name is None and tok.i + 1 < len(doc):
            country_name = nations.get(f"{tok.text} {doc[tok.i + 1].text}")  # "South Korean"
            start = tok.i + 2
        if country_name is None or ctx.mention_at(tok) is not None or in_quote(ctx, tok):
            continue
        noun = _company_noun(list(doc[start : min(start + 4, tok.sent.end)]))
        if noun is None:
            continue
        country = ctx.place_index(country_name, tok.sent, {"Country"})
        if country is None:
            continue
        firms = _listed(ctx, noun) if noun.tag_ == "NNS" else _named(ctx, noun)
        for firm in firms:
            ctx.add(firm, "locatedIn", country, tok.sent, "located-nationality", 0.6)
