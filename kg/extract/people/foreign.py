"""Where a head of state or government, a minister or a governor serves, when the post names
the state: "Prime Minister of Norway X", "Norway's Prime Minister X", "X, the Swedish Minister
for Trade" (-> the country, when the document names it), "Governor of Ohio X", "Premier X of
Quebec" (a foreign state's or province's governor or premier -> that Region).

Ambassadors, consuls and envoys serve nowhere (ANNOTATION.md); posts in a named body
("President of the X Association") are the body's, not a jurisdiction's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.extract.gazetteer import demonyms
from kg.extract.grammar import relation_rule
from kg.extract.lexicon import TITLE_HEADS, TITLE_PREFIX
from kg.extract.people.jurisdiction import serve_in
from kg.extract.people.officials import company_post, formerly_held

# Posts of a state's or province's own government: they serve in the Region before the Country.
_REGIONAL_POST = re.compile(r"\b(?:governor|premier|chief minister)\b", re.I)
_ABROAD = re.compile(r"\b(?:ambassador|consul|envoy|representative|attach[eé]|delegate)", re.I)
_BODIES = {"GovernmentBody", "Organization", "Enterprise", "Zone", "Event"}
# A post in a body the extractor did not name ("Secretary General of the Democratic Party of
# Japan") is the body's too.
_BODY_WORDS = re.compile(
    r"\b(?:party|council|association|union|committee|ministry|department|agency|bureau|"
    r"office|chamber|federation|bank|company|corporation|group|university|institute|"
    r"organi[sz]ation|commission|embassy|consulate|foundation|centre|center)\b", re.I)
# Chinese provinces and cities in a post are serve_in's (titles.py); these are the states'.
_JURISDICTIONS = {"Country", "Region"}
# Words a post before a name is made of ("Norway's Deputy Prime Minister X").
_STOP = {",", ";", ".", ":", "(", ")", "and", "with", "by", "met", "said"}


def _post_window(ctx: DocContext, idx: int) -> list[Token]:
    """The words of the post around a name: the capitalised run before it ("Norway's Prime
    Minister") and "of <place>" right after it ("President X of Peru")."""
    doc = ctx.doc
    f = ctx.found[idx]
    out: list[Token] = []
    k = f.span.start - 1
    while k >= f.span.sent.start and f.span.start - k <= 12:
        tok = doc[k]
        other = ctx.mention_at(tok)
        if tok.lower_ == "and" and k > 0 and doc[k - 1].is_title and (
                doc[k - 1].lower_ in TITLE_PREFIX | TITLE_HEADS
                or ctx.mention_at(doc[k - 1]) is None):
            # "Kazakh Deputy Prime Minister and Minister of Trade and Integration X": one
            # holder's posts, a post's fields (no name joined on)
            k -= 1
            continue
        if tok.lower_ in _STOP or (other is not None and ctx.found[other].cls in (
                "Person", "Official")):
            break
        if not (tok.text[:1].isupper() or tok.text in ("'s", "’s", "of", "the", "-")):
            break
        out.append(tok)
        k -= 1
    end = f.span.end
    if end + 1 < f.span.sent.end and doc[end].lower_ == "of":
        nxt = ctx.mention_at(doc[end + 1]) if doc[end + 1].lower_ != "the" else (
            ctx.mention_at(doc[end + 2]) if end + 2 < f.span.sent.end else None)
        if nxt is not None:
            out += list(ctx.found[nxt].span)
    return out


def _places(ctx: DocContext, idx: int, title: str, window: list[Token]) -> list[int]:
    """Place mentions the post names: in its words around the name, in its title's text, or
    by a nationality adjective (when the document names that country)."""
    f = ctx.found[idx]
    sent = f.span.sent
    found: list[int] = []
    for tok in window:
        j = ctx.mention_at(tok)
        if j is not None and ctx.found[j].cls in _JURISDICTIONS and j not in found:
            found.append(j)
    for j in ctx.in_sentence(sent):
        g = ctx.found[j]
        if g.cls in _JURISDICTIONS and j not in found and re.search(
                rf"\b{re.escape(g.text)}\b", title):
            found.append(j)
    nations = demonyms()
    caps = [t.text for t in reversed(window)] + re.findall(r"[A-Z][a-z]+", title)
    words = caps + [f"{a} {b}" for a, b in zip(caps, caps[1:], strict=False)]  # "South Korean"
    for word in words:
        country = nations.get(word)
        if country is not None:
            j = ctx.place_index(country, sent, {"Country"})
            if j is not None and j not in found:
                found.append(j)
    return found


# Seats in a legislature or council are state posts ("Speaker of the X City Council", "State
# Senator", "member of the Y House of Representatives"); a lowercase "speaker" is one at an event.
_LEGISLATOR = re.compile(
    r"\b(?:(?-i:Speaker)|senator|lawmaker|legislator|mp|parliamentarian|congress(?:wo)?man|"
    r"assembly(?:wo)?man)\b|\bmember of (?:the )?.*\b(?:parliament|senate|house of "
    r"representatives|national assembly|state assembly|legislat)", re.I)
# Heads of a company or a private body, whoever's country they are in.
_PRIVATE_HEAD = re.compile(
    r"\b(?:ceo|chairman|chairwoman|chairperson|founder|manager|executive|partner|owner|"
    r"professor|researcher|economist|analyst|reporter|correspondent|editor|expert)\b", re.I)


def _public_post(ctx: DocContext, idx: int, title: str) -> bool:
    """Is a Person's title a state post after all: a legislator's seat, or a post of a foreign
    state or province ("Ohio's Director of Economic Development")?"""
    if _LEGISLATOR.search(title):
        return True
    if _PRIVATE_HEAD.search(title) or _ABROAD.search(title):
        return False
    if any(g.cls in _BODIES and g.text in title for g in ctx.found):
        return False  # a post in a named body: the body's class decides (titles.py)
    owners = [g for g in ctx.found if g.cls in ("Country", "Region")
              and re.search(rf"\b{re.escape(g.text)}\b", title)]
    nations = demonyms()
    return bool(owners) or any(w in nations for w in re.findall(r"[A-Z][a-z]+", title))


def _state_organs(ctx: DocContext, serving: set[int]) -> None:
    """ "vice chairperson of the National Assembly of Nepal", "Vice Minister of the Ministry of
    Commerce of Thailand", "Standing Committee of China's National People's Congress": a
    post in a government body of the state the post names serves in that state."""
    for idx, f in enumerate(ctx.found):
        if f.cls not in ("Official", "Person") or idx in serving or not f.titles:
            continue
        for title in f.titles:
            named = [j for j, g in enumerate(ctx.found) if g.cls in _BODIES and g.text in title]
            if not named or _ABROAD.search(title) or formerly_held(ctx, f, title) or any(
                    ctx.found[j].cls != "GovernmentBody" for j in named):
                continue
            # ("Secretary of X Municipal Committee of the Communist Party of China": the
            # party's name says whose party, not where the post is held)
            countries = [p.name for w in _capitalised_runs(_PARTY_OF.sub("", title))
                         if (p := ctx.gaz.place(w)) is not None and p.cls == "Country"]
            if not countries:
                continue
            sent = f.span.sent
            target = ctx.place_index(countries[0], sent, {"Country"})
            if target is not None:
                ctx.add(idx, "servesIn", target, sent, "foreign-post", 0.7)
            else:  # the state is named only inside the organ's name
                ctx.inner_jurisdictions.append((idx, countries[0], named[0], sent))
            break


_PARTY_OF = re.compile(r"\b(?:Communist|Workers'?|People's\s+Revolutionary)\s+Party\s+of\s+"
                      r"(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*")


def _capitalised_runs(text: str) -> list[str]:
    """ "Vice Minister of Commerce of the Republic of Korea" -> its capitalised names, with
    "of" inside ("Republic of Korea") and alone ("Korea")."""
    runs = re.findall(r"[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*", text)
    return runs + [w for r in runs for w in r.split() if w[:1].isupper()]


# "governor of the Japanese prefecture": the post's region is one the text named before.
_THE_DIVISION = re.compile(r"\bof the ([A-Z][a-z]+) (?:prefecture|province|state|region)\b")


def _division_named_before(ctx: DocContext, idx: int, title: str) -> int | None:
    """The Region a "governor of the <nationality> prefecture" serves in: the last one named
    before the person (None if the words are not there)."""
    m = _THE_DIVISION.search(title)
    if m is None or m.group(1) not in demonyms():
        return None
    start = ctx.found[idx].span.start
    before = [j for j, g in enumerate(ctx.found) if g.cls == "Region" and g.span.end <= start]
    return max(before, key=lambda j: ctx.found[j].span.start) if before else None


@relation_rule("foreign-post")
def foreign_posts(ctx: DocContext) -> None:
    for idx, f in enumerate(ctx.found):
        if f.cls == "Person" and any(_public_post(ctx, idx, t) for t in f.titles) and (
                not company_post(ctx, [(t, None) for t in f.titles])):
            f.cls = "Official"
            for title in f.titles:
                serve_in(ctx, idx, None, title, f.span.sent, 0.7)
    serving = {h.subj for h in ctx.hits if h.pred == "servesIn"}
    for idx, f in enumerate(ctx.found):
        if f.cls != "Official" or idx in serving or not f.titles:
            continue
        window = _post_window(ctx, idx)
        text = " ".join([*f.titles, " ".join(t.text for t in reversed(window))])
        if _ABROAD.search(text):
            continue
        # "President of the X Association" is a post in a body; of several posts ("member of
        # the Political Bureau and Vice Premier of China") the others may still name a state.
        bodies = [g.text for g in ctx.found if g.cls in _BODIES]
        state_posts = [t for t in f.titles if not _BODY_WORDS.search(t)
                       and not any(b in t for b in bodies)]
        if not state_posts:
            continue
        regional = bool(_REGIONAL_POST.search(text))
        back = _division_named_before(ctx, idx, text) if regional else None
        if back is not None:
            ctx.add(idx, "servesIn", back, f.span.sent, "foreign-post", 0.7)
            continue
        places = _places(ctx, idx, " ".join(state_posts), window)
        if not places:
            continue
        order = ("Region", "Country") if regional else ("Country", "Region")
        best = min(places, key=lambda j: order.index(ctx.found[j].cls))
        ctx.add(idx, "servesIn", best, f.span.sent, "foreign-post", 0.7)
    _state_organs(ctx, {h.subj for h in ctx.hits if h.pred == "servesIn"})
