"""The outputs of one build switch together, and only one build writes a directory at a time.

A build writes its whole set (``graph.ttl``, ``graph.nt``, ``graph.html``, ``store/``) into a
fresh directory ``OUT/.sets/set-*``; publishing it is one atomic step, the rename of the
symlink ``OUT/.current`` to point at it. ``OUT/graph.ttl`` and its siblings are symlinks
through ``.current``, so at every instant they all belong to one build: an interrupted build
leaves the previous set in place, never a new graph beside an old page and store. A reader
that opened the previous set (``kg serve``) keeps its open files; the next build removes the
set.

``build_lock`` holds an exclusive ``flock`` on ``OUT`` itself for the whole build (cache
included): a second build into the same directory stops at once with E018 instead of both
failing half-way. The kernel drops the lock when the process dies, so there is nothing to
clean up after a crash.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import E, KgError
from kg.files import _umask

CURRENT = ".current"
SETS = ".sets"
OUTPUT_NAMES = ("graph.ttl", "graph.nt", "graph.html", "store")


def prepare_out_dir(out_dir: Path) -> None:
    """Create ``out_dir``; E012 (naming the problem) when it is a file or cannot be written."""
    if out_dir.exists() and not out_dir.is_dir():
        raise KgError(E.E012, out_dir, "it is a file, not a directory; pass a directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(E.E012, out_dir, err.strerror or str(err)) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise KgError(E.E012, out_dir, "permission denied")


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Exclusive lock on ``out_dir`` for as long as the block runs (E018 if another build
    holds it)."""
    import fcntl

    prepare_out_dir(out_dir)
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise KgError(E.E018, out_dir, "it holds the directory's lock") from None
            raise KgError(E.E012, out_dir, err.strerror or str(err)) from None
        yield
    finally:
        os.close(fd)  # releases the lock


class OutputSet:
    """A new set of outputs being written beside the published one."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        sets = out_dir / SETS
        try:
            sets.mkdir(exist_ok=True)
            self.dir = Path(tempfile.mkdtemp(dir=sets, prefix="set-"))
            self.dir.chmod(0o777 & ~_umask())
        except OSError as err:
            raise KgError(E.E012, out_dir, err.strerror or str(err)) from None

    def path(self, name: str) -> Path:
        """Where output ``name`` is written in this set."""
        return self.dir / name

    def published(self, name: str) -> Path:
        """Where users find output ``name``: ``OUT/name``."""
        return self.out_dir / name

    def publish(self) -> None:
        """Make this set the current one in one rename, then tidy up around it."""
        out = self.out_dir
        names = sorted(p.name for p in self.dir.iterdir() if not p.name.startswith("."))
        try:
            _replace_symlink(out / CURRENT, Path(SETS) / self.dir.name)
            for name in OUTPUT_NAMES:
                _expose(out, name, present=name in names)
            _remove_other_sets(out, keep=self.dir.name)
        except OSError as err:
            raise KgError(E.E012, out, err.strerror or str(err)) from None

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _replace_symlink(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (a new symlink renamed over the old entry)."""
    tmp = link.with_name(f"{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _expose(out: Path, name: str, present: bool) -> None:
    """``OUT/name`` -> ``.current/name`` when the set has it; gone when it does not (an
    output the new build did not write must not linger beside the ones it did)."""
    entry = out / name
    target = Path(CURRENT) / name
    if entry.is_symlink():
        if present and Path(os.readlink(entry)) == target:
            return
        if not present:
            entry.unlink()
            return
    elif entry.exists():  # a plain file or directory from an older kg: move it aside first
        aside = out / f".{name}.old.{os.getpid()}"
        os.replace(entry, aside)
        if aside.is_dir():
            shutil.rmtree(aside, ignore_errors=True)
        else:
            aside.unlink(missing_ok=True)
    if present:
        _replace_symlink(entry, target)


def _remove_other_sets(out: Path, keep: str) -> None:
    for old in (out / SETS).iterdir():
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


