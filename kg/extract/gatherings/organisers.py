"""Hosts, organisers and sponsors take part in the event: "The expo was jointly hosted by A
and B as well as C", "the A Fair and the B Expo co-organized by X", "the event, which is
co-sponsored by X, Y and Z".

Next to ``events`` (attending, speaking, "attended by") and ``relations.participates``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agents import ANY_AGENT
from kg.extract.clauses import in_quote
from kg.extract.context import PLACE_CLASSES, DocContext
from kg.extract.gatherings.events import EVENT_NOUNS, event_before
from kg.extract.grammar import relation_rule

# "hosted by", "co-organized by", "jointly sponsored by": whoever is after "by" takes part.
_ORGANISE = {"host", "organize", "organise", "sponsor", "hold", "chair", "cohost", "co-host"}
# words between the event and the verb: "the expo, which was jointly hosted by"
_PASSIVE_FILLER = {"was", "were", "is", "are", "be", "been", "being", "will", "jointly", "also",
                   "co", "-", ",", "which", "that", "mainly", "respectively"}
LIST_STOP = {"which", "who", "to", ";", "while", "with", "for", "on", "at", "in"}


def _organised_event(ctx: DocContext, verb: Token) -> list[int]:
    """The events an "organised by" verb is about: the named events right before it (and the
    events listed with them), or the passage's event for "the expo ... was hosted by"."""
    doc, start = ctx.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and i > verb.i - 8 and doc[i].lower_ in _PASSIVE_FILLER:
        i -= 1
    if i < start:
        return []
    if doc[i].lower_ == "and":  # "The fair highlights ..., and was co-organized by"
        i = next((j for j in range(start, min(start + 4, verb.i)) if ctx.mention_at(doc[j])
                  is not None or doc[j].lemma_.lower() in EVENT_NOUNS), i)
    if doc[i].lower_ == "it" and i == start:
        # "It was hosted by A together with B": the passage's event
        event = event_before(ctx, doc[i])
        return [] if event is None else [event]
    idx = ctx.mention_at(doc[i])
    if idx is not None:
        if ctx.found[idx].cls != "Event":
            return []
        events = [idx]
        j = ctx.found[idx].span.start - 1  # "the 7th A Expo and the 27th B Fair hosted by"
        while j >= start and doc[j].lower_ in (",", "and", "the", "as", "well"):
            j -= 1
            prev = ctx.mention_at(doc[j]) if j >= start else None
            if prev is not None and ctx.found[prev].cls == "Event" and prev not in events:
                events.append(prev)
                j = ctx.found[prev].span.start - 1
        return events
    noun = doc[i].lemma_.lower()
    if noun not in EVENT_NOUNS:
        return []
    event = event_before(ctx, doc[i], noun)
    return [] if event is None else [event]


_FRONT_WORDS = {"hosted", "organized", "organised", "sponsored", "held", "co", "jointly",
                "cohosted", "co-hosted", "co-organized", "co-organised", "co-sponsored",
                "chaired", "co-chaired", "presided", "over"}


def _fronted_event(ctx: DocContext, by: Token) -> list[int]:
    """ "Co-hosted by A and B, the 2024 X Conference drew ...", "Jointly organized by A, the
    expo runs ...": the event named (or "the expo") right after a comma that follows the
    opening phrase (read on the surface: the parser often misreads such openings)."""
    doc, sent = ctx.doc, by.sent
    opening = [t.lower_ for t in doc[sent.start : by.i] if t.is_alpha]
    if not opening or any(w not in _FRONT_WORDS for w in opening) or opening[-1] in (
            "co", "jointly"):
        return []
    for k in range(by.i + 1, sent.end - 1):
        if doc[k].text != ",":
            continue
        nxt = k + 1 + (doc[k + 1].lower_ == "the")
        article = doc[nxt - 1].lower_ == "the"
        if nxt < sent.end and doc[nxt].text in ("“", '"'):
            nxt += 1  # 'the “International Conference on X” was held'
        named = ctx.mention_at(doc[nxt]) if nxt < sent.end else None
        if named is not None and ctx.found[named].cls == "Event":
            return [named]
        head = doc[nxt] if nxt < sent.end else None
        while head is not None and head.dep_ in ("amod", "compound") and (
                nxt < head.head.i < min(sent.end, nxt + 4)):
            head = head.head  # "the international trade fair": its head noun
        noun = head.lemma_.lower() if head is not None else ""
        if named is None and noun in EVENT_NOUNS and article:
            event = event_before(ctx, head, noun)
            return [] if event is None else [event]
    return []


def list_after(ctx: DocContext, by: Token, stops: frozenset[str] | set[str] = LIST_STOP,
               verbs_end: bool = True) -> list[int]:
    """The agents listed after "by", up to the next clause; not the places and bodies named
    inside another name's post ("Governor of X")."""
    out: list[int] = []
    doc = by.doc
    for tok in doc[by.i + 1 : by.sent.end]:
        if tok.lower_ == "with" and doc[tok.i - 1].lower_ in ("together", "along"):
            continue  # "hosted by A together with B"
        if (verbs_end and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound")
                or tok.lower_ in stops):
            break  # (not at "the managing committee of")
        idx = ctx.mention_at(tok)
        if idx is None or idx in out or ctx.found[idx].cls not in ANY_AGENT:
            continue
        k = ctx.found[idx].span.start - 1
        if k > by.i and doc[k].lower_ == "the":
            k -= 1
        before = doc[k].lower_ if k > by.i else ""
        # "sponsored by the governments of A, B and C provinces", "the managing committee of
        # the D Zone": the places and zones take part
        if before == "in" and ctx.found[idx].cls in PLACE_CLASSES:
            continue  # "envoys in China": where, not who
        end = ctx.found[idx].span.end
        if end < len(doc) and doc[end].lower_ in ("member", "members"):
            continue  # "the authorities of ten ASEAN members": the unnamed members, not ASEAN
        if before not in ("of", "'s", "’s") or before == "of" and (
                doc[k - 1].lemma_.lower() in ("government", "committee", "administration")):
            out.append(idx)
    return out


@relation_rule("participate-organiser")
def organisers(ctx: DocContext) -> None:
    """ "The expo was jointly hosted by A and B as well as C", "the A Fair and the B Expo
    co-organized by X", "the event, which is co-sponsored by X, Y and Z": the hosts,
    organisers and sponsors take part in the event."""
    for sent, by in ctx.triggers({"by"}):
        verb = by.doc[by.i - 1] if by.i > sent.start else None
        if verb is None or in_quote(ctx, verb):
            continue
        events = _fronted_event(ctx, by)
        if not events and verb.lemma_.lower() not in _ORGANISE and verb.lower_.replace(
                "-", "") not in ("cohosted", "coorganized", "coorganised", "cosponsored"):
            continue
        events = events or _organised_event(ctx, verb)
        if not events:
            continue
        # "jointly chaired by the Chief Secretary, Mr A; the Vice-Governor of X, Mr B and
        # ...": a list of posts runs on past semicolons
        for agent in list_after(ctx, by, LIST_STOP - {";"}):
            for event in events:
                ctx.add(agent, "participatesIn", event, sent, "participate-organiser", 0.6)


@relation_rule("participate-present")
def present_at(ctx: DocContext) -> None:
    """ "Present at the event were A, B and C": everyone after the copula takes part in the
    event named, or the passage's event for an event noun."""
    # (the tagger often takes a sentence-initial "Present" for a name)
    for sent, present in ctx.triggers({"present"}, {"ADJ", "PROPN", "NOUN"}):
        doc = ctx.doc
        if present.i != sent.start or present.i + 3 >= sent.end or doc[
                present.i + 1].lower_ != "at":
            continue
        be = next((t for t in doc[present.i + 2 : min(present.i + 10, sent.end)]
                   if t.lemma_ == "be"), None)
        if be is None:
            continue
        place = doc[present.i + 2 : be.i]
        named = [i for i in ctx.in_sentence(sent) if ctx.found[i].cls == "Event"
                 and place.start <= ctx.found[i].span.start < be.i]
        if named:
            event: int | None = named[0]
        else:
            nouns = [t.lemma_.lower() for t in place if t.lemma_.lower() in EVENT_NOUNS]
            event = event_before(ctx, present, nouns[-1]) if nouns else None
        if event is None:
            continue
        # "representatives from ..., envoys in China, A, B": the list runs on past "in" (and
        # past a noun the tagger took for a verb: "envoys")
        for agent in list_after(ctx, be, LIST_STOP - {"in", "at"}, verbs_end=False):
            ctx.add(agent, "participatesIn", event, sent, "participate-present", 0.55)
