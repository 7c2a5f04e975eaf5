"""A title written before a person's name, and the organisation it names: "Governor Hu
Yuting", "provincial governor Liu Xiaoming", "Wuhan's mayor Li Ming", "Norland Group's chairman
X", "Its chairman Zhong Baoshen", "Chinese Ambassador to Japan Kong Xuanyou", "Director of
Agriculture Hu Hanping", "Secretary of the Anhui Provincial Committee ... Li Jinbin".
Read by ``extract_titles`` (kg/extract/people/titles.py).
"""

from __future__ import annotations

from kg.extract.antecedents import own_company
from kg.extract.context import DocContext, Found
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    HONORIFICS,
    LEVEL_WORDS,
    OFFICIAL_WORDS,
    ORGAN_FIELDS,
    PRIVATE_POSTS,
    TITLE_PREFIX,
    post_words,
)
from kg.extract.people.officials import honorifics_before, title_head
from kg.extract.people.postwords import (
    ORGAN_NOUNS,
    company_before_post,
    joined_post_word,
    lower_state_post,
    organ_after,
)

BODY_ORGS = {"GovernmentBody", "Organization", "Enterprise", "Zone"}
# Places a post may name before its head word: "Jilin province Party chief", "Norway's Prime
# Minister", "Ohio Governor" (and nationalities: "the Swedish Minister for Trade").
POST_PLACES = {"Province", "City", "Country", "Region"}
_LOCAL_HEADS = {"head", "chief", "leader"}
# levels of administration no company's unit is named by: any post after them is the state's
_ADMIN_LEVELS = {"provincial", "municipal", "county", "district", "prefectural"}
PLACE_NOUNS = {"city", "province", "country", "nation", "state", "county", "district",
               "region", "town", "municipality", "prefecture"}


def _body_at(ctx: DocContext, i: int) -> int | None:
    idx = ctx.mention_at(ctx.doc[i])
    return idx if idx is not None and ctx.found[idx].cls in BODY_ORGS else None


def prefix_title(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """Title words right before the name, and an organisation right before those."""
    doc = ctx.doc
    # honorifics between the title and the name: "Secretary-General H.E. Mme. Lin Hua",
    # "Zhejiang Governor Mr Xia Baolong", "Governor Dr Yuan Jiajun"
    i = honorifics_before(doc, f.span.start - 1)
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
    # (a state word but "president" is no company's post: "... and Vice Governor B")
    shared = _mate_company(ctx, i) if words and words[0][:1].isupper() and not (
        post_words(words) & OFFICIAL_WORDS - {"president"}) else None
    if shared is not None:
        return " ".join(words), shared  # "X Group Chairman A and Vice President B"
    # A post abroad: "Chinese Ambassador to Japan Kong Xuanyou" (the place is the post's,
    # not a jurisdiction: ambassadors serve nowhere).
    member = _organ_member_before(ctx, i, words)
    if member is not None:
        return member
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
    elif words and official and i >= 1 and doc[i].text in ("'s", "’s") and (
            _place_at(ctx, i - 1, ("Province", "City", "Region")) is not None
            or doc[i - 1].lower_ in PLACE_NOUNS):
        # "Wuhan's mayor Li Ming", "the city's mayor Li Ming", "Bavaria's premier X",
        # "Qujing's Party Committee Secretary X"
        i -= 1
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
    lead = i
    while lead >= 1 and doc[lead].text in ("Provincial", "Municipal", "Party", "CPC"):
        lead -= 1  # "Shaanxi Provincial Secretary X": the place before the level word
    place_first = ctx.mention_at(doc[lead]) if lead < i else None
    if place_first is not None and ctx.found[place_first].cls in ("Province", "City"):
        return f"{ctx.found[place_first].text} {doc[lead + 1 : i + 1].text} {' '.join(words)}", None
    org = ctx.mention_at(doc[i]) if i >= 0 else None
    if org is not None and ctx.found[org].cls in POST_PLACES:
        # "Shanghai Party chief Chen Jining", "Ohio Governor X": the place is part of the post
        # (and its servesIn)
        return f"{ctx.found[org].text} {' '.join(words)}", None
    if org is not None and ctx.found[org].cls not in BODY_ORGS:
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


def _mate_company(ctx: DocContext, i: int) -> int | None:
    """ "Norland Group Chairman A and Vice President B": the company of the post of the
    person right before "and" at ``i``, which the next post is in too."""
    doc = ctx.doc
    if i < 1 or doc[i].lower_ != "and":
        return None
    mate = ctx.mention_at(doc[i - 1])
    if mate is None or ctx.found[mate].cls not in ("Person", "Official"):
        return None
    title = prefix_title(ctx, ctx.found[mate])
    if title is None or title[1] is None or ctx.found[title[1]].cls != "Enterprise":
        return None
    return title[1]


def _organ_member_before(ctx: DocContext, i: int,
                         words: list[str]) -> tuple[str, int | None] | None:
    """ "Communist Party Politburo member X", "X People's Congress deputy Y": lowercase post
    words (``words``, or token ``i`` when none) right after the state organ they are held in."""
    doc = ctx.doc
    if any(not w.islower() for w in words):
        return None
    if not words:
        if i < 1 or not doc[i].is_lower or not title_head(doc[i].lower_):
            return None
        words, i = [doc[i].text], i - 1
    org = ctx.mention_at(doc[i]) if i >= 0 else None
    if org is None or ctx.found[org].cls != "GovernmentBody" or ctx.found[org].span.end != i + 1:
        return None
    return f"{doc[ctx.found[org].span.start : i + 1].text} {' '.join(words)}", org


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
    state = ctx.mention_at(doc[k]) if k >= 0 else None
    if state is not None and ctx.found[state].cls == "Country":
        # "Chairperson of the Government of X Region (XR) of the People's Republic of China
        # NAME": the organ's country after its name
        j = ctx.found[state].span.start - 1
        j -= 1 if j >= 0 and doc[j].lower_ == "the" else 0
        if j >= 1 and doc[j].lower_ == "of":
            k = j - 1
    if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3  # "President of the X Chamber of Commerce (XCC) NAME": the short form skipped
    org = ctx.mention_at(doc[k]) if k >= 0 else None
    if org is None or ctx.found[org].cls not in BODY_ORGS:
        return None
    i = ctx.found[org].span.start - 1
    if i >= 0 and doc[i].lower_ in ("the", "its"):
        i -= 1  # "Chairman of its Commission for Internal Affairs X": the party's organ
    if i < 0 or doc[i].lower_ != "of":
        return None
    i -= 1
    if i >= 2 and doc[i].lower_ == "charge" and doc[i - 1].lower_ == "in":
        i -= 2  # "Minister in charge of the Office of ... NAME"
    words: list[str] = []
    while i >= 0 and doc[i].lower_ in TITLE_PREFIX:
        words.insert(0, doc[i].text)
        i -= 1
    # ("Vice chairperson of the X Zhang Lei": a capital opens the post, not every word)
    if not words or not words[0][:1].isupper():
        return None
    return " ".join(words), org
