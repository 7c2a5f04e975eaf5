"""Running the real `kg` under limits: a memory cap, a file-size cap, and without root's
right to read and write what file modes deny (tests run as root in CI containers)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

KG = str(Path(sys.executable).parent / "kg")
MEMORY_CAP = 2 << 30  # bytes of address space: a runaway child fails instead of eating RAM
# Root ignores file modes through these two capabilities; dropped, chmod 000 denies again.
_NO_DAC = "--bounding-set=-dac_override,-dac_read_search"


def caps(memory: int = MEMORY_CAP, file_size: int | None = None) -> Callable[[], None]:
    """A ``preexec_fn`` setting RLIMIT_AS (and RLIMIT_FSIZE) in the child."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def kg_run(
    *args: str | Path,
    memory: int = MEMORY_CAP,
    file_size: int | None = None,
    modes_apply: bool = False,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` capped at ``memory``; with ``modes_apply`` file modes bind it even as root."""
    command = [KG, *map(str, args)]
    if modes_apply:
        command = [*mode_bound_prefix(), *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=caps(memory, file_size),
    )


def mode_bound_prefix() -> list[str]:
    """How to start a process that file modes bind: nothing for a normal user; for root,
    ``setpriv`` dropping the capabilities that override modes (skip if it cannot)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: chmod cannot deny root")
    probe = subprocess.run([setpriv, _NO_DAC, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode()[:200]}")
    return [setpriv, _NO_DAC]


def one_error_line(done: subprocess.CompletedProcess[str], code: str) -> str:
    """Exit 2 and one `kg: error: CODE: ...` line, no traceback; the line."""
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr[-2000:]
    assert lines[0].startswith(f"kg: error: {code}: "), lines[0]
    assert "Traceback" not in done.stdout
    return lines[0]
