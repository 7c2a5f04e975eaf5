"""Temporary files for atomic outputs: written beside the target, then renamed over it.

``tempfile`` makes them owner-only (0600/0700); outputs are ordinary files that other users
and servers read, so they get the permissions a plain ``open()`` would give under the umask.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kg.errors import E, KgError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temp_file(target: Path) -> tuple[int, str]:
    """An open temp file next to ``target``: (fd, path)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


def temp_dir(target: Path) -> Path:
    """A temp directory next to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    tmp.chmod(0o777 & ~_umask())
    return tmp


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write via a temp file in the same directory, then rename: readers never see half.
    A place that cannot be written (under a file, a read-only folder, a full disk) is E012."""
    try:
        fd, tmp = temp_file(path)
    except OSError as err:
        raise KgError(E.E012, path, err.strerror or str(err)) from None
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
