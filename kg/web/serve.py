"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built store (stdlib only).

This module is the HTTP side: it reads requests and sends answers (``kg.web.http``: replies,
content negotiation). Queries are vetted and run in worker processes (``kg.web.workers``:
killed past the timeout, capped in memory, cut off from the network); open connections are
capped and each request has a deadline (``kg.web.connections``), so slow or vanishing clients
cannot exhaust the server.
"""

from __future__ import annotations

import signal
import socket
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import E, KgError
from kg.web import ontopage, pages, queryui
from kg.web.connections import Connections, descriptor_limit
from kg.web.http import TRUNCATED_HEADER, Reply, text_reply
from kg.web.workers import Job, WorkerPool, reopen_failed

__all__ = ["TRUNCATED_HEADER", "ServeSettings", "SparqlServer", "serve"]

# Not 7878: that is Oxigraph's own server, which the docs have users run beside this one.
DEFAULT_PORT = 8787
MAX_BODY = 1 << 20  # 1 MiB of query text is plenty; larger bodies are refused (413)


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
    idle_timeout: float = 30.0  # seconds a client may stay silent while sending or reading
    request_timeout: float = 10.0  # seconds a client may take to send its whole request
    max_connections: int = 256  # open at once (fewer if the descriptor table is smaller)


def _log(line: str) -> None:
    sys.stderr.write(f"kg serve: {line}\n")


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
        self.connections = Connections(descriptor_limit(settings.max_connections),
                                       settings.request_timeout,
                                       None if settings.quiet else _log)
        try:
            super().__init__((settings.host, settings.port), SparqlHandler)
        except OSError as err:
            self.connections.close()
            self.pool.close()
            raise KgError(
                E.E045, detail=f"{settings.host}:{settings.port}: {err}"
            ) from None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    # socketserver's hooks: admission before a thread exists, release before the close, and
    # a client gone mid-answer is a line in the log, not a traceback.
    def verify_request(self, request: object, client_address: object) -> bool:
        assert isinstance(request, socket.socket)
        return self.connections.admit(request, str(client_address[0]))  # type: ignore[index]

    def shutdown_request(self, request: object) -> None:
        if isinstance(request, socket.socket):
            self.connections.release(request)
        super().shutdown_request(request)  # type: ignore[arg-type]

    def handle_error(self, request: object, client_address: object) -> None:
        err = sys.exc_info()[1]
        if isinstance(err, OSError) and isinstance(request, socket.socket):
            self.connections.lost(self.connections.get(request), err)
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    def server_close(self) -> None:
        super().server_close()
        self.connections.close()
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
        self.tracked = self.server.connections.get(self.connection)

    def parse_request(self) -> bool:
        """Headers read: a request without a body is in (its deadline no longer applies)."""
        if not super().parse_request():
            return False
        return self.command == "POST" or self._answering()

    def _answering(self) -> bool:
        if self.server.connections.answering(self.tracked):
            return True
        self.close_connection = True  # dropped by the deadline or for room: already told
        return False

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if not self.server.settings.quiet and not self.tracked.dropped:
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

    do_HEAD = do_GET  # noqa: N815 - the same answer; _send leaves the body out

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        declared = (self.headers.get("Content-Length") or "0").strip()
        if url.path != "/sparql" or not declared.isdigit() or int(declared) > MAX_BODY:
            self.close_connection = True  # the body is not read: nothing else can be
            if not self._answering():
                return
            if url.path != "/sparql":
                self._send(text_reply(HTTPStatus.NOT_FOUND, "not found; the endpoint is /sparql"))
            elif not declared.isdigit():
                self._send(text_reply(HTTPStatus.BAD_REQUEST, "Content-Length must be a number"))
            else:
                self._send(text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large"))
            return
        length = int(declared)
        try:
            data = self.rfile.read(length)
        except TimeoutError:
            data = b""
        if not self._answering():
            return
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
        reply.headers["Allow"] = "GET, HEAD, POST, OPTIONS"
        self._send(reply)

    def _run(self, sparql: str, accept: str | None) -> Reply:
        """A query of our own (entity pages): the same workers, vetting, snapshot, timeout and
        row cap as a client's."""
        from kg.sparql.store import store_identity

        settings = self.server.settings
        store_id = store_identity(settings.store_dir)
        if store_id is None:
            return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, reopen_failed(None))
        job = Job(sparql, accept, settings.max_results, store_id)
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
        from kg.sparql.store import store_identity

        settings = self.server.settings
        store_id = store_identity(settings.store_dir)
        if store_id is None:
            self._send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE, reopen_failed(None)))
            return
        job = Job(
            queries[0],
            self.headers.get("Accept"),
            settings.max_results,
            store_id,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
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
