"""Where a company or an event is, told by the words that describe it: "A, a battery maker
based in Hefei", "a Hefei-based maker", "Beijing's auto group A", "Headquartered in Lyon, A
makes ...", "The company, which is based in Hefei"; "the host city of Zhengzhou" (the event's
city); "A, from Linzhou city" (a company from a place).

Relation rules after those of places.py (lists, areas, datelines) and next to
``relations.located`` (which reads "X in Y", "X-based Y", "held in").
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LOWER
from spacy.tokens import Token

from kg.extract.antecedents import company_antecedent
from kg.extract.clauses import in_quote
from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.gatherings.events import event_before
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import COMPANY_NOUNS
from kg.extract.nlp import string_keys

LOCATED_WORDS = {"based", "headquartered", "located", "situated"}
_THINGS = {"Enterprise", "Zone", "Organization"}


def _described(ctx: DocContext, noun: Token) -> int | None:
    """The name a common noun describes: "A, a battery maker ..." (apposition), "A is a
    maker ..." (the copula's subject), "pneumatic products manufacturer SMC" (the name it
    stands before)."""
    if noun.dep_ == "appos":
        return ctx.mention_at(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return ctx.mention_at(subj[0]) if subj else None
    if noun.dep_ in ("compound", "nmod", "appos") and noun.head.i > noun.i:
        return ctx.mention_at(noun.head)
    nxt = noun.i + 1
    if nxt < len(noun.doc) and noun.doc[nxt].pos_ == "PROPN":
        idx = ctx.mention_at(noun.doc[nxt])
        if idx is not None and ctx.found[idx].span.start == nxt:
            return idx
    return None


def based_place(ctx: DocContext, tok: Token) -> tuple[int | None, Token | None]:
    """The place and the described noun of "Hefei-based maker", "Japan-based manufacturer",
    "a maker based in Hefei", "Shenzhen-headquartered firm", "Beijing's auto group"."""
    doc = ctx.doc
    low = tok.lower_
    if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in COMPANY_NOUNS and any(
            c.lower_ in ("the", "this") for c in tok.head.children):
        # "the Kunming company will import ..." (not "the newly registered Shenzhen company",
        # a new one)
        if any(c.dep_ not in ("det", "compound", "nmod") for c in tok.head.children
               if c.i < tok.head.i):
            return None, None
        place = ctx.mention_at(tok)
        if place is not None and ctx.found[place].cls in ("City", "Province", "Country") and (
                tok.i == ctx.found[place].span.root.i):
            return place, tok.head
        return None, None
    if tok.text in ("'s", "’s") and tok.i > 0:
        place = ctx.mention_at(doc[tok.i - 1])
        if place is None or ctx.found[place].cls not in ("City", "Province", "Country"):
            return None, None
        return place, ctx.found[place].span.root.head
    for word in ("based", "headquartered"):
        if low.endswith("-" + word):
            return ctx.mention_at(tok), tok.head
        if low == word and tok.i >= 2 and doc[tok.i - 1].text == "-":
            return ctx.mention_at(doc[tok.i - 2]), tok.head
    if low in LOCATED_WORDS and tok.dep_ == "acl":
        places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
        return (ctx.mention_at(places[0]) if places else None), tok.head
    return None, None


def _fronted_place(ctx: DocContext, tok: Token) -> tuple[int | None, int | None]:
    """(place, thing) of a sentence opening "Based in X, (the) A ..." at ``tok``."""
    doc = ctx.doc
    if tok.lower_ not in LOCATED_WORDS or not tok.text[:1].isupper() or tok.i + 5 >= len(doc):
        return None, None
    if tok.i and not (doc[tok.i - 1].is_space or doc[tok.i - 1].text in (".", "!", "?")):
        return None, None
    place = ctx.mention_at(doc[tok.i + 2]) if doc[tok.i + 1].lower_ == "in" else None
    if place is None or ctx.found[place].cls not in PLACE_CLASSES:
        return None, None
    comma = ctx.found[place].span.end
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None, None
    # "Headquartered in Gothenburg, Sweden, A ...": the country after the city too
    also = ctx.mention_at(doc[comma + 1])
    if also is not None and ctx.found[also].cls in PLACE_CLASSES:
        end = ctx.found[also].span.end
        if end + 2 < len(doc) and doc[end].text == ",":
            thing = _opening_name(ctx, end + 1)
            if thing is not None:
                ctx.add(thing, "locatedIn", also, ctx.found[thing].span.sent,
                        "located-described", 0.6)
                return place, thing
    return place, _opening_name(ctx, comma + 1)


def _opening_name(ctx: DocContext, start: int) -> int | None:
    """The company, zone or organisation named right at ``start`` (after "the")."""
    start += ctx.doc[start].lower_ == "the"
    thing = ctx.mention_at(ctx.doc[start])
    if thing is None or ctx.found[thing].cls not in _THINGS or (
            ctx.found[thing].span.start != start):
        return None
    return thing


def _relative_place(ctx: DocContext, tok: Token) -> tuple[int | None, int | None]:
    """(place, thing) of "A, which is headquartered in Stuttgart, ...", "The company, which is
    based in Hefei, ...", "The company is headquartered in Hefei"."""
    if tok.lower_ not in LOCATED_WORDS:
        return None, None
    if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT"
                                   for c in tok.children):
        thing = _the_company(ctx, tok.head)
    else:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or ctx.mention_at(subj[0]) is not None:
            return None, None  # a named subject: relations.located reads it
        thing = _the_company(ctx, subj[0])
    places = [ctx.mention_at(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    if thing is None or ctx.found[thing].cls not in _THINGS or not places or (
            places[0] is None or ctx.found[places[0]].cls not in PLACE_CLASSES):
        return None, None
    return places[0], thing


def _the_company(ctx: DocContext, noun: Token) -> int | None:
    """The name at ``noun``, or the company "the company" there stands for."""
    named = ctx.mention_at(noun)
    if named is None and noun.lower_ in COMPANY_NOUNS and any(
            c.lower_ in ("the", "this") for c in noun.children):
        return company_antecedent(ctx, noun)
    return named


_LOCATED_KEYS = string_keys(LOCATED_WORDS)
_COMPANY_KEYS = string_keys(COMPANY_NOUNS)
_MODIFIER_KEYS = string_keys(("compound", "nmod"))
_BASED_KEYS = _LOCATED_KEYS | string_keys(("'s", "’s"))


def readable(ctx: DocContext) -> tuple[list[Token], list[Token]]:
    """The tokens ``_fronted_place``/``_relative_place`` and ``based_place`` can read
    something at (a located word; also a possessive, a "-based" word or a modifier of a
    company noun), in order, picked from the token arrays: the other tokens give nothing,
    and a Token per token costs more than the arrays."""
    doc = ctx.doc
    rows = doc.to_array([LOWER, DEP, HEAD]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    located, based = [], []
    for i, (low, dep, head) in enumerate(rows):
        if low in _LOCATED_KEYS:
            located.append(i)
        if (low in _BASED_KEYS or dep in _MODIFIER_KEYS
                and rows[i + (head if head < 2**63 else head - 2**64)][0] in _COMPANY_KEYS
                or strings[low].endswith(("-based", "-headquartered"))):
            based.append(i)
    return [doc[i] for i in located], [doc[i] for i in based]


@relation_rule("located-described")
def described_as_based(ctx: DocContext) -> None:
    """ "A, a battery maker based in Hefei", "A is a Hefei-based battery maker", "Japan-based
    manufacturer SMC", "Beijing's auto group BAIC Motor": the place of the description is
    the place of the name it describes; "Headquartered in Lyon, A makes ...": the place of
    the opening phrase is the place of the name right after its comma."""
    located, based = readable(ctx)
    for tok in located:
        place, thing = _fronted_place(ctx, tok)
        if place is None:
            place, thing = _relative_place(ctx, tok)
        if place is not None and thing is not None:
            ctx.add(thing, "locatedIn", place, ctx.found[thing].span.sent,
                    "located-described", 0.65)
    for tok in based:
        place, noun = based_place(ctx, tok)
        if place is None or noun is None or ctx.found[place].cls not in PLACE_CLASSES:
            continue
        if ctx.mention_at(noun) is not None:
            continue  # "Hefei-based Zorvan Group": relations.located reads it
        thing = _described(ctx, noun)
        if thing is None:
            thing = _the_company(ctx, noun)
        if thing is not None and thing != place and ctx.found[thing].cls in _THINGS:
            ctx.add(thing, "locatedIn", place, tok.sent, "located-described", 0.65)


@relation_rule("located-host-city")
def host_cities(ctx: DocContext) -> None:
    """ "the host city of Zhengzhou", "Zhengzhou, the host city,": the event of the sentence
    (or the passage's) is there, and the city takes part in it."""
    for sent, city in ctx.triggers({"city"}, {"NOUN"}):
        if not any(c.lower_ in ("host", "hosting") for c in city.children) or in_quote(ctx, city):
            continue
        places = [p for c in city.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in mentions_in(ctx, c.subtree, {"City"})]
        if not places and city.dep_ == "appos":
            places = mentions_in(ctx, [city.head], {"City"})
        if not places:
            continue
        named = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"]
        event = named[0] if named else event_before(ctx, city)
        if event is not None:  # (and a host city takes part in its event: ANNOTATION.md)
            ctx.add(event, "locatedIn", places[0], sent, "located-host-city", 0.6)
            ctx.add(places[0], "participatesIn", event, sent, "located-host-city", 0.6)


_FROM_THINGS = {"Enterprise", "Organization"}


@relation_rule("located-from")
def companies_from(ctx: DocContext) -> None:
    """ "the project is funded by A, from Linzhou city in Hunan", "B from Germany signed a
    deal": a company or organisation "from" a place is there (not "from X to Y", a route)."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in _FROM_THINGS:
            continue
        k = f.span.end
        comma = k < len(doc) and doc[k].text == ","
        k += comma
        if k + 1 >= len(doc) or doc[k].lower_ != "from" or in_quote(ctx, doc[k]):
            continue
        if not comma and f.span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "investment from A", "orders for A from Peru"
        k += 1 + (doc[k + 1].lower_ == "the")
        place = ctx.mention_at(doc[k]) if k < len(doc) else None
        if place is None or ctx.found[place].cls not in PLACE_CLASSES:
            continue
        end = ctx.found[place].span.end
        if end < len(doc) and doc[end].lower_ in ("to", "and"):
            continue  # "from Linzhou to Almaty", "from Peru and Chile"
        ctx.add(idx, "locatedIn", place, f.span.sent, "located-from", 0.6)
