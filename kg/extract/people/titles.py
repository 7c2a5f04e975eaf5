"""People's titles: "Governor Hu Yuting", "Shi Xiaolin, Deputy Secretary of the CPC Sichuan
Provincial Committee and Governor of ...", "... Research Institute Director Hong Tao".

A title makes its holder an Official when it names a party or state post, and yields
``holdsPositionIn`` (the organ named in the title) and ``servesIn`` (the jurisdiction). Here the
title after the name (in apposition, on a signature's next line) is read; prefixtitles.py reads
the one before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.context import PLACE_CLASSES, DocContext, Found, mentions_in
from kg.extract.entities.postnames import ABROAD, post_before
from kg.extract.gazetteer import demonyms
from kg.extract.lexicon import (
    HONORIFICS,
    LEVEL_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_STOPS,
    starts_post,
    words,
)
from kg.extract.people.asideposts import aside_title
from kg.extract.people.bareposts import private_bare_posts
from kg.extract.people.jurisdiction import chinese_post, serve_in
from kg.extract.people.officials import (
    comma_post,
    company_post,
    formerly_held,
    listed_officials,
    post_for_before,
    private_head,
    title_head,
)
from kg.extract.people.postwords import field_words, post_verb_end
from kg.extract.people.prefixtitles import BODY_ORGS, PLACE_NOUNS, POST_PLACES, prefix_title
from kg.extract.people.statecues import mark_officials
from kg.extract.people.statepost import ORGAN_NAME, is_state_post

_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_TITLE_SPLIT = re.compile(
    r"(?:,?\s+and\s+|,\s+)(?=(?:(?:an?|the)\s+)?(?:[Vv]ice\s+|[Dd]eputy\s+|[Ee]xecutive\s+)?"
    r"(?:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")s?\b)",
    re.IGNORECASE,
)


def _second_post(ctx: DocContext, k: int, end: int) -> bool:
    """ ", and mayor of B," or ", Secretary of the B Committee," at ``k``: a further post of
    the same person (no one named in it up to the next comma: ", and Mayor B" is B's; without
    "and", the post must name a body or place it is in)."""
    doc = ctx.doc
    joined = k + 1 < end and doc[k + 1].lower_ == "and"
    j = k + 2 if joined else k + 1
    if j >= end:
        return False
    while j < end and doc[j].lower_ in ("a", "an", "the", "vice", "deputy", "executive"):
        j += 1
    if j >= end or not title_head(doc[j].lower_.split("-")[-1]):
        return False
    named = False
    while j < end and doc[j].text != ",":
        idx = ctx.mention_at(doc[j])
        if idx is not None and ctx.found[idx].cls in ("Person", "Official"):
            return False
        named = named or (idx is not None and ctx.found[idx].cls in BODY_ORGS | POST_PLACES)
        j += 1
    return joined or named


def _appositive_title(ctx: DocContext, f: Found) -> tuple[Span, list[int]] | None:
    """ "NAME, TITLE of ORG," -> the title span and the organisations named in it."""
    doc = ctx.doc
    sent = f.span.sent
    j = f.span.end
    lead = {t.lower_ for t in doc[sent.start : f.span.start]}
    if (j + 1 < len(doc) and doc[j].is_space and "\n" in doc[j].text
            and lead <= _BYLINE_WORDS and starts_post(doc[j + 1].text)):
        # a signature: "Yu Weiguo" (or "By Mr. Hu Min") on its own line, "Governor of the
        # ..." on the next: the whole line is the post (or posts)
        k = j + 1
        end = k
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
        return doc[k:end], mentions_in(ctx, doc[k:end], BODY_ORGS)
    elif j >= sent.end:
        return None
    elif doc[j].text in (",", "(", "-", "–", "—"):  # "X, Governor of Y", "X (Governor of Y)"
        k = j + 1
        if k < sent.end and doc[k].lower_ in ("and", "or"):
            return None  # "A, and deputy governor of X, B": the post after "and" is B's
        # "X, who is also Secretary of ...": the post after the relative clause's copula
        after_who = post_verb_end(doc, k + 1, sent.end) if (
            k + 1 < sent.end and doc[k].lower_ == "who") else None
        k = k if after_who is None else after_who
    elif doc[j].lower_ == "the" and j + 1 < sent.end and doc[j + 1].text[:1].isupper():
        k = j  # "by Mr. X the Chairman of Y": the apposition's comma left out
    elif _bare_post_of(doc, j, sent.end):
        k = j  # "Lu Ming Director-General of the X": the comma left out before the post
    else:
        # "X is Secretary of ...", "X is now the director of ...", "X has taken over as
        # director of ...", "X was appointed vice mayor of ...": a post taken or held.
        k = post_verb_end(doc, j, sent.end)
        if k is None:
            return None
    while k < sent.end and (doc[k].lower_ in ("a", "an", "the") or doc[k].lower_ in _TENURE):
        k += 1  # "X, the departing Consul-General": the tenure word is not the post's
    start = k
    owners: list[int] = []
    # "Jing Junhai, Party chief of Jilin province", "Liu Cuilan, Jiangxi's vice-director",
    # "Tao Lin, Tesla's vice-president", "the provincial vice-governor", "board chairman":
    # the party, the place, the level and the owner belong to the title.
    while k < sent.end:
        idx = ctx.mention_at(doc[k])
        # "Tesla's vice-president", "Norland Electric vice president of engineering"
        owner = (idx is not None and ctx.found[idx].cls in BODY_ORGS
                 and ctx.found[idx].span.end < sent.end
                 and (doc[ctx.found[idx].span.end].lower_ in ("'s", "’s") or title_head(
                     doc[field_words(ctx, ctx.found[idx].span.end, sent.end)].lower_)))
        if idx is not None and (ctx.found[idx].cls in POST_PLACES or owner):
            if owner:
                owners.append(idx)
            k = ctx.found[idx].span.end
        elif k + 2 < sent.end and f"{doc[k].text} {doc[k + 1].text}" in demonyms():
            k += 2  # "the Sri Lankan Prime Minister"
        elif k + 2 < sent.end and doc[k].lower_ in PLACE_NOUNS and doc[k + 1].text in (
                "'s", "’s"):
            k += 2  # "the province's vice governor", "the city's Party chief"
        elif (doc[k].lower_ in ("party", "'s", "’s") or doc[k].lower_ in LEVEL_WORDS
              or doc[k].lower_ in TITLE_MODIFIERS or doc[k].text in demonyms()
              or doc[k].lower_ == "prime") and k + 1 < sent.end:
            k += 1
        else:
            break
    k = field_words(ctx, k, sent.end)
    if k >= sent.end or not title_head(doc[k].lower_):
        return None
    orgs: list[int] = owners
    while k < sent.end:
        idx = ctx.mention_at(doc[k])
        if idx is not None:
            m = ctx.found[idx]
            if m.cls in ("Person", "Official"):
                prev = doc[k - 1]
                if k > start and prev.lower_.rstrip(".") not in HONORIFICS | {"mr", "ms", "mrs"} \
                        and prev.lower_ not in HONORIFICS and not prev.is_punct and (
                            prev.text[:1].isupper() or title_head(prev.lower_)):
                    return None  # "A, Mayor B and C": the next person's post
                break
            if idx not in orgs:
                orgs.append(idx)
            k = m.span.end
            continue
        tok = doc[k]
        if tok.lower_ == "in" and k + 1 < sent.end and doc[k + 1].lower_ == "charge":
            k += 2  # "an official in charge of statistics at the X Customs"
            continue
        if tok.text == "(" and k + 3 < sent.end and doc[k + 2].text == ")" and (
                (nxt := ctx.mention_at(doc[k + 3])) is not None
                and ctx.found[nxt].cls in ("Person", "Official")):
            return None  # "A, President of the X Chamber (XC) B": B's post
        if tok.text == "," and _second_post(ctx, k, sent.end):
            k += 1  # "X, head of A, and mayor of B, said": both posts are X's
            continue
        if tok.text == "," and not orgs and (body := _listed_body(ctx, k + 1, sent.end)):
            orgs.append(body)  # "Hu Ming, Mayor, Daying County Government": a list's columns
            k = ctx.found[body].span.end
            break
        if tok.lower_ == "from" and doc[k - 1].lower_ in _FROM_POSTS:
            k += 1  # "an official from the X Park": the body the post is in
            continue
        if tok.text in (",", ";", ".", ")", "(", "“", "”", '"') or tok.lower_ in TITLE_STOPS:
            break
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            break
        k += 1
    if k == start:
        return None
    return doc[start:k], orgs


def _listed_body(ctx: DocContext, k: int, end: int) -> int | None:
    """The body named alone after a post's comma ("X, Mayor, Daying County Government and
    Y, ..."): a body mention at ``k`` that ends its column (a comma, "and", the sentence's
    end), else None."""
    idx = ctx.mention_at(ctx.doc[k]) if k < end else None
    if idx is None or ctx.found[idx].cls not in BODY_ORGS or ctx.found[idx].span.start != k:
        return None
    after = ctx.found[idx].span.end
    return idx if after >= end or ctx.doc[after].text in (",", ";", ".", ")") or (
        ctx.doc[after].lower_ == "and") else None


def _bare_post_of(doc: Doc, j: int, end: int) -> bool:
    """A capitalised post right after the name, then "of" within a few words ("X Director-
    General of the Y", "X Deputy Director of Y"): a post in apposition without its comma."""
    k = j
    while k < end and k - j < 4 and doc[k].text[:1].isupper() and (
            doc[k].lower_ in TITLE_MODIFIERS or doc[k].lower_ in ("vice", "deputy")):
        k += 1
    if k >= end or not doc[k].text[:1].isupper():
        return False
    head = doc[k].lower_
    if k + 2 < end and doc[k + 1].text == "-":
        k += 2  # "Director - General"
        head = doc[k].lower_
    return title_head(head.split("-")[-1]) and k + 1 < end and doc[k + 1].lower_ == "of"


_TENURE = words("tenure_words")
# posts whose body may follow "from" ("an official from X"; "a director from 2010" is a date)
_FROM_POSTS = {"official", "officer", "representative"}
_BYLINE_WORDS = {"by", "mr.", "ms.", "mrs.", "dr.", "mr", "ms"}


def _joint_bodies(ctx: DocContext, part: str, org: int | None, named: list[int]) -> list[int]:
    """ "Deputy Director of the Party Working Committee and the Administrative Committee of
    X": one post held in two organs joined by "and"."""
    if org is None or ctx.found[org].cls != "GovernmentBody":
        return []
    first = re.escape(ctx.found[org].text)
    return [o for o in named if o != org and ctx.found[o].cls == "GovernmentBody" and re.search(
        rf"{first},?\s+and\s+(?:the\s+)?{re.escape(ctx.found[o].text)}", part)]


def extract_titles(ctx: DocContext) -> None:
    """Attach titles to people, retype Officials, add holdsPositionIn / servesIn."""
    for idx, f in enumerate(ctx.found):
        if f.cls != "Person":
            continue
        sent = f.span.sent
        titles: list[tuple[str, int | None]] = []
        prefix = prefix_title(ctx, f) or aside_title(ctx, f, prefix_title)
        if prefix is None:
            post = post_for_before(ctx, f) or post_before(ctx.doc, f.span.start, ctx.gaz)
            prefix = (post, None) if post is not None else None
        comma = comma_post(ctx, f) if prefix is None else None
        if comma is not None:
            titles.append(comma)  # "the Vice-Governor of X, Mr Li Dawei"
        if prefix is not None:
            words, org = prefix
            if org is not None:
                titles.append((f"{words} of {ctx.found[org].text}", org))
            else:
                titles.append((words, None))
                if " " in f.text:
                    f.aliases.append(f"{words} {f.text}")
            # A bare "Governor" is posted in the government named beside it in the sentence
            # ("Hebei Governor" names its place itself: "at Government House" is a venue).
            if org is None and re.search(r"governor|mayor", words, re.I) and not any(
                    g.cls in PLACE_CLASSES and re.search(rf"\b{re.escape(g.text)}\b", words)
                    for g in ctx.found):
                for j in ctx.in_sentence(sent):
                    g = ctx.found[j]
                    # not another person's: no one else named between the two
                    lo, hi = sorted((f.span.start, g.span.start))
                    if set(mentions_in(ctx, ctx.doc[lo:hi], {"Person", "Official"})) - {idx}:
                        continue
                    if g.cls == "GovernmentBody" and "government" in g.text.lower():
                        titles[-1] = (words, j)
                        break
        appos = _appositive_title(ctx, f)
        if appos is not None:
            span, orgs = appos
            if span.start >= sent.end:
                sent = span.sent  # a signature's post is stated on the next line
            text = _ARTICLE.sub("", span.text)
            parts = _TITLE_SPLIT.split(text)
            if span.start >= f.span.sent.end:  # a signature's line may list several posts
                parts = [q for p in parts for q in re.split(r"[,;]\s+(?=[A-Z])", p)]
            for part in parts:
                # The first organisation named in this title ("Deputy China International Trade
                # Representative at the Ministry of Commerce": the Ministry, not China).
                # A body after "of" outranks one inside the post's own words ("Standing
                # Committee Member of the CPC ... Committee": the CPC committee).
                named = [o for o in orgs if ctx.found[o].text in part
                         and ctx.found[o].cls in BODY_ORGS]
                of_at = part.find(" of ")
                after_of = [o for o in named if of_at >= 0
                            and part.find(ctx.found[o].text) > of_at]
                org = next(iter(after_of or named), None)
                part = re.sub(r"(?:[\s,;]+(?:and|or))+$", "", _ARTICLE.sub("", part.strip())
                              ).rstrip(",")
                titles.append((part, org))
                titles += [(part, o) for o in _joint_bodies(ctx, part, org, named)]
        if not titles:
            continue
        official = False
        for title, org in titles:
            org_cls = ctx.found[org].cls if org is not None else None
            if org_cls == "Enterprise" and ORGAN_NAME.search(ctx.found[org].text):
                org_cls = "GovernmentBody"  # "the Nagano Prefectural Assembly" read as a firm
            # (a post no longer held makes no Official: "former ... secretary-general X")
            official = official or not formerly_held(ctx, f, title) and (
                is_state_post(ctx, title, org_cls)
                or org is None and chinese_post(ctx, title) and not private_head(title))
            if title not in f.titles:
                f.titles.append(title)
        if official and company_post(ctx, [(t, None if o is None else ctx.found[o].cls)
                                           for t, o in titles]):
            official = False  # "vice president and general manager": a company's president
        if official:
            f.cls = "Official"
        for title, org in titles:
            if formerly_held(ctx, f, title):
                continue
            if org is not None and ctx.found[org].cls in BODY_ORGS:
                ctx.add(idx, "holdsPositionIn", org, sent, "title", 0.85)
            if f.cls == "Official" and not ABROAD.search(title):
                serve_in(ctx, idx, org, title, sent, 0.75)
    listed_officials(ctx)
    mark_officials(ctx)
    private_bare_posts(ctx)  # "President Sato" after "Sato, the president of X"
