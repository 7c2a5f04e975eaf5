"""Lines where no name is sought: headlines (title-cased, no closing full stop: the model and
name chunking misfire on them), bylines and credit lines ("Photo by Xie Peng", "By Zhao
Ruinan"). Read by ``find_mentions`` (kg/extract/entities/mentions.py).
"""

from __future__ import annotations

import re

from kg.extract.entities.written import BY_PREFIX
from kg.extract.lexicon import starts_post
from kg.extract.names import SMALL_WORDS, Candidate

_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*•·])\s+[A-Z]")
_HEADLINE_SMALL = SMALL_WORDS | {"a", "an", "as", "by", "from", "with", "at", "up", "into", "its"}
_BYLINE = re.compile(rf"^\s*{BY_PREFIX}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s*$")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Headline lines ("Ministry of Foreign Affairs Holds Event Presenting Anhui Province"):
    title-cased, no closing full stop. Statistical NER and name chunking misfire on them.
    A post line ("Standing Committee Member of the CPC ... Committee") and the author line
    above it ("By Mr. Hu Min") are a signature, not headlines."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        first = line.split(None, 1)[0] if line.strip() else ""
        nxt = next((x for x in lines[n + 1 : n + 4] if x.strip()), "")
        if (starts_post(first) and " of " in line
                or _BYLINE.match(line) and nxt and starts_post(nxt.split()[0])):
            offset += len(line) + 1
            continue
        if _LIST_ITEM.match(line) or line.rstrip().endswith((";", "; and", ",")):
            offset += len(line) + 1  # "8. Mayor Li Ming, Harbour Municipal Government;"
            continue
        words = re.findall(r"[A-Za-z][\w'’\-]*", line)
        content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
        end = line.rstrip()
        if end.endswith(("”", '"')) and not end[:-1].rstrip().endswith((".", "!", "?", ",")):
            end = end[:-1]  # Go to “Next Bar”: a headline may end on a quoted name
        if (3 <= len(words) <= 30 and not end.endswith((".", "”", '"', ":", ";"))
                and not {"is", "was", "are", "were"} & set(words)
                and content and sum(w[0].isupper() for w in content) / len(content) >= 0.75):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


# "(Photo by Xie Peng/For chinadaily.com.cn)", "By Zhao Ruinan", "Photo: Xie Peng/GT",
# "Chongqing, July 25 (Reporter Liu Ming)": credit lines are metadata.
_CREDIT = re.compile(r"(?:\b(?i:photos?|translated|edited|reported|written|compiled|"
                     r"proofread|photographed|illustrated) by|(?:^|\n|\()\s*By"
                     r"|(?:^|\n|\()\s*(?i:reporters?|correspondents?))\s+"
                     r"(?:[A-Z][a-z]+\s+)?$")  # "By He Xin": the model may take "He" apart
_PHOTO_CREDIT = re.compile(r"\b(?i:photos?|pictures?):\s*$")  # "Photo: Chen Qing/GT"
# "(all media reporter Zhao Lemin Qian Duo)", "(Xinhua correspondents Li Ming, Wang Fang)":
# a bracket that credits reporters names them one after another, with no comma or "and"
# needed; every name in it is metadata.
_BRACKET_CREDIT = re.compile(r"\((?:[A-Za-z\-]+\s+){0,4}(?i:reporters?|correspondents?|"
                             r"journalists?|editors?|photographers?|interns?)\b"
                             r"[A-Za-z\s,/.&\-]*$")


def credit_line(text: str, c: Candidate) -> bool:
    """A credit line, or a byline: a line that is nothing but a name (" Hu Min")."""
    if _CREDIT.search(text, _credit_window(text, c.start), c.start) or _PHOTO_CREDIT.search(
            text, max(0, c.start - 12), c.start):
        return True
    if _BRACKET_CREDIT.search(text, max(0, c.start - 80), c.start) and (
            ")" in text[c.end : c.end + 60]):
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    after = text[line_end:].split(None, 1) if line_end >= 0 else []
    if after and starts_post(after[0]):
        return False  # "Yu Weiguo / Governor of ...": a signature, not a byline
    return 0 < len(words) <= 3 and all(w.isalpha() and w.istitle() for w in words)


def _credit_window(text: str, end: int) -> int:
    """Where a ``_CREDIT`` match ending at ``end`` can start at the earliest: back over
    space, a name, space, "by", space and the verb ("Photo by", "\n By"), two characters
    more for the line break or bracket. Searching from there instead of from the start of
    the text finds the same matches (they must end at ``end``) without rescanning the
    whole text for every candidate."""
    i = end
    for letters in (False, True, False, True, False, True):
        while i > 0 and (text[i - 1].isalpha() if letters else text[i - 1].isspace()):
            i -= 1
    return max(0, i - 2)
