"""The guests of a meeting named in the sentence after it: "Governor A met with guests
attending the fair. B, Vice Minister of X, C, Director of Y, and D attended the meeting." -
A met B, C and D. "Guests included B, C and D" lists them too. The people of the host's own
government who also "attended" are on the host's side, not met (their post names the host's
place, or a provincial or municipal body).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.agents import PEOPLE
from kg.extract.context import DocContext

# A plural object of these words is a group whose members the text may name next.
_GROUPS = {"guest", "envoy", "ambassador", "diplomat", "representative", "delegate", "official",
           "entrepreneur", "businessman", "businessperson",
           "dignitary", "visitor", "consul", "executive", "leader"}
# The verb of the listing sentence: the names listed are its subject.
_PRESENT = {"attend", "present", "join"}
# "Guests included B, C and D": a listing sentence whose subject is one of these.
_LISTED = {"guest", "participant", "attendee"}
# A post in the host's own local government.
_HOME_POST = re.compile(r"\b(?:provincial|municipal|prefectur\w*|county|party|cpc)\b", re.I)


def group_object(objects: list[Token]) -> bool:
    """Is the other side of the meeting a plural group of people named nowhere in it?"""
    return bool(objects) and all(_group(o) for o in objects)


def _group(o: Token) -> bool:
    if o.lower_ == "general" and o.i > 0 and o.doc[o.i - 1].lower_ == "consuls":
        return True  # "the consuls general in Wuhan": the plural is the word before
    return o.tag_ == "NNS" and o.lemma_.lower() in _GROUPS


def guests_listed_after(ctx: DocContext, trig: Token, hosts: list[int]) -> list[int]:
    """The people the sentence after the meeting lists as attending it, the host's own side
    left out."""
    si = ctx.sentence_of(trig)
    if si + 1 >= len(ctx.sents):
        return []
    nxt = ctx.sents[si + 1]
    verb = next((t for t in nxt if t.lemma_.lower() in _PRESENT and t.pos_ in ("VERB", "ADJ")),
                None)
    listing = next((t for t in nxt if t.lemma_.lower() == "include" and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _LISTED for c in t.children)), None)
    if verb is None and listing is None:
        return []
    if listing is not None:  # "Guests included B, C and D": the names are its object
        people = [i for i in ctx.in_sentence(nxt)
                  if ctx.found[i].cls in PEOPLE and ctx.found[i].span.start > listing.i]
    else:
        assert verb is not None
        people = [i for i in ctx.in_sentence(nxt)
                  if ctx.found[i].cls in PEOPLE and ctx.found[i].span.end <= verb.i]
    if not people or len(people) == 1 and not _body_post(ctx, people[0]):
        # a list, or one guest whose post is in a body ("Mr. B, Secretary-General of the X
        # Centre, attended the meeting"), not one companion
        return []
    home = _home_places(ctx, hosts)
    return [i for i in people if not _on_host_side(ctx, i, home)]


def _body_post(ctx: DocContext, idx: int) -> bool:
    return any(h.subj == idx and h.pred == "holdsPositionIn" for h in ctx.hits)


def _home_places(ctx: DocContext, hosts: list[int]) -> set[str]:
    """The place words of the hosts' posts ("Governor of Gansu Province" -> gansu)."""
    words: set[str] = set()
    for h in hosts:
        for title in ctx.found[h].titles:
            words |= {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", title)
                      if ctx.gaz.place(w) is not None}
    return words


def _on_host_side(ctx: DocContext, idx: int, home: set[str]) -> bool:
    for title in ctx.found[idx].titles:
        words = {w.lower() for w in re.findall(r"\w+", title)}
        if _HOME_POST.search(title) or home & words:
            return True
        # "Vice Mayor Li Jun": a bare local post, naming no place or body, is the host's
        if words & _LOCAL_HEADS and words <= _LOCAL_HEADS | _RANKS:
            return True
    return False


_LOCAL_HEADS = {"mayor", "governor", "secretary"}
_RANKS = {"vice", "deputy", "executive", "general", "first", "party", "assistant"}
