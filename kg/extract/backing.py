"""Backing firms and places: support ("the Wuxi High-tech Zone vigorously supported Rilian
Technology") and investment ("setting up a new production base in Johor", "invested in").
More investment rules live in business/ (ventures.py, facilities.py).
"""

from __future__ import annotations

from kg.extract.agents import agent_of
from kg.extract.clauses import clause_subjects
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule, simple_rule, targets_of
from kg.extract.relations import proposed
from kg.schema import DOMAIN_RANGE

SUPPORTERS = DOMAIN_RANGE["supports"][0]


@relation_rule("support")
def supports(ctx: DocContext) -> None:
    """ "the Wuxi High-tech Zone (Xinwu District) vigorously supported Rilian Technology"."""
    lemmas = {
        "support",
        "help",
        "assist",
        "serve",
        "aid",
        "back",
        "guide",
        "assistance",
        "facilitate",
        "subsidize",
        "empower",
        "provide",
    }
    for sent, trig in ctx.triggers(lemmas):
        objs = targets_of(ctx, trig, {"Enterprise"}) or clause_subjects(ctx, trig, {"Enterprise"})
        if not objs:
            continue
        agent, conf = agent_of(ctx, trig, SUPPORTERS)
        if agent is None:
            continue
        agents = [agent, *_bracketed_places(ctx, agent)]
        for a in agents:
            for obj in objs[:2]:
                ctx.add(a, "supports", obj, sent, "support", conf)


def _bracketed_places(ctx: DocContext, idx: int) -> list[int]:
    """ "Wuxi High-tech Zone (Xinwu District)": the district in brackets acts with the zone."""
    doc = ctx.doc
    end = ctx.found[idx].span.end
    if end + 2 < len(doc) and doc[end].text == "(":
        inner = ctx.mention_at(doc[end + 1])
        if inner is not None and ctx.found[inner].cls in ("City", "Zone"):
            return [inner]
    return []


INVESTORS, INVEST_TARGETS = DOMAIN_RANGE["investsIn"]


@relation_rule("invest")
def invests(ctx: DocContext) -> None:
    """ "setting up a new production base in Johor, Malaysia"; "developing ... the Sihanoukville
    Port Special Economic Zone (SSEZ) in Cambodia"; "invested in"."""
    lemmas = {
        "set",
        "establish",
        "build",
        "open",
        "develop",
        "invest",
        "investment",
        "construct",
        "found",
        "launch",
        "inaugurate",
    }
    simple_rule(ctx, pred="investsIn", lemmas=lemmas, agents=INVESTORS,
                 targets=INVEST_TARGETS, extractor="invest", not_after={"from", "with"},
                 skip=proposed)
    # "accelerated the construction of the Tongzhou Bay New Estuary": building a zone is
    # investing in it; with no builder named, the document's province builds.
    simple_rule(ctx, pred="investsIn", lemmas={"construction"}, agents=INVESTORS,
                 targets={"Zone"}, extractor="invest", self_reference=True,
                 focus_lemmas={"construction"})
