"""`kg eval --gold DIR [--graph FILE]`."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph

from kg.cli import cli
from kg.errors import E, KgError
from kg.evaluate import evaluate, format_result


def read_graph(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(E.E008, path, "no such file")
    g = Graph()
    try:
        g.parse(path)
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(
            E.E008, path, str(err).splitlines()[0] if str(err) else type(err).__name__
        ) from None
    return g


@cli.command("eval")
@click.option(
    "--gold",
    type=click.Path(path_type=Path),
    required=True,
    help="Directory of gold .json files (SCHEMA.md format).",
)
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path),
    default=Path("build/graph.ttl"),
    show_default=True,
    help="The graph to score.",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus directory, to tell which gold names occur only inside longer names.",
)
@click.option("--details", is_flag=True, help="List missed and false entities and relations.")
def eval_cli(gold: Path, graph_path: Path, corpus: Path, details: bool) -> None:
    """Score a built graph against gold annotations: P/R/F1 overall, per class and property."""
    result = evaluate(read_graph(graph_path), gold, corpus if corpus.is_dir() else None)
    click.echo(format_result(result, details))
