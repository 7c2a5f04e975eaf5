"""The place a sentence opens with frames what a company does in it: "In Huizhou, A's plant
started operation", "In Qingdao City of Shandong Province, B has opened its new industrial
park"; and the place a "where" clause hangs on: "a site in Huizhou, where C has broken ground
at its complex". A company acting there on a facility or an operation invests in the place
(ANNOTATION.md: sets up a base, office, plant ...). Next to facilities.py and ventures.py,
which read the place inside the verb's or the facility's own phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import FACILITY_NOUNS, OPERATION_NOUNS
from kg.schema import DOMAIN_RANGE

_TARGETS = DOMAIN_RANGE["investsIn"][1]
# Verbs that say a company invests, whatever their object.
_INVEST_VERBS = {"invest", "inaugurate", "commission"}
_WORK = FACILITY_NOUNS | OPERATION_NOUNS


def _scene(ctx: DocContext, verb: Token) -> tuple[int | None, list[int]]:
    """The place framing the verb and the tokens of that frame: "In <place>, ..." opening
    the sentence, or the place a "where" clause (the verb's) describes."""
    sent = ctx.sentence(verb)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != sent.start:
            continue
        frame = list(prep.subtree)
        if frame[-1].i + 1 >= sent.end or ctx.doc[frame[-1].i + 1].text != ",":
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        place = ctx.mention_at(objs[0]) if objs else None
        if place is not None and ctx.found[place].cls in _TARGETS:
            return place, frame
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                    for c in verb.children):
        # "in Huizhou, where ...", "in the city of Huizhou, where ..."
        heads = [verb.head] + [g for c in verb.head.children if c.dep_ == "prep"
                               and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            place = ctx.mention_at(head)
            if place is not None and ctx.found[place].cls in _TARGETS:
                return place, []
    return None, []


def _about_work(ctx: DocContext, verb: Token, frame: list[Token]) -> bool:
    """Is the clause about a facility or an operation (not a name's word: "X Industrial
    Park"), or does its verb say investing?"""
    if verb.lemma_.lower() in _INVEST_VERBS or verb.lemma_.lower() == "break" and any(
            c.lower_ == "ground" for c in verb.children):  # "has broken ground at its plant"
        return True
    skip = {t.i for t in frame}
    return any(t.lemma_.lower() in _WORK and t.i not in skip and ctx.mention_at(t) is None
               for t in verb.subtree)


@relation_rule("invest-scene")
def invests_in_the_scene(ctx: DocContext) -> None:
    if not ctx.has_word(("in", "In", "where")):
        return
    for sent in ctx.sents:
        for verb in ctx.verbs(sent):
            place, frame = _scene(ctx, verb)
            if place is None or in_quote(ctx, verb) or not _about_work(ctx, verb, frame):
                continue
            agent, conf = agent_of(ctx, verb, {"Enterprise"})
            if agent is not None and conf >= 0.8:  # the subject's company, no nearest guess
                ctx.add(agent, "investsIn", place, sent, "invest-scene", 0.55)
