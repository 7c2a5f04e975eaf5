"""Taking part written as a noun phrase, with no verb of taking part: "exhibitors from Ghana
and Peru at the 12th China-ASEAN Expo", "delegates from Kenya to the 5th Silk Road Forum".
The places and bodies the participants come from take part (ANNOTATION.md: countries whose
delegations attend). Read on the surface: the parser hangs "at the Expo" on the noun, on the
last place or on the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import ANY_AGENT, PEOPLE
from kg.extract.clauses import in_quote
from kg.extract.context import DocContext
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import PARTICIPANT_NOUNS

_WHO = PARTICIPANT_NOUNS | {"delegation", "representative", "company", "enterprise", "firm",
                            "business", "buyer"}
_ORIGINS = ANY_AGENT - PEOPLE
_JOINS = {",", "and"}


@relation_rule("participate-noun-phrase")
def participants_from_at(ctx: DocContext) -> None:
    doc = ctx.doc
    for sent, noun in ctx.triggers(_WHO, {"NOUN"}):
        k = noun.i + 1
        if k >= sent.end or doc[k].lower_ != "from" or in_quote(ctx, noun):
            continue
        k += 1
        origins: list[int] = []
        while k < sent.end:
            idx = ctx.mention_at(doc[k])
            if idx is not None and ctx.found[idx].cls in _ORIGINS:
                origins.append(idx)
                k = ctx.found[idx].span.end
            elif doc[k].lower_ in _JOINS and origins:
                k += 1
            else:
                break
        if not origins or k + 1 >= sent.end or doc[k].lower_ not in ("at", "to"):
            continue
        k += 1
        if doc[k].lower_ == "the":
            k += 1
        event = ctx.mention_at(doc[k]) if k < sent.end else None
        if event is None or ctx.found[event].cls != "Event" or (
                ctx.found[event].span.start != k):
            continue
        for origin in origins:
            ctx.add(origin, "participatesIn", event, sent, "participate-noun-phrase", 0.55)


# Who is at an event by being one ("partners such as A" may be anyone's partners).
AT_EVENT = PARTICIPANT_NOUNS - {"partner", "sponsor", "delegate"}


def examples_after(noun: Token) -> Token | None:
    """The word after which "exhibitors such as A, B" / "like A" lists its examples."""
    doc = noun.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        return doc[k + 1]
    if k < len(doc) and doc[k].lower_ == "like":
        return doc[k]
    return None
