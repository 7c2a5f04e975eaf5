"""`kg stats [--store DIR | --graph FILE.ttl] [--json]`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.buildpaths import graph_path, store_path
from kg.cli.app import cli, store_option
from kg.sparql.query import DEFAULT_PREFIXES
from kg.sparql.stats import format_json, format_text, graph_stats
from kg.sparql.store import memory_store, open_store, store_prefixes, turtle_prefixes


@cli.command("stats")
@store_option("On-disk store written by `kg build`.")
@click.option("--graph", "graph", type=click.Path(path_type=Path), default=None,
              help="Read this Turtle file (loaded into memory) instead of the store.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def stats_cli(store_dir: Path | None, graph: Path | None, as_json: bool) -> None:
    """What is in the graph: triples, documents and the dates they cover, named graphs, and
    how many instances each class and statements each property has (the ontology's own
    statements are not counted)."""
    if graph is not None:
        graph = graph_path(graph)
        store, prefixes = memory_store(graph), turtle_prefixes(graph)
    else:
        where = store_path(store_dir)
        store, prefixes = open_store(where), store_prefixes(where)
    stats = graph_stats(store, {**DEFAULT_PREFIXES, **prefixes})
    click.echo(format_json(stats) if as_json else format_text(stats), nl=False)
