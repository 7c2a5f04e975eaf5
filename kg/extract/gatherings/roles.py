"""Who takes part by what they are to an event: a place or body given a role at it
("Mexico is the country of honour of the 4th Harbour Fair", "Peru, the guest country of this
year's expo, ...", "Kenya will serve as the theme country of the 5th Lantai Expo", "with
Fujian as the guest province"), and the companies participants come from. The event is the
one the role phrase names, else (with "the expo" or no event word) the passage's
(``events.event_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext, mentions_in
from kg.extract.gatherings.events import EVENT_NOUNS, event_before
from kg.extract.grammar import relation_rule

# The holders a role noun names ("country of honour", "guest province", "partner city").
_HOLDERS = {"country", "nation", "province", "city", "region", "state", "organization",
            "organisation", "company", "enterprise"}
# The words that make a holder an event's role: "guest country", "theme province".
_ROLE_WORDS = {"guest", "theme", "themed", "partner", "honorary", "featured", "focus",
               "host"}
_TAKERS = {"Country", "Province", "City", "Region", "Enterprise", "Organization",
           "GovernmentBody"}


def _role(noun: Token) -> bool:
    """ "guest country", "theme province", "country of honour", "guest of honour"."""
    lemma = noun.lemma_.lower()
    if lemma == "guest" and any(_of_honour(c) for c in noun.children):
        return True
    if lemma not in _HOLDERS:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _ROLE_WORDS
               for c in noun.children) or any(_of_honour(c) for c in noun.children)


def _of_honour(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.lemma_.lower() in ("honour", "honor") for g in prep.children)


def _holder(ctx: DocContext, noun: Token) -> int | None:
    """Who holds the role: the subject of "is" / "serve as" / "as", or the name the role is
    set beside ("Peru, the guest country of ...")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        node = node.head  # "serves as the theme country", "with Fujian as the guest province"
        if node.head.dep_ == "pobj" and node.head.head.lower_ == "with":
            return _taker(ctx, node.head)
    if node.dep_ == "appos":
        return _taker(ctx, node.head)
    if node.dep_ in ("attr", "prep"):
        verb = node.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _taker(ctx, c)
    return None


def _taker(ctx: DocContext, token: Token) -> int | None:
    idx = ctx.mention_at(token)
    return idx if idx is not None and ctx.found[idx].cls in _TAKERS else None


def _event(ctx: DocContext, noun: Token) -> int | None:
    """The event the role phrase names ("of the 4th Harbour Fair", "at the expo"), else the
    passage's."""
    tail = [t for c in noun.children if c.dep_ == "prep" and not _of_honour(c)
            for t in c.subtree]
    named = mentions_in(ctx, tail, {"Event"})
    if named:
        return named[0]
    nouns = [t.lemma_.lower() for t in tail if t.lemma_.lower() in EVENT_NOUNS]
    return event_before(ctx, noun, nouns[0] if nouns else None)


@relation_rule("participate-role")
def role_holders(ctx: DocContext) -> None:
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent in ctx.sents:
        for noun in sent:
            if noun.pos_ not in ("NOUN", "PROPN") or not _role(noun):
                continue
            holder = _holder(ctx, noun)
            if holder is None:
                continue
            event = _event(ctx, noun)
            if event is not None:
                ctx.add(holder, "participatesIn", event, sent, "participate-role", 0.6)


# The parts people and bodies play at an event, said as a noun: "the organisers include A".
_PARTS = {"organizer", "organiser", "co-organizer", "co-organiser", "host", "co-host",
          "sponsor", "co-sponsor", "exhibitor", "participant", "attendee"}


def _part_holders(ctx: DocContext, noun: Token) -> list[int]:
    """ "The organisers (of the expo) include(d) A and B"; "A is one of the exhibitors",
    "A and B were among the sponsors"."""
    takers: list[Token] = []
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "include":
        takers = [c for c in head.children if c.dep_ == "dobj"]
    elif noun.dep_ == "pobj" and (head.lower_ == "among" or head.lower_ == "of" and (
            head.head.lower_ == "one")):
        be = head.head if head.lower_ == "among" else head.head.head
        if be.lemma_.lower() == "be":
            takers = [c for c in be.children if c.dep_ == "nsubj"]
    out: list[int] = []
    for tok in takers:
        for t in (tok, *tok.conjuncts):
            idx = _taker(ctx, t)
            if idx is not None and idx not in out:
                out.append(idx)
    return out


@relation_rule("participate-part")
def part_holders(ctx: DocContext) -> None:
    if not any(f.cls == "Event" for f in ctx.found):
        return
    for sent, noun in ctx.triggers(_PARTS, {"NOUN"}):
        holders = _part_holders(ctx, noun)
        if not holders:
            continue
        event = _event(ctx, noun)
        if event is None:
            continue
        for holder in holders:
            ctx.add(holder, "participatesIn", event, sent, "participate-part", 0.55)


_PARTICIPATION_WORDS = {"participate", "attend", "register", "exhibit", "join", "participant",
                        "exhibitor", "attendee", "guest", "delegate"}
_GROUP_SUBJECTS = {"they", "these", "most", "many", "participants", "exhibitors", "guests",
                   "attendees", "delegates", "visitors", "buyers"}


@relation_rule("participate-origin")
def where_participants_come_from(ctx: DocContext) -> None:
    """ "Those who registered to participate in the event ... And they mainly come from BASF,
    Siemens and Pfizer": companies and organisations whose people take part take part (not
    the countries they come from)."""
    for sent, verb in ctx.triggers({"come", "hail"}, {"VERB"}):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ not in _GROUP_SUBJECTS:
            continue
        si = ctx.sentence_of(verb)
        window = ctx.sents[max(0, si - 2) : si + 1]
        if not any(t.lemma_.lower() in _PARTICIPATION_WORDS for s in window for t in s):
            continue
        event = event_before(ctx, verb)
        if event is None:
            continue
        orgs = mentions_in(ctx, (t for c in verb.children if c.dep_ == "prep"
                                 and c.lower_ == "from" for t in c.subtree),
                           {"Enterprise", "Organization"})
        for org in orgs:
            ctx.add(org, "participatesIn", event, sent, "participate-origin", 0.55)

