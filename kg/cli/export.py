"""`kg export GRAPH.ttl --format FMT --out PATH`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.export.formats import EXPORT_FORMATS, export_graph


@cli.command("export")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORT_FORMATS)),
    required=True,
    help="RDF: turtle, ntriples, nquads, trig, jsonld. Networks of the entities and the ten "
    "relations: graphml (Gephi, Cytoscape, yEd) and csv (a directory: nodes.csv, edges.csv, "
    "and observations.csv, the figures, one row each).",
)
@click.option(
    "--out", "out", type=click.Path(path_type=Path), required=True, help="File (csv: directory)."
)
def export_cli(graph: Path, fmt: str, out: Path) -> None:
    """Convert GRAPH.ttl (from `kg build`; or the build directory) to another format. Output
    is written atomically."""
    click.echo(f"wrote {export_graph(graph_path(graph), fmt, out)}")
