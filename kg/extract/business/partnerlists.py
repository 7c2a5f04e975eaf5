"""Trade partners given as a list, and trade figures whose verb is left out: "countries such as
Chile, Peru and Japan are Wuhu's major trade partners", "Wuhu's trade partners include Chile and
Peru", "Wuhu's trade with Chile grew 9 percent, with Peru up 5 percent and Japan up 2 percent".
(partners.py reads the one-partner copula and the trade word's own "with".)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.business.partners import trade_modified
from kg.extract.business.traders import MARKETS, TRADERS, its_trader
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule

# the words that open a list of examples after a common noun ("countries including A and B")
_LIST_OPENERS = {"including", "include", "such", "like", "namely"}
# a change told without its verb: "with Peru up 5 percent", "and Japan down 2 percent"
_CHANGE_WORDS = {"up", "down"}
_TRADE_NOUNS = {"trade", "export", "exports", "import", "imports"}


def _listed(token: Token) -> list[Token]:
    """The named items of "countries including A, B and C" / "countries, A and B": the list's
    heads and their conjuncts (the common noun itself is no item)."""
    heads: list[Token] = []
    for c in token.children:
        such = c.lower_ == "as" and any(g.lower_ == "such" for g in c.children) or (
            c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "such")
        if c.dep_ == "prep" and (c.lower_ in _LIST_OPENERS or such):
            # "such as A": the "as" under "such"
            heads += [g for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ in (
                c.lower_, "as")][:1]
        elif c.dep_ == "appos" and c.pos_ == "PROPN":
            heads.append(c)
    return [t for h in heads for t in (h, *h.conjuncts)]


def _owner(ctx: DocContext, noun: Token) -> int | None:
    """ "Wuhu's partners", "its partners", "partners of Wuhu": the one trading."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    if not owners:
        return None
    owner = ctx.mention_at(owners[0])
    if owner is None and owners[0].lower_ == "its":
        owner = its_trader(ctx, owners[0])
    return owner if owner is not None and ctx.found[owner].cls in TRADERS else None


@relation_rule("trade-partner-list")
def partner_lists(ctx: DocContext) -> None:
    """ "Countries such as Chile, Peru and Japan are Wuhu's major trade partners"; "Wuhu's
    major trading partners include Chile and Peru": the owner of the plural "partners" trades
    with each listed name (a name the schema lets trade with it)."""
    for sent, noun in ctx.triggers({"partner"}, {"NOUN"}):
        if noun.tag_ != "NNS" or in_quote(ctx, noun) or not trade_modified(noun):
            continue
        owner = _owner(ctx, noun)
        if owner is None:
            continue
        items: list[Token] = []
        verb = noun.head
        if noun.dep_ == "attr" and verb.lemma_ in ("be", "become", "remain"):
            # the subject is a common noun with its examples; a named subject is routes.py's
            items = [t for s in verb.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                     for t in _listed(s)]
        elif noun.dep_ == "nsubj" and verb.lemma_ == "include":
            items = [t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
        _add(ctx, owner, items, sent)


def _add(ctx: DocContext, owner: int, items: list[Token], sent: Span) -> None:
    for item in items:
        market = ctx.mention_at(item)
        if market is not None and ctx.found[market].cls in MARKETS:
            ctx.add(owner, "tradesWith", market, sent, "trade-partner", 0.55)


@relation_rule("trade-gapped")
def gapped_trade(ctx: DocContext) -> None:
    """ "Wuhu's trade with Chile grew 9 percent, with Peru up 5 percent and Japan up 2
    percent": the places after the second "with", each with its own change and no verb, are
    traded with by whoever trades with Chile in that sentence."""
    for sent, trig in ctx.triggers(_TRADE_NOUNS, {"NOUN"}):
        if trig.dep_ not in ("nsubj", "nsubjpass") or in_quote(ctx, trig):
            continue
        firsts = {m for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                  for g in c.subtree if (m := ctx.mention_at(g)) is not None}
        traders = {h.subj: ctx.found[h.subj].text for h in ctx.hits
                   if h.pred == "tradesWith" and h.obj in firsts and h.sent.start == sent.start}
        if len(set(traders.values())) != 1:
            continue  # no one, or two, trading with the first: whose the rest is is unsure
        trader = next(iter(traders))
        for prep in trig.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i < trig.i:
                continue
            # "with Peru up 5 percent and Norway down 2 percent" (the second change may hang
            # on the verb): the list's first name carries its change
            items = [t for p in prep.children if p.dep_ == "pobj" and _changed(p)
                     for t in (p, *p.conjuncts)]
            _add_trade(ctx, trader, items, sent)


def _changed(item: Token) -> bool:
    """ "Peru up 5 percent": a change word or a figure hangs on the name."""
    return any(c.lower_ in _CHANGE_WORDS or c.like_num or c.lower_ in ("percent", "%")
               for c in item.children if c.dep_ in ("advmod", "appos", "npadvmod", "nummod"))


def _add_trade(ctx: DocContext, trader: int, items: list[Token], sent: Span) -> None:
    for item in items:
        market = ctx.mention_at(item)
        if market is not None and ctx.found[market].cls in MARKETS:
            ctx.add(trader, "tradesWith", market, sent, "trade", 0.5)
