"""The store loaded beside the graph writer: ``kg build`` writes its N-Triples in this process
while a second one parses the same text from a pipe and loads it into the store.

Written one after the other, the graph files (Python renders every statement) and the store
(oxigraph parses the Turtle back, the statements are placed in their named graphs, RocksDB
indexes them) take about a twentieth of a one-job build; side by side on two cores the store
adds little to the writing. The store holds the same statements as one loaded from
``graph.ttl`` (:func:`kg.sparql.store.load_store`): the Turtle is re-serialised from those very
N-Triples.

The loader is a fresh interpreter running :func:`main`, not a fork: RocksDB's
background threads do not survive a fork, and a forked child of a process that has opened a
store before (a second build in one process) would wait for them forever. It is started when
the build starts, so its imports overlap the loading of the spaCy pipeline, and waits for the
first line: a JSON header naming the store directory and its prefixes, then the N-Triples
text. Only where a second core is free: ``StoreFeed.start`` returns None elsewhere and the
caller loads ``graph.ttl`` afterwards, as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.errors import E, KgError

_PIPE_BYTES = 1 << 20  # the writer runs ahead of the loader by up to this much
_ROOT = Path(__file__).resolve().parents[2]  # where this kg package is imported from


class StoreFeed:
    """A loader process: :meth:`begin`, :meth:`write` the N-Triples text, :meth:`finish`."""

    def __init__(self) -> None:
        # This kg, whatever the working directory or PYTHONPATH put first on the path.
        code = f"import sys; sys.path.insert(0, {str(_ROOT)!r}); import {__name__} as m; m.main()"
        self._proc = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert self._proc.stdin is not None
        self._in = self._proc.stdin
        try:
            import fcntl

            fcntl.fcntl(self._in.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        except (ImportError, OSError, AttributeError):
            pass  # a smaller pipe only means more waiting
        self._broken = False
        self._store: Path | None = None

    @classmethod
    def start(cls) -> StoreFeed | None:
        """A loader, or None where there is no second core to run it on."""
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # not on every platform
            cores = os.cpu_count() or 1
        return cls() if cores > 1 and sys.executable else None

    def begin(self, store_dir: Path, prefixes: dict[str, str]) -> None:
        """Name the store to build and its prefixes; the N-Triples text follows."""
        self._store = store_dir.absolute()
        header = {"store": str(self._store), "prefixes": prefixes}
        self.write(json.dumps(header, sort_keys=True) + "\n")
        try:
            self._in.flush()  # now: the loader opens the store as soon as it has the header
        except BrokenPipeError:
            self._broken = True

    def write(self, text: str) -> None:
        """Hand the loader some complete N-Triples lines."""
        if self._broken:
            return
        try:
            self._in.write(text.encode("utf-8"))
        except BrokenPipeError:  # the loader stopped: finish() raises its error
            self._broken = True

    def end(self) -> None:
        """No more N-Triples: the loader indexes what it has while the caller goes on."""
        try:
            self._in.close()
        except BrokenPipeError:
            pass

    def finish(self) -> None:
        """Wait for the store to be in place; E012 with the loader's last word if it failed."""
        self.end()
        assert self._proc.stderr is not None
        said = self._proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
        if self._proc.wait() != 0:
            why = said[-1] if said else f"the store loader ended with {self._proc.returncode}"
            raise KgError(E.E012, self._store, why)

    def abort(self) -> None:
        """Stop the loader if it still runs (nothing is loaded before the header)."""
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        for pipe in (self._in, self._proc.stderr):
            try:
                if pipe is not None:
                    pipe.close()
            except BrokenPipeError:
                pass


def main() -> None:
    """The loader: a header line, then N-Triples, from stdin into a store."""
    import pyoxigraph as ox

    from kg.graph.dataset import ontology_quads, split_quads
    from kg.sparql.store import fill_store

    text = sys.stdin.buffer
    line = text.readline()
    if not line:
        return  # the build stopped before its graph was written
    header = json.loads(line)

    def quads() -> Iterator[ox.Quad]:
        # The parser waits for its first input when made: only once the store is open
        # (fill_store opens it first), which the build has it do while it parses.
        yield from split_quads(ox.parse(input=text, format=ox.RdfFormat.N_TRIPLES))
        yield from ontology_quads()

    try:
        fill_store(quads(), lambda: dict(header["prefixes"]), Path(header["store"]))
    except KgError as err:
        sys.exit(err.detail or err.message)

