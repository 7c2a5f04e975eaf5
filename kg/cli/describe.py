"""`kg describe LABEL_OR_IRI [--store DIR | --graph FILE.ttl] [--json]`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.app import cli, graph_file_option, open_for_reading, store_option
from kg.sparql.describe import describe_all, format_json, format_text
from kg.sparql.query import DEFAULT_PREFIXES


@cli.command("describe")
@click.argument("label_or_iri")
@store_option("On-disk store written by `kg build`.")
@graph_file_option()
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
    store, prefixes = open_for_reading(store_dir, graph)
    shown = {**DEFAULT_PREFIXES, **prefixes}
    descs = describe_all(store, label_or_iri, shown, sentences)
    click.echo(format_json(descs) if as_json else format_text(descs, shown), nl=False)
