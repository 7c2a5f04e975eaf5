"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built store (stdlib only).

Queries run in worker *processes* that each open the store read-only: a query that exceeds
the timeout cannot be interrupted inside pyoxigraph, but its process can be killed and
replaced, so one runaway query never takes the server down. Updates and SERVICE (federated
queries, i.e. outgoing requests made on behalf of a client) are refused before execution.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import re
import signal
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

MAX_BODY = 1 << 20  # 1 MiB of query text is plenty; larger bodies are refused (413)
TRUNCATED_HEADER = "X-Kg-Results-Truncated"

RESULT_TYPES: dict[str, str] = {  # media type -> kg.query format, preferred first
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
    port: int = 7878  # 0 = any free port (tests)
    timeout: float = 10.0  # seconds per query
    max_results: int = 10_000
    cors: str | None = None  # Access-Control-Allow-Origin value, only when configured
    workers: int = 2
    quiet: bool = False  # no per-request log lines


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


# --- query inspection (no execution) ---------------------------------------------------------

_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings first, so their quotes are not short ones
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIREF (no spaces, so `?a < ?b` stays code)
    r"|#[^\n]*",  # comment
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*", re.IGNORECASE)
_UPDATE_START = re.compile(
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)


def code_only(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked: what is left is keywords and names."""
    return _SKIPPED.sub(lambda m: " " * len(m.group(0)), sparql)


def uses_service(sparql: str) -> bool:
    """True if the query contains a SERVICE clause (not the word in a string, IRI or comment).

    SERVICE is a reserved keyword, so once strings, IRIs, comments, variables (``?service``)
    and prefixed names (``ex:service``) are excluded, any remaining occurrence is the clause.
    """
    return bool(_SERVICE.search(code_only(sparql)))


def looks_like_update(sparql: str) -> bool:
    """True if the text after the prologue starts with an update operation keyword."""
    code = code_only(sparql)
    # IRIs were blanked, so `PREFIX kf: <...>` leaves `PREFIX kf:` followed by spaces.
    rest = _PROLOGUE.sub("", code, count=1)
    return bool(_UPDATE_START.match(rest))


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


def answer(store: object, job: Job) -> Reply:
    """Run one job against an open store: the whole request->response step, minus HTTP."""
    import pyoxigraph as ox

    from kg.query import (
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
        status = HTTPStatus.BAD_REQUEST if err.code is E.E011 else HTTPStatus.INTERNAL_SERVER_ERROR
        return text_reply(status, err.message)
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


def _worker_main(store_dir: str, conn: Connection) -> None:
    """Worker process: open the store read-only once, then answer jobs until the pipe closes."""
    from kg.store import open_store

    try:
        store = open_store(Path(store_dir))
    except KgError as err:
        conn.send(err.message)
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, job)
        except Exception as err:  # noqa: BLE001 - report, keep serving
            reply = text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {err}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx: mp.context.SpawnContext, store_dir: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker_main, args=(str(store_dir), child), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> str:
        if self.ready:
            return "ready"
        if not self.conn.poll(timeout):
            return "worker did not start in time"
        message = str(self.conn.recv())
        self.ready = message == "ready"
        return message

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query processes; a timed-out one is killed and replaced."""

    def __init__(self, store_dir: Path, size: int = 2) -> None:
        self._ctx = mp.get_context("spawn")  # fork + threads is unsafe; spawn is clean
        self._store_dir = store_dir
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
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self._store_dir)
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
        except (EOFError, OSError, BrokenPipeError) as err:
            self._retire(worker)
            return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"query worker died: {err}")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# --- HTTP ------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, settings: ServeSettings) -> None:
        from kg.store import open_store

        open_store(settings.store_dir)  # E014 now, not in every worker later
        self.settings = settings
        self.pool = WorkerPool(settings.store_dir, settings.workers)
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

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if not self.server.settings.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    # Routing -----------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", QUERY_PAGE.encode()))
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True), None)
        else:
            self._send(text_reply(HTTPStatus.NOT_FOUND, "not found; the endpoint is /sparql"))

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(text_reply(HTTPStatus.NOT_FOUND, "not found; the endpoint is /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
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

    # The protocol ------------------------------------------------------------------------
    def _protocol(self, params: dict[str, list[str]], body_query: str | None) -> None:
        if "update" in params:
            self._send(text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"))
            return
        queries = [body_query] if body_query is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(text_reply(HTTPStatus.BAD_REQUEST, "pass exactly one query parameter"))
            return
        sparql = queries[0]
        if looks_like_update(sparql):
            self._send(text_reply(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only"))
            return
        if uses_service(sparql):
            self._send(
                text_reply(
                    HTTPStatus.BAD_REQUEST, "SERVICE (federated query) is disabled on this endpoint"
                )
            )
            return
        settings = self.server.settings
        job = Job(sparql, self.headers.get("Accept"), settings.max_results)
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


QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kaifang KG SPARQL</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;height:14em;font:13px ui-monospace,monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:3px 6px;
text-align:left;vertical-align:top}th{background:#f3f3f3}#status{margin-left:1em;color:#555}
pre{background:#f7f7f7;padding:.6em;white-space:pre-wrap}
</style></head><body>
<h1>Kaifang KG &mdash; SPARQL</h1>
<p>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only). Prefixes kf, res, rdf, rdfs,
xsd, owl, skos, prov, dcterms and wd are predeclared.</p>
<textarea id="q">PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?official ?visited WHERE {
  ?o a kf:Official ; rdfs:label ?official ; kf:visited ?x .
  ?x rdfs:label ?visited .
} ORDER BY ?official LIMIT 100</textarea>
<p><button id="run">Run query</button><span id="status"></span></p>
<div id="out"></div>
<script>
"use strict";
const out = document.getElementById("out"), status = document.getElementById("status");
const show = term => (term ? term.value : "");
async function run() {
  status.textContent = "running\\u2026"; out.textContent = "";
  const started = performance.now();
  const resp = await fetch("sparql", {method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded",
              "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    body: new URLSearchParams({query: document.getElementById("q").value})});
  const ms = Math.round(performance.now() - started);
  const type = resp.headers.get("Content-Type") || "";
  if (!resp.ok) { status.textContent = resp.status + " after " + ms + " ms";
    const pre = document.createElement("pre"); pre.textContent = await resp.text();
    out.appendChild(pre); return; }
  if (!type.startsWith("application/sparql-results+json")) {
    const pre = document.createElement("pre"); pre.textContent = await resp.text();
    out.appendChild(pre); status.textContent = ms + " ms"; return; }
  const data = await resp.json();
  if ("boolean" in data) { out.textContent = String(data.boolean); status.textContent = ms + " ms";
    return; }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement("table"), head = table.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v;
    head.appendChild(th); }
  for (const row of rows) { const tr = table.insertRow();
    for (const v of vars) tr.insertCell().textContent = show(row[v]); }
  out.appendChild(table);
  const cut = resp.headers.get("X-Kg-Results-Truncated");
  status.textContent = rows.length + " rows, " + ms + " ms" + (cut ? " (truncated)" : "");
}
document.getElementById("run").addEventListener("click", () => run().catch(e => {
  status.textContent = String(e); }));
</script></body></html>
"""
