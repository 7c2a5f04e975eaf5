"""`kg eval-facts --gold DIR[:GRAPH] ... [--graph FILE ...]`: dates and figures against the
facts gold, per gold folder and pooled."""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.errors import E, KgError
from kg.evaluation.facts import evaluate_facts_sets, format_facts_sets


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
    "golds",
    multiple=True,
    default=["tests/data/facts-gold"],
    show_default=True,
    metavar="DIR[:GRAPH]",
    help="Directory of facts gold .json files (docs/facts-gold.md), optionally with the graph "
    "it scores. Repeat for several gold folders: each is reported, then all pooled.",
)
@click.option(
    "--graph",
    "graphs",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("build/graph.ttl")],
    show_default=True,
    help="Graph to score a gold folder given without :GRAPH. Repeatable: each document is "
    "scored on the first graph that holds it.",
)
@click.option("--details", is_flag=True, help="List missed and false dates and figures.")
def eval_facts_cli(golds: tuple[str, ...], graphs: tuple[Path, ...], details: bool) -> None:
    """Score graphs' dates (exact day) and figures (indicator, value, unit, area, period).

    With several gold folders, each is reported on its own and then pooled (counts summed).
    A gold folder none of whose documents is in its graphs is an error (E017).
    """
    cache: dict[Path, Graph] = {}

    def graph(path: Path) -> Graph:
        if path not in cache:
            cache[path] = _read(path)
        return cache[path]

    sets: list[tuple[Path, list[Graph]]] = []
    for spec in golds:
        gold, sep, own = spec.partition(":")
        paths = [graph_path(Path(own))] if sep and own else [graph_path(g) for g in graphs]
        sets.append((Path(gold), [graph(p) for p in paths]))
    results = evaluate_facts_sets(sets)
    if len(results) > 1:
        for (gold_dir, _), result in zip(sets, results, strict=True):
            if not result.documents:
                raise KgError(E.E017, gold_dir, "no facts gold file names one of its documents")
    click.echo(format_facts_sets([str(g) for g, _ in sets], results, details))
