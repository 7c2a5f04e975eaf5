"""A news outlet the text names as its source inside a sentence: "according to Xinhua", "...,
reported Xinhua.", "local news outlet ts.cn reported", "JSBC has the story" (ANNOTATION.md: a
newspaper or agency named inside a sentence is an Organization; the "(Xinhua) --" of a
dateline is a credit, no entity). Read by kg/extract/entities/mentions.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import Gazetteer
from kg.extract.names import Candidate

# a web address ("www.hinews.cn", "ts.cn") or an agency's one-word name ("Xinhua")
_SITE = r"(?:www\.)?[a-z][a-z0-9\-]*(?:\.[a-z]{2,4}){1,2}"
_AGENCY = r"Xinhua"
# an outlet's initials ("JSBC"), taken only where the verb says it reported
_INITIALS = r"[A-Z]{3,6}"
_SOURCE = re.compile(
    rf"\b(?:[Aa]ccording to|reported|outlet|website)[ \t]+(?:the[ \t]+)?({_SITE}|{_AGENCY})\b"
    rf"|(?<![\w.])({_SITE}|{_AGENCY}|{_INITIALS})[ \t]+(?:reported|reports|has the story)\b")


# every match holds one of these words: a text with none is not scanned (the pattern tries a
# web address at every lower-case word)
_CUES = ("ccording to", "reported", "outlet", "website", "reports", "has the story")


def news_sources(text: str, gaz: Gazetteer) -> Iterator[Candidate]:
    if not any(cue in text for cue in _CUES):
        return
    for m in _SOURCE.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name.endswith(".") or gaz.place(name) is not None:
            continue
        known = gaz.known(name)
        if known is not None and known.cls != "Organization":
            continue  # "MOFCOM reported": the ministry
        yield Candidate(m.start(group), m.end(group), name, "Organization", "news-source",
                        0.7, 1)
