"""Investment said in other words than "set up ... in": "A marketing centre was established by
A in Germany", "companies such as A and B have started operations in Tianjin", "A signed an
investment agreement with Hefei".

Next to ``relations.invests`` and ``facilities`` (a company's plant, branch or project in a
place).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import agent_of, subject_tokens
from kg.extract.business.govplaces import government_places
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, RelationHit, mentions_in
from kg.extract.grammar import (
    place_nouns_of,
    relation_rule,
    targets_of,
    with_conjuncts,
    word_before,
)
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    DEAL_NOUNS,
    FACILITY_NOUNS,
    INVESTOR_NOUNS,
    OPERATION_NOUNS,
)
from kg.schema import DOMAIN_RANGE

INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_BUILD = {"set", "establish", "build", "open", "found", "construct", "launch"}
_INVEST = _BUILD | {"invest", "develop"}
_START = {"start", "begin", "launch", "commence"}
_DEAL_CUES = {"investment", "project", "cooperation"}
_FUND = {"invest", "fund", "finance"}
_LOCATE = {"locate", "base", "situate"}
_ATTRACT = {"attract", "draw", "lure", "woo", "introduce"}
_CAPITAL = {"investment", "capital", "fund", "investor"}


def _places_after(ctx: DocContext, verb: Token, preps: tuple[str, ...]) -> list[int]:
    """Places and zones in the verb's own "in"/"with" phrases."""
    tokens = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for t in c.subtree]
    return [p for p in mentions_in(ctx, tokens, INVEST_TARGETS)
            if word_before(ctx, p) in preps]


def _places_in(ctx: DocContext, noun: Token, prep: str) -> list[int]:
    """Places in the noun's own prepositional phrase ("operations in Hefei")."""
    return mentions_in(ctx, (t for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
                             for t in c.subtree), INVEST_TARGETS)


def _firms_invest(ctx: DocContext, sent: Span, verb: Token, places: list[int], rule: str,
                  conf: float) -> None:
    """The verb's company and the companies listed with it invest in each place."""
    if not places:
        return
    agent, _ = agent_of(ctx, verb, {"Enterprise"})
    if agent is None:
        return
    for firm in with_conjuncts(ctx, agent, {"Enterprise"}):
        for place in places:
            ctx.add(firm, "investsIn", place, sent, rule, conf)


def _where_noun_is(ctx: DocContext, noun: Token) -> list[int]:
    """ "the project ... is located in Hefei", "the plant in Hefei": the places of a noun
    that a participle describes."""
    places = _places_in(ctx, noun, "in")
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _LOCATE:
        places += [p for p in _places_after(ctx, verb, ("in",)) if p not in places]
    return places


@relation_rule("invest-passive")
def built_by(ctx: DocContext) -> None:
    """ "A marketing centre was established by A in Germany", "the project, invested by A,
    is located in Hefei": the agent after "by" builds."""
    for sent, verb in ctx.triggers(_BUILD | _FUND, {"VERB"}):
        if verb.tag_ != "VBN" or in_quote(ctx, verb):
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.subtree]
        investors = mentions_in(ctx, agents, INVESTORS)
        # "by A in Germany": the parser often hangs the place on the agent's name
        places = _places_after(ctx, verb, ("in",)) + [
            p for p in mentions_in(ctx, agents, INVEST_TARGETS) if word_before(ctx, p) == "in"]
        if not places and verb.dep_ in ("acl", "relcl"):
            places = _where_noun_is(ctx, verb.head)
        for agent in investors[:1]:
            for place in places:
                ctx.add(agent, "investsIn", place, sent, "invest-passive", 0.6)


@relation_rule("invest-operations")
def started_operations(ctx: DocContext) -> None:
    """ "Companies such as A, B and C have started operations in the city", "A began
    production in Hefei": starting to work in a place is setting up there."""
    for sent, verb in ctx.triggers(_START, {"VERB"}):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or objs[0].lemma_.lower() not in OPERATION_NOUNS or in_quote(ctx, verb):
            continue
        places = (_places_after(ctx, verb, ("in",)) or _places_in(ctx, objs[0], "in")
                  or _site_places(ctx, verb, objs[0]) or place_nouns_of(ctx, verb))
        _firms_invest(ctx, sent, verb, places, "invest-operations", 0.6)


def _site_places(ctx: DocContext, verb: Token, obj: Token) -> list[int]:
    """ "began production at a plant in Hefei", "started operations at its factory in the city
    of Hefei": the places of the site the work starts at."""
    sites = [g for p in (*verb.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "at"
             for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in FACILITY_NOUNS]
    places = [p for site in sites for p in _places_in(ctx, site, "in")]
    return places or [p for site in sites for p in place_nouns_of(ctx, site)]


def _investment_deal(noun: Token) -> bool:
    """ "an investment agreement", "a project contract", "an agreement to build a plant"."""
    if noun.lemma_.lower() not in DEAL_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _DEAL_CUES
           for c in noun.children):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BUILD | {"invest"}
               for c in noun.children)


@relation_rule("invest-deal")
def signed_deals(ctx: DocContext) -> None:
    """ "A signed an investment agreement with Hefei": the company invests in the place it
    signed with (a signed, concrete project counts; ANNOTATION.md)."""
    for sent, verb in ctx.triggers({"sign", "ink"}, {"VERB"}):
        deals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and _investment_deal(c)]
        if not deals or in_quote(ctx, verb):
            continue
        places = _places_after(ctx, verb, ("with",))
        for deal in deals:
            places += [p for p in _places_in(ctx, deal, "with") if p not in places]
        # "with the Wuxi municipal government", "with the provincial government"
        places = places or government_places(ctx, verb) or [
            p for d in deals for p in government_places(ctx, d)]
        _firms_invest(ctx, sent, verb, places, "invest-deal", 0.55)


@relation_rule("invest-the-place")
def built_in_the_city(ctx: DocContext) -> None:
    """ "SMC has established a technology hub in the city", "A and B have jointly invested
    11.9 billion yuan to build a centre in the city": "the city" is the city named last."""
    for sent, verb in ctx.triggers(_INVEST, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        _firms_invest(ctx, sent, verb, place_nouns_of(ctx, verb), "invest-the-place", 0.5)


@relation_rule("invest-attract")
def attracted_investors(ctx: DocContext) -> None:
    """ "Hefei attracted investment from A and B", "the zone has attracted A and B to set up
    plants", "the zone has drawn 300 firms, including A and B": the companies a place
    draws invest in it (or in the place the companies are drawn to)."""
    for sent, verb in ctx.triggers(_ATTRACT, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs:
            continue
        obj = objs[0]
        if obj.lemma_.lower() in _CAPITAL:
            # "investment from A", "investors such as A"
            firms = mentions_in(ctx, (t for c in obj.children if c.dep_ == "prep" and (
                c.lower_ in ("from", "including", "like", "as")) for t in c.subtree),
                {"Enterprise"})
            firms += [f for f in mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep"
                                                   and c.lower_ == "from" for t in c.subtree),
                                             {"Enterprise"}) if f not in firms]
        else:
            firms = mentions_in(ctx, obj.subtree, {"Enterprise"})
            if firms and ctx.mention_at(obj) is None and not _lists_firms(obj):
                firms = []  # "attracted visitors from A"
        if not firms:
            continue
        xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
        places = [p for x in xcomp for p in mentions_in(ctx, x.subtree, INVEST_TARGETS)
                  if word_before(ctx, p) in ("in", "into")]
        if not places:
            agent, _ = agent_of(ctx, verb, INVEST_TARGETS)
            places = [] if agent is None else [agent]
        if not places:
            places = _subject_place_noun(ctx, verb)
        for firm in firms:
            for place in places:
                ctx.add(firm, "investsIn", place, sent, "invest-attract", 0.55)


def _lists_firms(obj: Token) -> bool:
    """ "300 enterprises, including A", "companies such as A", "A and B": the object is
    companies (not visitors or buyers)."""
    return obj.lemma_.lower() in COMPANY_NOUNS or obj.pos_ == "PROPN"


def _subject_place_noun(ctx: DocContext, verb: Token) -> list[int]:
    """ "The city has attracted A": the place a subject "the city" / "the zone" stands for."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        kind = {"city": "City", "province": "Province", "zone": "Zone"}.get(subj.lower_)
        if kind is None or not any(c.lower_ in ("the", "this") for c in subj.children):
            continue
        ante = ctx.antecedent(subj, kind, window=800)
        if ante is not None:
            return [ante]
    return []


_GROUPS = COMPANY_NOUNS | INVESTOR_NOUNS
_LIST_VERBS = {"include", "be", "comprise"}


def _group_places(ctx: DocContext) -> dict[int, list[int]]:
    """Sentence index -> the places an unnamed group of companies invests in there: "More
    than 200 multinationals have established headquarters in Shanghai", "ten banks were
    given the nod to open branches in the zone"."""
    out: dict[int, list[int]] = {}
    for _sent, verb in ctx.triggers(_INVEST | {"settle"}, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        groups = [s for s, is_object in subject_tokens(verb) if not is_object
                  and s.tag_ == "NNS" and s.lemma_.lower() in _GROUPS
                  and not mentions_in(ctx, s.subtree, {"Enterprise"})]
        if not groups:
            continue
        places = [p for p in targets_of(ctx, verb, INVEST_TARGETS)
                  if word_before(ctx, p) in ("in", "into")] + place_nouns_of(ctx, verb)
        places += [z for z in _the_zone(ctx, verb) if z not in places]
        if places:
            out.setdefault(ctx.sentence_of(verb), []).extend(places)
    return out


def _the_zone(ctx: DocContext, verb: Token) -> list[int]:
    """ "in the zone": the zone named last."""
    for tok in verb.subtree:
        if (tok.lower_ == "zone" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
                and ctx.mention_at(tok) is None
                and any(c.lower_ == "the" for c in tok.children)):
            ante = ctx.antecedent(tok, "Zone", window=1500)
            return [] if ante is None else [ante]
    return []


def _listed_firms(ctx: DocContext, sent: Span) -> list[int]:
    """ "The 19 companies included A, B and C", "The foreign banks are A and B", "Among them,
    A was the 200th to be certified": the companies the sentence names as members of a
    group named before."""
    doc = ctx.doc
    root = sent.root
    words = [t.lower_ for t in sent[:3]]
    if words[:2] in (["among", "them"], ["of", "them"], ["among", "these"]):
        return [i for c in root.children if c.dep_ == "nsubj"
                for i in mentions_in(ctx, c.subtree, {"Enterprise"})][:1]
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if (root.lemma_.lower() not in _LIST_VERBS or not subj or subj[0].tag_ != "NNS"
            or subj[0].lemma_.lower() not in _GROUPS
            or not any(c.lower_ in ("the", "these", "those") for c in subj[0].children)):
        return []
    return [i for i in mentions_in(ctx, doc[root.i + 1 : sent.end], {"Enterprise"})]


@relation_rule("invest-group")
def group_members(ctx: DocContext) -> None:
    """A group of companies invests in a place, and the next sentences name them: each
    named company invests there."""
    groups = _group_places(ctx)
    if not groups:
        return
    for si, sent in enumerate(ctx.sents):
        before = [groups[k] for k in (si - 1, si - 2) if k in groups]
        if not before or in_quote(ctx, sent.root):
            continue
        firms = _listed_firms(ctx, sent)
        for firm in firms:
            for place in before[0]:
                ctx.add(firm, "investsIn", place, sent, "invest-group", 0.5)
        if firms:  # "The 19 companies included A and B. Among them, C was ..."
            groups.setdefault(si, before[0])


def scope_not_site(ctx: DocContext, hits: list[RelationHit]) -> list[RelationHit]:
    """ "A set up its China headquarters in Wuhan": the place before the facility noun is
    the facility's scope when the same company's facility is put "in" another place; A
    invests in Wuhan, not in China (with no "in ..." the modifier is the site: "its Wuhan
    plant")."""
    sites = {(h.subj, h.obj) for h in hits if h.pred == "investsIn"}
    drop: set[tuple[int, int]] = set()
    for subj, obj in sites:
        root = ctx.found[obj].span.root
        noun = root.head
        if root.dep_ != "compound" or noun.i <= root.i or noun.pos_ != "NOUN":
            continue
        for other in (o for s, o in sites if s == subj and o != obj):
            prep = ctx.found[other].span.root.head
            if prep.lower_ in ("in", "at") and prep.head.i in (noun.i, noun.head.i) and (
                    prep.i > noun.i):
                drop.add((subj, obj))
    return [h for h in hits if h.pred != "investsIn" or (h.subj, h.obj) not in drop]
