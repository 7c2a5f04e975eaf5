"""Mid-size foreign cities, kept only when their name is no person's, word's or place's."""

from __future__ import annotations

from typing import Any

from .common import COMMON_WORDS, DATA_DIR
from .romanise import fold
from .world import WORLD_CITY_SKIP, _ascii, _world_city_row

# Mid-size foreign cities (sister cities, delegations' stops: "Trier", "Leeds") join the big
# ones. Their names are many and short, so each must pass name_clashes(); the band stops at
# this population because smaller towns mostly share a name with a person or a thing.
MID_CITY_POPULATION = 100_000
# A US-census surname at least this common (per cent of people) reads as a person's name first
# ("Lincoln", "Henderson"); rarer ones ("Leeds", "Glasgow") as the city.
SURNAME_SHARE = 0.005
SURNAMES = DATA_DIR / "words" / "chinese_surnames.txt"
# A dictionary word at least this frequent (Zipf scale: 3 = once per million words) is read as
# the word: "erode" (3.0) and "buffalo" (4.1) are words, "trier" (2.9) is the city.
WORD_ZIPF = 3.0
# Names the word lists miss that news reads otherwise: given names outside the US census,
# peoples, clubs and brands, generic words of other languages.
MID_CITY_CLASHES = frozenset({
    "anand", "rohini", "sagar", "sejong", "kikuyu", "masai", "ajax", "bimbo", "benfica",
    "metro", "golfe", "nippes", "orkney", "gama", "mansa",
    "columbia",  # Colombia misspelt, British Columbia, District of Columbia
    "vladimir", "constantine",  # given names
    # phrases a title-case headline may hold
    "internationalcity", "universalcity", "businessbay", "modeltown", "centralcoast",
    "northshore", "springvalley", "sunsetpark", "nationalcity", "centralcity", "portarea",
})


def common_words() -> set[str]:
    """English words (web2 lower-case entries that wordfreq finds common: "man", "buffalo",
    "erode"; not "trier"), folded."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    return {fold(w) for w in get_english_words_set(["web2"])
            if w.islower() and zipf_frequency(w, "en") >= WORD_ZIPF}


def _wordy(name: str, words: set[str]) -> bool:
    """A one-word name that is an English word's plural: "Tours", "Springs" read as words in a
    title-case headline. (Names of several words, "Gold Coast", "Salt Lake City", are kept;
    the generic ones are in MID_CITY_CLASHES.)"""
    key = fold(name)
    return " " not in name.strip() and key.endswith("s") and key[:-1] in words


def name_clashes() -> set[str]:
    """Folded forms no mid-size city may take: US-census first names ("Florence",
    "Charlotte") and common surnames, and Chinese surnames ("Yao")."""
    from importlib.resources import files

    out: set[str] = set()
    census = files("names")
    for fname, share in (("dist.male.first", 0.0), ("dist.female.first", 0.0),
                         ("dist.all.last", SURNAME_SHARE)):
        for line in census.joinpath(fname).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 4 and float(parts[1]) >= share:
                out.add(fold(parts[0]))
    for line in SURNAMES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(fold(line.strip()))
    return out


def mid_city_rows(
    gc: Any, countries: list[dict[str, str]], blocked: set[str], taken: set[str]
) -> tuple[list[dict[str, str]], list[str]]:
    """Non-Chinese cities of MID_CITY_POPULATION up to 1M people whose name is no other place's
    (blocked, taken), no person's name (name_clashes) and not made of common words (_wordy);
    of namesakes in the band the most populous."""
    notes: list[str] = []
    names_by_iso = {r["iso2"]: r["name"] for r in countries}
    clashes = name_clashes()
    words = common_words()
    best: dict[str, dict[str, Any]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] not in names_by_iso or c["countrycode"] == "CN":
            continue
        if not MID_CITY_POPULATION <= c["population"] < 1_000_000:
            continue
        name = c["name"]
        key = fold(name)
        # (three letters or fewer read as acronyms: "ICA", "ISE", "UBE")
        if (key in blocked or key in taken or key in clashes or name in WORLD_CITY_SKIP
                or len(key) <= 3 or key in MID_CITY_CLASHES or " province" in name.casefold()
                or key in words or _wordy(name, words)
                or name.casefold() in COMMON_WORDS or fold(_ascii(name)) in clashes):
            notes.append(f"skipped mid-size city {name} ({c['countrycode']}): clashes")
            continue
        old = best.get(key)
        if old is None or (c["population"], -c["geonameid"]) > (old["population"],
                                                               -old["geonameid"]):
            best[key] = c
    rows = []
    for c in best.values():
        name = c["name"]
        aliases = [_ascii(name)] if _ascii(name) != name else []
        aliases = [a for a in aliases if fold(a) not in blocked | taken]
        rows.append(_world_city_row(c, names_by_iso, aliases))
    return rows, notes
