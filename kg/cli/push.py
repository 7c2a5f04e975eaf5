"""`kg push GRAPH.ttl --endpoint URL [--graph IRI] [--append] [auth options]`."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.sparql.push import PushSettings, push_graph


@cli.command("push")
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option(
    "--endpoint",
    required=True,
    help="Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), "
    "http://localhost:3030/kg/data (Fuseki).",
)
@click.option(
    "--graph", "graph_iri", default=None, help="Named graph IRI (default: default graph)."
)
@click.option("--append", is_flag=True, help="Add to the graph (POST) instead of replacing (PUT).")
@click.option("--user", default=None, help="User name for basic/digest authentication.")
@click.option(
    "--password",
    default=None,
    help="Password (or set KG_PUSH_PASSWORD, which keeps it out of shell history).",
)
@click.option("--token", default=None, help="Bearer token (or set KG_PUSH_TOKEN).")
@click.option(
    "--auth",
    type=click.Choice(["basic", "digest", "bearer"]),
    default=None,
    help="Authentication scheme (default: bearer with --token, basic with --user).",
)
@click.option(
    "--timeout",
    default=300.0,
    show_default=True,
    type=click.FloatRange(1, 86400),
    help="Seconds for the whole request, from connecting to the last byte of the reply.",
)
def push_cli(
    graph_file: Path,
    endpoint: str,
    graph_iri: str | None,
    append: bool,
    user: str | None,
    password: str | None,
    token: str | None,
    auth: str | None,
    timeout: float,
) -> None:
    """Upload GRAPH_FILE (Turtle .ttl or N-Triples .nt) to a triple store.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol: PUT replaces the graph, --append POSTs.
    Works with Oxigraph, Jena Fuseki, GraphDB and Virtuoso (see docs/sparql.md).
    """
    settings = PushSettings(
        endpoint=endpoint,
        graph=graph_iri,
        append=append,
        user=user,
        password=password or os.environ.get("KG_PUSH_PASSWORD"),
        token=token or os.environ.get("KG_PUSH_TOKEN"),
        auth=auth,  # type: ignore[arg-type]  # click.Choice guarantees the literal
        timeout=timeout,
    )
    report = push_graph(graph_path(graph_file), settings)
    click.echo(
        f"{report.method} {report.url}: HTTP {report.status}, {report.triples} triples, "
        f"{report.seconds:.1f} s"
    )
