"""Generate ``kg/data/country_wikidata.csv``: ISO 3166-1 alpha-2 code -> Wikidata QID.

Usage::

    make .venv/.test-installed                        # fetches the source (npm pack, below)
    .venv/bin/python scripts/make_country_links.py    # rewrite kg/data/country_wikidata.csv

Source: ``@rapideditor/country-coder`` on npm (ISC licence), the country data of the
OpenStreetMap editors iD and Rapid. Its ``src/data/borders.json`` gives every ISO 3166-1 code
its ``wikidata`` item; Wikidata itself is CC0. The Makefile's test install unpacks the pinned
version into ``.venv/share/country-coder`` (``npm pack``; no node code is run). Only the codes
of ``kg/data/countries.csv`` are written, and a code the source has no item for is left out:
a QID is never guessed. tests/test_links.py samples the table against the source.

Output is deterministic: rows sorted by code, ``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / "kg" / "data"
SOURCE = REPO / ".venv" / "share" / "country-coder" / "package" / "src" / "data" / "borders.json"
FIELDS = ["iso2", "wikidata", "source_name"]


def source_items(borders: Path) -> dict[str, tuple[str, str]]:
    """ISO alpha-2 code -> (QID, the source's English name) for every feature that has both."""
    data = json.loads(borders.read_text(encoding="utf-8"))
    items: dict[str, tuple[str, str]] = {}
    for feature in data["features"]:
        props = feature.get("properties", {})
        code, qid = props.get("iso1A2"), props.get("wikidata")
        if code and qid:
            items[code] = (qid, props.get("nameEn", ""))
    return items


def rows(borders: Path, countries_csv: Path) -> list[dict[str, str]]:
    items = source_items(borders)
    with countries_csv.open(encoding="utf-8", newline="") as fh:
        codes = sorted({r["iso2"] for r in csv.DictReader(fh) if r["iso2"]})
    return [
        {"iso2": c, "wikidata": items[c][0], "source_name": items[c][1]}
        for c in codes
        if c in items
    ]


def render(table: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="country-coder borders.json")
    parser.add_argument("--out", type=Path, default=DATA_DIR / "country_wikidata.csv")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"{args.source}: not found; run `make .venv/.test-installed` first", file=sys.stderr)
        return 2
    table = rows(args.source, DATA_DIR / "countries.csv")
    args.out.write_text(render(table), encoding="utf-8")
    print(f"wrote {args.out}: {len(table)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
