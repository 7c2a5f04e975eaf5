"""Where a build is. Every command that reads a build takes the build directory (what
``kg build --out`` wrote) as well as the store or graph file inside it, and the environment
variable ``KG_BUILD`` names the build to use when no path is given (else ``./build``)."""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import E, KgError

ENV = "KG_BUILD"
STORE = "store"
GRAPH = "graph.ttl"


def default_build() -> Path:
    """``$KG_BUILD`` if set, else ``build`` (relative to the working directory)."""
    return Path(os.environ.get(ENV) or "build")


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()  # RocksDB's marker file: a store is there


def store_path(given: Path | None) -> Path:
    """The store of ``given`` (a store, or a build directory holding ``store/``), or of the
    default build. ``E014`` naming every place looked in when there is none."""
    base = given if given is not None else default_build()
    for candidate in (base, base / STORE):
        if _is_store(candidate):
            return candidate
    source = "--store" if given is not None else (f"${ENV}" if os.environ.get(ENV) else
                                                  f"the default; set ${ENV} or pass --store")
    raise KgError(E.E014, f"{base} or {base / STORE} ({source})")


def graph_path(given: Path | None) -> Path:
    """The Turtle file of ``given`` (a graph file, or a build directory holding
    ``graph.ttl``), or of the default build. A missing file is returned as is: the reader
    reports it."""
    base = given if given is not None else default_build()
    if base.is_dir() and (base / GRAPH).is_file():
        return base / GRAPH
    return base
