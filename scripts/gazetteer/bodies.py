"""National bodies, organisations, initiatives, events: the hand-kept bodies.csv normalised."""

from __future__ import annotations

from pathlib import Path

from .common import DATA_DIR, _read_csv, join_aliases

BODIES = DATA_DIR / "bodies.csv"  # hand-kept, the source: rewriting it only normalises it


def body_rows(src: Path = BODIES) -> list[dict[str, str]]:
    """The hand-kept bodies, aliases cleaned (join_aliases) and rows sorted."""
    rows = [{"name": r["name"].strip(), "cls": r["cls"].strip(),
             "aliases": join_aliases(r["aliases"].split(";"), r["name"].strip())}
            for r in _read_csv(src)]
    return sorted(rows, key=lambda r: (r["name"], r["cls"]))
