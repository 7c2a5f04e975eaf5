"""Whose a figure is, from the names of its sentence: the place, zone, enterprise or event
named in the possessive before its measure, the subject of its clause, the first named before
it; and the places it is traded with ("exports to ASEAN, Africa and Latin America").
kg/extract/facts/figures.py falls back on the document's province, event or the text before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.facts.amounts import Value
from kg.extract.facts.figure_scope import clause_start
from kg.extract.facts.measures import MEASURE


class Span(Protocol):
    """A typed mention as the figure modules read it (figures.py's MentionSpan)."""

    start: int
    end: int
    cls: str


class Named(Span, Protocol):
    subject: bool


# "during the three-day event", "the conference saw": the document's event, by description
THE_EVENT = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:event|expo|fair|conference|forum|summit|exhibition|convention|"
    r"meeting|ceremony|symposium|seminar|session)\b",
    re.I,
)
AREA_CLASSES = frozenset({"Province", "City", "Zone", "Country", "Region", "Enterprise", "Event"})
PLACE_CLASSES = frozenset({"Province", "City", "Zone", "Country", "Region"})
# Whose figure: a province, city, zone, company or event before a country or region, which
# is more often the setting ("built by China and ...", "in Cambodia").
PREFERRED = frozenset({"Province", "City", "Zone", "Enterprise", "Event"})

_THE_PROVINCES = re.compile(r"\bthe\s+province[’']s\s", re.IGNORECASE)
# "ASEAN became Hunan's largest trading partner, with trade totaling ...": ASEAN is traded with
PARTNER = re.compile(
    r"\s*(?:has\s+|have\s+|had\s+)?(?:been|became|become|becomes|is|was|are|were|remained|remains|"
    r"remain|stayed|ranked\s+as|"
    r"continued\s+to\s+be)\s+(?:the\s+)?(?:[\w-]+(?:[’']s|(?<=s)[’'])\s+)?(?:(?:largest|biggest|top|main|"
    r"major|leading|second-largest|third-largest|most\s+important|No\.\s*\d|"
    # "were Henan's top four trading partners"
    r"(?<=top\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+)+"
    r"(?:trade|trading|export|import)\s+(?:partner|market|destination|source)", re.IGNORECASE)
# "was down 19.5 percent with Vietnam", "dropped 14.7% with Laos": with whom, in a sentence
# about trade, the rate was reached
_RATE_WITH = re.compile(r"\d\s*(?:percent|per\s+cent|%)\s+(?:year[- ]on[- ]year\s+)?with\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
_TRADE_WORD = re.compile(r"\b(?:trade|exports?|imports?)\b", re.IGNORECASE)
# "the exports of X", "foreign trade of the GBA", "exports from X": X is whose figure
_SOURCE = re.compile(r"^(?:exports?|exported)\s+from\s+(?:the\s+)?$|"
                     r"^(?:imports?|imported)\s+(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)
_MEASURE_OF = re.compile(rf"(?:(?:{MEASURE.pattern})\s+(?:of|between)|\bexports?\s+from|"
                         r"\bimports?\s+(?:in)?to|"
                         # "foreign direct investment (FDI) in the Chinese mainland": what a
                         # place draws in is its own, a country's too
                         r"\b(?:foreign\s+direct\s+investment|FDI|foreign\s+investment|"
                         r"foreign\s+trade)(?:\s*\([^()]{1,12}\))?\s+in)\s+(?:the\s+)?$",
                         re.IGNORECASE)


# between a name and the "which" that describes it: "the SSEZ in Cambodia, which ..."
_WHICH_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:in|of)\s+[^,;]{1,50})?\s*,?")
_OWNS = re.compile(r"[’']s\s+(?:the\s+)?")


# "ASEAN remained China's largest trading partner with trade up 5.6 percent": China's trade
_PARTNER_OF = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:trade|trading)\s+partners?\b",
                         re.IGNORECASE)


def places_it(text: str, m: Named, mentions: Sequence[Named]) -> bool:
    """A province or city in the possessive right before a city, district or zone it places
    ("Jiangsu's Kunshan", "Wuxi's Xishan District"): the latter is whose figure it is."""
    if m.cls not in ("Province", "City"):
        return False
    own = _OWNS.match(text, m.end)
    return own is not None and any(n.start == own.end() and n.cls in ("City", "Zone")
                                   for n in mentions)


# "Located in Jiangsu's Kunshan, the zone ...": where the subject is, not whose figure
_FRONTED_SETTING = re.compile(r"^\W*(?:located|based|situated|headquartered|nestled|lying)\s+"
                              r"(?:in|at|on)\b[^,;]*,", re.IGNORECASE)


def fronted_setting(sent: str, s: int, m: Named) -> bool:
    """The mention is in an opening "Located in X," phrase: the setting of the subject."""
    opening = _FRONTED_SETTING.match(sent)
    return opening is not None and m.end - s <= opening.end()


def counterparts_of(sent: str, s: int, inside: list[tuple[int, Named]]) -> list[int]:
    """Places traded with: "exports to ASEAN, Africa, and Latin America", "trade with X"."""
    out: list[int] = []
    for i, m in inside:
        if m.cls not in PLACE_CLASSES - {"Zone"}:
            continue
        gap_text = sent[max(0, m.start - s - 60) : m.start - s]
        trade = re.search(  # "trade with X", "trade between A and X", "while those to X"
            r"(?:exports?|imports?|trade|exported|imported|trading|\bthose|\bthat)\s+(?:\w+\s+){0,2}?"
            r"(?:to|from|with|between\s+[^,;]{1,40}?\s+and)\s+(?:the\s+)?$",
            gap_text,
            re.IGNORECASE,
        )
        if trade and _SOURCE.search(trade.group(0)):
            trade = None  # "exports from X": X's own exports
        # "trade with A fell 7.1 percent, was down 19.5 percent with B": a change's "with"
        trade = trade or (_RATE_WITH.search(gap_text) if _TRADE_WORD.search(sent) else None)
        gap = sent[_end_of(out[-1], inside) - s : m.start - s] if out else ""
        # "A, B and the C"; "the Association of Southeast Asian Nations (ASEAN)"
        listed = out and re.fullmatch(r"\)?,?\s*(?:and\s+)?(?:the\s+)?\(?", gap)
        if trade or listed or PARTNER.match(sent, m.end - s):
            out.append(i)
            if PARTNER.match(sent, m.end - s):  # "A, B and C were X's top three partners"
                out[-1:-1] = _listed_before(sent, s, inside, i, out)
    return out


def _listed_before(sent: str, s: int, inside: list[tuple[int, Named]], last: int,
                   taken: list[int]) -> list[int]:
    """The places listed right before the one at ``last``, joined to it by commas and
    "and": in "A, B and C were X's top trading partners" all three are the partners."""
    found: list[int] = []
    pos = next(k for k, (i, _) in enumerate(inside) if i == last)
    while pos > 0:
        (i, m), nxt = inside[pos - 1], inside[pos][1]
        if i in taken or m.cls not in PLACE_CLASSES - {"Zone"} or not re.fullmatch(
                r"\)?,?\s*(?:and\s+)?(?:the\s+)?\(?", sent[m.end - s : nxt.start - s]):
            break
        found.insert(0, i)
        pos -= 1
    return found


def _end_of(index: int, inside: list[tuple[int, Named]]) -> int:
    return next(m.end for i, m in inside if i == index)


# "X is Y's second such area": Y's ranks the subject X, it does not own what X has
_DESCRIBED = re.compile(r"\b(?:is|was|are|were|as|becomes|became)\s+$", re.IGNORECASE)
_RANKED = re.compile(r"\s+(?:first|second|third|fourth|fifth|only|\w+est|\w+-largest)\b",
                     re.IGNORECASE)


def area_of(
    sent: str, s: int, v: Value, inside: list[tuple[int, Named]], counterparts: list[int],
    focus: int | None, values: list[Value], event: int | None, subject: int | None = None,
    clause_lo: int = 0,
) -> tuple[int | None, bool]:
    """Whose figure it is: a name in the possessive before its measure ("Jiangsu's
    exports"), else the first province, city, zone, enterprise or event named before the
    value (not a trade partner), else the document's province when nothing is named before
    the value. A country or region is whose figure only in the possessive: otherwise it is
    more often the setting ("built by China and ...", "in Cambodia")."""
    candidates = [
        (i, m)
        for i, m in inside
        if m.cls in AREA_CLASSES
        and i not in counterparts
        and sent[m.end - s : m.end - s + 1] != "$"
        and not any(x.start <= m.start - s < x.end for x in values)
        and m.start - s < v.start
    ]
    # a name since the values before, before one of theirs ("Trade between A and B grew 18
    # percent, and the X Zone has attracted 60 enterprises")
    in_clause = [x for x in candidates if x[1].start - s >= clause_lo]
    if any(m.cls in PREFERRED for _, m in in_clause):
        candidates = in_clause
    preferred = [(i, m) for i, m in candidates if m.cls in PREFERRED]

    def possessive(pool: list[tuple[int, Named]]) -> int | None:
        for i, m in reversed(pool):  # the nearest: "... of Tibet's trade, and Nyang's trade"
            after = sent[m.end - s : v.start]
            # "Jiangsu's exports", "Laos' exports"
            owner = re.match(r"[’']s\b", after) or (
                sent[m.end - s - 1 : m.end - s] == "s" and re.match(r"[’'](?!\w)", after))
            named = MEASURE.search(after[:70])  # a measure begun right after the name
            if owner and _DESCRIBED.search(sent, max(0, m.start - s - 12), m.start - s) and \
                    _RANKED.match(after, owner.end()):
                continue  # "the zone is Xinjiang's second such area, and had 80 firms"
            if owner and (v.unit == "count" or (named is not None and named.start() < 28)
                          or _PARTNER_OF.match(after, owner.end())):
                return i
        return None

    found = possessive(preferred)
    if found is None:  # "foreign trade of the GBA, which covers X and Y, reached ..."
        found = next((i for i, m in candidates
                      if _MEASURE_OF.search(sent[max(0, m.start - s - 60) : m.start - s])), None)
    if found is None and subject is not None and any(i == subject for i, _ in candidates):
        found = subject  # the subject of the value's own clause
    if found is not None:
        return found, False
    which = sent.rfind(" which ", 0, v.start)
    if which >= 0:  # "..., the SSEZ in Cambodia, which has 175 resident enterprises"
        for i, m in reversed(preferred):
            # (only a name the "which" follows: not "X had 185 firms, which brought in ...")
            if m.end - s <= which and _WHICH_GAP.fullmatch(sent, m.end - s, which):
                return i, False
    subjects = [i for i, m in preferred if m.subject]
    if subjects:  # "At the expo, Hunan signed ...": the one that acts, nearest the value
        return subjects[-1], False
    if preferred:
        return preferred[0][0], False
    found = possessive(candidates)
    if found is None:  # "China's Yangtze River Economic Belt saw exports rise 5 percent"
        found = next((i for i, m in reversed(candidates) if m.subject), None)
    if found is not None:
        return found, False
    if not candidates and THE_EVENT.search(sent):
        return event, False  # the document's event; none named: not the province's
    main = _main_subject(sent, s, v, inside)
    if main is not None:
        return main, False
    if focus is not None and not candidates:
        return focus, True
    # "Customs in X, a province that borders Russia, said the province's trade with Russia
    # reached ...": only a country named, as a setting; the province's is the document's
    if focus is not None and _THE_PROVINCES.search(sent, clause_start(sent, 0, v.start),
                                                  v.start):
        return focus, True
    return None, False


# "Despite a rise of 60.1 percent in imports, Zhangzhou saw ...": an opening phrase whose
# figure is the main clause's subject, named right after its comma
_OPENING = re.compile(r"^\W*(?:despite|with|amid|thanks\s+to|driven\s+by|in\s+spite\s+of)\b"
                      r"[^,;]{1,120},\s*(?:the\s+)?", re.IGNORECASE)


# ("exports to X" after the comma: X is traded with, not the subject)
_LEAD = re.compile(r"(?:(?!(?:to|with|from|in|into|of|for|by|at|and|or|on)\s)[a-z][\w-]*\s+){0,3}")


def _main_subject(sent: str, s: int, v: Value, inside: list[tuple[int, Named]]) -> int | None:
    """The place, zone or company named right after an opening phrase that holds the value
    (as the subject or its owner: "With imports up 20 percent, Xiamen's trade grew")."""
    opening = _OPENING.match(sent)
    if opening is None or v.end > opening.end():
        return None
    # ("With an investment of X, the solely-funded Y Co Ltd ...": lowercase words before the
    # name describe the subject)
    return next((i for i, m in inside if m.start - s >= opening.end() and m.cls in PREFERRED
                 and _LEAD.fullmatch(sent, opening.end(), m.start - s)),
                None)


# "The X Zone, which plays a pioneering role in Jiaxing's opening-up, is home to ...": a
# relative clause between commas describes the subject
_WHICH_ASIDE = re.compile(r",\s*(?:which|who)\s+[^,;()]{1,120}?,")


def in_aside(sent: str, s: int, inside: list[tuple[int, Named]], values: list[Value]) -> set[int]:
    """The names inside a ", which ...," aside that holds no value: they describe, not own."""
    out: set[int] = set()
    for a in _WHICH_ASIDE.finditer(sent):
        if not any(a.start() <= v.start < a.end() for v in values):
            out |= {i for i, m in inside if a.start() <= m.start - s < a.end()}
    return out

