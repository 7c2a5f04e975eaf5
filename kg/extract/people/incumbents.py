"""People who hold a state post on the article's date, known from a hand-kept list
(``kg/data/leaders.csv``: heads of state and government, foreign and trade ministers, China's
national leaders, heads of intergovernmental bodies, with their terms).

News names national leaders with no post beside the name ("Putin said", "talks between Xi
and Modi"): such a Person is an Official when the list has a term of theirs covering the
document's date. A name whose terms all ended is left as the text makes it (a former leader
with no post in the text stays a Person). No date, no change. No servesIn comes from the list:
the text must name the state.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from functools import cache
from importlib import resources

from kg.extract.context import DocContext

_FILE = "leaders.csv"
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "president", "premier", "chancellor", "king",
                "queen", "emperor", "sheikh", "prince", "sultan", "prime", "minister"}


def name_key(name: str) -> str:
    """A name as the list is looked up: no accents, lower case, hyphens and dots as spaces,
    no possessive ("Erdoğan's" -> "erdogan")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"[-.‐–]", " ", text)
    return " ".join(text.replace("’", "'").split())


def _day(text: str, last: bool) -> dt.date:
    """A list date; a month or year alone is its last day when ``last`` (a start known only
    to the month counts from the month's end: the term surely covers what follows)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        if not last:
            return dt.date(y, m, 1)
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)


Term = tuple[dt.date, dt.date | None]


@cache
def terms_by_name() -> dict[str, tuple[Term, ...]]:
    """Name key -> the terms of everyone the list calls so (a name, or an alias)."""
    text = resources.files("kg").joinpath("data", _FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, list[Term]] = {}
    for row in rows:
        start = _day(row["start"], last=True)
        # an end known only to the month or year: the term may have ended on its first day
        end = _day(row["end"], last=False) if row["end"] else None
        names = [row["name"]] + [a for a in row["aliases"].split(";") if a.strip()]
        for name in names:
            out.setdefault(name_key(name), []).append((start, end))
    return {k: tuple(v) for k, v in out.items()}


def in_office(name: str, date: dt.date) -> bool:
    """Whether someone the list calls ``name`` held a listed post on ``date``."""
    terms = terms_by_name().get(name_key(name), ())
    return any(start <= date and (end is None or date < end) for start, end in terms)


def _bare_name(text: str) -> str:
    """ "President Putin", "Mr. Modi" -> the name: posts and honorifics the mention kept."""
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def mark_incumbents(ctx: DocContext) -> None:
    """Retype as Officials the Persons the list shows in office on the document's date."""
    date = ctx.date
    if date is None:
        return
    for f in ctx.found:
        if f.cls == "Person" and in_office(_bare_name(f.text), date):
            f.cls = "Official"
