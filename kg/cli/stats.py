"""`kg stats [--store DIR | --graph FILE.ttl] [--json]`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.app import cli, graph_file_option, open_for_reading, store_option
from kg.sparql.query import DEFAULT_PREFIXES
from kg.sparql.stats import format_json, format_text, graph_stats


@cli.command("stats")
@store_option("On-disk store written by `kg build`.")
@graph_file_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def stats_cli(store_dir: Path | None, graph: Path | None, as_json: bool) -> None:
    """What is in the graph: triples, documents and the dates they cover, named graphs, and
    how many instances each class and statements each property has (the ontology's own
    statements are not counted)."""
    store, prefixes = open_for_reading(store_dir, graph)
    stats = graph_stats(store, {**DEFAULT_PREFIXES, **prefixes})
    click.echo(format_json(stats) if as_json else format_text(stats), nl=False)
