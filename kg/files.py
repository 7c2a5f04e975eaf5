"""Temporary files for atomic outputs: written beside the target, then renamed over it.

``tempfile`` makes them owner-only (0600/0700); outputs are ordinary files that other users
and servers read, so they get the permissions a plain ``open()`` would give under the umask.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
