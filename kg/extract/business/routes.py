"""Trade said by trade words and routes: "exports to ASEAN grew", "a freight train departed
from Chongqing bound for Duisburg, Germany", "the route links Lianyungang with Almaty"
(ANNOTATION: "runs a cargo route to"). Trading partners and ties: partners.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import agent_of
from kg.extract.business.traders import MARKETS, TRADERS, its_trader, place_word
from kg.extract.clauses import in_quote, list_tail
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import (
    inside_place,
    locates_previous,
    relation_rule,
    targets_of,
    with_conjuncts,
    word_before,
)

_CARRIERS = {"train", "freight", "cargo", "route", "vessel", "ship", "flight", "service",
             "line", "express", "liner", "shipment", "container", "shuttle"}
_MOVES = {"depart", "leave", "set", "run", "sail", "head", "travel", "start", "arrive",
          "deliver", "carry", "transport", "ship", "bring"}
_TRADERS = {"City", "Province"}
_MARKETS = {"City", "Country", "Region"}


@relation_rule("trade")
def trades(ctx: DocContext) -> None:
    """ "products from Wuxi Shangbai ... have been sold to North America, Europe, Japan";
    "exports to ASEAN, Africa and Latin America grew" (the document's province trading)."""
    lemmas = {
        "export",
        "sell",
        "import",
        "trade",
        "ship",
        "order",
        "exports",
        "imports",
        "sale",
        "sales",
        "purchase",
        "buy",
        "expand",
        "supply",
    }
    for sent, trig in ctx.triggers(lemmas):
        between = [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"]
        if between:
            # "trade between China and Russia": the two named, and no one else
            parties = mentions_in(ctx, between[0].subtree, TRADERS | MARKETS)
            if len(parties) == 2 and ctx.found[parties[0]].cls in TRADERS:
                ctx.add(parties[0], "tradesWith", parties[1], sent, "trade", 0.6)
            continue
        if trig.dep_ == "acl" and trig.head.pos_ == "PRON":
            continue  # "exported to Laos, with some sold on to Thailand": resold, by no one named
        seller = _misread_seller(ctx, trig)
        if seller is not None:
            scope = trig.subtree if trig.dep_ == "appos" else trig.head.subtree
            for obj in mentions_in(ctx, scope, MARKETS):
                if (word_before(ctx, obj) in ("to", "from", ",", "and") or _markets_in(
                        ctx, obj)) and not inside_place(
                        ctx, seller, obj, either_way=False):
                    ctx.add(seller, "tradesWith", obj, sent, "trade", 0.6)
            continue
        # "supplies copper to Japan" (not "supplied by", "supply chain with Laos")
        preps = ("into",) if trig.lemma_ == "expand" else ("to",) if trig.lemma_ == "supply" else (
            "to", "from", "with", ",", "and", "into")
        if trig.lemma_ in ("sell", "sale", "sales"):
            preps += ("in",)  # "sales in Europe"; but "trade in Yiwu" says where, not with whom
        if trig.lemma_ in _OUTWARD:
            preps = tuple(p for p in preps if p != "from")  # "exported from Linzhou to Almaty"
        objs = [o for o in targets_of(ctx, trig, MARKETS)
                if word_before(ctx, o) in preps or _markets_in(ctx, o)]
        objs += list_tail(ctx, objs, MARKETS)  # "with A, B, and C increase": C misparsed
        # "exported to Laos, with some sold on to Thailand": a market another verb governs
        objs = [o for o in objs if not _other_verbs(ctx, trig, o)]
        if _others_trade(ctx, trig):
            continue
        if not objs:
            continue
        agent, conf = agent_of(ctx, trig, TRADERS)
        if (agent is None and trig.lemma_ in ("export", "import", "exports", "imports", "trade")
                and trig.pos_ == "NOUN" and not in_quote(ctx, trig)):
            # "equipment for export to Africa at the factory of Slon Magnetic Separator": the
            # one company in the sentence; "exports to ASEAN grew by 24.7%": the document's
            # province trading.
            firms = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Enterprise"]
            if len(firms) == 1:
                agent, conf = firms[0], 0.45
            else:
                agent, conf = ctx.focus_index(sent), 0.45
        if agent is None and not in_quote(ctx, trig):
            # "The province exported pears to Chile", "its imports from Australia fell"
            agent, conf = _referred_trader(ctx, trig), 0.5
        if agent is None:
            continue
        # "goods from Hebei, Shandong and Jiangsu were exported to Laos": each of the listed
        # sells; none of them is another's market
        agents = with_conjuncts(ctx, agent, TRADERS)
        for obj in (o for o in objs if o not in agents):
            for seller in agents:
                if not inside_place(ctx, seller, obj, either_way=False):
                    ctx.add(seller, "tradesWith", obj, sent, "trade", conf)


def _referred_trader(ctx: DocContext, trig: Token) -> int | None:
    """The trader a verb's subject ("the province exported ...") or a trade noun's owner
    ("its imports", "the city's exports") refers back to."""
    words = [c for c in trig.children if c.dep_ == "poss"]
    if trig.pos_ == "VERB":
        words += [c for c in trig.children if c.dep_ == "nsubj"]
    for word in words:
        if word.lower_ == "its":
            return its_trader(ctx, word)
        found = place_word(ctx, word)
        if found is not None:
            return found
    return None


_OUTWARD = {"export", "exports", "sell", "ship"}


def _misread_seller(ctx: DocContext, trig: Token) -> int | None:
    """ "Qelvik Mining exports potash to Vietnam": the parser reads "exports" as a noun
    modifying "potash"; the trader named right before it is its subject (or, read as an
    apposition of a name, that name)."""
    if trig.lower_ not in ("exports", "imports", "sells", "ships") or trig.i == 0:
        return None
    if trig.dep_ == "appos" and not any(c.dep_ == "det" for c in trig.children):
        # "A, a supplier which set up a plant in Hefei, exports to Japan": "exports" read
        # as a second apposition of A
        idx = ctx.mention_at(trig.head)
        return idx if idx is not None and ctx.found[idx].cls in TRADERS else None
    if trig.dep_ not in ("compound", "amod", "nmod") or trig.head.i <= trig.i:
        return None
    idx = ctx.mention_at(ctx.doc[trig.i - 1])
    if idx is None or ctx.found[idx].span.end != trig.i or ctx.found[idx].cls not in TRADERS:
        return None
    return idx


_MARKET_NOUNS = ("countries", "markets", "nations", "economies", "regions", "buyers",
                 "customers", "clients", "consumers", "importers", "automakers", "retailers",
                 "distributors", "users")


def _markets_in(ctx: DocContext, idx: int) -> bool:
    """ "trade with ... countries in Southeast Asia", "sold to 50 countries, including Peru":
    a market named after "countries in" or listed after "countries, including"."""
    if word_before(ctx, idx) == "in" and word_before(ctx, idx, 2) in _MARKET_NOUNS:
        return True
    doc = ctx.doc
    k = ctx.found[idx].span.start - 1
    if k < 2 or doc[k].lower_ not in ("including", "as"):
        return False
    k -= 2 if doc[k].lower_ == "as" and doc[k - 1].lower_ == "such" else 1
    k -= 1 if doc[k].text == "," else 0
    return doc[k].lower_ in _MARKET_NOUNS




def _others_trade(ctx: DocContext, trig: Token) -> bool:
    """ "China's imports of oil from Russia", "exports from China to Mongolia": a country's
    trade (no trader in the schema), not the document's province's."""
    owners = [ctx.mention_at(c) for c in trig.children if c.dep_ == "poss"]
    if trig.lemma_.lower() in ("export", "exports"):
        # "exports of machinery from China to Mongolia": the exporter is after "from"
        owners += [ctx.mention_at(g) for t in trig.subtree if t.dep_ == "prep"
                   and t.lower_ == "from" and _exporters_phrase(t, trig)
                   for g in t.children if g.dep_ == "pobj"]
    return any(o is not None and ctx.found[o].cls not in TRADERS for o in owners)


def _exporters_phrase(prep: Token, trig: Token) -> bool:
    """Whether a "from" phrase belongs to the export itself: not to a conjunct ("exported
    cars to Chile, and imported soybeans from Argentina") nor to a noun another participle
    describes ("exported machinery and imported copper from Peru")."""
    tok = prep.head
    while tok.i != trig.i:
        if tok.dep_ == "conj" or any(c.dep_ in ("amod", "acl") and c.pos_ == "VERB"
                                     for c in tok.children):
            return False
        tok = tok.head
    return True


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
        # "left the Wuhu logistics base for Minsk": "for" may hang on the place left
        left = [c.i for c in verb.children if c.dep_ == "dobj"] if (
            verb.lemma_.lower() == "leave") else []
        for t in verb.subtree:
            if t.dep_ != "prep" or t.head.i not in (verb.i, *(c.i for c in verb.children)):
                continue
            objs = [g for g in t.children if g.dep_ == "pobj"]
            span = [x for o in objs for x in o.subtree]
            if t.lower_ == "from":
                origin += mentions_in(ctx, span, _TRADERS)
            elif t.lower_ in ("for", "to") and (t.head.lower_ == "bound" or t.head.i == verb.i
                                                or (t.lower_ == "for" and t.head.i in left)):
                # "for Minsk, the capital of Belarus": the description names no destination
                aside = {x.i for o in objs for c in o.children
                         if c.dep_ == "appos" and c.pos_ == "NOUN" for x in c.subtree}
                dest += mentions_in(ctx, [x for x in span if x.i not in aside], _MARKETS)
        for o in origin[:1]:
            for d in dest:
                ctx.add(o, "tradesWith", d, sent, "trade-route", 0.6)


# what may hang between a route's name and the carrier it names: "routes were launched:
# A-B, C-D and E-F" (appositions and conjuncts), "the A-B freight train" (compounds)
_ROUTE_LINKS = {"compound", "conj", "appos", "nmod", "amod"}
_DASHES = {"-", "–", "—"}


@relation_rule("trade-route-pair")
def route_pairs(ctx: DocContext) -> None:
    """ "the Liuzhou-Tashkent train", "new routes were launched: Nanning-Moscow and
    Nanning-Almaty": a carrier named by its two ends runs from the first to the second; "a
    shuttle between Istanbul and Duisburg" runs both ways."""
    doc = ctx.doc
    seen: set[int] = set()
    for sent, carrier in ctx.triggers(_CARRIERS, {"NOUN", "PROPN"}):
        if in_quote(ctx, carrier):
            continue
        # ("services were launched between A and ...": "between" on the carrier's verb)
        holders = [carrier, carrier.head] if carrier.dep_ in ("nsubj", "nsubjpass") else [carrier]
        for prep in (c for h in holders for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "between"):
            ends = mentions_in(ctx, prep.subtree, _TRADERS | _MARKETS)
            if len(ends) == 2:
                for a, b in (ends, ends[::-1]):
                    if ctx.found[a].cls in _TRADERS and ctx.found[b].cls in _MARKETS:
                        ctx.add(a, "tradesWith", b, sent, "trade-route-pair", 0.55)
            elif len(ends) > 2 and ctx.found[ends[0]].cls in _TRADERS and any(
                    t.lower_ in ("including", "like") for t in prep.subtree):
                # "between Xi'an and cities including Warsaw, Poland, and Hamburg in
                # Germany": the first end with each city listed (not the cities' countries)
                for b in ends[1:]:
                    if ctx.found[b].cls in _MARKETS and not _locator(ctx, b):
                        ctx.add(ends[0], "tradesWith", b, sent, "trade-route-pair", 0.55)
        if ctx.sentence_of(carrier) in seen:
            continue
        seen.add(ctx.sentence_of(carrier))
        for idx in ctx.in_sentence(sent):
            span = ctx.found[idx].span
            k = span.end
            if k + 1 >= sent.end or doc[k].text not in _DASHES or ctx.found[idx].cls not in (
                    _TRADERS):
                continue
            other = ctx.mention_at(doc[k + 1])
            if other is None or ctx.found[other].cls not in _MARKETS:
                continue
            after = ctx.found[other].span.end
            # "Chongqing-Xinjiang-Europe": a chain names stops on the way, not two ends
            if (span.start > 0 and doc[span.start - 1].text in _DASHES) or (
                    after < len(doc) and doc[after].text in _DASHES):
                continue
            if _names_carrier(ctx.found[other].span.root):
                ctx.add(idx, "tradesWith", other, sent, "trade-route-pair", 0.6)


def _names_carrier(token: Token) -> bool:
    """Does the name hang on a carrier noun through compounds, lists and appositions only? Or
    is it listed after a colon that a clause about carriers ends with ("new routes were
    launched: A-B, C-D", which the parser may hang on the verb)?"""
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ in ("VERB", "AUX") and head.i < token.i and any(
                c.text == ":" and c.i < token.i for c in head.children):
            return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _CARRIERS
                       for c in head.children)
        if token.dep_ not in _ROUTE_LINKS:
            return False
        token = head
        if token.lemma_.lower() in _CARRIERS and token.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _locator(ctx: DocContext, idx: int) -> bool:
    """ "Warsaw, Poland", "Hamburg in Germany": a country or province right after a city
    (a comma, "in" or "of" between) says where the city is."""
    return ctx.found[idx].cls in ("Country", "Province", "Region") and locates_previous(
        ctx, idx, (",", "in", "of"), {"City"})


def _other_verbs(ctx: DocContext, trig: Token, idx: int) -> bool:
    """A verb other than ``trig`` between the name and ``trig`` in the parse: the name is
    that verb's ("exported to Laos, with some sold on to Thailand")."""
    for anc in ctx.found[idx].span.root.ancestors:
        if anc.i == trig.i:
            return False
        if anc.pos_ == "VERB" and anc.dep_ in ("acl", "advcl", "relcl"):
            return True
    return False
