"""`kg query SPARQL_OR_FILE|- [--param NAME=VALUE] [--store DIR | --graph TTL] [--format F]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.buildpaths import graph_path, store_path
from kg.cli.app import cli, store_option
from kg.sparql.query import DEFAULT_PREFIXES, declared_prefixes, format_result, run_query
from kg.sparql.query_input import (
    expand_prefixed_names,
    parse_param,
    query_bindings,
    read_query_arg,
)
from kg.sparql.store import memory_store, open_store, store_prefixes, turtle_prefixes
from kg.sparql.termcheck import warning


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
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME before the query runs (repeatable; overrides the query's "
    "'# param: NAME = DEFAULT' header lines). VALUE is typed by its form: "
    "res:city/chengdu, <IRI> or http(s)://... = IRI; 42, 4.2 = number; 2025-04-16 = date; "
    'true/false; "text"@en or "v"^^xsd:type as written; anything else = a string.',
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
def query_cli(
    sparql_or_file: str,
    store_dir: Path | None,
    graph: Path | None,
    params: tuple[str, ...],
    fmt: str,
) -> None:
    """Run a SPARQL query: its text, a .rq file (e.g. queries/officials-by-province.rq) or
    `-` to read it from standard input.

    SELECT prints a table, ASK prints true/false, CONSTRUCT/DESCRIBE print Turtle. The usual
    prefixes (kf, res, rdf, rdfs, xsd, owl, skos, prov, dcterms, wd) are predeclared, and
    names printed as res:official/li-keqiang can be pasted back into a query. The default
    graph is the union of the store's graphs; GRAPH ?g reaches one document or the ontology.
    """
    sparql = read_query_arg(sparql_or_file, sys.stdin)
    if graph is not None:
        graph = graph_path(graph)
        store = memory_store(graph)
        prefixes = turtle_prefixes(graph)
    else:
        where = store_path(store_dir)
        store = open_store(where)
        prefixes = store_prefixes(where)
    # Display prefixes: defaults, then the graph's own, then the query's (most specific wins).
    shown = {**DEFAULT_PREFIXES, **prefixes, **declared_prefixes(sparql)}
    sparql = expand_prefixed_names(sparql, shown)
    unknown = warning(sparql, shown)  # a misspelt kf: term matches nothing: say so
    if unknown:
        click.echo(unknown, err=True)
    given = dict(_split(p) for p in params)
    bindings = query_bindings(sparql, given, shown)  # declared defaults, then --param
    result = run_query(store, sparql, bindings=bindings)
    sys.stdout.buffer.write(format_result(result, fmt, shown))
    sys.stdout.flush()


def _split(spec: str) -> tuple[str, str]:
    """``NAME=VALUE`` as (name, value); a malformed one fails here with parse_param's E015."""
    name, sep, value = spec.partition("=")
    if not sep:
        parse_param(spec, {})  # raises the usual one-line E015
    return name.strip().lstrip("?$"), value
