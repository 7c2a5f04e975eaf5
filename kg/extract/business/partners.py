"""Trade said by partners and ties: "Germany is Anhui's largest trading partner", "Laos is
Hubei's largest export market", "its major trade partners the EU and Japan", "trade ties with
Japan". (Registered right after routes.py's rules.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import agent_of
from kg.extract.business.traders import MARKETS, TRADERS, its_trader, place_word
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule

_PARTNER_CUES = {"trading", "trade", "export", "import", "commercial"}
# "Germany is Anhui's largest trading partner", "Laos is Hubei's third largest export market",
# "its top import source" (the noun said with a trade word: trade_modified)
_PARTNER_NOUNS = {"partner", "market", "destination", "source"}


@relation_rule("trade-partner")
def trading_partners(ctx: DocContext) -> None:
    """ "Germany is Anhui's largest trading partner", "Laos is Hubei's largest export market",
    "Anhui is Germany's second-largest trade partner in China", "Germany has become an
    investment and trading partner of Jiangxi": the two sides of the copula trade with each
    other (the one the schema lets trade is the subject)."""
    for sent, noun in ctx.triggers(_PARTNER_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun) or not trade_modified(noun):
            continue
        if _appositive_partners(ctx, noun, sent):
            continue
        if noun.dep_ not in ("attr", "nsubj") or noun.head.lemma_ not in (
                "be", "become", "remain"):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        # "Germany is Anhui's largest trading partner"; "Anhui's largest trading partner is
        # Germany": the other side is the copula's subject, or its complement
        subj = [c for c in noun.head.children
                if c.dep_ == ("nsubj" if noun.dep_ == "attr" else "attr")]
        if not subj and noun.dep_ == "attr" and noun.head.dep_ in ("xcomp", "advcl"):
            # "Brazil overtook Germany to become Jilin's largest trading partner"
            subj = [c for c in noun.head.head.children if c.dep_ == "nsubj"]
        if not subj and noun.dep_ == "attr" and noun.tag_ == "NNS":
            subj = _list_before(ctx, noun.head)
        if owners:
            one = ctx.mention_at(owners[0])
            if one is None:  # "the province's second-largest trading partner"
                one = place_word(ctx, owners[0])
        elif _ranked(noun):
            # "The US, the EU and ASEAN remained the top three trading partners": the place
            # the report is about
            one = implied_trader(ctx, sent)
        else:
            continue
        if not subj:
            continue
        # "the US, ASEAN and the EU were Henan's top three trading partners": each conjunct
        sides = [*subj, *subj[0].conjuncts]
        if noun.tag_ == "NNS":  # (the parser hangs the second of the list on the first)
            sides += [t for c in subj[0].children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
        for side in sides:
            other = ctx.mention_at(side)
            if one is None or other is None:
                continue
            for a, b in ((one, other), (other, one)):
                if ctx.found[a].cls in TRADERS and ctx.found[b].cls in MARKETS:
                    ctx.add(a, "tradesWith", b, sent, "trade-partner", 0.6)
                    break


# "the top three trading partners", "the six major export destinations"
_RANKS = {"top", "major", "largest", "biggest", "main", "leading", "principal", "key"}


def _ranked(noun: Token) -> bool:
    """A plural partner noun ranked but owned by no one named."""
    return noun.tag_ == "NNS" and any(c.lower_ in _RANKS for c in noun.children) and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def implied_trader(ctx: DocContext, sent: Span) -> int | None:
    """The place the report is about (its city, else its province), named last before the
    sentence: whose partners unowned ones are."""
    best: int | None = None
    for name, cls in ((ctx.focus_city, "City"), (ctx.focus_province, "Province")):
        if name is None:
            continue
        idx = ctx.place_index(name, sent, {cls})
        if idx is not None and ctx.found[idx].span.start < sent.start and (
                best is None or ctx.found[idx].span.start > ctx.found[best].span.start):
            best = idx
    return best


def _list_before(ctx: DocContext, verb: Token) -> list[Token]:
    """ "From January to June, A, B and C were ...": the parser found no subject and hung the
    list on the date; the names coordinated up to the verb are its subject."""
    out: list[Token] = []
    tok = verb.doc[verb.i - 1] if verb.i > 0 else None
    while tok is not None and ctx.mention_at(tok) is not None:
        out.append(tok)
        tok = tok.head if tok.dep_ == "conj" else None
    return out


def _appositive_partners(ctx: DocContext, noun: Token, sent: Span) -> bool:
    """ "Linzhou's trade with its largest trading partner, ASEAN, grew", "its major trade
    partners the EU and Japan": the owner of "partner" trades with the names set beside it."""
    # (the parser may read "partners, the EU, Japan and Korea" as a coordination)
    names = [t for c in noun.children if c.dep_ == "appos" or c.dep_ == "conj"
             and noun.tag_ == "NNS" and c.pos_ == "PROPN" for t in (c, *c.conjuncts)]
    if not names:
        return False
    owner: int | None = None
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        owner = ctx.mention_at(poss)
        if owner is None and poss.lower_ == "its":
            owner = its_trader(ctx, poss)
    if owner is None and _ranked(noun):  # "Other major trade partners the EU and Japan"
        owner = implied_trader(ctx, sent)
    if owner is None or ctx.found[owner].cls not in TRADERS:
        return False
    for name in names:
        market = ctx.mention_at(name)
        if market is not None and ctx.found[market].cls in MARKETS:
            ctx.add(owner, "tradesWith", market, sent, "trade-partner", 0.55)
    return True


def trade_modified(noun: Token) -> bool:
    """ "trading partner", "investment and trade partner", "economic and trade ties", and a
    market abroad ("overseas market": where one sells)."""
    cues = _PARTNER_CUES | _ABROAD if noun.lemma_.lower() == "market" else _PARTNER_CUES
    return any(t.lemma_.lower() in cues for c in noun.children
               if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree)


_ABROAD = {"overseas", "foreign", "international"}


@relation_rule("trade-ties")
def trade_ties(ctx: DocContext) -> None:
    """ "Shandong strengthens trade ties with Japan", "economic and trade relations with
    Germany", "the trade volume between Jiangxi and Germany": the subject (or the first
    side) trades with the places after "with" (the second side)."""
    # ("economic and trade cooperation" is wider than trade: not read)
    for sent, noun in ctx.triggers({"tie", "volume", "relation", "link"}, {"NOUN"}):
        if in_quote(ctx, noun) or not trade_modified(noun):
            continue
        preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
        if "between" in preps:
            sides = mentions_in(ctx, preps["between"].subtree, TRADERS | MARKETS)
            if len(sides) == 2 and ctx.found[sides[0]].cls in TRADERS and (
                    ctx.found[sides[1]].cls in MARKETS):
                ctx.add(sides[0], "tradesWith", sides[1], sent, "trade-ties", 0.55)
            continue
        if "with" not in preps:
            continue
        markets = mentions_in(ctx, preps["with"].subtree, MARKETS)
        if not markets:
            continue
        owner = [c for c in noun.children if c.dep_ == "poss"]
        if owner:  # "China's trade ties with Mongolia": China's, whoever the subject is
            agent = ctx.mention_at(owner[0])
            if agent is None and owner[0].lower_ == "its":
                agent = its_trader(ctx, owner[0])
            agent = agent if agent is not None and ctx.found[agent].cls in TRADERS else None
        else:
            agent, _ = agent_of(ctx, noun, TRADERS)
        if agent is None:
            continue
        for market in markets:
            ctx.add(agent, "tradesWith", market, sent, "trade-ties", 0.55)
