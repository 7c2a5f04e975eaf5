"""People's titles: "Governor Hu Yuting", "Shi Xiaolin, Deputy Secretary of the CPC Sichuan
Provincial Committee and Governor of ...", "... Research Institute Director Hong Tao".

A title makes its holder an Official when it names a party or state post, and yields
``holdsPositionIn`` (the organ named in the title) and ``servesIn`` (the jurisdiction).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.antecedents import own_company
from kg.extract.context import DocContext, Found, mentions_in
from kg.extract.entities.postnames import ABROAD, post_before
from kg.extract.gazetteer import demonyms
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    HONORIFICS,
    LEVEL_WORDS,
    OFFICIAL_WORDS,
    ORGAN_FIELDS,
    PRIVATE_POSTS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PREFIX,
    TITLE_STOPS,
    post_words,
    starts_post,
    words,
)
from kg.extract.people.asideposts import aside_title
from kg.extract.people.bareposts import private_bare_posts
from kg.extract.people.jurisdiction import (
    chinese_post,
    serve_in,
)
from kg.extract.people.officials import (
    comma_post,
    company_post,
    formerly_held,
    listed_officials,
    post_for_before,
    private_head,
    title_head,
)
from kg.extract.people.postwords import (
    ORGAN_NOUNS,
    company_before_post,
    field_words,
    joined_post_word,
    lower_state_post,
    organ_after,
    post_verb_end,
)
from kg.extract.people.statecues import mark_officials
from kg.extract.people.statepost import ORGAN_NAME, is_state_post

_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_TITLE_SPLIT = re.compile(
    r"\s+and\s+(?=(?:[Vv]ice\s+|[Dd]eputy\s+|[Ee]xecutive\s+)?"
    r"(?:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")s?\b)",
    re.IGNORECASE,
)
_BODY_ORGS = {"GovernmentBody", "Organization", "Enterprise", "Zone"}
_LOCAL_HEADS = {"head", "chief", "leader"}
# levels of administration no company's unit is named by: any post after them is the state's
_ADMIN_LEVELS = {"provincial", "municipal", "county", "district", "prefectural"}
_PLACE_NOUNS = {"city", "province", "country", "nation", "state", "county", "district",
                "region", "town", "municipality", "prefecture"}


def _body_at(ctx: DocContext, i: int) -> int | None:
    idx = ctx.mention_at(ctx.doc[i])
    return idx if idx is not None and ctx.found[idx].cls in _BODY_ORGS else None


def _prefix_title(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """Title words right before the name, and an organisation right before those."""
    doc = ctx.doc
    i = f.span.start - 1
    if i >= 1 and doc[i].text == "." and doc[i - 1].lower_ in HONORIFICS:
        i -= 1  # "Secretary-General H.E. Mme. Lin Hua"
    words: list[str] = []
    while i >= 0 and doc[i].lower_ in TITLE_PREFIX:
        words.insert(0, doc[i].text)
        i -= 1
        if i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ in TITLE_PREFIX:
            words[0] = f"{doc[i - 1].text}-{words[0]}"  # "Secretary-General"
            i -= 2
        if joined_post_word(doc, i, words):
            words.insert(0, doc[i].text)  # "President and General Manager X"
            i -= 1
    business = company_before_post(ctx, i, words)
    if business is not None:
        return " ".join(business[1]), business[0]  # "Norland Group board chairman X"
    # A post abroad: "Chinese Ambassador to Japan Kong Xuanyou" (the place is the post's,
    # not a jurisdiction: ambassadors serve nowhere).
    if not words:
        abroad = _post_abroad_before(ctx, f)
        if abroad is not None:
            return abroad
    # Capitalised title words, or a lowercase one after a capitalised one: "Party chief".
    # Lowercase ones stand alone when they name a state post after a level word:
    # "provincial governor Liu Xiaoming".
    official = bool(post_words(words) & OFFICIAL_WORDS)
    local = official or bool(words) and words[-1].lower() in _LOCAL_HEADS
    if words and not words[0][:1].isupper() and i >= 0 and (
            doc[i].lower_ in LEVEL_WORDS and local or doc[i].lower_ in _ADMIN_LEVELS
            and words[-1].lower() not in PRIVATE_POSTS):
        # "provincial governor X", "county head X", "municipal director X"
        words.insert(0, doc[i].text)
        i -= 1
    elif words and not words[0][:1].isupper() and official and i >= 1 and doc[i].text in (
            "'s", "’s") and (_place_at(ctx, i - 1, ("Province", "City", "Region")) is not None
                             or doc[i - 1].lower_ in _PLACE_NOUNS):
        i -= 1  # "Wuhan's mayor Li Ming", "the city's mayor Li Ming", "Bavaria's premier X"
    elif words and i >= 1 and doc[i].text in ("'s", "’s") and _body_at(ctx, i - 1) is not None:
        return " ".join(words), _body_at(ctx, i - 1)  # "Norland Group's chairman X"
    elif words and i >= 2 and doc[i].text in ("'s", "’s") and doc[i - 1].lower_ in (
            COMPANY_NOUNS) and doc[i - 2].lower_ == "the":
        # "the Group's President Zhu Bixin": a post in the company, named or not
        own = own_company(ctx, doc[i - 1])
        return " ".join(words if own is not None else [doc[i - 1].text + doc[i].text, *words]), own
    elif words and not words[0][:1].isupper() and i >= 0 and doc[i].lower_ == "its":
        # "Its chairman Zhong Baoshen": a post in the company (or body) named last
        owner = ctx.antecedent(doc[i], "Enterprise")
        if owner is None:
            owner = ctx.antecedent(doc[i], "Organization")
        if owner is not None:
            return " ".join(words), owner
        words = []
    elif words and not words[0][:1].isupper() and lower_state_post(ctx, words, i, local):
        while i >= 0 and (doc[i].lower_ in ORGAN_FIELDS | LEVEL_WORDS | ORGAN_NOUNS) and (
                doc[i].is_lower or doc[i].lower_ in ORGAN_FIELDS):
            words.insert(0, doc[i].text)  # "Commerce minister X", "commerce bureau chief X"
            i -= 1
    else:
        while words and not words[0][:1].isupper():
            words.pop(0)
            i += 1
    words = [w for w in words if w.lower() not in HONORIFICS]
    if not words:
        return _title_of_org_before(ctx, f) or _organ_post_before(ctx, f)
    if i >= 0 and doc[i].ent_type_ == "NORP" and doc[i].text[:1].isupper():
        # "Pakistani Prime Minister X": the nationality is part of the post
        return f"{doc[i].text} {' '.join(words)}", None
    org = ctx.mention_at(doc[i]) if i >= 0 else None
    if org is not None and ctx.found[org].cls in _POST_PLACES:
        # "Shanghai Party chief Chen Jining", "Ohio Governor X": the place is part of the post
        # (and its servesIn)
        return f"{ctx.found[org].text} {' '.join(words)}", None
    if org is not None and ctx.found[org].cls not in _BODY_ORGS:
        org = None
    j = f.span.end
    if org is None:
        after = organ_after(ctx, j)  # "Director Li Ming of the X Provincial Department of Y"
        if after is not None:
            return (" ".join(words), after[1]) if after[1] is not None else (
                f"{' '.join(words)} of {after[0]}", None)
    place = _place_at(ctx, j + 1) if j + 1 < len(doc) and doc[j].lower_ == "of" else None
    if org is None and place is not None:
        return f"{' '.join(words)} of {ctx.found[place].text}", None  # "Mayor Li Ming of Wuhan"
    return " ".join(words), org


def _organ_post_before(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """ "Director of Agriculture Hu Hanping", "Vice-Director of Commerce Liu Cuilan": the head
    of a government department named by its field, right before the name."""
    doc = ctx.doc
    i = f.span.start - 1
    k = i
    while k >= 0 and doc[k].lower_ in ORGAN_FIELDS | {"and", "foreign", "affairs"}:
        k -= 1
    if k == i or k < 1 or doc[k].lower_ != "of":
        return None
    j = k - 1
    while j >= 0 and (doc[j].text[:1].isupper() and title_head(doc[j].lower_.split("-")[-1])
                      or doc[j].text == "-" or doc[j].lower_ in ("vice", "deputy")):
        j -= 1
    if j == k - 1:
        return None
    return doc[j + 1 : f.span.start].text, None


def _place_at(ctx: DocContext, i: int,
              classes: tuple[str, ...] = ("Province", "City")) -> int | None:
    """The Province or City (or ``classes``) mention at token ``i``."""
    idx = ctx.mention_at(ctx.doc[i])
    return idx if idx is not None and ctx.found[idx].cls in classes else None


def _post_abroad_before(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """ "Chinese Ambassador to Japan X", "Consul General of Japan in Shanghai X": title words,
    then to/of/in a country or city, right before the name."""
    doc = ctx.doc
    i = f.span.start - 1
    places = 0
    while i >= 0 and places < 2:
        idx = ctx.mention_at(doc[i])
        if idx is None or ctx.found[idx].cls not in ("Country", "City", "Region", "Province"):
            break
        j = ctx.found[idx].span.start - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1  # "Ambassador to the ROK"
        if j < 0 or doc[j].lower_ not in ("to", "of", "in"):
            break
        i, places = j - 1, places + 1
    if not places:
        return None
    end = i + 1
    while i >= 0 and (doc[i].lower_ in TITLE_PREFIX or doc[i].lower_ in ("general",)):
        i -= 1
    if i + 1 == end or not doc[i + 1].text[:1].isupper():
        return None
    if i >= 0 and doc[i].ent_type_ == "NORP" and doc[i].text[:1].isupper():
        i -= 1  # "Chinese Ambassador ..."
    heads = post_words(t.text for t in doc[i + 1 : end])
    if not heads & OFFICIAL_WORDS:
        return None
    return doc[i + 1 : f.span.start].text, None


def _title_of_org_before(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """ "Secretary of the Anhui Provincial Committee ... Li Jinbin": a post in the organ named
    right before the name."""
    doc = ctx.doc
    k = f.span.start - 1
    if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3  # "President of the X Chamber of Commerce (XCC) NAME": the short form skipped
    org = ctx.mention_at(doc[k]) if k >= 0 else None
    if org is None or ctx.found[org].cls not in _BODY_ORGS:
        return None
    i = ctx.found[org].span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ != "of":
        return None
    i -= 1
    words: list[str] = []
    while i >= 0 and doc[i].lower_ in TITLE_PREFIX and doc[i].text[:1].isupper():
        words.insert(0, doc[i].text)
        i -= 1
    if not words:
        return None
    return " ".join(words), org


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
        return doc[k:end], mentions_in(ctx, doc[k:end], _BODY_ORGS)
    elif j >= sent.end:
        return None
    elif doc[j].text in (",", "("):  # "X, Governor of Y", "X (Governor of Y)"
        k = j + 1
        # "X, who is also Secretary of ...": the post after the relative clause's copula
        after_who = post_verb_end(doc, k + 1, sent.end) if (
            k + 1 < sent.end and doc[k].lower_ == "who") else None
        k = k if after_who is None else after_who
    elif doc[j].lower_ == "the" and j + 1 < sent.end and doc[j + 1].text[:1].isupper():
        k = j  # "by Mr. X the Chairman of Y": the apposition's comma left out
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
        owner = (idx is not None and ctx.found[idx].cls in _BODY_ORGS
                 and ctx.found[idx].span.end < sent.end
                 and (doc[ctx.found[idx].span.end].lower_ in ("'s", "’s") or title_head(
                     doc[field_words(ctx, ctx.found[idx].span.end, sent.end)].lower_)))
        if idx is not None and (ctx.found[idx].cls in _POST_PLACES or owner):
            if owner:
                owners.append(idx)
            k = ctx.found[idx].span.end
        elif k + 2 < sent.end and f"{doc[k].text} {doc[k + 1].text}" in demonyms():
            k += 2  # "the Sri Lankan Prime Minister"
        elif k + 2 < sent.end and doc[k].lower_ in _PLACE_NOUNS and doc[k + 1].text in (
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
        if tok.text in (",", ";", ".", ")", "(", "“", "”", '"') or tok.lower_ in TITLE_STOPS:
            break
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            break
        k += 1
    if k == start:
        return None
    return doc[start:k], orgs


# Places a post may name before its head word: "Jilin province Party chief", "Norway's Prime
# Minister", "Ohio Governor" (and nationalities: "the Swedish Minister for Trade").
_POST_PLACES = {"Province", "City", "Country", "Region"}


_TENURE = words("tenure_words")
_BYLINE_WORDS = {"by", "mr.", "ms.", "mrs.", "dr.", "mr", "ms"}


def extract_titles(ctx: DocContext) -> None:
    """Attach titles to people, retype Officials, add holdsPositionIn / servesIn."""
    for idx, f in enumerate(ctx.found):
        if f.cls != "Person":
            continue
        sent = f.span.sent
        titles: list[tuple[str, int | None]] = []
        prefix = _prefix_title(ctx, f) or aside_title(ctx, f, _prefix_title)
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
            # A bare "Governor" is posted in the government named beside it in the sentence.
            if org is None and re.search(r"governor|mayor", words, re.I):
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
                         and ctx.found[o].cls in _BODY_ORGS]
                of_at = part.find(" of ")
                after_of = [o for o in named if of_at >= 0
                            and part.find(ctx.found[o].text) > of_at]
                org = next(iter(after_of or named), None)
                part = re.sub(r"(?:[\s,;]+(?:and|or))+$", "", part.strip()).rstrip(",")
                titles.append((part, org))
        if not titles:
            continue
        official = False
        for title, org in titles:
            org_cls = ctx.found[org].cls if org is not None else None
            if org_cls == "Enterprise" and ORGAN_NAME.search(ctx.found[org].text):
                org_cls = "GovernmentBody"  # "the Nagano Prefectural Assembly" read as a firm
            official = (official or is_state_post(ctx, title, org_cls)
                        or org is None and chinese_post(ctx, title)
                        and not private_head(title))
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
            if org is not None and ctx.found[org].cls in _BODY_ORGS:
                ctx.add(idx, "holdsPositionIn", org, sent, "title", 0.85)
            if f.cls == "Official" and not ABROAD.search(title):
                serve_in(ctx, idx, org, title, sent, 0.75)
    listed_officials(ctx)
    mark_officials(ctx)
    private_bare_posts(ctx)  # "President Sato" after "Sato, the president of X"
