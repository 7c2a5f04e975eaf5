"""Lists of who took part in an event: "Exhibitors included A, B and C", "Among the
participants were A and B", "A brought its latest products to the <Event>", and an
intransitive "A and B attended." / "X presided." about the passage's event.

Next to ``events`` (attending, speaking, "attended by") and ``organisers`` (hosts).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from kg.extract.agents import ANY_AGENT, PEOPLE, agent_of
from kg.extract.clauses import in_quote
from kg.extract.context import PLACE_CLASSES, DocContext, mentions_in
from kg.extract.gatherings.eventrefs import cited
from kg.extract.gatherings.events import EVENT_NOUNS, event_before
from kg.extract.gatherings.nounparts import AT_EVENT, examples_after
from kg.extract.gatherings.organisers import list_after
from kg.extract.grammar import relation_rule, simple_rule, targets_of, with_conjuncts
from kg.extract.lexicon import COMPANY_NOUNS, PARTICIPANT_NOUNS
from kg.extract.participation import events_before_root, set_at

_COPULAS = {"include", "be", "comprise", "feature"}
_ALONE = {"attend", "preside", "participate"}
# A subject that stands for its members: "Heads of A and B attended", "Companies from Laos took
# part".
_GROUPS = PARTICIPANT_NOUNS | COMPANY_NOUNS | {
    "head", "leader", "representative", "person", "official", "executive", "delegation",
    "minister", "envoy", "diplomat", "ambassador", "consul", "entrepreneur", "businessman"}


def _event_of(ctx: DocContext, sent: Span, start: int, end: int, anchor: Token) -> int | None:
    """The event named between ``start`` and ``end`` ("Exhibitors at the 5th X Expo"), the
    passage's event for an event noun there or for none."""
    named = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"
             and start <= ctx.found[i].span.start < end]
    if named:
        return named[0]
    if any(ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
        return None  # another event named in the sentence: not this rule's to say
    nouns = [t.lemma_.lower() for t in ctx.doc[start:end] if t.lemma_.lower() in EVENT_NOUNS]
    return event_before(ctx, anchor, nouns[-1] if nouns else None)


@relation_rule("participate-list")
def participant_lists(ctx: DocContext) -> None:
    """ "Exhibitors included A, B and C"; "Among the participants were A and B"; "Guests at
    the expo include A": each listed name takes part in the event."""
    doc = ctx.doc
    for sent, noun in ctx.triggers(PARTICIPANT_NOUNS, {"NOUN"}):
        if in_quote(ctx, noun) or noun.tag_ != "NNS":
            continue
        verb = noun.head
        lead = None
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in _COPULAS and verb.i > noun.i:
            # "Exhibitors (at the fair) included A, B and C"
            event = _event_of(ctx, sent, noun.i, verb.i, noun)
            start = verb
        elif (noun.dep_ == "pobj" and verb.lower_ == "among" and verb.i == sent.start
              or noun.dep_ == "pobj" and verb.lower_ == "among" and doc[verb.i - 1].is_punct):
            # "Among the exhibitors (at the fair) were A and B"
            be = next((t for t in doc[noun.i + 1 : min(noun.i + 10, sent.end)]
                       if t.lemma_ == "be"), None)
            if be is None:
                continue
            event = _event_of(ctx, sent, noun.i, be.i, noun)
            start = be
        elif (lead := examples_after(noun)) is not None and noun.lemma_.lower() in AT_EVENT:
            # "Exhibitors such as A and B showed ...": the examples the noun gives
            event = _event_of(ctx, sent, sent.start, sent.end, noun)
            start = lead
        else:
            continue
        if event is None:
            continue
        for agent in list_after(ctx, start):
            # ("guests such as Governor of A, Zimbabwe": the places only place the posts)
            if lead is not None and ctx.found[agent].cls in PLACE_CLASSES:
                continue
            ctx.add(agent, "participatesIn", event, sent, "participate-list", 0.55)


@relation_rule("participate-alone")
def attended_alone(ctx: DocContext) -> None:
    """ "The 5th X Expo opened on Monday. A and B attended.", "Governor Y presided.": a verb of
    taking part with nothing after it is about the passage's event."""
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, verb in ctx.triggers(_ALONE | {"take"}, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "attr")
                                      and not (c.lower_ == "part" and verb.lemma_ == "take")
                                      for c in verb.children):
            continue
        if verb.lemma_ == "take" and not any(c.lower_ == "part" for c in verb.children):
            continue
        if any(ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
            continue
        event = event_before(ctx, verb)
        if event is None:
            continue
        for agent in _alone_agents(ctx, verb):
            ctx.add(agent, "participatesIn", event, sent, "participate-alone", 0.55)


def _alone_agents(ctx: DocContext, verb: Token) -> list[int]:
    """Who "attended." / "took part.": the subject's first name and its conjuncts; for a
    group ("Heads of A, B and other bodies were invited to participate", "Companies from
    Laos and Peru took part") the names its "of" / "from" phrase lists. A verb with no
    subject of its own ("invited to participate") takes its governor's."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "xcomp":
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: list[int] = []
    others = ANY_AGENT - PLACE_CLASSES
    for s in subj:
        if ctx.mention_at(s) is not None or s.lemma_.lower() not in _GROUPS:
            first = mentions_in(ctx, s.subtree, ANY_AGENT)
            if first:
                out += [i for i in with_conjuncts(ctx, first[0], ANY_AGENT) if i not in out]
            continue
        # "Leaders of ..., executives of ... and heads of A and B": each group's names
        for group in (s, *s.conjuncts):
            if group.lemma_.lower() not in _GROUPS and ctx.mention_at(group) is None:
                continue
            # (the places of "officials of Peru" are where they serve, not who attends)
            out += [i for c in group.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for i in mentions_in(ctx, c.subtree, ANY_AGENT if c.lower_ == "from"
                                         else others) if i not in out]
            # (the parser may hang the list's later names on the group noun)
            i = ctx.mention_at(group)
            if i is not None and ctx.found[i].cls in others and i not in out:
                out.append(i)
    return out


@relation_rule("participate-bring")
def brought_to(ctx: DocContext) -> None:
    """ "A brought its latest products to the 5th X Expo", "A displayed its robots at the
    Y Fair": a company showing its goods at an event takes part in it."""
    simple_rule(ctx, pred="participatesIn", lemmas={"bring", "display", "demonstrate"},
                agents={"Enterprise", "Organization", "Country", "Province", "City"},
                targets={"Event"}, extractor="participate-bring", pos={"VERB"})


_DRAW = {"attract", "draw", "gather", "bring", "welcome", "lure"}
# What an event draws whose origins take part: "exhibitors from 50 countries", "companies
# such as A" (not "visitors" or "buyers" from a country).
_DRAWN = PARTICIPANT_NOUNS | {"company", "enterprise", "firm", "business", "delegation",
                              "representative", "organization", "organisation",
                              "institution", "brand", "country", "region", "government"}


def _drawing_event(ctx: DocContext, verb: Token) -> int | None:
    """The event that is the verb's subject: named, or "the expo" (the passage's event)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        # "The 5th X Forum opened on Monday, drawing delegates from A and B": the subject of
        # the verb the participle hangs on
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        named = mentions_in(ctx, subj.subtree, {"Event"})
        if named:
            return named[0]
        noun = subj.lemma_.lower()
        if noun in EVENT_NOUNS and any(c.lower_ in ("the", "this") for c in subj.children):
            return event_before(ctx, subj, noun)
    return None


@relation_rule("participate-attract")
def drawn_to_event(ctx: DocContext) -> None:
    """ "The 5th X Expo attracted exhibitors from 50 countries, including A, B and C", "the
    forum brought together companies such as A and B": each named in what the event draws
    takes part in it."""
    for sent, verb in ctx.triggers(_DRAW, {"VERB"}):
        if in_quote(ctx, verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        event = _drawing_event(ctx, verb)
        if event is None:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            named = ctx.mention_at(obj)
            if named is None and obj.lemma_.lower() not in _DRAWN:
                continue
            # (the parser often hangs "from ..." on the verb)
            tokens = [*obj.subtree, *(t for c in verb.children if c.dep_ == "prep" and c.i > obj.i
                                      and c.lower_ in ("from", "including", "like", "as")
                                      for t in c.subtree)]
            for agent in mentions_in(ctx, tokens, ANY_AGENT):
                ctx.add(agent, "participatesIn", event, sent, "participate-attract", 0.55)


@relation_rule("participate-representative")
def represented_companies(ctx: DocContext) -> None:
    """ "..., including A, Sourcing Director at B Co., made speeches": a company whose
    representative (with the post given in the same sentence) takes part in an event takes
    part in it (ANNOTATION.md)."""
    def name(idx: int) -> str:
        return ctx.found[idx].cand.refers_to or ctx.found[idx].text

    posts: dict[tuple[str, int], list[int]] = {}
    for hit in ctx.hits:
        if hit.pred == "holdsPositionIn" and ctx.found[hit.obj].cls == "Enterprise":
            posts.setdefault((name(hit.subj), hit.sent.start), []).append(hit.obj)
    if not posts:
        return
    for hit in list(ctx.hits):
        if (hit.pred != "participatesIn" or ctx.found[hit.subj].cls not in PEOPLE
                or ctx.found[hit.obj].cls != "Event"):
            continue
        for firm in posts.get((name(hit.subj), hit.sent.start), ()):
            ctx.add(firm, "participatesIn", hit.obj, hit.sent, "participate-representative",
                    0.5)


@relation_rule("participate-setting")
def acting_at_event(ctx: DocContext) -> None:
    """ "At the 5th X Expo, A signed contracts worth ...", "During the fair, the B Municipal
    Government signed 30 projects": a company, body or place named as the subject of a
    sentence set at an event takes part in it (people: ``relations.participates``)."""
    for sent in ctx.sents:
        root = sent.root
        if in_quote(ctx, root):
            continue
        # people at a named event: relations.participates; at "the fair": here (not at "the
        # meeting", most often one with the event's guests)
        venue = _venue_event(ctx, sent)
        classes = ANY_AGENT if venue and not any(
            t.lemma_ == "meeting" for t in sent[:6]) else ANY_AGENT - PEOPLE
        agents: list[int] = []
        for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            idx = ctx.mention_at(subj)
            if idx is not None and ctx.found[idx].cls in classes:
                agents += with_conjuncts(ctx, idx, classes)
        if not agents:
            continue
        events = [i for i in events_before_root(ctx, sent)
                  if set_at(ctx.found[i].span.root, root)] or venue
        if events and root.lemma_.lower() in ("sign", "ink"):
            # "At the venue, A signed an agreement with B": both sides sign there
            agents += [i for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                       for i in mentions_in(ctx, c.subtree, {"Enterprise", "Organization"})]
            agents += [i for c in root.children if c.dep_ == "dobj"
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                       for i in mentions_in(ctx, p.subtree, {"Enterprise", "Organization"})]
        for idx in events:
            for agent in dict.fromkeys(agents):
                ctx.add(agent, "participatesIn", idx, sent, "participate-setting", 0.55)


_VENUES = EVENT_NOUNS | {"venue", "site"}


def main_event(ctx: DocContext, token: Token) -> int | None:
    """The event a passage is about, for a word that names none ("the venue", "set up
    pavilions"): of the events named before, the one named most often (the last of those),
    not one mentioned once in passing ("runs concurrently with the Y Fair")."""
    def name(i: int) -> str:
        return ctx.found[i].cand.refers_to or ctx.found[i].text

    before = [i for i, f in enumerate(ctx.found)
              if f.cls == "Event" and f.cand.end <= token.idx and not cited(f.span)]
    if not before:
        return None
    counts = Counter(name(i) for i, f in enumerate(ctx.found) if f.cls == "Event")
    best = max(counts[name(i)] for i in before)
    return [i for i in before if counts[name(i)] == best][-1]


def _venue_event(ctx: DocContext, sent: Span) -> list[int]:
    """ "At the venue, ...", "During the fair, ...", "At this conference, ...", "At the
    opening ceremony, ...": a sentence that opens at the passage's event (none named in the
    sentence but the event noun itself)."""
    words = [t for t in sent if not t.is_space][:6]
    comma = next((k for k, t in enumerate(words) if t.text == ","), 0)
    if comma < 3 or words[0].lower_ not in ("at", "during") or words[1].lower_ not in (
            "the", "this") or words[comma - 1].lemma_.lower() not in _VENUES or any(
            not t.is_alpha for t in words[2:comma]):
        return []
    if any(ctx.found[i].cls == "Event" and ctx.found[i].span.start > words[comma].i
           for i in ctx.in_sentence(sent)):
        return []
    event = main_event(ctx, words[comma - 1])
    return [] if event is None else [event]


_STANDS = {"pavilion", "booth", "stand"}
_MAKERS = _DRAWN | {"producer", "manufacturer", "exporter", "supplier", "maker"}


def _stand_owners(ctx: DocContext, noun: Token) -> list[int]:
    """ "the Hunan pavilion", "A's booth", "the pavilion of Peru"; for "A set up a booth",
    the verb's agent."""
    owners = mentions_in(ctx, (t for c in noun.children if c.dep_ in (
        "compound", "poss", "nmod", "amod") for t in c.subtree), ANY_AGENT)
    owners += mentions_in(ctx, (g for c in noun.children if c.dep_ == "prep" and c.lower_ in (
        "of", "from") for g in c.children if g.dep_ == "pobj"), ANY_AGENT)
    # "pavilions of producers from A, B and C": the makers' countries show there
    owners += [i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and ctx.mention_at(g) is None
               and g.lemma_.lower() in _MAKERS
               for p in g.children if p.dep_ == "prep" and p.lower_ == "from"
               for i in mentions_in(ctx, p.subtree, ANY_AGENT) if i not in owners]
    if not owners and noun.dep_ == "dobj":
        agent, _ = agent_of(ctx, noun.head, ANY_AGENT)
        owners = [] if agent is None else with_conjuncts(ctx, agent, ANY_AGENT)
    return owners


@relation_rule("participate-pavilion")
def pavilions(ctx: DocContext) -> None:
    """ "The Hunan pavilion at the 5th X Expo drew crowds", "A set up a booth at the fair":
    whoever has a pavilion, booth or stand at an event takes part in it."""
    for sent, noun in ctx.triggers(_STANDS, {"NOUN"}):
        if ctx.mention_at(noun) is not None or in_quote(ctx, noun):
            continue  # part of a name: "China Pavilion"
        where = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "in")]
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
            where += [c for c in noun.head.children if c.dep_ == "prep"
                      and c.lower_ in ("at", "during")]
        events = mentions_in(ctx, (t for c in where for t in c.subtree), {"Event"})
        owners = _stand_owners(ctx, noun)
        named = any(c.dep_ in ("compound", "poss") and ctx.mention_at(c) is not None
                    for c in noun.children)
        if not events and (noun.tag_ == "NNS" and noun.dep_ == "dobj" or named) and not any(
                ctx.found[i].cls == "Event" for i in ctx.in_sentence(sent)):
            # "Nepal and Bangladesh have set up national pavilions", "A visited the Kestrel
            # booth and the Thailand pavilion": at the passage's event
            event = main_event(ctx, noun)
            events = [] if event is None else [event]
        if not events:
            continue
        for owner in owners:
            ctx.add(owner, "participatesIn", events[0], sent, "participate-pavilion", 0.55)


_TAKE_PART = {"attend", "participate", "exhibit", "join"}
_THEY = {"they", "these", "those"}


def _group_event(ctx: DocContext, verb: Token) -> int | None:
    """The event an unnamed group of companies attends: named in the verb's phrase, or
    "it" / "the fair" (the passage's event)."""
    named = targets_of(ctx, verb, {"Event"})
    if named:
        return named[0]
    for obj in (t for c in verb.children for t in ([c] if c.dep_ == "dobj" else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])):
        if obj.lower_ == "it" or obj.lemma_.lower() in EVENT_NOUNS and any(
                c.lower_ in ("the", "this") for c in obj.children):
            return event_before(ctx, obj)
    return None


def _they_include(ctx: DocContext, sent: Span) -> list[int]:
    """ "They include A, B and C", "Among them are A and B": the companies a sentence lists
    as members of the group named before."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3:
        return []
    if words[0].lower_ in _THEY and words[1].lemma_.lower() in ("include", "be"):
        start = words[1]
    elif words[0].lower_ == "among" and words[1].lower_ in ("them", "these"):
        start = words[1]
    else:
        return []
    return [i for i in list_after(ctx, start) if ctx.found[i].cls == "Enterprise"]


@relation_rule("participate-group")
def attending_groups(ctx: DocContext) -> None:
    """ "11 enterprises attended the 122nd X Fair. They include A, B and C", "Seven
    enterprises attended it, including A and B": each listed company takes part."""
    for sent, verb in ctx.triggers(_TAKE_PART, {"VERB"}):
        if in_quote(ctx, verb):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                and c.lemma_.lower() in COMPANY_NOUNS | PARTICIPANT_NOUNS
                and not mentions_in(ctx, (t for t in c.subtree if t.i < verb.i),
                                    {"Enterprise"})]
        if not subj:
            continue
        event = _group_event(ctx, verb)
        if event is None:
            continue
        heads = [t for t in ctx.doc[verb.i + 1 : sent.end] if t.lower_ in ("including", "like")
                 or t.lower_ == "as" and ctx.doc[t.i - 1].lower_ == "such"]
        firms = [i for i in list_after(ctx, heads[0]) if ctx.found[i].cls == "Enterprise"] \
            if heads else []
        si = ctx.sentence_of(verb)
        if not firms and si + 1 < len(ctx.sents):
            firms = _they_include(ctx, ctx.sents[si + 1])
        for firm in firms:
            ctx.add(firm, "participatesIn", event, sent, "participate-group", 0.55)
