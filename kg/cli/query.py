"""`kg query SPARQL_OR_FILE [--store DIR | --graph FILE.ttl] [--format ...]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import cli, store_option
from kg.query import DEFAULT_PREFIXES, declared_prefixes, format_result, read_query, run_query
from kg.store import memory_store, open_store, store_prefixes, turtle_prefixes


@cli.command("query")
@click.argument("sparql_or_file")
@store_option("On-disk store written by `kg build` (opened read-only, so `kg serve` can run too).")
@click.option(
    "--graph",
    "graph",
    type=click.Path(path_type=Path),
    default=None,
    help="Query this Turtle file directly (loaded into memory) instead of the store.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"]),
    default="table",
    show_default=True,
    help="table = aligned text; csv/tsv/json/xml = SPARQL 1.1 result formats "
    "(SELECT/ASK); CONSTRUCT/DESCRIBE print Turtle unless ntriples is asked for.",
)
def query_cli(sparql_or_file: str, store_dir: Path, graph: Path | None, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file such as queries/officials-by-province.rq).

    SELECT prints a table, ASK prints true/false, CONSTRUCT/DESCRIBE print Turtle. The usual
    prefixes (kf, res, rdf, rdfs, xsd, owl, skos, prov, dcterms, wd) are predeclared.
    """
    sparql = read_query(sparql_or_file)
    if graph is not None:
        store = memory_store(graph)
        prefixes = turtle_prefixes(graph)
    else:
        store = open_store(store_dir)
        prefixes = store_prefixes(store_dir)
    # Display prefixes: defaults, then the graph's own, then the query's (most specific wins).
    shown = {**DEFAULT_PREFIXES, **prefixes, **declared_prefixes(sparql)}
    result = run_query(store, sparql)
    sys.stdout.buffer.write(format_result(result, fmt, shown))
    sys.stdout.flush()
