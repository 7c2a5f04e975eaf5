"""World cities: non-Chinese cities of 1M people or more, capitals and notable cities."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Any

from .common import COMMON_WORDS, join_aliases
from .romanise import fold

# World cities below 1 million that trade news about China names often (ports, rail hubs,
# financial centres): country ISO -> GeoNames names.
NOTABLE_CITIES: dict[str, tuple[str, ...]] = {
    "DE": ("Frankfurt am Main", "Duisburg"), "NL": ("Amsterdam", "Rotterdam"),
    "BE": ("Antwerp",), "GR": ("Piraeus",), "CH": ("Geneva", "Zürich"),
    "CA": ("Vancouver",), "US": ("San Francisco", "Seattle", "Boston"), "PK": ("Gwadar",),
    "RU": ("Vladivostok", "Khabarovsk"), "VN": ("Da Nang",), "MY": ("Johor Bahru",),
    "FR": ("Lyon", "Marseille"), "GB": ("Manchester", "Edinburgh"), "KE": ("Mombasa",),
    "PE": ("Chancay",),
}

# GeoNames "cities" that are boroughs, city sections or regency-wide populations, plus names
# that news would read as another place (Valencia is Venezuela's here, Spain's in the news).
WORLD_CITY_SKIP = frozenset({
    "Pest", "Manhattan", "Queens", "Brooklyn", "The Bronx", "Abobo", "Soweto", "Khartoum North",
    "Sadr City", "Iztapalapa", "Gustavo Adolfo Madero", "Shivaji Nagar", "Najafgarh",
    "Malingao", "Budta", "Camayenne", "Rasapūdipalem", "Nowrangapur", "Kallakurichi", "Teni",
    "Al Başrah al Qadīmah", "Al Mawşil al Jadīdah", "Ra’s Bayrūt", "Dombivali", "Pimpri",
    "Virār", "Valencia", "Kakamega", "Jepara", "Bannu",
})

# Extra English forms for world cities (GeoNames name -> aliases).
WORLD_CITY_ALIASES: dict[str, tuple[str, ...]] = {
    "Frankfurt am Main": ("Frankfurt",), "Köln": ("Cologne",), "München": ("Munich",),
    "Munich": ("München",), "New York City": ("New York", "NYC"),
    "Washington": ("Washington, D.C.", "Washington DC", "Washington D.C."),
    "Kyiv": ("Kiev",), "Astana": ("Nur-Sultan",), "Mumbai": ("Bombay",),
    "Chennai": ("Madras",), "Kolkata": ("Calcutta",), "Yangon": ("Rangoon",),
    "Ho Chi Minh City": ("Saigon",), "Hanoi": ("Ha Noi",), "Makkah": ("Mecca",),
    "Madinah": ("Medina",), "Ulan Bator": ("Ulaanbaatar",), "Chattogram": ("Chittagong",),
    "Odesa": ("Odessa",), "Saint John’s": ("St. John's",), "Nuku‘alofa": ("Nuku'alofa",),
    "Zürich": ("Zurich",), "Geneva": ("Genève",), "Saint Petersburg": ("St. Petersburg",
                                                                        "St Petersburg"),
    "Bengaluru": ("Bangalore",), "Almaty": ("Alma-Ata",), "Nay Pyi Taw": ("Naypyidaw",
                                                                         "Naypyitaw"),
    "Phnom Penh": (), "Vientiane": (), "Jakarta": (), "Da Nang": ("Danang",),
    "Haiphong": ("Hai Phong",), "Busan": ("Pusan",), "Dubai": (), "Abu Dhabi": (),
}


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def world_city_rows(
    gc: Any, countries: list[dict[str, str]], blocked: set[str]
) -> tuple[list[dict[str, str]], list[str]]:
    """Non-Chinese cities >= 1M people, capitals and NOTABLE_CITIES (GeoNames, CC BY)."""
    notes: list[str] = []
    names_by_iso = {r["iso2"]: r["name"] for r in countries}
    names_by_iso["TW"] = "Taiwan"
    all_cities = gc.get_cities()
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in all_cities.values():
        by_country[c["countrycode"]].append(c)
    chosen: dict[int, dict[str, Any]] = {}
    for iso, country in names_by_iso.items():
        if iso == "CN":
            continue
        cities = by_country.get(iso, [])
        for c in cities:
            if c["population"] >= 1_000_000:
                chosen[c["geonameid"]] = c
        capital = gc.get_countries()[iso]["capital"].strip()
        caps = [c for c in cities if fold(c["name"]) == fold(capital)] or [
            c for c in cities if capital in c["alternatenames"]
        ]
        if caps:
            cap = max(caps, key=lambda c: c["population"])
            chosen[cap["geonameid"]] = cap
        elif capital:
            notes.append(f"capital not found: {capital} ({country})")
        for wanted in NOTABLE_CITIES.get(iso, ()):
            hits = [c for c in cities if c["name"] == wanted]
            if hits:
                best = max(hits, key=lambda c: c["population"])
                chosen[best["geonameid"]] = best
            else:
                notes.append(f"notable city not found: {wanted} ({iso})")
    rows = []
    for c in chosen.values():
        name = c["name"]
        aliases = list(WORLD_CITY_ALIASES.get(name, ()))
        if _ascii(name) != name:
            aliases.append(_ascii(name))
        if name in WORLD_CITY_SKIP:
            continue
        if fold(name) in blocked or name.casefold() in COMMON_WORDS:
            notes.append(f"dropped world city {name} ({c['countrycode']}): clashes or common")
            continue
        aliases = [a for a in aliases if fold(a) not in blocked]
        rows.append(_world_city_row(c, names_by_iso, aliases))
    return sorted(rows, key=lambda r: (r["name"], r["country"], r["geonames_id"])), notes


def _world_city_row(c: dict[str, Any], names_by_iso: dict[str, str],
                    aliases: list[str]) -> dict[str, str]:
    """A GeoNames city as a row of world_cities.csv."""
    return {
        "name": c["name"], "country": names_by_iso[c["countrycode"]],
        "aliases": join_aliases(aliases, c["name"]), "geonames_id": str(c["geonameid"]),
        "population": str(c["population"]),
    }
