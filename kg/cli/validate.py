"""``kg validate GRAPH``: check a graph against the Kaifang SHACL shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.graph.validate import format_report, load_graph, validate_graph


@cli.command("validate")
@click.argument("graph", type=click.Path(path_type=Path))
def validate_command(graph: Path) -> None:
    """Check GRAPH against the Kaifang SHACL shapes (ontology/shapes.ttl).

    GRAPH is an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD...; syntax from the extension)
    or a build directory (its graph.ttl).

    Prints one "focus | path | message" line per violation and a summary. Exits 0 when the
    graph conforms, 1 when it has violations, 2 when it cannot be read.
    """
    # click.Path(exists=True) would exit 2 with click's own wording; KgError keeps the
    # project's one-line E008 message for missing and unreadable files alike.
    result = validate_graph(load_graph(graph_path(graph)))
    click.echo(format_report(result))
    if not result.conforms:
        # sys.exit, not ctx.exit: kg.cli.main runs click with standalone_mode=False, where
        # click returns ctx.exit()'s code instead of exiting, and main() drops it.
        sys.exit(1)
