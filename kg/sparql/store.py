"""The embedded SPARQL store: the built graph loaded into an on-disk pyoxigraph (RocksDB) store.

The store is a dataset (:mod:`kg.graph.dataset`): the ontology and each document in a named graph,
entities in the default graph; queries see the union.

``kg build`` writes ``OUT/store``; ``kg query`` and ``kg serve`` open it read-only. RocksDB holds
an exclusive lock on read-write instances, so everything that only reads must use
:func:`open_store` with ``read_only=True`` (the default) -- then several queries and a running
server can share one store.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.errors import E, KgError
from kg.files import temp_dir
from kg.graph.dataset import dataset_quads

PREFIXES_FILE = "kaifang-prefixes.json"
"""Sidecar in the store directory: the Turtle file's prefixes, for compact query output."""
CHECKSUMS_FILE = "kaifang-checksums.json"
"""Sidecar in the store directory: size and sha256 of every file, written by the build and
checked before the store is opened read-only. RocksDB does not notice every damaged data
block, and pyoxigraph decoding one can ask for gigabytes (issue 21): a damaged store must be
an error, not a runaway process."""
_UNCHECKED = ("LOCK", "LOG", CHECKSUMS_FILE)  # RocksDB's lock and info log change freely


def turtle_prefixes(turtle: Path) -> dict[str, str]:
    """The ``@prefix`` declarations of a Turtle file (parsed, not regex-scraped)."""
    parser = ox.parse(path=turtle, format=ox.RdfFormat.TURTLE)
    for _ in parser:  # prefixes are only known once the parser has read the file
        pass
    return dict(parser.prefixes)


LOAD_CHUNK = 250_000


def load_store(turtle: Path, store_dir: Path) -> ox.Store:
    """Load ``turtle`` into a fresh on-disk store at ``store_dir`` and return it read-only.

    The store is built in a temporary sibling directory and renamed into place, so a reader
    (``kg serve``) never sees a half-loaded store and a failed load leaves the old one intact.
    """
    if not turtle.is_file():
        raise KgError(E.E008, turtle, "file not found")
    parser = ox.parse(path=turtle, format=ox.RdfFormat.TURTLE)
    # The prefixes are known once the load has read the whole file.
    fill_store(dataset_quads(turtle, parser=parser), lambda: dict(parser.prefixes), store_dir)
    return open_store(store_dir.absolute())


def fill_store(
    quads: Iterable[ox.Quad], prefixes: Callable[[], dict[str, str]], store_dir: Path
) -> None:
    """Load ``quads`` into a fresh on-disk store at ``store_dir`` (built in a temporary
    sibling directory and renamed into place), with ``prefixes()`` as its prefixes sidecar."""
    store_dir = store_dir.absolute()
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_dir(store_dir)
    try:
        store = ox.Store(tmp)
        # Streamed in chunks: bulk_load of a 2M-triple file peaks at ~1.5 GB, this at ~0.4.
        it = iter(quads)
        while chunk := list(islice(it, LOAD_CHUNK)):
            store.bulk_extend(chunk)
        store.flush()
        store.optimize()
        del store  # closes RocksDB and releases its lock before the rename
        (tmp / PREFIXES_FILE).write_text(json.dumps(prefixes(), indent=1, sort_keys=True))
        (tmp / CHECKSUMS_FILE).write_text(json.dumps(_checksums(tmp), indent=1, sort_keys=True))
        old: Path | None = None
        if store_dir.exists():
            old = store_dir.with_name(f".{store_dir.name}.old.{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(store_dir, old)
        os.replace(tmp, store_dir)
        if old is not None:
            # Readers that still have the old store open keep their (unlinked) files on Linux.
            shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise KgError(E.E012, store_dir, err.strerror or str(err)) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def open_store(store_dir: Path, read_only: bool = True) -> ox.Store:
    """Open the store built by :func:`load_store`; ``E014`` if there is none at ``store_dir``."""
    if not (store_dir / "CURRENT").is_file():  # RocksDB's marker file: the store exists
        raise KgError(E.E014, store_dir)
    if read_only:
        verify_store(store_dir)
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(store_dir)
    except (OSError, RuntimeError, ValueError) as err:  # RocksDB reports corruption as these
        why = " ".join(str(err).split())[:300]
        raise KgError(
            E.E046, store_dir, why,
        ) from None


def _checked_files(store_dir: Path) -> list[Path]:
    return sorted(
        p for p in store_dir.iterdir() if p.name not in _UNCHECKED and not p.name.startswith("LOG")
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _checksums(store_dir: Path) -> dict[str, list[int | str]]:
    return {p.name: [p.stat().st_size, _sha256(p)] for p in _checked_files(store_dir)}


def verify_store(store_dir: Path) -> None:
    """E046 unless every file of the store is the one the build wrote (sizes first, then
    sha256: a few seconds per GB)."""

    def damaged(why: str) -> KgError:
        return KgError(E.E046, store_dir, f"damaged ({why})")

    try:
        expected = json.loads((store_dir / CHECKSUMS_FILE).read_text())
        files = {p.name: p for p in _checked_files(store_dir)}
    except FileNotFoundError:
        raise KgError(
            E.E046,
            store_dir,
            f"no {CHECKSUMS_FILE} (written by an older kg, or not by kg build) to check it by",
        ) from None
    except (OSError, ValueError) as err:
        raise damaged(f"{CHECKSUMS_FILE}: {err}") from None
    if not isinstance(expected, dict) or set(expected) != set(files):
        unexpected = sorted(set(files) ^ set(expected if isinstance(expected, dict) else ()))
        raise damaged(f"files missing or added: {', '.join(unexpected[:5]) or CHECKSUMS_FILE}")
    try:
        for name, path in sorted(files.items()):
            if path.stat().st_size != expected[name][0]:
                raise damaged(f"{name} has changed size")
        for name, path in sorted(files.items()):
            if _sha256(path) != expected[name][1]:
                raise damaged(f"{name} does not match its checksum")
    except (OSError, TypeError, IndexError) as err:
        raise damaged(str(err)) from None


def store_identity(store_dir: Path) -> tuple[int, int] | None:
    """(device, inode) of the directory ``store_dir`` leads to now (symlinks followed); a
    rebuilt store is a new directory, so this changes when ``kg build`` replaces it. None
    while there is no store there."""
    try:
        st = os.stat(store_dir)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class Snapshot:
    """One store opened read-only, and which directory it is (:func:`store_identity`)."""

    store: ox.Store
    identity: tuple[int, int]


def open_snapshot(store_dir: Path) -> Snapshot:
    """Open the store ``store_dir`` leads to now, by its real path: RocksDB opens data files
    lazily by path, and a path that a rebuild points elsewhere must not mix two stores."""
    for _ in range(5):
        real = Path(os.path.realpath(store_dir))
        before = store_identity(real)
        store = open_store(real)
        if before is not None and store_identity(real) == before:
            return Snapshot(store, before)
        del store  # replaced while opening: open the new one
    raise KgError(E.E047, store_dir)


def store_prefixes(store_dir: Path) -> dict[str, str]:
    """Prefixes saved next to the store's data (empty if none were saved)."""
    try:
        data = json.loads((store_dir / PREFIXES_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def memory_store(turtle: Path) -> ox.Store:
    """An in-memory store holding one Turtle file (``kg query --graph``)."""
    if not turtle.is_file():
        raise KgError(E.E008, turtle, "file not found")
    store = ox.Store()
    store.bulk_extend(dataset_quads(turtle))
    return store
