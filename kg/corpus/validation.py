"""The checks every corpus file passes before it becomes a ``Document``.

One place decides what is wrong with a file, so every problem is one coded error that names
the file (``--skip-bad`` turns it into a warning and a skip) instead of a traceback somewhere
later in the pipeline:

* where it is: a link that leads out of the corpus directory is not read;
* its name and size: file names must be UTF-8, files at most ``MAX_FILE_BYTES``;
* its encoding: UTF-8, or UTF-16/32 with a byte-order mark; no binary data;
* its front matter: YAML of bounded size and bounded alias expansion (a few hundred bytes
  of nested aliases can stand for gigabytes), with values of the right types: ``title``
  short text, ``date`` a real calendar date, ``source`` a well-formed http(s) URL.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from kg.errors import E, KgError

MAX_FILE_BYTES = 100 << 20  # far above any article; long texts are split, not refused
MAX_FRONT_MATTER = 64 << 10  # bytes of YAML between the '---' lines
MAX_YAML_NODES = 10_000  # nodes after alias expansion
MAX_TITLE = 1_000  # characters

# Longest BOM first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC_DATE = re.compile(r"\d+-\d+-\d+")  # meant as an ISO date: it must be a real one
# What kg.graph.rdf percent-encodes when it writes a source URL as an IRI.
_IRI_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in '<>"{}|^`\\ '})


def check_location(path: Path, root: Path) -> None:
    """``path`` (found under ``root``) must really be inside ``root``: a symlink to
    /etc/passwd in a corpus must not turn system files into graph text."""
    real = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root))
    if real != base and base not in real.parents:
        raise KgError(E.E020, path, str(real))


def check_name(name: str, path: Path) -> None:
    """File names become document names in the graph: they must be text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise KgError(E.E025, path) from None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, size-checked; unreadable files are E021 (not an output error)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KgError(
                E.E022, path, f"{size / (1 << 20):.0f} MB; at most {MAX_FILE_BYTES >> 20} MB"
            )
        with path.open("rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise KgError(E.E021, path, err.strerror or str(err)) from None


def decode(data: bytes, path: Path) -> str:
    """Text of a file: UTF-8, or UTF-16/32 announced by a byte-order mark."""
    if not data.strip():
        raise KgError(E.E005, path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise KgError(E.E003, path, f"bad {encoding.upper()} at byte {err.start}") from None
            if not text.strip():
                raise KgError(E.E005, path)
            if "\x00" in text:
                raise KgError(E.E004, path)
            return text
    if b"\x00" in data[:8192]:
        raise KgError(E.E004, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise KgError(E.E003, path, f"byte {err.start}") from None


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses documents which expand to more than MAX_YAML_NODES nodes."""

    def compose_document(self) -> yaml.Node:  # type: ignore[override]
        node = super().compose_document()
        _count_nodes(node)
        return node

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> object:  # type: ignore[override]
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # 2024-02-30 looks like a date to YAML's resolver
            raise yaml.YAMLError(f"date {node.value} does not exist") from None


_BoundedLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _BoundedLoader.construct_yaml_timestamp
)


def _count_nodes(root: yaml.Node) -> None:
    sizes: dict[int, int] = {}  # node id -> expanded size; aliases share nodes

    def size(node: yaml.Node, depth: int) -> int:
        if depth > 100:
            raise yaml.YAMLError("nested more than 100 levels deep")
        known = sizes.get(id(node))
        if known is not None:
            return known
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        if total > MAX_YAML_NODES:
            raise yaml.YAMLError(
                f"expands to more than {MAX_YAML_NODES} values (aliases of aliases?)"
            )
        sizes[id(node)] = total
        return total

    size(root, 0)


def load_front_matter(block: str, path: Path) -> dict[str, object]:
    """The YAML between the '---' lines as a mapping (E006 for anything else)."""
    if len(block.encode("utf-8")) > MAX_FRONT_MATTER:
        raise KgError(E.E006, path, f"longer than {MAX_FRONT_MATTER >> 10} KB")
    try:
        meta = yaml.load(block, Loader=_BoundedLoader) or {}  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as err:
        raise KgError(E.E006, path, str(err).splitlines()[0]) from None
    except (ValueError, TypeError, OverflowError) as err:  # e.g. date 2024-02-30
        raise KgError(E.E006, path, _one_line(err)) from None
    if not isinstance(meta, dict):
        raise KgError(E.E006, path, "front matter is not a mapping")
    return meta


def front_matter_title(value: object, path: Path) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise KgError(E.E006, path, f"title must be text, not {_kind(value)}")
    title = " ".join(str(value).split())
    if len(title) > MAX_TITLE:
        raise KgError(E.E006, path, f"title is {len(title)} characters; at most {MAX_TITLE}")
    return title or None


def front_matter_date(value: object, path: Path) -> str | None:
    """An ISO date from the front matter's ``date`` (a YAML date, datetime or string)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        if not _NUMERIC_DATE.match(text):
            return None  # "13 Nov 2024": left unknown, never guessed
        m = _DATE.match(text)
        if m and (len(text) == 10 or text[10] in "T "):
            try:
                return dt.date.fromisoformat(m.group(0)).isoformat()
            except ValueError:
                raise KgError(E.E006, path, f"date {m.group(0)} does not exist") from None
    raise KgError(E.E006, path, f"date must be YYYY-MM-DD, not {_shown(value)}")


def check_url(url: str, path: Path) -> str:
    """A source URL that can stand as an IRI: http(s), a host, valid escapes and port."""
    import pyoxigraph as ox

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a non-numeric or out-of-range port
        ox.NamedNode(url.translate(_IRI_ESCAPES))
    except ValueError as err:
        raise KgError(E.E019, path, f"{_shown(url)}: {_one_line(err)}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise KgError(E.E019, path, f"{_shown(url)}: expected http(s)://host/...")
    if any(ch.isspace() for ch in parts.netloc):
        raise KgError(E.E019, path, f"{_shown(url)}: a space in the host name")
    return url


def _kind(value: object) -> str:
    return {list: "a list", dict: "a mapping", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 80 else text[:77] + "...")


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())[:200]
