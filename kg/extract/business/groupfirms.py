"""Companies named as members of a group that invests: "40 enterprises, including A and B, have
been set up in the province", "foreign firms, including A and B, have been expanding their
investment in the city", "15 enterprises including A have invested and built factories here",
"ten companies including A and B signed deals to advance investment projects with the Wuxi
government". Each named company invests in the place.

Next to ``ventures`` (the group named in one sentence, its members in the next).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import dateline
from kg.extract.business.govplaces import government_places
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import place_nouns_of, relation_rule, word_before
from kg.extract.lexicon import COMPANY_NOUNS, FACILITY_NOUNS, INVESTOR_NOUNS
from kg.schema import DOMAIN_RANGE

_, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]
_GROUPS = COMPANY_NOUNS | INVESTOR_NOUNS
_LISTING = {"including", "like", "as"}  # "such as"
# Verbs that say the group invests or sets up by themselves
_INVEST = {"invest", "set", "establish", "build", "open", "settle", "locate", "base"}
# Verbs that do so with an investment object: "expanded their investment", "signed deals
# to advance investment projects"
_WITH_OBJECT = {"expand", "increase", "make", "sign", "advance", "launch", "start"}
_INVEST_OBJECTS = {"investment", "project"} | FACILITY_NOUNS
_PLACE_CLASSES = {"City", "Province", "Country", "Region"}


def _members(ctx: DocContext, noun: Token) -> list[int]:
    """The companies a group noun lists: "enterprises, including A and B" (the parser may hang
    "including" on the verb when the group is its object)."""
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    if noun.dep_ == "nsubj":
        # "200 firms have invested in the X Zone, including A and B": the list at the end
        # hangs on the verb or on the place; only companies are taken from it
        heads += [noun.head] + [g for c in noun.head.children if c.dep_ == "prep"
                                and c.lower_ in ("in", "into") for g in c.children
                                if g.dep_ == "pobj"]
    return mentions_in(ctx, (t for h in heads for c in h.children if c.dep_ == "prep"
                             and c.lower_ in _LISTING and (h is noun or c.i > noun.i)
                             for t in c.subtree), {"Enterprise"})


def _verbs(noun: Token) -> list[Token]:
    """The verb the group is the subject or object of, and the verbs joined to it ("invested
    and built"), and a clause it governs ("signed deals to advance")."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    verb = noun.head
    out = [verb, *verb.conjuncts]
    out += [c for v in list(out) for c in v.children if c.dep_ in ("advcl", "xcomp")]
    return out


def _invests(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _INVEST:
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return lemma in _WITH_OBJECT and any(
        o.lemma_.lower() in _INVEST_OBJECTS or any(
            c.dep_ == "compound" and c.lemma_.lower() == "investment" for c in o.children)
        for o in objs)


def _here(ctx: DocContext, verb: Token) -> list[int]:
    """ "built factories here": the dateline's place, else the city named last."""
    if not any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children):
        return []
    for idx, f in enumerate(ctx.found):
        if f.cls in _PLACE_CLASSES and dateline(ctx, idx):
            return [idx]
    here = next(c for c in verb.children if c.lower_ == "here")
    city = ctx.antecedent(here, "City", window=1500)
    return [] if city is None else [city]


def _places(ctx: DocContext, verb: Token) -> list[int]:
    tokens = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
              for t in c.subtree]
    places = [p for p in mentions_in(ctx, tokens, INVEST_TARGETS)
              if word_before(ctx, p) in ("in", "into")]
    return places or place_nouns_of(ctx, verb) or _here(ctx, verb) or government_places(
        ctx, verb)


@relation_rule("invest-members")
def listed_members(ctx: DocContext) -> None:
    for sent, noun in ctx.triggers(_GROUPS, {"NOUN"}):
        if noun.tag_ != "NNS" or ctx.mention_at(noun) is not None or in_quote(ctx, noun):
            continue
        firms = _members(ctx, noun)
        if not firms:
            continue
        for verb in _verbs(noun):
            if not _invests(verb):
                continue
            for place in _places(ctx, verb):
                for firm in firms:
                    ctx.add(firm, "investsIn", place, sent, "invest-members", 0.55)
