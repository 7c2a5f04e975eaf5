"""Sites a visit names only by example: "Li Ming and his entourage visited a number of leading
enterprises and institutions. For example, A Group, B Group and C Science Park, ...";
"The delegation toured several companies. Among them were A and B." The visit's object is a
plural common noun with no name in it; the sentence right after opens with words that give
its instances, and the sites it names before its own verb are the ones visited.

ANNOTATION.md: each named site of a tour is visited.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import PEOPLE, agent_of, subject_tokens
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, with_conjuncts
from kg.extract.leaders import delegation_leaders
from kg.extract.lexicon import GROUP_NOUNS

_SITES = {"Enterprise", "Zone", "Organization"}
# how the next sentence opens when it gives the instances
_OPENINGS = (("for", "example"), ("for", "instance"), ("among", "them"), ("such", "as"),
             ("these", "include"), ("these", "included"), ("they", "include"),
             ("they", "included"), ("including",))


def _plural_object(verb: Token) -> bool:
    """ "visited a number of enterprises", "toured several companies": a plural noun, no name."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")]
        if any(n.tag_ == "NNS" for n in nouns) and not any(t.pos_ == "PROPN" for t in obj.subtree):
            return True
    return False


def _instances(ctx: DocContext, sent: Span) -> list[int]:
    """The sites a sentence opening with "For example," / "Among them" names before its verb."""
    words = [t.lower_ for t in sent if not t.is_punct][:2]
    if not any(tuple(words[: len(o)]) == o for o in _OPENINGS):
        return []
    root = sent.root
    stop = root.i if root.lemma_.lower() not in ("be", "include") else sent.end
    return mentions_in(ctx, ctx.doc[sent.start : stop], _SITES)


def _visitors(ctx: DocContext, verb: Token) -> list[int]:
    agent, _ = agent_of(ctx, verb, PEOPLE)
    if agent is not None:
        return with_conjuncts(ctx, agent, PEOPLE)
    subjects = [s for s, is_object in subject_tokens(verb) if not is_object]
    if subjects and subjects[0].lemma_.lower() in GROUP_NOUNS:  # "the delegation visited"
        return delegation_leaders(ctx)
    return []


@relation_rule("visit-examples")
def visits_by_example(ctx: DocContext) -> None:
    for _, verb in ctx.triggers({"visit", "tour", "inspect"}, {"VERB"}):
        si = ctx.sentence_of(verb)
        if in_quote(ctx, verb) or si + 1 >= len(ctx.sents) or not _plural_object(verb):
            continue
        sites = _instances(ctx, ctx.sents[si + 1])
        if not sites:
            continue
        for person in _visitors(ctx, verb):
            for site in sites:
                ctx.add(person, "visited", site, ctx.sents[si + 1], "visit-examples", 0.55)
