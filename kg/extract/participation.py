"""Taking part in programmes and events: implementing a programme ("implement the “20
Measures”", a province's own "“Hundred Fields ...” initiative"), taking part in an event or
programme ("attended the 137th Canton Fair", "integrate into the Belt and Road Initiative"),
and hosting one (the host place holds the event). More rules of these relations live in
gatherings/ (events.py, participants.py, programmes.py).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agents import ANY_AGENT, PEOPLE, SUBJ_DEPS, agent_of
from kg.extract.clauses import in_quote, no_verb_between
from kg.extract.context import DocContext, mentions_in
from kg.extract.grammar import relation_rule, simple_rule, targets_of
from kg.schema import DOMAIN_RANGE

IMPLEMENTERS = DOMAIN_RANGE["implements"][0]
_PROGRAMME_NOUNS = {"strategy", "plan", "initiative", "policy", "programme", "program",
                    "campaign", "project", "action"}


# "Guangxi is fully implementing RCEP": carrying a programme out is implementing it, whoever's
# it is (ANNOTATION.md); joining or integrating into one is taking part.
_CARRY_OUT = {"implement", "carry", "execute", "enact", "promote"}


@relation_rule("implement")
def implements(ctx: DocContext) -> None:
    """ "Zhejiang launched the “...”"; "implement the “20 Measures”"; "promoting the Belt and Road
    cooperation"; "we launched a special plan ... and implemented “8 major actions”"."""
    lemmas = {
        "implement",
        "implementation",
        "launch",
        "issue",
        "introduce",
        "roll",
        "promote",
        "carry",
        "adopt",
        "formulate",
        "unveil",
        "release",
        "execute",
        "enact",
        "organize",
        "organise",
        "construction",
        "focus",
        "advance",
        "plan",
        "push",
        "deepen",
        "bring",
        "propose",
        "trial",
        "pilot", "initiate", "pursue", "put",
    }
    for sent, trig in ctx.triggers(lemmas):
        objs = targets_of(ctx, trig, {"Initiative"})
        if not objs:
            continue
        agent, conf = agent_of(ctx, trig, IMPLEMENTERS, self_reference=True)
        if (
            agent is None
            and ctx.focus_province is not None
            and not in_quote(ctx, trig)
            and trig.lemma_
            in ("implement", "implementation", "launch", "roll", "carry", "adopt", "organize")
        ):
            agent, conf = ctx.focus_index(sent), 0.45
        if agent is None:
            continue
        for obj in objs:
            pred = ("implements" if trig.lemma_ in _CARRY_OUT and no_verb_between(
                ctx.found[obj].span.root, trig) else implement_or_join(ctx, agent, obj))
            ctx.add(agent, pred, obj, sent, "implement", conf)
    # "Hainan’s “Hundred Fields ...”": a place's own initiative.
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls != "Initiative" or f.span.start < 2:
            continue
        k = f.span.start - 1
        while k > 0 and doc[k].text in ("“", '"', "the"):
            k -= 1
        if doc[k].text in ("’s", "'s", "’"):
            owner = ctx.mention_at(doc[k - 1])
            if owner is not None and ctx.found[owner].cls in IMPLEMENTERS:
                ctx.add(owner, "implements", idx, f.span.sent, "possessive-initiative", 0.6)
        # "the “one pillar, six doubles” development strategy of Jilin"
        j = f.span.end
        while j < len(doc) and j < f.span.end + 6 and (
                doc[j].text in ("”", '"') or doc[j].is_lower and doc[j].is_alpha
                or doc[j].text == "-"):
            if doc[j].lemma_.lower() in _PROGRAMME_NOUNS and j + 2 < len(doc) and (
                    doc[j + 1].lower_ == "of"):
                owner = ctx.mention_at(doc[j + 2])
                if owner is not None and ctx.found[owner].cls in ("Province", "City",
                                                                   "Country"):
                    ctx.add(owner, "implements", idx, f.span.sent, "possessive-initiative",
                            0.6)
                break
            j += 1


def implement_or_join(ctx: DocContext, agent: int, obj: int) -> str:
    """A province or city takes part in a national or international programme (the Belt and
    Road Initiative, RCEP); it implements its own."""
    if ctx.found[agent].cls in ("Province", "City") and ctx.found[obj].cand.extractor in (
            "gazetteer", "ner+gazetteer"):
        return "participatesIn"
    return "implements"


_HOST_OR_COME = {"host", "hold", "send", "organize", "organise", "co-host", "cohost",
                 "co-organize", "co-organise", "sponsor", "co-sponsor", "stage", "come"}


# Who, besides people, is set at an event by "At the X Expo, <subject> <verb>".
_SETTERS = {"Country", "Province", "City", "Region", "Enterprise", "Organization",
            "GovernmentBody"}


@relation_rule("participate")
def participates(ctx: DocContext) -> None:
    """ "participated in the 26th Jiangsu Export Commodity Fair"; "attended the 137th Canton
    Fair"; "hosted the 5th China-US Sister Cities Conference"; "integrate into the Belt and
    Road Initiative"."""
    simple_rule(
        ctx,
        pred="participatesIn",
        lemmas={
            "participate",
            "attend",
            "join",
            "exhibit",
            "integrate",
            "chair",
            "take",
            "showcase",
            "sign",
            "address",
            "speak",
            "preside",
            "participation",
        },
        agents=ANY_AGENT,
        targets={"Event", "Initiative"},
        extractor="participate",
        self_reference=True,
        focus_lemmas={"integrate", "join", "participate"},
        not_after={"along"},  # "signed deals with countries along the Belt and Road"
    )
    # Hosting takes part in events, not in programmes; so does sending people to them
    # ("International organizations including the WFP have sent representatives to the expo").
    # So does organising one, or coming to it ("delegations from A and B came to the expo").
    simple_rule(ctx, pred="participatesIn", lemmas=_HOST_OR_COME, agents=ANY_AGENT,
                 targets={"Event"}, extractor="participate", self_reference=True)
    # "At the Central Economic Work Conference 2023, General Secretary Xi stressed ...",
    # "In the report to the 20th CPC National Congress, ... Xi Jinping made it clear".
    doc = ctx.doc
    for sent in ctx.sents:
        root = sent.root
        subj = [c for c in root.children if c.dep_ in SUBJ_DEPS]
        agents = mentions_in(ctx, (t for s in subj for t in s.subtree), PEOPLE)
        bodies: list[int] = []
        if not agents:
            # "At the 5th X Expo, Kenya and Peru showcased their goods": the named subjects
            bodies = [i for s in subj for t in (s, *s.conjuncts)
                      if (i := ctx.mention_at(t)) is not None and ctx.found[i].cls in _SETTERS]
        if not agents and not subj:
            # The parser sometimes hangs the subject on the event ("... Congress, General
            # Secretary Xi Jinping made it clear"): take the person right before the verb.
            agents = mentions_in(ctx, reversed(doc[sent.start : root.i]), PEOPLE)[:1]
            comma = next((t.i for t in doc[sent.start : root.i] if t.text == ","), None)
            if not agents and comma is not None:  # "At the X Expo, Kenya and Peru showcased"
                bodies = mentions_in(ctx, doc[comma + 1 : root.i], _SETTERS)
        if bodies:
            for idx in events_before_root(ctx, sent):
                f = ctx.found[idx]
                if "at" in [t.lower_ for t in doc[max(sent.start, f.span.start - 4)
                                                  : f.span.start]]:
                    for body in bodies:
                        ctx.add(body, "participatesIn", idx, sent, "event-setting", 0.55)
        if not agents:
            continue
        for idx in events_before_root(ctx, sent):
            f = ctx.found[idx]
            lead = [t.lower_ for t in doc[max(sent.start, f.span.start - 4) : f.span.start]]
            if {"at", "during", "to"} & set(lead) or set_at(f.span.root, root):
                ctx.add(agents[0], "participatesIn", idx, sent, "event-setting", 0.6)


def events_before_root(ctx: DocContext, sent: Span) -> list[int]:
    """The events named in ``sent`` before its main verb (the settings it may be set at)."""
    return [i for i in ctx.in_sentence(sent)
            if ctx.found[i].cls == "Event" and ctx.found[i].span.start < sent.root.i]


def set_at(token: Token, root: Token) -> bool:
    """ "At the opening ceremony of the 133rd Fair and the 2nd Forum held the day before, X
    delivered a speech": the event hangs, through nouns and "of"/"and", on an "at"/"during"
    phrase of the main verb or one that opens the sentence."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i or head.i == root.i:
            return False
        if head.lower_ in ("at", "during") and head.dep_ == "prep" and (
                head.head.i == root.i or head.i == root.sent.start):
            return True
        if node.dep_ not in ("pobj", "conj", "prep", "compound", "appos", "cc"):
            return False
        node = head
    return False


@relation_rule("host")
def hosts(ctx: DocContext) -> None:
    """ "Jiangsu has successfully held ... the 2023 World Coastal Forum": the host place holds
    the event."""
    for sent, trig in ctx.triggers({"host", "hold"}):
        if trig.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trig.children):
            continue
        events = targets_of(ctx, trig, {"Event"})
        agent, _ = agent_of(ctx, trig, {"Province", "City", "Country"}, self_reference=True)
        if agent is None:
            continue
        for ev in events:
            ctx.add(ev, "locatedIn", agent, sent, "host", 0.6)
