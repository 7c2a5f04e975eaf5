"""`kg viz`: write the interactive, offline HTML page for a graph file."""

from __future__ import annotations

from pathlib import Path

import click
import rdflib
from rdflib.util import guess_format

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.errors import E, KgError
from kg.web.viz import SIZE_BY, VizOptions, render_html


def _load(path: Path) -> rdflib.Graph:
    if not path.is_file():
        raise KgError(E.E008, path=path, detail="no such file")
    graph = rdflib.Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(E.E008, path=path, detail=str(err).splitlines()[0][:200]) from err
    return graph


@cli.command("viz")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="HTML file to write (one self-contained page; opens offline).",
)
@click.option(
    "--focus",
    metavar="NAME",
    help="Show only the neighbourhood of the entity with this label or alias.",
)
@click.option(
    "--depth", default=1, show_default=True, type=int, help="Hops around --focus to include."
)
@click.option(
    "--classes",
    metavar="A,B",
    help="Comma-separated entity classes to keep, e.g. Official,Province.",
)
@click.option(
    "--min-degree",
    default=0,
    show_default=True,
    type=int,
    help="Keep entities with at least this many relations.",
)
@click.option(
    "--max-nodes",
    type=int,
    metavar="N",
    help="Keep the N best-connected entities (default: all, up to 5,000); the page says "
    "how many were left out.",
)
@click.option(
    "--size-by",
    type=click.Choice(SIZE_BY),
    default="degree",
    show_default=True,
    help="What node size shows.",
)
@click.option(
    "--physics-threshold",
    default=300,
    show_default=True,
    type=int,
    help="Above this many nodes the page stays frozen on the build-time layout; up to it, "
    "live physics starts from that layout.",
)
def viz(
    graph: Path,
    out: Path,
    focus: str | None,
    depth: int,
    classes: str | None,
    min_degree: int,
    max_nodes: int | None,
    size_by: str,
    physics_threshold: int,
) -> None:
    """Write an interactive page for GRAPH (Turtle or any RDF file rdflib reads, or a build
    directory: its graph.ttl).

    Click an entity for its names, titles, Wikidata link and documents; click a relation for
    the sentences that state it. Search, class/relation filters, an article view, "hide
    isolated" and PNG export are built in. The layout is computed here (seeded, so the page
    is byte-identical for the same graph); labels are shown by importance and never overlap.
    """
    options = VizOptions(
        focus=focus,
        depth=depth,
        classes=tuple(c.strip() for c in (classes or "").split(",") if c.strip()),
        min_degree=min_degree,
        max_nodes=max_nodes,
        size_by=size_by,
        physics_threshold=physics_threshold,
    )
    report = render_html(_load(graph_path(graph)), out, options)
    left_out = f" ({report.omitted_nodes:,} left out)" if report.omitted_nodes else ""
    click.echo(f"wrote {report.path}: {report.nodes:,} nodes, {report.edges:,} relations{left_out}")
