"""The loaded pipeline and extractor are ~130k long-lived objects: keep the cyclic garbage
collector off them in the processes that parse.

A full collection walks every tracked object (0.13-0.15 s over the loaded pipeline and
extractor), and in a forked process the first one also writes to every object's header, so
the pages it shares with its parent are copied. ``gc.freeze`` before a fork (Python's own
advice for pre-forking servers) leaves those objects out of every later collection, in the
parent and in its children; objects are still freed by reference counting, only cycles among
the frozen ones would wait until ``gc.unfreeze``. Nothing the build writes depends on when
the collector runs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """The objects alive now left out of collections until the block ends (forks made inside
    it inherit that); afterwards they are collected as before, unless the caller had frozen
    objects itself (``gc.unfreeze`` would release those too)."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()
