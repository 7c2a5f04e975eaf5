"""The query workers of `kg serve`: processes that each open the store read-only and answer
one job at a time.

A query that exceeds the timeout cannot be interrupted inside pyoxigraph, but its process can
be killed and replaced, so one runaway query never takes the server down. Each worker also
runs under an address-space cap (a query that allocates past it kills only its worker: HTTP
503) and cannot open a network socket (``kg.sparql.sandbox``). Every check of a query's text
runs here, under the query's timeout, before the engine sees it (:func:`vet`: the cheap
lexical bounds of ``kg.sparql.lexical``, then rdflib's parse in ``kg.sparql.guard``), so no
query text can cost the server process CPU. When ``kg build`` replaces the store, workers
reopen it before their next query: every answer comes from one store, never a mix of old and
new.
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
    sparql: str  # as the client sent it: the worker vets it
    accept: str | None
    max_results: int
    store_id: tuple[int, int] | None = None  # the store the answer must come from
    # the protocol's default-graph-uri / named-graph-uri: the dataset, overriding FROM
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def vet(text: str, sealed: bool) -> tuple[Reply | None, str]:
    """(a refusal, or None) and the text the engine is to run; run in the worker, under the
    query's timeout. ``sealed``: this process cannot reach the network, so a query the
    parser cannot vet may still run (the engine reports its syntax errors best)."""
    from kg.sparql.guard import inspect_cached, normalize
    from kg.sparql.lexical import complexity_refusal, uses_service
    from kg.sparql.query import DEFAULT_PREFIXES

    sparql = normalize(text)
    too_complex = complexity_refusal(sparql)
    if too_complex:
        return text_reply(HTTPStatus.BAD_REQUEST, too_complex), sparql
    if uses_service(sparql):  # seen where rdflib cannot follow (LATERAL, VERSION, 100 KB...)
        return text_reply(HTTPStatus.BAD_REQUEST, SERVICE_REFUSED), sparql
    verdict = inspect_cached(sparql, DEFAULT_PREFIXES)
    if verdict.kind == "update":
        return text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"), sparql
    if verdict.service:
        return text_reply(HTTPStatus.BAD_REQUEST, SERVICE_REFUSED), sparql
    if verdict.kind == "unknown" and not sealed:
        message = "this query cannot be checked on this platform; use SPARQL 1.1 syntax"
        return text_reply(HTTPStatus.BAD_REQUEST, message), sparql
    return None, sparql


SERVICE_REFUSED = "SERVICE (federated query) is disabled on this endpoint"


def answer(store: object, job: Job, sealed: bool = True) -> Reply:
    """Vet and run one job against an open store: the request->response step, minus HTTP."""
    import pyoxigraph as ox

    from kg.sparql.query import (
        DEFAULT_PREFIXES,
        declared_prefixes,
        run_query,
        serialize_graph,
        serialize_results,
    )

    assert isinstance(store, ox.Store)
    refusal, sparql = vet(job.sparql, sealed)
    if refusal is not None:
        return refusal
    try:
        result = run_query(
            store,
            sparql,
            max_results=job.max_results,
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
        )
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
        prefixes = {**DEFAULT_PREFIXES, **declared_prefixes(sparql)}
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
    vet("ASK {}", sealed)  # loads rdflib's grammar now: a first query pays no start-up cost
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
            reply = answer(snapshot.store, job, sealed)
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


NOT_STARTED = "worker did not start in time"


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, store_dir: Path, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker_main, args=(str(store_dir), child, memory_mb), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.sealed = False  # True once the worker reports it cannot open network sockets
        self._kill_lock = threading.Lock()
        self._killed = False

    def wait_ready(self, timeout: float) -> str:
        if self.ready:
            return "ready"
        if not self.conn.poll(timeout):
            return NOT_STARTED
        message = str(self.conn.recv())
        self.ready = message.startswith("ready")
        self.sealed = message == "ready"
        return "ready" if self.ready else message

    def kill(self) -> None:
        # A request thread (its query timed out) and the pool's close at shutdown can kill the
        # same worker at once: the second close of the pipe must not raise (EBADF).
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
        self.process.kill()
        self.process.join(5)
        self.conn.close()


def _context() -> mp.context.BaseContext:
    """Workers start from a fork server that has already imported what they need (a worker
    is ready in a fraction of a second instead of two, which matters when timed-out ones
    are replaced under load); spawn where there is no fork server. Never a plain fork: the
    server's threads would be copied mid-flight."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


PRELOAD = ["kg.web.workers", "kg.sparql.store", "kg.sparql.query", "kg.sparql.lexical",
           "kg.sparql.sandbox", "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.algebra"]


class WorkerPool:
    """A fixed number of query processes; a timed-out one is killed and replaced."""

    def __init__(self, store_dir: Path, size: int = 2, memory_mb: int = 0) -> None:
        self._ctx = _context()
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
        """The job's answer. Waiting for a free (and started) worker may take ``timeout``
        seconds, and the job may then run for ``timeout`` more."""
        busy = text_reply(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"all query workers are busy; try again (waited {timeout:g} s)",
        )
        waited_until = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return busy
        try:
            started = worker.wait_ready(max(0.0, waited_until - time.monotonic()))
            if started == NOT_STARTED and worker.process.is_alive():
                self._idle.put(worker)  # still starting: killing it would only start another
                return busy
            if started != "ready":
                self._retire(worker)
                return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, started)
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
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
