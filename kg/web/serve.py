"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built store (stdlib only).

Queries run in worker *processes* that each open the store read-only: a query that exceeds
the timeout cannot be interrupted inside pyoxigraph, but its process can be killed and
replaced, so one runaway query never takes the server down. Each worker also runs under an
address-space cap (a query that allocates past it kills only its worker: HTTP 503) and cannot
open a network socket (``kg.sparql.sandbox``). Updates and SERVICE (federated queries, i.e. outgoing
requests made on behalf of a client) are refused before execution by what the parsed query is
(``kg.sparql.guard``). When ``kg build`` replaces the store, workers reopen it before their
next query: every answer comes from one store, never a mix of old and new.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import signal
import socket
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import E, KgError
from kg.sparql.guard import MAX_NESTING, inspect_cached, nesting_depth, normalize
from kg.web import ontopage, pages, queryui

# Not 7878: that is Oxigraph's own server, which the docs have users run beside this one.
DEFAULT_PORT = 8787
MAX_BODY = 1 << 20  # 1 MiB of query text is plenty; larger bodies are refused (413)
TRUNCATED_HEADER = "X-Kg-Results-Truncated"

RESULT_TYPES: dict[str, str] = {  # media type -> kg.sparql.query format, preferred first
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/rdf+xml": "rdfxml",
    "text/plain": "ntriples",
}


@dataclass(frozen=True)
class ServeSettings:
    store_dir: Path = Path("build/store")
    host: str = "127.0.0.1"  # loopback unless the user asks for more
    port: int = DEFAULT_PORT  # 0 = any free port (tests)
    timeout: float = 10.0  # seconds per query
    max_results: int = 10_000
    cors: str | None = None  # Access-Control-Allow-Origin value, only when configured
    workers: int = 2
    quiet: bool = False  # no per-request log lines
    memory_mb: int = 2048  # address-space cap per query worker (RLIMIT_AS); 0 = none
    idle_timeout: float = 30.0  # seconds a client may take to send its request


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


# --- content negotiation ---------------------------------------------------------------------


def parse_accept(accept: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for param in pieces[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        out.append((pieces[0].lower(), q))
    return out


def negotiate(accept: str | None, offered: Mapping[str, str]) -> str | None:
    """The offered media type the client prefers (first offered on ties); None = 406."""
    if not accept or not accept.strip():
        return next(iter(offered))
    best: tuple[float, int, str] | None = None
    for rank, media in enumerate(offered):
        q = max(
            (
                qv
                for pattern, qv in parse_accept(accept)
                if pattern in (media, "*/*") or pattern == media.split("/")[0] + "/*"
            ),
            default=0.0,
        )
        if q > 0 and (best is None or (q, -rank) > (best[0], -best[1])):
            best = (q, rank, media)
    return best[2] if best else None


# --- the worker processes --------------------------------------------------------------------


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
                conn.send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _reopen_failed(err)))
                continue
            if job.store_id != snapshot.identity:  # replaced again meanwhile: ask again
                conn.send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _reopen_failed(None)))
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


def _reopen_failed(err: Exception | None) -> str:
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
                raise KgError(E.E015, detail=f"query worker failed: {message}")
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


# --- vetting a request (no execution) ------------------------------------------------------


def vet(text: str, sealed: bool) -> tuple[Reply | None, str]:
    """(a refusal, or None) and the text the engine is to run. ``sealed``: the workers cannot
    reach the network, so a query the parser cannot vet may still run (the engine reports
    its syntax errors best)."""
    from kg.sparql.query import DEFAULT_PREFIXES

    sparql = normalize(text)
    depth = nesting_depth(sparql)
    if depth > MAX_NESTING:
        message = f"query nested {depth} brackets deep; at most {MAX_NESTING} are accepted"
        return text_reply(HTTPStatus.BAD_REQUEST, message), sparql
    verdict = inspect_cached(sparql, DEFAULT_PREFIXES)
    if verdict.kind == "update":
        return text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"), sparql
    if verdict.service:
        message = "SERVICE (federated query) is disabled on this endpoint"
        return text_reply(HTTPStatus.BAD_REQUEST, message), sparql
    if verdict.kind == "unknown" and not sealed:
        message = "this query cannot be checked on this platform; use SPARQL 1.1 syntax"
        return text_reply(HTTPStatus.BAD_REQUEST, message), sparql
    return None, sparql


# --- HTTP ------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    # listen() backlog: bursts of clients wait in the kernel queue instead of being reset
    # (socketserver's default of 5 reset 32 of 160 concurrent POSTs).
    request_queue_size = 1024

    def __init__(self, settings: ServeSettings) -> None:
        from kg.sparql.store import open_store

        open_store(settings.store_dir)  # E014 now, not in every worker later
        self.settings = settings
        self.pool = WorkerPool(settings.store_dir, settings.workers, settings.memory_mb)
        try:
            super().__init__((settings.host, settings.port), SparqlHandler)
        except OSError as err:
            self.pool.close()
            raise KgError(
                E.E015, detail=f"cannot listen on {settings.host}:{settings.port}: {err}"
            ) from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kaifang-kg-sparql/0.1"

    def setup(self) -> None:
        # A socket timeout: a client that stops sending (a body shorter than its
        # Content-Length, a half-sent request line) is dropped instead of holding a thread.
        self.timeout = self.server.settings.idle_timeout
        super().setup()
        # Headers and body leave as two writes: without NODELAY the body can wait for the
        # client's delayed ACK (up to 40 ms).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if not self.server.settings.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    # Routing -----------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(queryui.page_reply())  # type: ignore[arg-type]  # same fields as Reply
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True), None)
        elif url.path == "/resource" or url.path.startswith("/resource/"):
            accept = self.headers.get("Accept")
            self._send(pages.entity_reply(url.path, url.query, accept, self._run))  # type: ignore[arg-type]
        elif url.path == "/ontology" or url.path.startswith("/ontology/"):
            accept = self.headers.get("Accept")
            self._send(ontopage.ontology_reply(url.path, accept))  # type: ignore[arg-type]
        elif url.path == "/graph":
            self._send(pages.graph_page_reply(self.server.settings.store_dir))  # type: ignore[arg-type]
        elif (static := queryui.static_reply(url.path)) is not None:
            self._send(static)  # type: ignore[arg-type]
        else:
            self._send(text_reply(HTTPStatus.NOT_FOUND, "not found; the endpoint is /sparql"))

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(text_reply(HTTPStatus.NOT_FOUND, "not found; the endpoint is /sparql"))
            return
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not declared.isdigit():
            self.close_connection = True  # the body's end is unknown: nothing else to read
            self._send(text_reply(HTTPStatus.BAD_REQUEST, "Content-Length must be a number"))
            return
        length = int(declared)
        if length > MAX_BODY:
            self.close_connection = True
            self._send(text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large"))
            return
        try:
            data = self.rfile.read(length)
        except TimeoutError:
            data = b""
        if len(data) < length:
            self.close_connection = True
            self._send(
                text_reply(
                    HTTPStatus.BAD_REQUEST,
                    f"request body shorter than its Content-Length ({len(data)} of {length} "
                    f"bytes after {self.server.settings.idle_timeout:g} s)",
                )
            )
            return
        body = data.decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._send(text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"))
        elif ctype == "application/sparql-query":
            self._protocol(params, body)
        elif ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            self._protocol(params, None)
        else:
            self._send(
                text_reply(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST application/sparql-query or application/x-www-form-urlencoded",
                )
            )

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS preflight
        reply = Reply(HTTPStatus.NO_CONTENT, "text/plain", b"")
        reply.headers["Allow"] = "GET, POST, OPTIONS"
        self._send(reply)

    def _run(self, sparql: str, accept: str | None) -> Reply:
        """A query of our own (entity pages): same vetting, workers, snapshot, timeout, cap."""
        from kg.sparql.store import store_identity

        refusal, vetted = vet(sparql, self.server.pool.sealed)
        if refusal is not None:
            return refusal
        settings = self.server.settings
        store_id = store_identity(settings.store_dir)
        if store_id is None:
            return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _reopen_failed(None))
        job = Job(vetted, accept, settings.max_results, store_id)
        return self.server.pool.run(job, settings.timeout)

    # The protocol ------------------------------------------------------------------------
    def _protocol(self, params: dict[str, list[str]], body_query: str | None) -> None:
        if "update" in params:
            self._send(text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"))
            return
        queries = [body_query] if body_query is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(text_reply(HTTPStatus.BAD_REQUEST, "pass exactly one query parameter"))
            return
        refusal, sparql = vet(queries[0], self.server.pool.sealed)
        if refusal is not None:
            self._send(refusal)
            return
        from kg.sparql.store import store_identity

        settings = self.server.settings
        store_id = store_identity(settings.store_dir)
        if store_id is None:
            self._send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, _reopen_failed(None)))
            return
        job = Job(sparql, self.headers.get("Accept"), settings.max_results, store_id)
        self._send(self.server.pool.run(job, settings.timeout))

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Vary", "Accept")
        cors = self.server.settings.cors
        if cors:
            self.send_header("Access-Control-Allow-Origin", cors)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Expose-Headers", TRUNCATED_HEADER)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(settings: ServeSettings, on_ready: object = None) -> None:
    """Serve until interrupted (Ctrl-C). ``on_ready(url)`` is called once listening."""
    server = SparqlServer(settings)
    if threading.current_thread() is threading.main_thread():
        # `kill PID` (SIGTERM) shuts down like Ctrl-C: workers are killed, the port released.
        signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        if callable(on_ready):
            on_ready(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
