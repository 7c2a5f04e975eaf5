"""What relation rules share: the registry of named rules, and the targets of a trigger word.

A rule (kg/extract/relations.py and the family modules beside it) finds trigger words
("inspected", "exported", "set up"), takes the agent from the trigger's grammatical subject
(``agent_of`` in kg/extract/agents.py: or the nearest fitting name before it, a pronoun's
antecedent, the speaker's organisation) and the targets from the names inside the trigger's own
phrase (``targets_of``). ``simple_rule`` does both for one trigger list. Rules are registered by
name in ``RELATION_RULES`` so a user can run a subset or add their own.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.extract.agents import PEOPLE, agent_of, subject_tokens
from kg.extract.antecedents import company_antecedent
from kg.extract.clauses import in_quote, list_preposition
from kg.extract.context import DocContext, before_locator, mentions_in
from kg.extract.lexicon import (
    BUSINESS_PEOPLE,
    CITY_PROVINCES,
    COMPANY_NOUNS,
    HONORIFICS,
    TITLE_HEADS,
)
from kg.extract.nlp import string_keys
from kg.extract.titleparts import hyphen_based

RelationRule = Callable[[DocContext], None]
RELATION_RULES: dict[str, RelationRule] = {}


def relation_rule(name: str) -> Callable[[RelationRule], RelationRule]:
    def register(func: RelationRule) -> RelationRule:
        # a second rule of the same name would silently replace the first
        known = RELATION_RULES.get(name)
        if known is not None and known.__qualname__ != func.__qualname__:
            raise ValueError(f"two relation rules named {name!r}")
        RELATION_RULES[name] = func
        return func

    return register


_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "parataxis", "acl"}
# the same labels as Token.dep gives them, to skip a string lookup per child of every phrase
_CLAUSE_KEYS = string_keys(_CLAUSE_DEPS)
(_ACL,), (_POBJ,) = string_keys(["acl"]), string_keys(["pobj"])


def _phrase_tokens(trigger: Token) -> list[Token]:
    """Tokens after the trigger inside its own phrase, skipping embedded clauses."""
    out: list[Token] = []
    stack = [c for c in trigger.children if c.i > trigger.i and c.dep not in _CLAUSE_KEYS]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            c
            for c in tok.children
            if c.dep not in _CLAUSE_KEYS
            or c.dep == _ACL
            and c.head.i == tok.i
            and tok.dep == _POBJ
        )
    return sorted(out, key=lambda t: t.i)


def targets_of(ctx: DocContext, trigger: Token, classes: AbstractSet[str]) -> list[int]:
    """Names in the trigger's phrase; for a passive trigger also its subject ("the 21 measures
    ... should be implemented"); "the company" stands for the company last named."""
    tokens = _phrase_tokens(trigger)
    if any(c.dep_ == "auxpass" for c in trigger.children):
        tokens = [t for c in trigger.children if c.dep_ == "nsubjpass" for t in c.subtree] + tokens
    found = [i for i in mentions_in(ctx, tokens, classes) if not hyphen_based(ctx, i)
             and not country_of_place(ctx, i)]
    if "Enterprise" in classes:
        for tok in tokens:
            if (tok.lower_ in COMPANY_NOUNS and ctx.mention_at(tok) is None
                    and any(c.lower_ in ("the", "this") for c in tok.children)):
                ante = company_antecedent(ctx, tok)
                if ante is not None and ante not in found:
                    found.append(ante)
    return found


def locates_previous(ctx: DocContext, idx: int, words: tuple[str, ...],
                     previous: AbstractSet[str]) -> bool:
    """Whether the name at ``idx`` follows a name of a ``previous`` class and one of
    ``words`` ("Warsaw, Poland", "Hamburg in Germany"): it only says where that name is."""
    start = ctx.found[idx].span.start
    if start < 2 or ctx.doc[start - 1].lower_ not in words:
        return False
    before = ctx.mention_at(ctx.doc[start - 2])
    return before is not None and ctx.found[before].cls in previous


def country_of_place(ctx: DocContext, idx: int) -> bool:
    """ "a visit to Guangxi Zhuang Autonomous Region of China": a country after a place and
    "of" only says where the place is."""
    return ctx.found[idx].cls == "Country" and locates_previous(
        ctx, idx, ("of",), {"Province", "City", "Region"})


_PLACE_NOUNS = {"city": ("City", "Province"), "province": ("Province",),
                "municipality": ("Province", "City")}


def place_nouns_of(ctx: DocContext, trigger: Token) -> list[int]:
    """ "in the city", "in the province" inside the trigger's phrase: the place of that kind
    named last before it (a municipality such as Beijing is a Province and a city)."""
    out: list[int] = []
    for tok in _phrase_tokens(trigger):
        kinds = _PLACE_NOUNS.get(tok.lower_)
        if (kinds is None or ctx.mention_at(tok) is not None or tok.dep_ != "pobj"
                or not any(c.lower_ in ("the", "this") for c in tok.children)
                or any(c.dep_ in ("compound", "amod", "prep") for c in tok.children)):
            continue
        best: int | None = None
        for kind in kinds:
            ante = ctx.antecedent(tok, kind, window=800)
            if ante is None or tok.lower_ == "city" and kind == "Province" and (
                    ctx.found[ante].text.lower() not in CITY_PROVINCES):
                continue
            if best is None or ctx.found[ante].cand.start > ctx.found[best].cand.start:
                best = ante
        if best is not None and best not in out:
            out.append(best)
    return out


def word_before(ctx: DocContext, idx: int, back: int = 1) -> str:
    """The word before a name, skipping articles and a place's locator: "into the Middle East"
    -> "into", "in east China's Zhejiang" -> "in" (with ``back=2``, the word before that:
    "countries in Southeast Asia" -> "countries")."""
    doc = ctx.doc
    k = ctx.found[idx].span.start - 1
    k = before_locator(doc, k) if ctx.found[idx].cls in ("City", "Province") else k
    while k > 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    k -= back - 1
    return doc[k].lower_ if k >= 0 else ""


def simple_rule(
    ctx: DocContext,
    *,
    pred: str,
    lemmas: set[str],
    agents: AbstractSet[str],
    targets: AbstractSet[str],
    extractor: str,
    self_reference: bool = False,
    pos: set[str] | None = None,
    focus_lemmas: AbstractSet[str] = frozenset(),
    not_after: AbstractSet[str] = frozenset(),
    skip: Callable[[Token], bool] | None = None,
) -> None:
    """Trigger -> agent and targets. For ``focus_lemmas`` with no agent in sight (directives:
    "deeply integrate into the Belt and Road Initiative"), the document's province acts.
    Targets right after a word in ``not_after`` ("investment from China") are not targets."""
    for sent, trig in ctx.triggers(lemmas, pos):
        if skip is not None and skip(trig):
            continue
        objs = [o for o in targets_of(ctx, trig, targets) if word_before(ctx, o) not in not_after
                and list_preposition(ctx, o) not in not_after]  # "with Qinghai and Haixi"
        # "established new zones, including the X Zone in Qingdao": the zone, not its place
        if not objs:
            continue
        agent, conf = agent_of(ctx, trig, agents, self_reference)
        if (agent is None and trig.lemma_ in focus_lemmas and not in_quote(ctx, trig)
                and not subject_tokens(trig)):
            agent, conf = ctx.focus_index(sent), 0.45
        if agent is None:
            continue
        for actor in with_conjuncts(ctx, agent, agents):
            root = ctx.found[actor].span.root
            if pred == "investsIn" and root.dep_ == "compound" and root.head.tag_ == "NNS" and (
                    root.head.lemma_.lower() in COMPANY_NOUNS | BUSINESS_PEOPLE):
                # "Zhejiang enterprises (entrepreneurs) investing in X": theirs, not the province's
                continue
            # one list's members (by name) are not each other's ends: "zones in A, B and C"
            mates = {ctx.key(m) for m in mentions_in(ctx, root.conjuncts, agents | targets)}
            span = ctx.found[actor].span  # "routes Nanning-Almaty ... launched": no investor
            if pred == "investsIn" and "-" in (span.doc[span.start - 1 : span.start].text,
                                               span.doc[span.end : span.end + 1].text):
                continue
            for obj in objs:
                if ctx.key(obj) not in mates and not (
                        pred == "investsIn" and inside_place(ctx, actor, obj)):
                    ctx.add(actor, pred, obj, sent, extractor, conf)


def inside_place(ctx: DocContext, agent: int, place: int, either_way: bool = True) -> bool:
    """Does the place ``agent`` lie in ``place`` (or, ``either_way``, ``place`` in it), by the
    gazetteer's parents? A
    place neither trades with the country that holds it ("exports from China to Mongolia"
    read as Inner Mongolia's) nor invests in its own cities ("Shandong has established new
    zones, including the X Zone in Qingdao")."""
    one = ctx.gaz.place(ctx.found[agent].text)
    other = ctx.gaz.place(ctx.found[place].text)
    if one is None or other is None or ctx.found[agent].cls not in ("City", "Province"):
        return False
    for inner, outer in ((one, other), (other, one))[: 2 if either_way else 1]:
        seen = 0
        while inner is not None and inner.parent and seen < 4:
            if inner.parent == outer.name:
                return True
            inner, seen = ctx.gaz.place(inner.parent), seen + 1
    return False


_PLACE_PLURALS = {"provinces", "cities", "countries", "regions", "municipalities", "states"}


def with_conjuncts(ctx: DocContext, idx: int, classes: AbstractSet[str]) -> list[int]:
    """The agent and the names coordinated with it: "organizations including UNIDO, the WFP
    and the WTO have sent representatives" - all three sent them."""
    out = [idx]
    root = ctx.found[idx].span.root
    listed = list(root.conjuncts)
    if ctx.found[idx].cls in PEOPLE:
        # "Li Ming, Karl Olsen and Anna Berg visited X": the parser hangs the second name
        # on the first as an apposition, the rest as its conjuncts
        for tok in root.children:
            other = ctx.mention_at(tok)
            if tok.dep_ == "appos" and other is not None and ctx.found[other].cls in PEOPLE:
                listed += [tok, *tok.conjuncts]
        posts = [c for c in root.conjuncts if c.lower_ in TITLE_HEADS and c.i > root.i
                 and ctx.mention_at(c) is None]
        if root.dep_ == "appos" and posts:
            # "Ambassador to X, A, and deputy governor of Y, B, visited Z": the parser hangs
            # both names on the first post and the second post on A; the name right after
            # the second post's phrase is its holder
            end = max(t.i for t in posts[0].subtree)
            listed += [t for t in root.head.children if t.dep_ == "appos"
                       and end < t.i <= end + 5][:1]
    for tok in root.children:
        other = ctx.mention_at(tok)
        if tok.dep_ == "appos" and tok.conjuncts and other is not None and (
                ctx.found[other].cls in classes and ctx.found[idx].cls not in PEOPLE):
            # "Norvale Group, Kestrel Ltd. and Tarsis Corp. exhibited": the parser hangs the
            # second name on the first as an apposition, the rest as its conjuncts
            listed += [tok, *tok.conjuncts]
    for tok in list(listed):
        if tok.lower_ in _PLACE_PLURALS and ctx.mention_at(tok) is None:
            # "Hunan, Hubei and Jiangxi provinces": the parser makes "provinces" the first
            # name's conjunct and hangs the others on it
            listed += [t for t in tok.subtree if t.i < tok.i]
    for tok in listed:
        other = ctx.mention_at(tok)
        if other is not None and other not in out and ctx.found[other].cls in classes:
            out.append(other)
    if ctx.found[idx].cls in PEOPLE:
        out += [i for i in _people_joined(ctx, idx) if i not in out and ctx.found[i].cls in classes]
    return out


def _people_joined(ctx: DocContext, idx: int) -> list[int]:
    """ "Consul General A and Counsellor B visited X": the parser makes A a modifier of B's
    name, so the names joined to the agent's left by "and" or a comma (with their posts'
    capitalised words between) act with it; so do those "along with" or "together with" it."""
    doc, out = ctx.doc, []
    k = ctx.found[idx].span.start - 1
    while k >= ctx.found[idx].span.sent.start:
        while k >= 0 and ctx.mention_at(doc[k]) is None and doc[k].is_title and doc[k].is_alpha:
            k -= 1  # the next name's post: "Counsellor"
        # ("A, B and C": the glue next to the agent is "and"; "After meeting A, B ...": no list)
        if k < 0 or doc[k].lower_ not in (("and", ",") if out else ("and",)):
            break
        k -= 1
        while k >= 0 and doc[k].lower_ in HONORIFICS | {"."}:
            k -= 1
        other = ctx.mention_at(doc[k]) if k >= 0 else None
        if other is None or ctx.found[other].cls not in PEOPLE or other in out:
            break
        out.append(other)
        k = ctx.found[other].span.start - 1
    root = ctx.found[idx].span.root
    for prep in (t for t in root.subtree if t.lower_ == "with" and t.i > 0
                 and doc[t.i - 1].lower_ in ("along", "together")):
        out += [i for i in mentions_in(ctx, prep.subtree, PEOPLE) if i not in out and i != idx]
    return out
