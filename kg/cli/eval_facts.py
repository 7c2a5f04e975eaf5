"""`kg eval-facts --gold DIR [--graph FILE]`: dates and figures against the facts gold."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph

from kg.cli import cli
from kg.errors import E, KgError
from kg.evaluate_facts import evaluate_facts, format_facts


def _read(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(E.E008, path, "no such file")
    try:
        return Graph().parse(path)
    except Exception as err:  # rdflib raises many parser-specific types
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise KgError(E.E008, path, first) from None


@cli.command("eval-facts")
@click.option(
    "--gold",
    type=click.Path(path_type=Path),
    default=Path("tests/data/facts-gold"),
    show_default=True,
    help="Directory of facts gold .json files (docs/facts-gold.md).",
)
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path),
    default=Path("build/graph.ttl"),
    show_default=True,
    help="The graph to score.",
)
@click.option("--details", is_flag=True, help="List missed and false dates and figures.")
def eval_facts_cli(gold: Path, graph_path: Path, details: bool) -> None:
    """Score a graph's dates (exact day) and figures (indicator, value, unit, area, period)."""
    click.echo(format_facts(evaluate_facts(_read(graph_path), gold), details))
