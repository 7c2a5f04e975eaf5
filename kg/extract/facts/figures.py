"""Trade figures: amounts, counts and growth rates, with what they measure, whose they are,
for which period and, for trade, with whom ("Jiangsu's exports to ASEAN grew by 24.7%").

A figure is kept only when all of these are known: a unit (a currency, percent, or a count
of enterprises or projects), a measure from ``kg.vocab.MEASURES`` named in the sentence, and
a subject (a place, zone, enterprise or event named in the sentence, or the province the
document is about when the sentence names no place). A percentage is kept only as a change
("grew by", "up ... year on year"): shares ("accounting for 10.2% of") are not figures here,
nor are averages over several years or cumulative totals. "24.7%, 14.9% and 11%
respectively" pairs each value with its own counterpart.

Values are in base units (12.82 trillion -> 12820000000000); the period is an ISO 8601 year,
month, quarter or month interval, relative expressions ("last year", "January to April")
resolved against the article's date, never guessed (the reading of numbers and units is
kg/extract/facts/amounts.py, of periods kg/extract/facts/periods.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.extract.confidence import confidence
from kg.extract.facts.amounts import plain, read_values, value_groups
from kg.extract.facts.changes import is_change
from kg.extract.facts.figure_area import (
    AREA_CLASSES,
    PARTNER,
    PREFERRED,
    THE_EVENT,
    area_of,
    counterparts_of,
    fronted_setting,
    in_aside,
)
from kg.extract.facts.figure_back import back_levels, last_subject, refers_back, refers_to_deals
from kg.extract.facts.figure_cues import (
    BILATERAL,
    BY_MONTH,
    CUMULATIVE,
    DEAL_MEASURES,
    FLOWS,
    IN_THE,
    MULTI_YEAR,
    PERFECT,
    PLACE_WORD,
    RESPECTIVELY,
    RESPECTIVELY_UP,
    SENTENCE_SCOPE,
    SHARE,
    SO_FAR,
    THROUGHPUT,
    VISITED,
)
from kg.extract.facts.figure_deals import deal_amount, deal_value, deals_worth, goods_value
from kg.extract.facts.figure_gathered import gathered, gathering
from kg.extract.facts.figure_goods import goods_part
from kg.extract.facts.figure_names import owner_names
from kg.extract.facts.figure_owner import (
    area_after,
    conference_body,
    definite_area,
    from_abroad,
    is_venue,
    province_before,
)
from kg.extract.facts.figure_parts import (
    NO_INDICATOR,
    SUBSET,
    blank,
    definite_subject,
    facility_amount,
    listed,
    listed_years,
    not_a_whole,
    other_edition,
    others_figure,
    respective,
    values_of_count,
)
from kg.extract.facts.figure_scope import (
    SCOPE_OPENER,
    clause_start,
    from_to,
    not_one_period,
    own_year,
)
from kg.extract.facts.figure_zone import described_zone
from kg.extract.facts.measures import BALANCE, measure_of
from kg.extract.facts.periods import period_of, periods_in
from kg.model import Figure

# Extractor names of figures, by how their area was found (kg/data/confidence.json measures
# each: `kg calibrate --facts-gold`): named in the sentence, or the document's province.
FIGURE_NAMED, FIGURE_DOCUMENT, OBSERVATION = "figure:named", "figure:document", "observation"

IT = -1  # a clause whose subject is "it"


@dataclass(frozen=True)
class MentionSpan:
    """What figure finding needs to know of a mention."""

    start: int
    end: int
    cls: str
    subject: bool = False  # the subject of its clause ("The coastal city of X ... signed")
    # the longer name it begins, as written elsewhere ("Liaoning" of a headline's "Liaoning
    # International Investment and Trade Conference"): the mention of that name
    same_as: int | None = None


def find_figures(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[MentionSpan],
    focus: int | None,
    anchor: dt.date | None,
    event: int | None = None,
    subject_of: Callable[[int], int | None] | None = None,
) -> list[Figure]:
    """The figures of every sentence (character spans into ``text``). ``focus`` is the
    mention of the document's province, ``event`` that of its main event, if any."""
    out: list[Figure] = []
    scoped = False  # the sentence before spoke of a span of years ("Since 2017, ...")
    for s, e in sentences:
        sent = text[s:e]
        # "... have soared to a total of X" right after it, with no period of its own, is
        # part of that total
        if not (scoped and PERFECT.search(sent) and not periods_in(sent, anchor)):
            # "it" as the subject is whose the last figure, here or the sentence before, was
            before = [f.area for f in out if f.sent_end >= s - 400]
            out.extend(_sentence_figures(text, s, e, mentions, focus, anchor, event,
                                         subject_of, before[-1] if before else None, out))
        scoped = bool(SENTENCE_SCOPE.search(sent) or SCOPE_OPENER.match(sent))
    return out


def _sentence_figures(
    text: str, s: int, e: int, mentions: Sequence[MentionSpan], focus: int | None,
    anchor: dt.date | None, event: int | None, subject_of: Callable[[int], int | None] | None,
    last_area: int | None = None, earlier: Sequence[Figure] = (),
) -> list[Figure]:
    sent = text[s:e]
    values = read_values(sent)
    if not values:
        return []
    # the names that may own a figure (not a currency's, a source's, a locator, a venue ...)
    inside = owner_names(text, s, e, mentions)
    names = [(m.start - s, m.end - s) for _, m in inside]
    # the place an event is held in is its setting, not whose figure it is
    settings = {i for i, m in inside if is_venue(sent, s, m, mentions)
                or fronted_setting(sent, s, m)} | in_aside(sent, s, inside, values)
    counterparts = counterparts_of(sent, s, inside)
    # "the Association of Southeast Asian Nations (ASEAN)": one partner, by its short name
    long_names = {a for a, b in zip(counterparts, counterparts[1:], strict=False)
                  if re.fullmatch(r"\s*\(", text[mentions[a].end : mentions[b].start])}
    # a year in an event's name ("Summit 2022") is no period
    periods = periods_in(blank(sent, [(m.start - s, m.end - s) for _, m in inside
                                       if m.cls == "Event"]), anchor)
    out: list[Figure] = []
    lo = 0
    from_lo: int | None = None  # the clause of "from X" while its "to Y" is read
    previous: str | None = None  # a count's measure, for "2,003 enterprises, up 17.5%"
    counted: tuple[int, int, bool] | None = None  # the last count's area, end, from_focus
    seen: list[str | None] = []  # the measure of each value read before, figure or not
    groups = value_groups(sent, values)
    next_start = {id(g): n[0].start for g, n in zip(groups, groups[1:], strict=False)}
    for group in groups:
        head = group[0]
        kind = is_change(sent, head, head)
        measure = measure_of(sent, head, lo, names)
        dealt = measure is None and head.unit in ("CNY", "USD") and deal_value(sent, head.start)
        if measure is None and head.unit in ("CNY", "USD") and (
            dealt or deal_amount(sent, head.end) or facility_amount(sent, head.start, head.end)
        ):
            measure = "investment"
        inherited = measure is None and head.unit == "percent" and head.start - lo < 80 and (
            previous is not None)
        if inherited:
            measure = previous
        # "14,225 companies with 1.2 trillion yuan of capital, up 300 percent and 340 percent,
        # respectively": each rate is that of the value listed in its place before
        paired = seen[-len(group) :] if head.unit == "percent" and 1 < len(group) <= len(
            seen) and RESPECTIVELY.match(sent, group[-1].end) else None
        measure = measure or next((m for m in paired or () if m is not None), None)
        # "The figure jumped by 72.7 percent": the rate of the level the sentence before gave
        back = back_levels(sent, s, len(group), earlier) if (
            measure is None and head.unit == "percent") else None
        measure = back[0].measure if back else measure
        origin = from_abroad(text, s, sent, head.end, inside) if measure == "investment" else None
        if origin is not None:  # where it comes from is not whose it is
            measure = "foreignInvestment"
            settings.add(origin)
        seen.extend(v.measure or measure for v in group)
        clause_lo, lo = lo, group[-1].end
        if from_lo is not None:  # "from X to Y": Y is read in X's clause
            clause_lo = from_lo
        shape = from_to(sent, head.start, head.end) if len(group) == 1 else None
        from_lo = clause_lo if shape is not None else None
        previous = measure if head.unit == "count" else None
        if kind is None or measure is None or measure == BALANCE or goods_value(sent, head.start):
            continue
        if head.unit == "percent" and SHARE.search(sent[clause_lo : head.start]):
            continue
        after = sent[group[-1].end : next_start.get(id(group), len(sent))]
        # "So far, 156 enterprises have settled in the zone": a stock as it stands, not a total
        scope = SO_FAR.sub(lambda m: " " * len(m.group(0)), sent) if (
            measure == "enterprises" and head.unit == "count") else sent
        if NO_INDICATOR.match(sent):
            continue  # "Turnover from foreign contracted projects was $680 million, up 6%"
        if SENTENCE_SCOPE.search(scope) or CUMULATIVE.search(scope[clause_lo : head.start]) or (
            MULTI_YEAR.search(after)
        ):
            continue
        # in the value's own clause: "X Port handled 6 million containers, and its trade grew"
        own = sent[clause_start(sent, clause_lo, head.start) : head.start]
        if THROUGHPUT.search(own):
            continue
        if head.unit == "count" and VISITED.search(own):
            continue  # "the delegation visited 14 enterprises": whom it saw, not a stock
        if goods_part(sent, measure, head.start, group[-1].end):
            continue  # "primary commodities totalled X": a class of goods, a part of trade
        # "3,000 enterprises attended the Expo": the event's, and no figure without one
        gathers = head.unit == "count" and measure == "enterprises" and gathered(
            sent, head.start, head.end)
        gatherer = gathering(sent, s, head.start, inside, event) if gathers else None
        if gathers and gatherer is None:
            continue
        if not_one_period(scope, clause_lo, head.start, group[-1].end, measure) or (
            gatherer is None and not_a_whole(sent, head.start, group[-1].end, measure)
        ) or other_edition(sent, clause_lo, head.start):
            continue
        if shape is not None:  # "from X (in 2004) to Y": X is a level of its own year or none
            kind = (False, 1)
        subject = subject_of(s + head.start) if subject_of else None
        area, from_focus = area_of(sent, s, head, [x for x in inside if x[0] not in settings],
                                 counterparts, focus, values, event, subject, clause_lo)
        if area is None and THE_EVENT.search(sent):  # an unnamed conference's body
            area = conference_body(text, s, s + head.start, mentions)
        # "Its exports ...", "The city's imports ...": the last figure's area, else (no figure
        # just before) the named subject of a sentence before ("X ... has three ports. Its
        # trade surged ...")
        before = last_area if last_area is not None else last_subject(text, s, mentions)
        if (area is None or from_focus) and before is not None and refers_back(
            sent, mentions[before].cls
        ):
            area, from_focus = before, False
        elif (area is None or from_focus) and last_area is not None and refers_to_deals(sent):
            area, from_focus = last_area, False
        if area is None or from_focus or definite_subject(sent, clause_lo, head.start, names):
            named = definite_area(text, s, head.start, mentions, set(counterparts))
            area, from_focus = (named, False) if named is not None else (area, from_focus)
        # (not the city the event was held in: "signed at the conference held in Hefei")
        after_area = area_after(sent, s, group[-1].end,
                                [x for x in inside if x[0] not in counterparts
                                 and x[0] not in settings],
                                area is not None and (not from_focus or province_before(
                                    sent, clause_start(sent, clause_lo, head.start), head.start)),
                                head.unit == "count")
        if after_area is not None:
            area, from_focus = after_area, False
        if (area is None or from_focus) and subject == IT and last_area is not None:
            area, from_focus = last_area, False  # "In 2016, it allocated $5.5 billion"
        if area is None and IN_THE.match(sent, group[-1].end):  # "have settled in the zone"
            area = definite_area(text, s, len(sent), mentions, set(counterparts))
        if measure == "investment" and counted is not None and values_of_count(
            sent, counted[1], head.start
        ):  # "signed 228 projects during the fair with a total investment of X": theirs
            area, from_focus = counted[0], counted[2]
        if inherited and (area is None or from_focus) and counted is not None:
            area, from_focus = counted[0], counted[2]  # "9,000 firms set up in X, up 12%"
        if area is None and measure == "trade" and BILATERAL.search(sent):
            # "China is Laos' largest trading partner, with bilateral trade of X": China's
            area = next((i for i in counterparts if mentions[i].start - s < head.start
                         and PARTNER.match(sent, mentions[i].end - s)), None)
        if (from_focus or area is None) and event is not None and measure in DEAL_MEASURES and (
            head.unit != "percent" and (dealt or deals_worth(sent, group[-1].end)
                                        or any(x.measure == "projects" for x in values))
        ):
            area = event  # projects signed that no name claims, in an event's article: its
        if back:
            area, from_focus = back[-1].area, False
        # "the pilot FTZ": the one zone the document names
        zone = described_zone(text, s, e, s + head.start, mentions, area, from_focus)
        area, from_focus = (zone, False) if zone is not None else (area, from_focus)
        area, from_focus = (gatherer, False) if gatherer is not None else (area, from_focus)
        if area is None or (from_focus and others_figure(sent, clause_lo, head.start)):
            continue
        subset = SUBSET.match(sent) if measure not in ("trade", "exports", "imports") else None
        if subset is not None and (
            from_focus or subset["noun"] or (focus is not None and _same_place(
                text[mentions[area].start : mentions[area].end],
                text[mentions[focus].start : mentions[focus].end]))
        ):
            continue  # "Among them, 12 projects ...", unless a name of its own says whose
        # "grew by 24.7%, 14.9% and 11% respectively": one counterpart per value, in order
        partners: list[int | None] = [None] * len(group)
        # the trade partners named before; only those since the values before when a new
        # subject is named there ("Trade between A and B grew 18%, and the zone has attracted
        # 60 enterprises": not B's)
        fresh = any(m.cls in PREFERRED and clause_lo <= m.start - s < head.start
                    for i, m in inside if i not in counterparts and i not in settings)
        before = [i for i in counterparts if mentions[i].start - s < head.start
                  and i not in long_names and i != area
                  and (not fresh or mentions[i].start - s >= clause_lo)]
        measures = [v.measure or measure for v in group]
        areas = [area] * len(group)
        if len(group) > 1 and (RESPECTIVELY.match(sent, group[-1].end) or RESPECTIVELY_UP.search(
            sent, clause_lo, head.start
        )):
            if len(before) >= len(group):
                partners = list(before[-len(group) :])
            else:  # "the trade of Beijing and Suzhou ... at X and Y respectively"
                pool = [x for x in inside if x[0] not in settings and x[0] not in counterparts
                        and x[1].cls in AREA_CLASSES]
                areas = listed(sent, s, pool, head.start, len(group)) or areas
            # "exports and imports reached X and Y respectively": one measure per value;
            # "X worth of imports and Y worth of exports, up 3% and 5% respectively"
            levels = [f.measure for f in out if f.sent_start == s and f.unit != "percent"]
            if head.unit != "count":
                measures = respective(sent[clause_lo : head.start], len(group)) or (
                    levels[-len(group) :] if len(set(levels[-len(group) :])) == len(group)
                    else paired or measures)
                if head.unit == "percent" and paired is None and 0 < len(levels) < len(group):
                    # "898 deals worth X ..., respectively up A and B": the rates before the
                    # levels' own are those of numbers no indicator measures
                    measures = [None] * (len(group) - len(levels)) + levels
        elif before:
            partners = [before[-1]] * len(group) if len(group) == 1 else partners
        if back:
            measures, partners = [f.measure for f in back], [f.counterpart for f in back]
        # "X in 2004": a year right after the value is its own; else its clause's period
        period = own_year(sent, head.end) if shape is not None else (
            own_year(sent, group[-1].end) or period_of(sent, periods, head.start))
        if shape is None and measure in FLOWS and BY_MONTH.search(sent):
            period = period_of(sent, periods_in(sent, anchor, to_date=True), head.start)
        if scope is not sent and SO_FAR.search(sent, clause_lo, group[-1].end + 30):
            period = None  # a stock "so far": as it stands, of no period
        whens = listed_years(sent, group[-1].end, len(group)) if len(group) > 1 else None
        counted = (areas[-1], group[-1].end, from_focus) if head.unit == "count" else None
        for v, partner, what, whose, when in zip(group, partners, measures, areas,
                                                 whens or [period] * len(group), strict=True):
            if what is None:
                continue  # paired with a value no indicator measures ("registered capital")
            change, sign = kind if len(group) == 1 else is_change(sent, v, head) or kind
            # the measured precision of figures whose area was found this way
            source = FIGURE_DOCUMENT if from_focus else FIGURE_NAMED
            out.append(
                Figure(
                    measure=what,  # each count names its own noun
                    value=plain(v.value * sign),
                    unit=v.unit,
                    change=change,
                    area=whose if mentions[whose].same_as is None else mentions[whose].same_as,
                    counterpart=partner,
                    period=when,
                    text=sent[v.start : v.end],
                    start=s + v.start,
                    end=s + v.end,
                    sent_start=s,
                    sent_end=e,
                    extractor=source,
                    confidence=confidence(source, OBSERVATION),
                )
            )
    return out


def _same_place(a: str, b: str) -> bool:
    """"Jiangsu" and "Jiangsu Province" name one place."""
    return PLACE_WORD.sub("", a).lower() == PLACE_WORD.sub("", b).lower()
