"""`kg describe LABEL_OR_IRI [--store DIR | --graph FILE.ttl] [--json]`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.buildpaths import graph_path, store_path
from kg.cli.app import cli, store_option
from kg.sparql.describe import describe_all, format_json, format_text
from kg.sparql.query import DEFAULT_PREFIXES
from kg.sparql.store import memory_store, open_store, store_prefixes, turtle_prefixes


@cli.command("describe")
@click.argument("label_or_iri")
@store_option("On-disk store written by `kg build`.")
@click.option("--graph", "graph", type=click.Path(path_type=Path), default=None,
              help="Read this Turtle file (loaded into memory) instead of the store.")
@click.option("--sentences", default=10, show_default=True, type=click.IntRange(0, 1000),
              help="At most this many sentences (most confident first).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def describe_cli(
    label_or_iri: str,
    store_dir: Path | None,
    graph: Path | None,
    sentences: int,
    as_json: bool,
) -> None:
    """Look an entity up by label (or another name, or its IRI such as
    res:official/li-keqiang) and print its class, other names, posts, links to Wikidata and
    GeoNames, its relations in both directions and the sentences that state them.

    A label naming several entities (Shanghai the province and the city) prints each.
    """
    if graph is not None:
        graph = graph_path(graph)
        store, prefixes = memory_store(graph), turtle_prefixes(graph)
    else:
        where = store_path(store_dir)
        store, prefixes = open_store(where), store_prefixes(where)
    shown = {**DEFAULT_PREFIXES, **prefixes}
    descs = describe_all(store, label_or_iri, shown, sentences)
    click.echo(format_json(descs) if as_json else format_text(descs, shown), nl=False)
