"""Atomic outputs get ordinary permissions, so servers and other users can read them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kg.files import atomic_write, temp_dir


def test_atomic_write_respects_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "graph.ttl"
        atomic_write(target, lambda fh: fh.write(b"x"))
        tmp = temp_dir(tmp_path / "store")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert stat.S_IMODE(tmp.stat().st_mode) == 0o755
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph")] == []
