"""Posts written where ``titles.py`` does not look: before the name with a comma between
("the Vice-Governor of Hunan Province, Mr Li Dawei"), a post "for" a field ("Minister for
National Development Peter Lim"), and a plural post over a list of names ("State Ministers
A, B and C", "Wuhan municipal leaders including A, B and C").

Also which posts are state posts by their words alone: a former holder is no Official, and
"president of" a company or chamber is a business post.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.context import DocContext, Found, mentions_in
from kg.extract.gazetteer import demonyms
from kg.extract.lexicon import (
    HONORIFICS,
    OFFICIAL_WORDS,
    PRIVATE_POSTS,
    STATE_ORGS,
    TITLE_HEADS,
    TITLE_PREFIX,
)

_PEOPLE = {"Person", "Official"}
_BODY_ORGS = {"GovernmentBody", "Organization", "Enterprise", "Zone"}
_LIST_LEADS = {"including", "includes", "include", ":", "namely"}


def plural_head(word: str) -> bool:
    return word.endswith("s") and word[:-1] in TITLE_HEADS


def title_head(word: str) -> bool:
    """ "director", "deputy directors", "leaders of Jinhua and Yiwu"."""
    return word in TITLE_HEADS or plural_head(word)


def _post_word(tok: Token) -> bool:
    """A capitalised word a post may start with ("Vice-Governor", "Chief", "Consul")."""
    low = tok.lower_
    return (tok.text[:1].isupper() and low not in HONORIFICS
            and (low in TITLE_PREFIX or title_head(low.split("-")[-1])))


def _the_post_word(ctx: DocContext, j: int) -> bool:
    """ "the general manager of X, Mr. Y": a lowercase post right after "the" (and perhaps
    one lowercase modifier: "the visiting governor of X, Y", "the new mayor of X, Y")."""
    doc = ctx.doc
    low = doc[j].lower_
    the = j - 1
    if the >= 1 and (doc[the].is_lower and doc[the].pos_ in ("ADJ", "VERB") and (
            doc[the].dep_ == "amod") or doc[the].text in demonyms()):
        the -= 1  # (or its nationality: "the Chinese minister of Education, X")
    # ("A, and deputy governor of X, B": a list's "and" stands where "the" would)
    return (the >= 0 and (doc[the].lower_ == "the" or doc[the].lower_ == "and"
                          and the >= 1 and doc[the - 1].text == ",") and doc[j].is_lower
            and (low in TITLE_PREFIX or title_head(low.split("-")[-1])))


def honorifics_before(doc: Doc, i: int) -> int:
    """Index of the last token at or before ``i`` that is not an honorific ("Mr", "Dr.",
    "H.E.", or the full stop the tokenizer split off one: "Mme ." in "H.E. Mme. Lin Hua")."""
    while i >= 0 and (doc[i].lower_ in HONORIFICS or doc[i].lower_.rstrip(".") in HONORIFICS
                      or doc[i].text == "." and i >= 1 and doc[i - 1].lower_ in HONORIFICS):
        i -= 1
    return i


def _person_at(ctx: DocContext, i: int) -> bool:
    idx = ctx.mention_at(ctx.doc[i])
    return idx is not None and ctx.found[idx].cls in _PEOPLE


def _placed_post(ctx: DocContext, j: int) -> bool:
    """ "Singapore ambassador to China": a lowercase state post right after its country."""
    doc = ctx.doc
    if j < 1 or doc[j].lower_ not in OFFICIAL_WORDS or not title_head(doc[j].lower_):
        return False
    idx = ctx.mention_at(doc[j - 1])
    return idx is not None and ctx.found[idx].cls in ("Country", "Province", "City", "Region")


def comma_post(ctx: DocContext, f: Found) -> tuple[str, int | None] | None:
    """ "the Chairman of the National Development and Reform Commission (NDRC), Mr Gao Feng",
    "Consul General of the Republic of Peru, Dr. Maria Lopez": a post, a comma, (an
    honorific,) the name. Returns the post and the first body named in it."""
    doc = ctx.doc
    sent = f.span.sent
    i = honorifics_before(ctx.doc, f.span.start - 1)
    if i > sent.start and doc[i].text not in (",", "–", "—"):
        return _post_of_body_before(ctx, i)  # "the chairman of X Group Mr Y"
    if i <= sent.start:
        return None  # "the Vice-Governor of X, Mr Y", "Member of the X Committee – Y"
    k = i - 1
    while k >= sent.start and k > i - 20:
        tok = doc[k]
        idx = ctx.mention_at(tok)
        if tok.text in (",", ";", ":", "“", "”", '"') or (
                idx is not None and ctx.found[idx].cls in _PEOPLE):
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            break
        k -= 1
    if k > sent.start and doc[k].text == "," and _person_at(ctx, k - 1) and (
            doc[k + 1].lower_ != "and"):
        # "Roland Busch, CEO of Siemens AG, Peter Voser": the post is Busch's (but "A, and
        # deputy governor of X, B": after "and" the post is B's)
        return None
    # (a post word inside a body's name is not the post: "X Party Committee and Acting
    # Mayor, Y": the mayor's)
    start = next((j for j in range(k + 1, i) if (_post_word(doc[j]) or _placed_post(ctx, j)
                  or _the_post_word(ctx, j)) and not _in_body(ctx, j)), None)
    if start is None or ctx.mention_at(doc[start]) is not None:
        return None
    if _placed_post(ctx, start):
        start = ctx.found[ctx.mention_at(doc[start - 1])].span.start  # "Peru's ambassador"
    elif start >= 2 and doc[start - 2].lower_ == "the" and doc[start - 1].dep_ == "amod":
        start -= 1  # "the former governor of X, Y": the modifier is the post's
    elif start > k + 1 and doc[start - 1].text in demonyms():
        start -= 1  # "Kazakh Deputy Prime Minister, X": the nationality names the state
    elif start > k + 2 and doc[start - 1].text in ("'s", "’s") and (
            owner := ctx.mention_at(doc[start - 2])) is not None and (
            ctx.found[owner].cls in ("Country", "Province", "City", "Region")):
        start = ctx.found[owner].span.start  # "Sri Lanka's Minister of Trade – X"
    if not any(title_head(t.lower_.split("-")[-1]) for t in doc[start:i]):
        return None
    span = doc[start:i]
    orgs = mentions_in(ctx, span, _BODY_ORGS)
    return span.text, (orgs[0] if orgs else None)


def _post_of_body_before(ctx: DocContext, i: int) -> tuple[str, int | None] | None:
    """ "the chairman of Hasan Group Mr Zheng Gang", "CEO of Lumex Anna Berg": a post "of" a
    body whose name ends at token ``i``, right before the name (no comma between)."""
    doc = ctx.doc
    org = ctx.mention_at(doc[i])
    if org is None or ctx.found[org].cls not in _BODY_ORGS or ctx.found[org].span.end != i + 1:
        return None
    j = ctx.found[org].span.start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or not title_head(doc[j - 1].lower_.split("-")[-1]):
        return None
    start = j - 1
    while start > 0 and (doc[start - 1].lower_ in TITLE_PREFIX or title_head(
            doc[start - 1].lower_)) and ctx.mention_at(doc[start - 1]) is None:
        start -= 1  # "Vice Chairman of ...", "president and CEO of ..."
    return doc[start : i + 1].text, org


def _in_body(ctx: DocContext, j: int) -> bool:
    idx = ctx.mention_at(ctx.doc[j])
    return idx is not None and ctx.found[idx].cls in _BODY_ORGS and (
        ctx.found[idx].span.start < j)


def post_for_before(ctx: DocContext, f: Found) -> str | None:
    """ "Minister for National Development Peter Lim", "Secretary for Economy and Finance
    Ho Man": a capitalised post "for" a capitalised field, right before the name."""
    doc = ctx.doc
    i = f.span.start - 1
    k = i
    # ("Minister for Culture, Community & Youth X": a field of several words)
    while k >= 0 and k > i - 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&")
                                    or doc[k].text == "," and k < i) and (
            ctx.mention_at(doc[k]) is None):
        k -= 1
    if k == i or k < 1 or doc[k].lower_ != "for" or not doc[k + 1].text[:1].isupper():
        return None
    j = k - 1
    while j >= 0 and _post_word(doc[j]):
        j -= 1
    if j == k - 1 or not any(title_head(t.lower_) for t in doc[j + 1 : k]):
        return None
    return doc[j + 1 : f.span.start].text


def _list_head(ctx: DocContext, first: Found) -> list[str] | None:
    """The plural post right before a list's first name: "State Ministers A", "municipal
    leaders including A", "senior officials: A" -> its words."""
    doc = ctx.doc
    i = honorifics_before(ctx.doc, first.span.start - 1)
    if i >= 0 and doc[i].lower_ in _LIST_LEADS:
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
    place = _post_place(ctx, i)
    if place is not None:  # "vice-mayors of Changsha A and B": the post's place before the names
        i = ctx.found[place].span.start - 2
    if i < 0 or not plural_head(doc[i].lower_.split("-")[-1]):
        return None
    words = [doc[i].lower_]
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and ctx.mention_at(doc[j]) is None:
        words.insert(0, doc[j].lower_)
        j -= 1
    return words


def _post_place(ctx: DocContext, i: int) -> int | None:
    """The city or province at token ``i`` when "of" comes before it ("vice-mayors of X",
    "of X Municipality")."""
    if i >= 1 and ctx.doc[i].lower_ in ("municipality", "province", "city"):
        i -= 1
    place = ctx.mention_at(ctx.doc[i]) if i >= 0 else None
    if place is None or ctx.found[place].cls not in ("City", "Province"):
        return None
    k = ctx.found[place].span.start - 1
    return place if k >= 1 and ctx.doc[k].lower_ == "of" else None


def _is_state_plural(words: list[str]) -> bool:
    singular = {w[:-1] if plural_head(w) else w for w in words}
    if singular & {"leader", "head"} and singular & _LOCAL_LEVELS:
        return True  # "city leaders A and B", "provincial leaders A and B"
    return bool(singular & OFFICIAL_WORDS) and not singular & PRIVATE_POSTS


_LOCAL_LEVELS = {"city", "provincial", "municipal", "county", "district", "prefectural"}


def listed_officials(ctx: DocContext) -> None:
    """Everyone in a list under a plural state post is an Official (the post is shared)."""
    doc = ctx.doc
    for idx, f in enumerate(ctx.found):
        if f.cls not in _PEOPLE:
            continue
        cur = f
        for _ in range(12):  # back to the list's first name, across commas and "and"
            i = cur.span.start - 1
            glue = False
            while i >= 0 and (doc[i].lower_ in (",", "and") or doc[i].lower_ in HONORIFICS):
                glue = glue or doc[i].lower_ in (",", "and")
                i -= 1
            # "Governors A (Kogi State), B (Ogun State)": a name's aside is no list break
            i = _aside_start(doc, i) - 1 if glue else i
            prev = ctx.mention_at(doc[i]) if glue and i >= 0 else None
            if prev is None or ctx.found[prev].cls not in _PEOPLE:
                break
            cur = ctx.found[prev]
        words = _list_head(ctx, cur)
        if words is None:
            # the plural post was read as the first name's own title: "State Ministers A"
            # ("A, B, and officials from ...": a post after "and" is other people's; "A and
            # other officials" shares it)
            words = next((w for t in cur.titles for w in [t.lower().split()]
                          if (w[0] not in ("and", "or") or w[1:2] == ["other"])
                          and any(plural_head(x) for x in w)), None)
        if words is not None and _is_state_plural(words):
            f.cls = "Official"
            place = _post_place(ctx, honorifics_before(ctx.doc, cur.span.start - 1))
            if place is not None:  # "vice-mayors of Changsha A and B": both serve there
                ctx.add(idx, "servesIn", place, f.span.sent, "listed-post-place", 0.8)
            own = _aside_place(ctx, f.span.end)
            if own is not None:  # "Governors A (Kogi State), B (Ogun State)": each its own
                ctx.add(idx, "servesIn", own, f.span.sent, "listed-post-place", 0.8)


def _aside_start(doc: Doc, i: int) -> int:
    """Where a short parenthesised aside ending at token ``i`` starts ("(Kogi State)"), or
    ``i + 1`` when none ends there."""
    if i < 0 or doc[i].text != ")":
        return i + 1
    k = i - 1
    while k >= max(0, i - 6) and doc[k].text not in ("(", ")"):
        k -= 1
    return k if k >= 0 and doc[k].text == "(" else i + 1


def _aside_place(ctx: DocContext, j: int) -> int | None:
    """The place alone in parentheses right after a name (token ``j`` is "(")."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].text != "(":
        return None
    idx = ctx.mention_at(doc[j + 1]) if j + 1 < len(doc) else None
    if idx is None or ctx.found[idx].cls not in ("Country", "Province", "City", "Region"):
        return None
    end = ctx.found[idx].span.end
    return idx if end < len(doc) and doc[end].text == ")" else None


_FORMER = re.compile(r"^(?:the\s+)?(?:former|ex-|retired|late)\b", re.IGNORECASE)
# ("Vice President and Provost of the University": a second post may come before "of")
_PRESIDENT_OF = re.compile(r"\bpresident(?:\s+and\s+[a-z\-]+(?:\s+[a-z\-]+)?)?\s+(?:of|at)\s+"
                           r"(?:the\s+)?(.+)$", re.IGNORECASE)
_STATE_OF = re.compile(r"(?:[A-Z][a-z'’]+\s+){0,2}(?:Republic|Kingdom|State|Federation|"
                       r"Commonwealth|Sultanate|Principality|Confederation)\s+of\s+(.+)")


def formerly(title: str) -> bool:
    """Does the post's own wording say it is no longer held ("former governor of X")?"""
    return bool(_FORMER.search(title))


def formerly_held(ctx: DocContext, f: Found, title: str) -> bool:
    """A post its holder no longer holds ("Former Speaker of ...", "former United Nations
    secretary-general X", "Ex-Governor X"): no body or place of it is the holder's now
    (ANNOTATION.md: the post must be held at the time of the text)."""
    if _FORMER.search(title):
        return True
    doc = ctx.doc
    k = f.span.start - 1
    while k >= max(f.span.sent.start, f.span.start - 7):
        tok = doc[k]
        if tok.is_punct and tok.text != "-" or tok.lower_ in ("and", "or", "with", "by"):
            return False
        if tok.lower_ in ("former", "retired", "ex") or tok.lower_.startswith("ex-"):
            return True
        k -= 1
    return False


def business_post(ctx: DocContext, title: str) -> bool:
    """A post that is no state post whatever its words: a former holder's ("Former Speaker
    of ..."), or a president's whose title names no state body or place: "president of the
    chamber", "vice president and general manager" ("Vice President of the China Council for
    the Promotion of International Trade" is a state post)."""
    if _FORMER.search(title):
        return True
    lowered = set(re.findall(r"[a-z\-]+", title.lower()))
    if not lowered & {"president", "vice-president"} or lowered & OFFICIAL_WORDS - {
            "president", "vice-president", "state"}:
        return False
    if lowered & PRIVATE_POSTS:
        return True
    m = _PRESIDENT_OF.search(title)
    if m is None or any(re.search(p, m.group(1), re.I) for p in STATE_ORGS):
        return False
    state = _STATE_OF.match(m.group(1).strip())  # "President of the Republic of Peru"
    return ctx.gaz.place((state.group(1) if state else m.group(1)).strip()) is None


def private_head(title: str) -> bool:
    """ "a manager at Hubei Dingxin": the post's head word is a company's or a newsroom's."""
    return any(title_head(w) and w in PRIVATE_POSTS
               for w in re.findall(r"[a-z\-]+", title.lower()))


def company_post(ctx: DocContext, titles: list[tuple[str, str | None]]) -> bool:
    """Are a person's posts (title, class of the body named in it) a company's, though one
    reads "president": "vice president and general manager of Acme Valves"?"""
    def strong(title: str, cls: str | None) -> bool:
        words = set(re.findall(r"[a-z\-]+", title.lower()))
        return cls == "GovernmentBody" or bool(
            words & OFFICIAL_WORDS - {"president", "vice-president", "state"})
    if any(strong(t, c) and not _FORMER.search(t) for t, c in titles):
        return False
    return any(business_post(ctx, t) or private_head(t) or c == "Enterprise" for t, c in titles)


# the head of government of Hong Kong or Macao (a company's is "chief executive officer")
_SAR_HEAD = re.compile(r"(?:the\s+)?Chief\s+Executive(?:\s+of\s+(?:the\s+)?(?:Hong Kong|Macao|"
                       r"Macau|HKSAR|MSAR)\b.*)?")


def sar_head(ctx: DocContext, title: str) -> bool:
    """ "the Chief Executive" in a report naming Hong Kong or Macao: its head of government."""
    if not _SAR_HEAD.fullmatch(title.strip()):
        return False
    for f in ctx.found:
        place = ctx.gaz.place(f.text) if f.cls == "Province" else None
        if place is not None and place.name in ("Hong Kong", "Macao", "Macau"):
            return True
    return False
