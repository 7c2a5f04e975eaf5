"""The query workers of `kg serve`: processes that each open the store read-only and answer
one job at a time.

A query that exceeds the timeout cannot be interrupted inside pyoxigraph, but its process can
be killed and replaced, so one runaway query never takes the server down. Each worker also
runs under an address-space cap (a query that allocates past it kills only its worker: HTTP
503) and cannot open a network socket (``kg.sparql.sandbox``). When ``kg build`` replaces the
store, workers reopen it before their next query: every answer comes from one store, never a
mix of old and new.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import signal
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.errors import E, KgError
from kg.web.http import GRAPH_TYPES, RESULT_TYPES, TRUNCATED_HEADER, Reply, negotiate, text_reply


@dataclass(frozen=True)
class Job:
    sparql: str
    accept: str | None
    max_results: int
    store_id: tuple[int, int] | None = None  # the store the answer must come from


def answer(store: object, job: Job) -> Reply:
    """Run one job against an open store: the whole request->response step, minus HTTP."""
    import pyoxigraph as ox

    from kg.sparql.query import (
        DEFAULT_PREFIXES,
        declared_prefixes,
        run_query,
        serialize_graph,
        serialize_results,
    )

    assert isinstance(store, ox.Store)
    try:
        result = run_query(store, job.sparql, max_results=job.max_results)
    except KgError as err:
        if err.code is E.E011:  # the client's own text, quoted back with its position
            return text_reply(HTTPStatus.BAD_REQUEST, err.message)
        # Never echo the engine's words: they may quote what another service answered.
        sys.stderr.write(f"kg serve: {err.message[:500]}\n")
        return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, QUERY_FAILED)
    offered = GRAPH_TYPES if result.kind == "graph" else RESULT_TYPES
    media = negotiate(job.accept, offered)
    if media is None:
        return text_reply(
            HTTPStatus.NOT_ACCEPTABLE, "acceptable types: " + ", ".join(sorted(set(offered)))
        )
    fmt = offered[media]
    if result.kind == "graph":
        prefixes = {**DEFAULT_PREFIXES, **declared_prefixes(job.sparql)}
        body = serialize_graph(result, fmt, prefixes)
    elif result.kind == "ask" and fmt in ("csv", "tsv"):
        body = b"true\n" if result.boolean else b"false\n"
    else:
        body = serialize_results(result, fmt)
    reply = Reply(HTTPStatus.OK, f"{media}; charset=utf-8", body)
    if result.truncated:
        reply.headers[TRUNCATED_HEADER] = f"true; limit={job.max_results}"
    return reply


def _worker_main(store_dir: str, conn: Connection, memory_mb: int = 0) -> None:
    """Worker process: seal itself off the network, cap its memory, open the store read-only,
    then answer jobs until the pipe closes. A job made after the store was rebuilt reopens it
    first; if that fails the job is refused rather than answered from the old store."""
    from kg.sparql.sandbox import deny_network, limit_memory
    from kg.sparql.store import Snapshot, open_snapshot

    sealed = deny_network()
    if memory_mb:
        limit_memory(memory_mb)
    try:
        snapshot: Snapshot | None = open_snapshot(Path(store_dir))
    except KgError as err:
        conn.send(err.message)
        return
    conn.send("ready" if sealed else "ready:network")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if snapshot is None or job.store_id != snapshot.identity:
            snapshot = None  # closes the old store's files before the new one is opened
            try:
                snapshot = open_snapshot(Path(store_dir))
            except (KgError, OSError) as err:
                conn.send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, reopen_failed(err)))
                continue
            if job.store_id != snapshot.identity:  # replaced again meanwhile: ask again
                conn.send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, reopen_failed(None)))
                continue
        try:
            reply = answer(snapshot.store, job)
        except MemoryError:
            reply = text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _memory_message(memory_mb))
        except Exception as err:  # noqa: BLE001 - report, keep serving
            # As above: the operator sees the engine's words in the log, the client does not.
            sys.stderr.write(f"kg serve: query failed: {' '.join(str(err).split())[:500]}\n")
            reply = text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, QUERY_FAILED)
        conn.send(reply)


QUERY_FAILED = "query failed while running (not a syntax error); the server log has details"


def _memory_message(memory_mb: int) -> str:
    return (
        f"query needed more than the {memory_mb} MB a query worker may use and was stopped; "
        "add a LIMIT or make the pattern more selective"
    )


def reopen_failed(err: Exception | None) -> str:
    why = f" ({' '.join(str(err).split())[:200]})" if err else ""
    return f"the store is being replaced; try again{why}"


class _Worker:
    def __init__(self, ctx: mp.context.SpawnContext, store_dir: Path, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker_main, args=(str(store_dir), child, memory_mb), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.sealed = False  # True once the worker reports it cannot open network sockets

    def wait_ready(self, timeout: float) -> str:
        if self.ready:
            return "ready"
        if not self.conn.poll(timeout):
            return "worker did not start in time"
        message = str(self.conn.recv())
        self.ready = message.startswith("ready")
        self.sealed = message == "ready"
        return "ready" if self.ready else message

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query processes; a timed-out one is killed and replaced."""

    def __init__(self, store_dir: Path, size: int = 2, memory_mb: int = 0) -> None:
        self._ctx = mp.get_context("spawn")  # fork + threads is unsafe; spawn is clean
        self._store_dir = store_dir
        self._memory_mb = memory_mb
        self.sealed = True  # every worker is cut off from the network
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(max(1, size))]
        for worker in workers:
            message = worker.wait_ready(60)
            if message != "ready":
                self.close()
                raise KgError(E.E053, detail=message)
            self.sealed = self.sealed and worker.sealed
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self._store_dir, self._memory_mb)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        if not self._closed:
            self._idle.put(self._spawn())

    def run(self, job: Job, timeout: float) -> Reply:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text_reply(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"all query workers are busy; try again (waited {timeout:g} s)",
            )
        try:
            started = worker.wait_ready(max(0.0, deadline - time.monotonic()))
            if started != "ready":
                self._retire(worker)
                return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, started)
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._retire(worker)  # the only way to stop a running pyoxigraph query
                return text_reply(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"query timed out after {timeout:g} s and was cancelled; "
                    "add a LIMIT or make the pattern more selective",
                )
            reply: Reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            worker.process.join(2)
            code = worker.process.exitcode
            self._retire(worker)
            if self._memory_mb and code == -signal.SIGABRT:  # Rust aborts when malloc fails
                return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _memory_message(self._memory_mb))
            return text_reply(
                HTTPStatus.SERVICE_UNAVAILABLE, f"the query worker stopped (exit code {code})"
            )
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
