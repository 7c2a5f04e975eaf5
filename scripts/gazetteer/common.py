"""Paths, CSV columns and helpers every table of the gazetteer generator shares."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "kg" / "data"
SHARED_PROVINCES = REPO.parent / "shared" / "data" / "china_provinces.csv"
PROVINCE_ALIASES = DATA_DIR / "province_aliases.csv"

CITY_FIELDS = [
    "name", "name_zh", "kind", "province", "prefecture", "aliases",
    "geonames_id", "population", "code",
]
COUNTRY_FIELDS = [
    "name", "iso2", "iso3", "aliases", "wikidata", "geonames_id", "population", "continent",
]
REGION_FIELDS = ["name", "kind", "country", "aliases", "geonames_id", "wikidata"]
WORLD_CITY_FIELDS = ["name", "country", "aliases", "geonames_id", "population"]
BODY_FIELDS = ["name", "cls", "aliases"]

# Lower-case forms that are ordinary English words (or too ambiguous in news text) and so are
# never emitted as a place name or alias. kg/extract/gazetteer.py keeps the same list at lookup
# time.
COMMON_WORDS = frozenset({
    "us", "nice", "mobile", "reading", "bath", "male", "victoria", "phoenix", "gulf", "bole",
    "mile", "pest", "orange", "split", "police", "sale", "hope", "hull", "eureka",
    "independence", "concord", "liberty", "temple", "university", "who", "safe", "dove",
    "long", "will", "may", "federal", "union", "most", "act", "sat", "au",
})


def join_aliases(aliases: Iterable[str], name: str) -> str:
    seen: dict[str, str] = {}
    for a in aliases:
        a = a.strip()
        # A common word survives only as an upper-case acronym (US, WHO): lookups match it
        # case-sensitively.
        common = a.casefold() in COMMON_WORDS and not a.isupper()
        if a and a.casefold() != name.casefold() and not common:
            seen.setdefault(a.casefold(), a)
    return ";".join(sorted(seen.values(), key=lambda s: (s.casefold(), s)))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write_csv(path: Path, fields: list[str], rows: Iterable[dict[str, str]]) -> int:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    path.write_text(buf.getvalue(), encoding="utf-8")
    return n
