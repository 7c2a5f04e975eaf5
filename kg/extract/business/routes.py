"""Trade said by routes, partners and ties: "a freight train departed from Chongqing bound
for Duisburg, Germany", "the route links Lianyungang with Almaty" (ANNOTATION: "runs a cargo
route to"), "Germany is Anhui's largest trading partner", "trade ties with Japan".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import agent_of
from kg.extract.clauses import in_quote, list_tail
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import inside_place, relation_rule, targets_of, word_before
from kg.schema import DOMAIN_RANGE

_CARRIERS = {"train", "freight", "cargo", "route", "vessel", "ship", "flight", "service",
             "line", "express", "liner", "shipment", "container", "shuttle"}
_MOVES = {"depart", "leave", "set", "run", "sail", "head", "travel", "start", "arrive",
          "deliver", "carry", "transport", "ship", "bring"}
_TRADERS = {"City", "Province"}
_MARKETS = {"City", "Country", "Region"}
TRADERS, MARKETS = DOMAIN_RANGE["tradesWith"]


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
    }
    for sent, trig in ctx.triggers(lemmas):
        between = [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"]
        if between:
            # "trade between China and Russia": the two named, and no one else
            parties = mentions_in(ctx, between[0].subtree, TRADERS | MARKETS)
            if len(parties) == 2 and ctx.found[parties[0]].cls in TRADERS:
                ctx.add(parties[0], "tradesWith", parties[1], sent, "trade", 0.6)
            continue
        seller = _misread_seller(ctx, trig)
        if seller is not None:
            scope = trig.subtree if trig.dep_ == "appos" else trig.head.subtree
            for obj in mentions_in(ctx, scope, MARKETS):
                if (word_before(ctx, obj) in ("to", "from", ",", "and") or _markets_in(
                        ctx, obj)) and not inside_place(
                        ctx, seller, obj, either_way=False):
                    ctx.add(seller, "tradesWith", obj, sent, "trade", 0.6)
            continue
        preps = ("into",) if trig.lemma_ == "expand" else (
            "to", "from", "with", ",", "and", "into")
        if trig.lemma_ in ("sell", "sale", "sales"):
            preps += ("in",)  # "sales in Europe"; but "trade in Yiwu" says where, not with whom
        if trig.lemma_ in _OUTWARD:
            preps = tuple(p for p in preps if p != "from")  # "exported from Linzhou to Almaty"
        objs = [o for o in targets_of(ctx, trig, MARKETS)
                if word_before(ctx, o) in preps or _markets_in(ctx, o)]
        objs += list_tail(ctx, objs, MARKETS)  # "with A, B, and C increase": C misparsed
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
        for obj in objs:
            if not inside_place(ctx, agent, obj, either_way=False):
                ctx.add(agent, "tradesWith", obj, sent, "trade", conf)


# "the province", "the city": the trader of that kind named last before
_PLACE_WORDS = {"province": "Province", "city": "City", "municipality": "Province"}


def _place_word(ctx: DocContext, tok: Token) -> int | None:
    """ "the province" (bare: no name, modifier or "of" phrase) -> the province named last
    before it in the text (a municipality is a province-level place)."""
    cls = _PLACE_WORDS.get(tok.lower_)
    if (cls is None or ctx.mention_at(tok) is not None
            or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
            or any(c.dep_ in ("compound", "amod", "prep", "nmod") for c in tok.children)):
        return None
    return ctx.antecedent(tok, cls, window=2000)


def _referred_trader(ctx: DocContext, trig: Token) -> int | None:
    """The trader a verb's subject ("the province exported ...") or a trade noun's owner
    ("its imports", "the city's exports") refers back to."""
    words = [c for c in trig.children if c.dep_ == "poss"]
    if trig.pos_ == "VERB":
        words += [c for c in trig.children if c.dep_ == "nsubj"]
    for word in words:
        if word.lower_ == "its":
            return _its_trader(ctx, word)
        found = _place_word(ctx, word)
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
                   and t.lower_ == "from" for g in t.children if g.dep_ == "pobj"]
    return any(o is not None and ctx.found[o].cls not in TRADERS for o in owners)


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
        for prep in (c for c in carrier.children if c.dep_ == "prep" and c.lower_ == "between"):
            ends = mentions_in(ctx, prep.subtree, _TRADERS | _MARKETS)
            if len(ends) == 2:
                for a, b in (ends, ends[::-1]):
                    if ctx.found[a].cls in _TRADERS and ctx.found[b].cls in _MARKETS:
                        ctx.add(a, "tradesWith", b, sent, "trade-route-pair", 0.55)
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


_PARTNER_CUES = {"trading", "trade", "export", "import", "commercial"}
# "Germany is Anhui's largest trading partner", "Laos is Hubei's third largest export market",
# "its top import source" (the noun said with a trade word: _trade_modified)
_PARTNER_NOUNS = {"partner", "market", "destination", "source"}


@relation_rule("trade-partner")
def trading_partners(ctx: DocContext) -> None:
    """ "Germany is Anhui's largest trading partner", "Laos is Hubei's largest export market",
    "Anhui is Germany's second-largest trade partner in China", "Germany has become an
    investment and trading partner of Jiangxi": the two sides of the copula trade with each
    other (the one the schema lets trade is the subject)."""
    for sent, noun in ctx.triggers(_PARTNER_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun) or not _trade_modified(noun):
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
                one = _place_word(ctx, owners[0])
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
            owner = _its_trader(ctx, poss)
    if owner is None and _ranked(noun):  # "Other major trade partners the EU and Japan"
        owner = implied_trader(ctx, sent)
    if owner is None or ctx.found[owner].cls not in TRADERS:
        return False
    for name in names:
        market = ctx.mention_at(name)
        if market is not None and ctx.found[market].cls in MARKETS:
            ctx.add(owner, "tradesWith", market, sent, "trade-partner", 0.55)
    return True


def _trade_modified(noun: Token) -> bool:
    """ "trading partner", "investment and trade partner", "economic and trade ties"."""
    return any(t.lemma_.lower() in _PARTNER_CUES for c in noun.children
               if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree)


@relation_rule("trade-ties")
def trade_ties(ctx: DocContext) -> None:
    """ "Shandong strengthens trade ties with Japan", "economic and trade relations with
    Germany", "the trade volume between Jiangxi and Germany": the subject (or the first
    side) trades with the places after "with" (the second side)."""
    # ("economic and trade cooperation" is wider than trade: not read)
    for sent, noun in ctx.triggers({"tie", "volume", "relation", "link"}, {"NOUN"}):
        if in_quote(ctx, noun) or not _trade_modified(noun):
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
                agent = _its_trader(ctx, owner[0])
            agent = agent if agent is not None and ctx.found[agent].cls in TRADERS else None
        else:
            agent, _ = agent_of(ctx, noun, TRADERS)
        if agent is None:
            continue
        for market in markets:
            ctx.add(agent, "tradesWith", market, sent, "trade-ties", 0.55)


def _its_trader(ctx: DocContext, its: Token) -> int | None:
    """ "Henan's exports rose, and its trade volume with ASEAN hit ...": the one province or
    city named before "its" in the sentence (or, with none, the sentence before)."""
    si = ctx.sentence_of(its)
    for sent in (ctx.sents[si], ctx.sents[si - 1] if si else None):
        if sent is None:
            break
        named = {ctx.found[i].cand.refers_to or ctx.found[i].text: i
                 for i in ctx.in_sentence(sent) if ctx.found[i].cls in _TRADERS
                 and ctx.found[i].span.end <= its.i}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None
    return None
