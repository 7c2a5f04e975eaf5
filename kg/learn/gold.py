"""Gold annotations per document, and which gold entities a mention names.

Names are compared as the reference scorer (``../shared/spec/score.py``) compares them:
case-folded, possessive "'s" and apostrophes dropped, punctuation ignored, a leading "the"
dropped; a mention matches a gold entity of its own class by its text, an alias stated with
it, or the full name a short form stands for.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import E, KgError
from kg.extract.context import Found


def norm(name: str) -> str:
    s = re.sub(r"['’‘`]+s\b", "", name.casefold())
    s = re.sub(r"['’‘`]", "", s)
    s = re.sub(r"\bpeoples\b", "people", s)
    s = re.sub(r"[\"“”.,()\-–—:;!?]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class DocGold:
    """One gold file: entities (id -> class and name keys) and relations."""

    doc: str  # the text file's name
    entities: dict[str, tuple[str, frozenset[str]]]
    relations: frozenset[tuple[str, str, str]]

    def ids(self, found: Found) -> frozenset[str]:
        """The gold entities of the mention's class that it names."""
        keys = mention_keys(found)
        return frozenset(
            gid for gid, (cls, gkeys) in self.entities.items() if cls == found.cls and keys & gkeys
        )


def mention_keys(found: Found) -> frozenset[str]:
    """The name keys a mention answers to: its text, the aliases stated with it and the full
    name a short form stands for."""
    names = [found.text, *found.aliases]
    if found.cand.refers_to:
        names.append(found.cand.refers_to)
    return frozenset(norm(n) for n in names) - {""}


def load_gold_dir(gold_dir: Path) -> list[DocGold]:
    """Every gold file of ``gold_dir``, sorted by file name."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise KgError(E.E009, gold_dir)
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            ents = {
                str(e["id"]): (
                    str(e["type"]),
                    frozenset(norm(str(n)) for n in [e["name"], *(e.get("aliases") or [])]),
                )
                for e in data["entities"]
            }
            rels = frozenset((str(r["s"]), str(r["p"]), str(r["o"])) for r in data["relations"])
            out.append(DocGold(str(data["doc"]), ents, rels))
        except KeyError as err:
            raise KgError(E.E010, path, f"missing key {err}") from None
        except (OSError, ValueError, TypeError, AttributeError) as err:
            raise KgError(E.E010, path, str(err).splitlines()[0] or "bad JSON") from None
    return out
