"""The core relation rules over the dependency parse: visits and delegations, and where a
named thing is (locatedIn). The next core rules are participation.py (implementing, taking
part, hosting) and backing.py (support, investment). The shared grammar is kg/extract/agents.py
(who acts) and kg/extract/grammar.py (targets, the rule registry); more rules of a family live
in the family folders (events.py, participants.py, facilities.py, ventures.py, programmes.py,
places.py, visits.py; trade in routes.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, subject_tokens
from kg.extract.context import (
    COMPASS,
    PLACE_CLASSES,
    DocContext,
    after_locator,
    locator,
    mentions_in,
)
from kg.extract.grammar import relation_rule, simple_rule, targets_of, word_before
from kg.extract.leaders import delegation_leader
from kg.schema import DOMAIN_RANGE

VISIT_TARGETS = DOMAIN_RANGE["visited"][1]


@relation_rule("visit")
def visits(ctx: DocContext) -> None:
    """ "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City"; "inspection tours
    to Jiangsu"; "conducts an inspection at Kindos"."""
    simple_rule(
        ctx,
        pred="visited",
        lemmas={"visit", "inspect", "tour", "inspection", "survey", "investigate", "research",
                "trip"},
        agents=PEOPLE,
        targets=VISIT_TARGETS,
        extractor="visit",
        pos={"VERB", "NOUN"},
        not_after={"from"},  # "arrived on a visit from Moscow": where the visitor came from
        skip=lambda trig: unrealised(trig) or _groups_trip(ctx, trig),
    )


def _groups_trip(ctx: DocContext, trig: Token) -> bool:
    """ "Li recalled the Hunan delegation's visit to Dominica": a trip whose possessor names
    a place or a body and no person is that group's, not the clause subject's."""
    owners = [t for c in trig.children if c.dep_ == "poss" for t in c.subtree]
    return trig.pos_ == "NOUN" and bool(owners) and not mentions_in(ctx, owners, PEOPLE) and any(
        ctx.mention_at(t) is not None for t in owners)


# "invited X to visit Y", "plans to visit Y", "an invitation to visit Y": no visit yet
_NOT_YET = frozenset({"invite", "invitation", "plan", "hope", "wish", "expect", "welcome",
                      "forward", "intend", "want", "look"})
_PROPOSING = _NOT_YET | {"encourage", "urge", "call", "ask"}


def _forms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(f for w in words for f in (w, w + "s", w + "d", w + "ed", w + "ing",
                                                 w.removesuffix("e") + "ing"))


_NOT_YET_FORMS = _forms(_NOT_YET)
_PROPOSING_FORMS = _forms(_PROPOSING)


def _reads(tok: Token, lemmas: frozenset[str], forms: frozenset[str]) -> bool:
    """Whether a word is one of ``lemmas``, by its lemma or by its written form: the small
    pipeline lemmatises "hoped" as "hop"."""
    return tok.lemma_.lower() in lemmas or tok.lower_ in forms


def unrealised(trig: Token) -> bool:
    """A visit the text only proposes: the infinitive "to visit" under an invitation, a plan
    or a hope."""
    return trig.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in trig.children) and (
        _reads(trig.head, _NOT_YET, _NOT_YET_FORMS)
        or _reads(trig.head.head, _NOT_YET, _NOT_YET_FORMS))


def proposed(trig: Token) -> bool:
    """An act the text only asks for or hopes for: "hoped that X would invest in Y",
    "welcomed X to invest in Y", "encouraged firms to invest" (not "said X will invest")."""
    verb = trig
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "would seize opportunities, invest in X and ..."
    return trig.pos_ == "VERB" and verb.dep_ in ("ccomp", "xcomp") and _reads(
        verb.head, _PROPOSING, _PROPOSING_FORMS)


@relation_rule("delegation")
def delegations(ctx: DocContext) -> None:
    """ "a delegation ... led by Vice Governor Ni Qiang set off ... to Hong Kong and Germany"."""
    led_by: list[int] = []  # everyone the document says led a delegation
    for sent in ctx.sents:
        if not any(t.lower_ == "delegation" for t in sent):
            continue
        leaders = [t for t in sent if t.lemma_ == "lead"]
        for lead in leaders:
            people: list[int] = []
            for child in lead.children:
                if child.dep_ == "agent":
                    people += mentions_in(ctx, child.subtree, PEOPLE)
            people += mentions_in(ctx, (c for c in lead.children if c.dep_ == "nsubj"), PEOPLE)
            if not people:
                continue
            places = [
                i
                for i in ctx.in_sentence(sent)
                if ctx.found[i].cls in {"Country", "Province", "City", "Region"}
                and ctx.found[i].span.start > lead.i
                and ctx.doc[ctx.found[i].span.start - 1].lower_ in ("to", "in", "and", ",")
            ]
            for person in people:
                for place in places:
                    ctx.add(person, "visited", place, sent, "delegation", 0.6)
            led_by += people
    # "Tan Zuojun ... led a delegation ... From November 11 to 15, the delegation visited
    # Kitakyushu, Tokyo, ...": with one leader in the document, "the delegation" is theirs.
    named = {ctx.found[i].cand.refers_to or ctx.found[i].text for i in led_by}
    # "The delegation is headed by X", "X, head of the mission": the document's one leader
    # of a delegation or a mission (none when a mission has another)
    sole = delegation_leader(ctx)
    leader = led_by[0] if len(named) == 1 else sole if not named else None
    if leader is None:
        return
    groups = ("delegation", "mission") if sole is not None else ("delegation",)
    # "the delegation (mission) visited / toured / travelled to / arrived in X"
    group_visits(ctx, leader, {"visit", "tour", "inspect", "travel", "arrive"},
                 lambda t: t.lower_ in groups, "delegation")


def group_visits(ctx: DocContext, leader: int, verbs: set[str],
                 is_group: Callable[[Token], bool], rule: str) -> None:
    """What a group (a delegation, a mission) visits when its subject names no person, its one
    ``leader`` visits."""
    for sent, trig in ctx.triggers(verbs, {"VERB"}):
        subjects = [t for s, is_object in subject_tokens(trig) if not is_object
                    for t in s.subtree]
        if any(is_group(t) for t in subjects) and not mentions_in(ctx, subjects, PEOPLE):
            for obj in targets_of(ctx, trig, VISIT_TARGETS):
                ctx.add(leader, "visited", obj, sent, rule, 0.55)


LOCATABLE = {"Enterprise", "Zone", "Organization", "GovernmentBody", "Event", "City"}
_BASED = ("based", "headquartered")  # "Shenzhen-based A", "the Foshan-headquartered A"
# Words between "in" and a place that only say what kind of place it is.
# ("in the southern city of Guangzhou", "in the south of Wuhan", "in northern Jiangsu")
_PLACE_WORDS = {"the", "provincial", "capital", "city", "of", "county", "town", "municipality",
                *COMPASS}


def _named_capital(ctx: DocContext, idx: int) -> bool:
    """ "held in the provincial capital Nanchang", "in the capital city of Urumqi"."""
    doc = ctx.doc
    k = ctx.found[idx].span.start - 1
    seen = 0
    while k > 0 and seen < 4 and doc[k].lower_ in _PLACE_WORDS - {"the"}:
        k, seen = k - 1, seen + 1
    while k > 0 and doc[k].lower_ == "the":
        k -= 1
    return seen > 0 and doc[k].lower_ in ("in", "at")


@relation_rule("located-in")
def located(ctx: DocContext) -> None:
    """ "X in Deyang City", "held in Chengdu", "based in", "Samsung Town in Haimen District of
    Nantong", "Meimian Century (Nantong) Trade Co., Ltd."."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in LOCATABLE:
            continue
        j = f.span.end
        sent = f.span.sent
        # "Name in Place", "Name of Place" for places, "Name, Place" is left to the gazetteer.
        preps = ("in",) if f.cls != "City" else ("in", "of")
        if j + 2 < sent.end and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3  # "Sihanoukville Port Special Economic Zone (SSEZ) in Cambodia"
        if f.cls == "Enterprise" and j + 2 < sent.end and doc[j].text == "," and doc[
                j + 1].lower_ in ("a", "an"):
            # "Hongdou Group, a Jiangsu private enterprise": the place in the appositive.
            k = j + 2
            while k < sent.end and k < j + 6 and doc[k].text != ",":
                target = ctx.mention_at(doc[k])
                if target is not None and ctx.found[target].cls in ("Province", "City"):
                    ctx.add(idx, "locatedIn", target, sent, "appositive-place", 0.65)
                    break
                k += 1
        # "an investment by Tianjin Pipe Corp in the United States": the place is where the
        # investment goes, not where the company is.
        by_agent = f.span.root.dep_ == "pobj" and f.span.root.head.lower_ == "by"
        if j < sent.end and doc[j].lower_ in preps and j + 1 < sent.end and not by_agent:
            k = after_locator(doc, j + 1)  # "in southwest China's Yunnan"
            # "in the provincial capital of Taiyuan", "in the city of Xi'an"
            while k < sent.end and k < j + 6 and doc[k].lower_ in _PLACE_WORDS:
                k += 1
            target = ctx.mention_at(doc[k]) if k < sent.end else None
            if target is not None and ctx.found[target].cls in PLACE_CLASSES:
                if f.cls == "City" and ctx.found[target].cls not in ("City", "Province"):
                    continue
                ctx.add(idx, "locatedIn", target, sent, "in-place", 0.75)
        # "Shenzhen-based Huawei", "Chengdu's Tianfu New Area": the place right before it.
        if f.cls in ("Enterprise", "Zone", "Organization") and f.span.start >= 2:
            before = doc[f.span.start - 1]
            owner: int | None = None
            if before.text in ("’s", "'s"):
                owner = ctx.mention_at(doc[f.span.start - 2])
            elif before.lower_ in _BASED and doc[f.span.start - 2].text == "-":
                owner = ctx.mention_at(doc[f.span.start - 3]) if f.span.start >= 3 else None
            elif before.lower_.endswith(("-based", "-headquartered")):
                owner = ctx.mention_at(before)
            if owner is not None and ctx.found[owner].cls in PLACE_CLASSES:
                ctx.add(idx, "locatedIn", owner, sent, "place-before-name", 0.65)
        # A place in brackets inside a company or zone name: "Meimian Century (Nantong) ...".
        if f.cls in ("Enterprise", "Zone") and "(" in f.text:
            inner = f.text[f.text.index("(") + 1 : f.text.find(")")]
            place = ctx.gaz.place(inner)
            if place is not None:
                target = ctx.place_index(place.name)
                if target is not None:
                    ctx.add(idx, "locatedIn", target, sent, "name-bracket-place", 0.7)
    for sent, trig in ctx.triggers({"hold", "locate", "base", "headquarter", "situate", "host"}):
        if trig.lemma_ == "host":
            continue
        if trig.tag_ != "VBN":
            continue
        subj = [c for c in trig.children if c.dep_ in ("nsubjpass", "nsubj")]
        # "A's plants are located in X" locates the plants, not A
        # ("the project, invested by A, is located in X" locates the project, not A)
        things = [i for s in subj for i in mentions_in(ctx, s.subtree, LOCATABLE)
                  if ctx.found[i].span.root.dep_ != "poss" and not _in_clause(ctx, i, s)]
        if not things and trig.dep_ == "acl":
            things = mentions_in(ctx, [trig.head], LOCATABLE)
        doc = trig.doc
        if not things and not subj and trig.i >= 4 and (
                [t.lower_ for t in doc[trig.i - 2 : trig.i]] == ["to", "be"]):
            # "introduced the X Fair (,) to be held in Jiangxi": the parse hangs it on the verb
            k = trig.i - 3 - (doc[trig.i - 3].text == ",")
            things = mentions_in(ctx, [doc[k]], {"Event"})
        # "held in Chengdu", not "were held; and the project to Kinmen County was completed"
        places = [p for p in targets_of(ctx, trig, PLACE_CLASSES)
                  if (word_before(ctx, p) in ("in", "at", ",") or _named_capital(ctx, p))
                  and not locator(ctx, p)]
        for thing in things[:1]:
            for place in places[:1]:
                ctx.add(thing, "locatedIn", place, sent, "held-in", 0.8)
    # "The first China-Africa Economic and Trade Expo closed Saturday in Changsha", "the fair
    # opened in Xiamen", "... took place in Nandan county": where an event happens.
    for sent, trig in ctx.triggers({"open", "close", "conclude", "kick", "take", "begin",
                                    "start", "end", "run"}, {"VERB"}):
        if trig.lemma_ == "take" and not any(c.lower_ == "place" for c in trig.children):
            continue
        subj = [c for c in trig.children if c.dep_ == "nsubj"]
        # "... Border Trade Market opens in Gyirong, Tibet": a zone opening somewhere too
        events = mentions_in(ctx, (t for s in subj for t in s.subtree), {"Event", "Zone"})
        places = [p for p in targets_of(ctx, trig, PLACE_CLASSES)
                  if word_before(ctx, p) in ("in", "at")]
        for event in events[:1]:
            for place in places[:1]:
                ctx.add(event, "locatedIn", place, sent, "held-in", 0.75)


def _in_clause(ctx: DocContext, idx: int, top: Token) -> bool:
    """Is the name inside a clause or "by" phrase that modifies ``top``?"""
    node = ctx.found[idx].span.root
    for _ in range(12):
        if node.i == top.i or node.head.i == node.i:
            return False
        if node.dep_ in ("acl", "relcl", "agent"):
            return True
        node = node.head
    return False


