"""`kg serve [--store DIR] [--host H] [--port P] ...`: a local SPARQL endpoint."""

from __future__ import annotations

from pathlib import Path

import click

from kg.buildpaths import store_path
from kg.cli.app import cli, store_option
from kg.web.serve import DEFAULT_PORT, ServeSettings, serve


@cli.command("serve")
@store_option("On-disk store written by `kg build` (opened read-only).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind. Only loopback by default; use 0.0.0.0 to expose it.",
)
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port (not 7878, which Oxigraph's own server uses; 0 = any free port).",
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds a query may run before it is cancelled (HTTP 503).",
)
@click.option(
    "--max-results",
    default=10_000,
    show_default=True,
    type=click.IntRange(1),
    help="Rows (or triples) returned at most; cut answers carry X-Kg-Results-Truncated.",
)
@click.option(
    "--cors",
    default=None,
    metavar="ORIGIN",
    help="Send Access-Control-Allow-Origin: ORIGIN (e.g. '*'). Off by default.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query worker processes (queries running at the same time).",
)
@click.option(
    "--memory-limit",
    "memory_mb",
    default=2048,
    show_default=True,
    type=click.IntRange(0),
    metavar="MB",
    help="Address space each query worker may use; a query past it gets HTTP 503 (0 = none).",
)
@click.option(
    "--idle-timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds a client may stay silent (sending its request or reading the answer).",
)
@click.option(
    "--request-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds a client may take to send its whole request (HTTP 408 after).",
)
@click.option(
    "--max-connections",
    default=256,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Connections open at once. When full, the one slowest to send its request is "
    "dropped for a newcomer; if all are being answered, the newcomer gets HTTP 503.",
)
@click.option("--quiet", is_flag=True, help="Do not log each request.")
def serve_cli(
    store_dir: Path | None,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    cors: str | None,
    workers: int,
    memory_mb: int,
    idle_timeout: float,
    request_timeout: float,
    max_connections: int,
    quiet: bool,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    GET ?query= and POST (application/sparql-query or form-encoded) with content
    negotiation (SPARQL JSON/XML/CSV/TSV; Turtle/N-Triples for CONSTRUCT/DESCRIBE).
    Updates get 403 and SERVICE gets 400 (and query workers cannot open network
    connections). A rebuilt store is picked up at the next query. Also served: a query
    page (YASGUI, bundled, with the queries/ questions) at /, a page per entity at
    /resource/... (HTML, or Turtle/JSON-LD by Accept) and the build's graph page at /graph.
    """
    settings = ServeSettings(
        store_dir=store_path(store_dir),
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        cors=cors,
        workers=workers,
        memory_mb=memory_mb,
        idle_timeout=idle_timeout,
        request_timeout=request_timeout,
        max_connections=max_connections,
        quiet=quiet,
    )
    serve(
        settings,
        on_ready=lambda url: click.echo(
            f"kg serve: SPARQL endpoint at {url} (query page at {url[: -len('sparql')]}); "
            "Ctrl-C stops",
            err=True,
        ),
    )
