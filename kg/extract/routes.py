"""Cargo routes are trade: "a freight train departed from Chongqing bound for Duisburg,
Germany", "the route links Lianyungang with Almaty" (ANNOTATION: "runs a cargo route to").
"""

from __future__ import annotations

from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import in_quote, relation_rule
from kg.schema import DOMAIN_RANGE

_CARRIERS = {"train", "freight", "cargo", "route", "vessel", "ship", "flight", "service",
             "line", "express", "liner", "shipment", "container"}
_MOVES = {"depart", "leave", "set", "run", "sail", "head", "travel", "start", "arrive"}
_TRADERS = {"City", "Province"}
_MARKETS = {"City", "Country", "Region"}
TRADERS, MARKETS = DOMAIN_RANGE["tradesWith"]


@relation_rule("trade-route")
def cargo_routes(ctx: DocContext) -> None:
    for sent, verb in ctx.triggers(_MOVES, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(t.lemma_.lower() in _CARRIERS for s in subj for t in s.subtree):
            continue
        origin: list[int] = []
        dest: list[int] = []
        if verb.lemma_.lower() == "leave":  # "the train left Yiwu for Madrid"
            origin += mentions_in(ctx, [t for c in verb.children if c.dep_ == "dobj"
                                          for t in c.subtree], _TRADERS)
        for t in verb.subtree:
            if t.dep_ != "prep" or t.head.i not in (verb.i, *(c.i for c in verb.children)):
                continue
            objs = [g for g in t.children if g.dep_ == "pobj"]
            span = [x for o in objs for x in o.subtree]
            if t.lower_ == "from":
                origin += mentions_in(ctx, span, _TRADERS)
            elif t.lower_ in ("for", "to") and (t.head.lower_ == "bound" or t.head.i == verb.i):
                dest += mentions_in(ctx, span, _MARKETS)
        for o in origin[:1]:
            for d in dest:
                ctx.add(o, "tradesWith", d, sent, "trade-route", 0.6)


_PARTNER_CUES = {"trading", "trade", "export", "import", "commercial"}


@relation_rule("trade-partner")
def trading_partners(ctx: DocContext) -> None:
    """ "Germany is Anhui's largest trading partner", "Anhui is Germany's second-largest
    trade partner in China": the two sides of the copula trade with each other (the one the
    schema lets trade is the subject)."""
    for sent, noun in ctx.triggers({"partner"}, {"NOUN"}):
        if noun.dep_ != "attr" or noun.head.lemma_ != "be" or in_quote(ctx, noun):
            continue
        if not any(c.lemma_.lower() in _PARTNER_CUES for c in noun.children
                   if c.dep_ in ("compound", "amod")):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if not owners or not subj:
            continue
        one, other = ctx.mention_at(owners[0]), ctx.mention_at(subj[0])
        if one is None or other is None:
            continue
        for a, b in ((one, other), (other, one)):
            if ctx.found[a].cls in TRADERS and ctx.found[b].cls in MARKETS:
                ctx.add(a, "tradesWith", b, sent, "trade-partner", 0.6)
                break
