"""Dates and figures of one document, added to its ``Extraction``.

Dates (``dates.py``) go on the statements of a dated sentence that are happenings (visits,
participation, launches, investments, support, an event held somewhere, a post taken up:
"was appointed", "took office") and on the Event
mentions a dated sentence says were held, opened or attended; figures (``figures.py``)
become ``Figure`` records. Both read the article's date (``dates.anchor_date``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.context import DocContext
from kg.extract.facts.dates import anchor_date, find_dates
from kg.extract.facts.dayscope import choose, ends_of, for_others
from kg.extract.facts.docplace import document_place
from kg.extract.facts.editions import said_again
from kg.extract.facts.eventdays import days_held, ends_later, event_days, known_days
from kg.extract.facts.eventspan import one_span, opening_stretch
from kg.extract.facts.figures import IT, MentionSpan, find_figures
from kg.extract.facts.headlines import drop_headline_repeats
from kg.extract.facts.relativedays import relative_days
from kg.extract.facts.timeframe import Dated, roles, sentence_groups
from kg.model import DateMention, Extraction, Mention, RelationMention

# Statements that happen on a day; the others (serves in, located in, trades with) are states.
DATED_PREDICATES = frozenset(
    {"visited", "metWith", "participatesIn", "implements", "investsIn", "supports"}
)
# Verbs that date the event itself; attending or meeting at it dates only the statement.
# Holding a post is a state, dated only where the sentence says the post was taken up.
POST_PREDICATES = frozenset({"holdsPositionIn", "servesIn"})
_TAKES_POST = re.compile(
    r"\b(?:appointed|named|elected|took\s+office|took\s+over|assumed\s+(?:the\s+)?(?:post|office)|"
    r"was\s+made|sworn\s+in|promoted)\b",
    re.IGNORECASE,
)
def add_facts(extraction: Extraction, ctx: DocContext) -> Extraction:
    document = extraction.document
    anchor = anchor_date(document)
    text = ctx.text
    sentences = [(sent.start_char, sent.end_char) for sent in ctx.sents]
    written = find_dates(text, sentences, anchor)
    dates = written + relative_days(text, sentences, anchor, written,
                                    roles(ctx.doc, text, written))
    mentions = extraction.mentions
    main_event = _main_event(extraction)
    groups = sentence_groups(text, sentences)
    group_of = {s: sentences[groups[i]][0] for i, (s, _) in enumerate(sentences)}
    # a sentence cut at an abbreviation ("H.E. Mme.") is read whole
    joined: dict[int, tuple[int, int]] = {}
    for i, (_, end) in enumerate(sentences):
        first = sentences[groups[i]][0]
        joined[first] = (first, end)
    event_dates = days_held(ctx.doc, text, joined, group_of, roles(ctx.doc, text, dates),
                            mentions, main_event)
    # "the opening day of the expo": a day of an event whose days the document gives
    days_of = known_days(ctx.doc, text, joined, group_of, event_dates, mentions)
    event_at = {m.start: m.text for m in mentions if m.cls == "Event"}
    # (a bare "on the second day" counts from the stretch written last before it)
    silent = {d.date.start for d in roles(ctx.doc, text, written) if d.role in ("report", "bound")}
    stretches = [d for d in written if d.last > d.first and d.start not in silent]
    by_ref = event_days(text, sentences, days_of, event_at,
                        mentions[main_event].text if main_event is not None else None, stretches)
    if by_ref:
        dates = dates + by_ref
        event_dates += days_held(ctx.doc, text, joined, group_of,
                                 roles(ctx.doc, text, by_ref), mentions, main_event)
    dates.sort(key=lambda d: (d.start, d.end))
    by_group: dict[int, list[Dated]] = {}
    for d in roles(ctx.doc, text, dates):
        by_group.setdefault(group_of.get(d.date.sent_start, d.date.sent_start), []).append(d)
    event_dates += ends_later(text, by_group, group_of, event_dates, mentions, main_event)
    # "opened on Friday" and "activities will be held from April 20 to 26"
    event_dates += opening_stretch(event_dates, days_of, stretches, mentions)
    # "opened on June 12" and "runs until June 16": one span, no one-day event besides
    event_dates = one_span(event_dates, mentions)
    # (held somewhere: any other thing's days; taken part in: another gathering's only)
    for_other = for_others(ctx.doc, text, mentions)
    at_other = for_others(ctx.doc, text, mentions, gatherings=True)
    relations = []
    for r in extraction.relations:
        subj, obj = mentions[r.subj], mentions[r.obj]
        group = by_group.get(group_of.get(r.sent_start, r.sent_start), [])
        day = choose(group, ctx.doc, (obj.start, obj.end), (subj.start, subj.end), r.pred,
                     text)
        # the sentence's end, unless cut at an abbreviation ("H.E. Mme. Yang")
        hi = joined.get(group_of.get(r.sent_start, r.sent_start), (0, r.sent_end))[1] if (
            _CUT.search(text, max(0, r.sent_end - 8), r.sent_end)) else r.sent_end
        if r.pred == "metWith" and obj.start >= hi:
            # "On July 7, X met with guests attending ..." and the guests named after it:
            # the meeting's sentence names no one met, so it dates no meeting (one named
            # before may be meant: "The premiers met with X", "X met with the delegation")
            day = None
        if day is not None and ({r.subj, r.obj} & (
                for_other if r.pred == "locatedIn" else at_other)):
            day = None  # "an interview for the X Expo on June 26": that day is not the expo's
        if day is not None and subj.cls == "Event" and r.pred == "locatedIn" and said_again(
                ctx.doc, day.start, day.end, None if main_event is None else mentions[main_event]):
            day = None  # "The next edition of the expo will be held in X from ...": another's
        if day is not None and r.pred == "locatedIn" and subj.cls == "Event":
            # an event held somewhere is held on all its days: "opened on May 5 and will
            # last until May 9"
            # ("..., while the fair runs until May 30" ends another event)
            ends = [u.last for u in ends_of(group, ctx.doc, (subj.start, subj.end))
                    if u.last > day.first]
            day = replace(day, last=max([day.last, *ends]))
        relations.append(_dated(r, day, subj.cls, text[r.sent_start : r.sent_end]))
    spans = _figure_spans(ctx.doc, text, mentions)
    focus = document_place(ctx)
    figures = drop_headline_repeats(text, find_figures(
        text, list(joined.values()), spans, focus, anchor, main_event,
        _clause_subject(ctx.doc, text, spans)))
    return replace(
        extraction,
        relations=tuple(relations),
        dates=tuple(dates),
        event_dates=tuple(event_dates),
        figures=tuple(figures),
    )


_CUT = re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|Messrs|No|St)\.)\s*$")
_RELATIVE = frozenset({"which", "that", "who"})
_SAY = frozenset({"say", "note", "add", "state", "stress", "point"})


def _clause_subject(
    doc: Doc, text: str, spans: Sequence[MentionSpan]
) -> Callable[[int], int | None]:
    """The mention that is the subject of the clause a value (at a character offset) sits
    in: "the GBA ... has an economic aggregate approaching 15 trillion yuan", "At the expo,
    Hunan signed 50 projects"; the noun a relative clause describes ("the zone, which
    attracted ..."); "the city of X" is X."""

    def mention_of(tok: Token) -> int | None:
        for t in (tok, *[c for c in tok.children if c.dep_ in ("appos", "prep")]):
            if t.dep_ == "prep" and t.lemma_ == "of":
                t = next((c for c in t.children if c.dep_ == "pobj"), t)
            for i, m in enumerate(spans):
                if m.start <= t.idx < m.end:
                    return i
        return None

    def subject_of(pos: int) -> int | None:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return None
        t = span[0]
        for _ in range(12):
            if t.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                             and not _in_dateline(c, text)), None)
                if subj is not None:
                    if subj.lower_ in _RELATIVE and t.dep_ == "relcl":
                        subj = t.head
                    if subj.lower_ == "it":
                        return IT  # whose the figure before was
                    return mention_of(subj)
                said = [c for c in t.head.children if c.dep_ == "dobj"]
                if t.dep_ in ("conj", "ccomp") and t.head.lemma_ in _SAY and said:
                    return mention_of(said[0])  # misparsed "said the GBA ... has X"
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    return subject_of


_LONGER = frozenset({"Event", "Zone", "Enterprise"})


def _figure_spans(doc: Doc, text: str, mentions: Sequence[Mention]) -> list[MentionSpan]:
    """What figure finding reads of each mention. A name that begins a longer event, zone
    or company name the document writes elsewhere, followed by the rest of it ("Liaoning"
    cut from a headline's "Liaoning International Investment and Trade Conference"), is
    that longer name."""
    longer = {m.text.casefold(): i for i, m in enumerate(mentions) if m.cls in _LONGER}
    out = []
    for m in mentions:
        span = MentionSpan(m.start, m.end, m.cls, _is_subject(doc, text, m))
        if m.cls not in _LONGER:
            for name, j in longer.items():
                if (len(name) > m.end - m.start and name.startswith(m.text.casefold())
                        and text[m.start : m.start + len(name)].casefold() == name):
                    span = MentionSpan(m.start, m.start + len(name), mentions[j].cls,
                                       span.subject, same_as=j)
                    break
        out.append(span)
    return out


# what may stand between a dateline's place and its dash: ", May 18", ", May 18 (Xinhua)"
_DATELINE_REST = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*)?"
    r"(?:\([A-Za-z ]{2,30}\)\s*)?(?::|--|—|–|-\s)")


def _in_dateline(t: Token, text: str) -> bool:
    """ "Kunming: The expo concluded ...", "NANCHANG, May 18 (Xinhua) -- ...": a place
    opening the sentence before a colon or dash (after the day, if one is written) is where
    the story is filed, not the clause's subject. ``text``: the Doc's text (``Doc.text`` is
    rebuilt from every token on each access)."""
    if t.i - t.sent.start > 3:  # (Token.sent walks the parse: read last)
        return False
    after = t.idx + len(t.text)
    return _DATELINE_REST.match(text, after) is not None


def _is_subject(doc: Doc, text: str, m: Mention) -> bool:
    """The mention is (or names, "the city of X") the subject of its clause."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or _in_dateline(span[-1], text):
        return False
    root = span.root
    if root.dep_ in ("pobj", "appos") and root.head.lemma_ in ("of", "city", "province"):
        named = root.head.head if root.dep_ == "pobj" else root.head
        # "the city of X" is X; "Y District of X" names Y, not X
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in named.children):
            return False
        root = named
    return root.dep_ in ("nsubj", "nsubjpass")


def _main_event(extraction: Extraction) -> int | None:
    """The first mention of the event the document names most often."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(extraction.mentions):
        if m.cls == "Event":
            counts[m.text] = counts.get(m.text, 0) + 1
            first.setdefault(m.text, i)
    if not counts:
        return None
    best = max(sorted(counts), key=lambda t: (counts[t], -first[t]))
    return first[best]


def _dated(
    r: RelationMention, d: DateMention | None, subj_cls: str, sentence: str
) -> RelationMention:
    if d is None:
        return r
    if (
        r.pred in DATED_PREDICATES
        or (r.pred == "locatedIn" and subj_cls == "Event")
        or (r.pred in POST_PREDICATES and _TAKES_POST.search(sentence))
    ):
        return replace(r, first_date=d.first, last_date=d.last)
    return r
