"""Writing graphs to disk: deterministic, and atomic (temp file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from rdflib import Graph

from kg.errors import E, KgError


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write via a temp file in the same directory, then rename: readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise KgError(E.E012, path, err.strerror or str(err)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle with prefixes declared; rdflib sorts subjects and predicates, so it is stable."""
    data = graph.serialize(format="turtle", encoding="utf-8")
    assert isinstance(data, bytes)
    return data


def write_turtle(graph: Graph, path: Path) -> None:
    data = turtle_bytes(graph)
    atomic_write(path, lambda fh: fh.write(data))
