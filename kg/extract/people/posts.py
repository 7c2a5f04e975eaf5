"""Posts stated around the name rather than as its title: "A, B and C as deputy directors"
(one post, several holders), "X will head the Y FTZ", "Zhang of the Ministry of Commerce".

Runs after ``titles.py``: it reads the titles found there and adds what a list or a verb
of office says about the other people of the sentence.
"""

from __future__ import annotations

import re

from kg.extract.clauses import named_after_of
from kg.extract.context import DocContext, Found
from kg.extract.lexicon import LEVEL_WORDS, STATE_ORGS
from kg.extract.people.jurisdiction import plural_post, serve_in

_BODIES = {"GovernmentBody", "Organization", "Enterprise", "Zone"}
_OFFICE_VERBS = {"head", "helm", "chair", "lead"}
_LIST_GLUE = {",", "and", ", and"}


def _holds(ctx: DocContext, person: int, org: int, title: str, extractor: str) -> None:
    f, o = ctx.found[person], ctx.found[org]
    if title and title not in f.titles:
        f.titles.append(title)
    sent = f.span.sent
    ctx.add(person, "holdsPositionIn", org, sent, extractor, 0.8)
    if o.cls in ("GovernmentBody", "Zone") or is_state_org(o.text):
        f.cls = "Official"
    if f.cls == "Official" and o.cls == "Zone":
        ctx.add(person, "servesIn", org, sent, extractor, 0.8)
    elif f.cls == "Official" and o.cls == "GovernmentBody":
        # "X, who heads the Hebei Provincial Department of Commerce", "Zhang of the CPC
        # Baoding Municipal Committee": the organ's place is the holder's jurisdiction
        serve_in(ctx, person, org, title, sent, 0.7)


def is_state_org(name: str) -> bool:
    """ "China Council for the Promotion of International Trade": an organisation whose posts
    are state posts."""
    return any(re.search(p, name, re.I) for p in STATE_ORGS)


def _conjuncts_before(ctx: DocContext, idx: int) -> list[int]:
    """People listed right before mention ``idx``, joined only by commas and "and"."""
    doc = ctx.doc
    out: list[int] = []
    cur = ctx.found[idx]
    while True:
        i = cur.span.start - 1
        glue = 0
        while i >= 0 and doc[i].lower_ in (",", "and"):
            i, glue = i - 1, glue + 1
        if not glue or i < 0:
            return out
        prev = ctx.mention_at(doc[i])
        if prev is None or ctx.found[prev].cls not in ("Person", "Official"):
            return out
        if ctx.found[prev].span.sent.start != cur.span.sent.start:
            return out
        out.append(prev)
        cur = ctx.found[prev]


def _headed_org(ctx: DocContext, f: Found) -> int | None:
    """ "X will head the Xiamen FTZ": the body whose office the person's verb takes."""
    head = f.span.root
    verb = head.head
    # "X, who heads the Y FTZ": the relative clause's verb
    relcl = [c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in _OFFICE_VERBS
             and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)]
    if relcl:
        verb = relcl[0]
    elif head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _OFFICE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            org = ctx.mention_at(child)
            if org is None:
                org = next((ctx.mention_at(t) for t in child.subtree
                            if ctx.mention_at(t) is not None), None)
            if org is not None and ctx.found[org].cls in ("GovernmentBody", "Zone"):
                return org
    return None


def extract_posts(ctx: DocContext) -> None:
    """Posts shared by a list, taken by a verb of office, given by "of <body>", or naming a
    body by reference."""
    _posts_in_lists_and_offices(ctx)
    _place_leaders(ctx)
    posts_by_reference(ctx)


def _posts_in_lists_and_offices(ctx: DocContext) -> None:
    people = [i for i, f in enumerate(ctx.found) if f.cls in ("Person", "Official")]
    headed: dict[int, int] = {}  # sentence start -> body headed in it
    for idx in people:
        f = ctx.found[idx]
        org = _headed_org(ctx, f)
        if org is not None:
            headed[f.span.sent.start] = org
            _holds(ctx, idx, org, f"head of {ctx.found[org].text}", "post-verb")
            continue
        if not f.titles:
            org = named_after_of(ctx, idx, _BODIES)  # "Zhang Wei of the Ministry of X said"
            if org is not None:
                _holds(ctx, idx, org, "", "post-of")
    for idx in people:
        f = ctx.found[idx]
        shared = [t for t in f.titles if plural_post(t)]
        if not shared:
            continue
        group = [idx, *_conjuncts_before(ctx, idx)]
        org = headed.get(f.span.sent.start)
        if org is None:
            # "A and B, deputy directors of the X Department": the body the shared post names
            org = next((h.obj for h in ctx.hits if h.pred == "holdsPositionIn" and h.subj == idx
                        and ctx.found[h.obj].text in shared[0]), None)
        for member in group:
            m = ctx.found[member]
            for t in shared:
                if t not in m.titles:
                    m.titles.append(t)
            if f.cls == "Official":
                m.cls = "Official"
            if org is not None:
                _holds(ctx, member, org, "", "post-shared")
        _pair_places(ctx, sorted(group, key=lambda i: ctx.found[i].span.start), shared[0])


def _pair_places(ctx: DocContext, group: list[int], title: str) -> None:
    """ "Wang Jian and Duo Jia, leaders of Jinhua and Yiwu": as many places as people, in
    order, is each one's own (one place for all is everyone's)."""
    sent = ctx.found[group[-1]].span.sent
    places = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls in ("Province", "City")
              and ctx.found[i].span.start > ctx.found[group[-1]].span.end
              and ctx.found[i].text in title]
    if len(places) == 1:
        pairs = [(m, places[0]) for m in group]
    elif len(places) == len(group):
        pairs = list(zip(group, places, strict=True))
    else:
        return
    for member, place in pairs:
        if ctx.found[member].cls == "Official":
            ctx.add(member, "servesIn", place, sent, "post-shared", 0.7)


# "Changsha municipal leaders including A, B and C": the officials of that place.
_LEADER_NOUNS = {"leaders", "officials"}
_LIST_OPENERS = {"including", "include", "such", "as", ":", ","}


def _people_run(ctx: DocContext, k: int, end: int) -> list[int]:
    """The people listed from token ``k`` on, joined only by commas and "and"."""
    doc = ctx.doc
    out: list[int] = []
    while k < end:
        idx = ctx.mention_at(doc[k])
        if idx is None or ctx.found[idx].cls not in ("Person", "Official"):
            break
        out.append(idx)
        k = ctx.found[idx].span.end
        while k < end and doc[k].lower_ in (",", "and"):
            k += 1
    return out


def _place_leaders(ctx: DocContext) -> None:
    """ "Changsha municipal leaders including A, B and C attended", "Anhui provincial officials
    A and B": each named one is an official serving in that place."""
    doc = ctx.doc
    _level_leaders(ctx)
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("Province", "City"):
            continue
        k = f.span.end
        while k < f.span.sent.end and doc[k].lower_ in LEVEL_WORDS | {"party", "government"}:
            k += 1
        if k >= f.span.sent.end or doc[k].lower_ not in _LEADER_NOUNS:
            continue
        k += 1
        opened = 0
        while k < f.span.sent.end and doc[k].lower_ in _LIST_OPENERS and opened < 3:
            k, opened = k + 1, opened + 1
        for person in _people_run(ctx, k, f.span.sent.end):
            ctx.found[person].cls = "Official"
            ctx.add(person, "servesIn", idx, f.span.sent, "post-place-leaders", 0.7)


# "provincial officials A and B": the document's province; "municipal leaders": its city
_LEVEL_PLACES = {"provincial": "Province", "municipal": "City"}


def _level_leaders(ctx: DocContext) -> None:
    """ "Provincial officials A and B attended", "municipal leaders including A": each named
    one serves in the document's one province (or city) when no place is named before."""
    doc = ctx.doc
    for sent, noun in ctx.triggers(_LEADER_NOUNS | {"leader", "official"}, {"NOUN"}):
        k = noun.i - 1
        while k >= sent.start and doc[k].lower_ in ("party", "government", "and"):
            k -= 1
        level = _LEVEL_PLACES.get(doc[k].lower_) if k >= sent.start else None
        if level is None or (k > sent.start and ctx.mention_at(doc[k - 1]) is not None):
            continue
        name = ctx.focus_province if level == "Province" else ctx.focus_city
        place = ctx.place_index(name, sent, {level}) if name else None
        if place is None:
            continue
        k = noun.i + 1
        opened = 0
        while k < sent.end and doc[k].lower_ in _LIST_OPENERS and opened < 3:
            k, opened = k + 1, opened + 1
        for person in _people_run(ctx, k, sent.end):
            ctx.found[person].cls = "Official"
            ctx.add(person, "servesIn", place, sent, "post-place-leaders", 0.7)


# "the bureau", "the ministry": a body named earlier by its head noun.
_BODY_NOUNS = {"bureau", "department", "commission", "ministry", "office", "administration",
               "committee", "government", "company", "group", "association", "council",
               "university", "institute", "corporation", "zone", "park", "center", "centre"}
# "Foreign Minister X" works in the Ministry of Foreign Affairs.
_MINISTRY_FIELDS = {"foreign": "foreign affairs"}


def _named_body(ctx: DocContext, f: Found, title: str) -> int | None:
    """The body a post refers to by a common noun ("director of the bureau") or by its field
    ("Foreign Minister", "Commerce Minister"): the last such body named before."""
    words = title.lower().replace("’s", " 's").split()
    cands: list[int] = []
    for i, w in enumerate(words[:-1]):
        if w == "the" and words[i + 1].rstrip("'s") in _BODY_NOUNS:
            noun = words[i + 1].rstrip("'s")
            cands = [j for j, g in enumerate(ctx.found) if g.cls in _BODIES
                     and g.cand.end <= f.cand.start
                     and re.search(rf"\b{noun}\b", g.text, re.I)]
            break
    else:
        m = re.fullmatch(r"(?:vice |deputy )?(?:minister of (?:the )?([a-z ]+)|([a-z]+) minister)",
                         title.lower())
        if m is None:
            return None
        field = (m.group(1) or m.group(2)).strip()
        field = _MINISTRY_FIELDS.get(field, field)
        cands = [j for j, g in enumerate(ctx.found) if g.cls == "GovernmentBody"
                 and re.search(rf"\bministry of (?:the )?{field}\b|\b{field} ministry\b",
                               g.text, re.I)]
    return max(cands, key=lambda j: ctx.found[j].cand.start) if cands else None


def posts_by_reference(ctx: DocContext) -> None:
    """ "Han Shengjian, director of the bureau" (the bureau named before), "Foreign Minister
    Wang Yi" (the Ministry of Foreign Affairs the text names)."""
    posted = {h.subj for h in ctx.hits if h.pred == "holdsPositionIn"}
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("Person", "Official") or not f.titles or idx in posted:
            continue
        for title in f.titles:
            org = _named_body(ctx, f, title)
            if org is None:
                continue
            _holds(ctx, idx, org, "", "post-reference")
            if ctx.found[idx].cls == "Official" and ctx.found[org].cls == "GovernmentBody":
                serve_in(ctx, idx, org, title, f.span.sent, 0.7)
            break
