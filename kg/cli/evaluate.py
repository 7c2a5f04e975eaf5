"""`kg eval --gold DIR[:CORPUS] ... [--graph FILE ...]`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import cli
from kg.evalsets import (
    evaluate_sets,
    format_report,
    gold_set,
    load_graphs,
    parse_gold_spec,
    read_graph,
    report_json,
)

__all__ = ["eval_cli", "read_graph"]


@cli.command("eval")
@click.option(
    "--gold",
    "golds",
    multiple=True,
    required=True,
    metavar="DIR[:CORPUS]",
    help="Directory of gold .json files (SCHEMA.md format), optionally with the corpus "
    "directory holding its documents. Repeat for several gold sets.",
)
@click.option(
    "--graph",
    "graphs",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("build/graph.ttl")],
    show_default=True,
    help="Graph to score. Repeat for several: each gold set is scored against the graph "
    "that holds most of its documents.",
)
@click.option(
    "--corpus",
    "corpora",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("corpus")],
    show_default=True,
    help="Where to find the documents of a gold set given without :CORPUS (the first "
    "directory holding all of them). Repeatable.",
)
@click.option("--details", is_flag=True, help="List missed and false entities and relations.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_cli(
    golds: tuple[str, ...],
    graphs: tuple[Path, ...],
    corpora: tuple[Path, ...],
    details: bool,
    as_json: bool,
) -> None:
    """Score built graphs against gold annotations: P/R/F1 per set, per class and property.

    The scoring rules are those of the reference scorer (shared/spec/score.py). With several
    gold sets, each is reported on its own and then pooled (TP/FP/FN summed over the sets).
    A gold set none of whose documents is in any graph is an error (E017).
    """
    loaded = load_graphs(graphs)
    sets = [gold_set(*parse_gold_spec(spec), corpora) for spec in golds]
    report = evaluate_sets(sets, loaded)
    if as_json:
        click.echo(json.dumps(report_json(report, details), indent=1, ensure_ascii=False))
    else:
        click.echo(format_report(report, details))
