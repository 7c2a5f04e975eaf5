"""Events named in passing, that are not the one a passage is at: an event whose spirit or
decisions are followed ("implement the spirit of the 20th CPC National Congress"), and one
another event runs alongside ("The gala, running alongside the 2nd Expo"). Read on the
surface, the words right before the name (kg/extract/gatherings/events.py ``event_before``).
"""

from __future__ import annotations

from spacy.tokens import Span

# "implement the spirit of the 20th CPC National Congress": an event whose spirit, principles
# or decisions are followed was held before; it is not the one the passage is at.
_CITING = {"spirit", "principle", "guideline", "decision", "resolution", "deployment",
           "guidance"}


def cited(span: Span) -> bool:
    """Is the event named as the one whose spirit or decisions are followed?"""
    doc = span.doc
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in ("the", "a"):
        k -= 1
    return k > span.sent.start and doc[k].lower_ == "of" and (
        doc[k - 1].lemma_.lower() in _CITING)


# "The gala, running alongside the 2nd Expo, ...": the Expo is the other event, not the
# passage's (read on the surface, the words right before the name).
_BESIDE = {("alongside",), ("beside",), ("along", "with"), ("conjunction", "with"),
           ("parallel", "with"), ("parallel", "to"), ("concurrently", "with"),
           ("concurrent", "with"), ("coinciding", "with"), ("coincide", "with")}


def beside(span: Span) -> bool:
    """Is the event named as the one another runs alongside or in conjunction with?"""
    doc = span.doc
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in ("the", "a", "an", "this", "year's"):
        k -= 1
    last2 = tuple(t.lower_ for t in doc[max(span.sent.start, k - 1) : k + 1])
    return last2[-1:] in _BESIDE or last2 in _BESIDE
