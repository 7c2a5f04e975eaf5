"""The core relation rules over the dependency parse, one small function per relation family:
visits and delegations, location, implementing, taking part, hosting, support and
investment. The shared grammar (agents, targets, the rule registry) is kg/extract/grammar.py;
more rules of a family live beside it (events.py, participants.py, facilities.py,
ventures.py, programmes.py, places.py, visits.py; trade in routes.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract.agents import ANY_AGENT, PEOPLE, SUBJ_DEPS, agent_of, subject_tokens
from kg.extract.clauses import clause_subjects, in_quote, no_verb_between
from kg.extract.context import (
    COMPASS,
    PLACE_CLASSES,
    DocContext,
    after_locator,
    locator,
    mentions_in,
)
from kg.extract.grammar import relation_rule, simple_rule, targets_of, word_before
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
    )


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
    if len(named) != 1:
        return
    # "the delegation visited / toured / travelled to / arrived in X"
    group_visits(ctx, led_by[0], {"visit", "tour", "inspect", "travel", "arrive"},
                 lambda t: t.lower_ == "delegation", "delegation")


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
        if not agents and not subj:
            # The parser sometimes hangs the subject on the event ("... Congress, General
            # Secretary Xi Jinping made it clear"): take the person right before the verb.
            agents = mentions_in(ctx, reversed(doc[sent.start : root.i]), PEOPLE)[:1]
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
    }
    simple_rule(ctx, pred="investsIn", lemmas=lemmas, agents=INVESTORS,
                 targets=INVEST_TARGETS, extractor="invest", not_after={"from", "with"})
    # "accelerated the construction of the Tongzhou Bay New Estuary": building a zone is
    # investing in it; with no builder named, the document's province builds.
    simple_rule(ctx, pred="investsIn", lemmas={"construction"}, agents=INVESTORS,
                 targets={"Zone"}, extractor="invest", self_reference=True,
                 focus_lemmas={"construction"})
