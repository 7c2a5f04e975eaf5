"""The `kg` command group and the options several commands share; each command module adds
its command to ``cli`` (kg/cli/__init__.py imports them all before running)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kaifang-kg")
def cli() -> None:
    """Kaifang KG: build, query and explore knowledge graphs of China's opening-up."""


def store_option(help_text: str) -> Callable[[F], F]:
    """``--store DIR``: the on-disk store `kg build` writes, or the build directory holding
    it (shared by query and serve); resolved with :func:`kg.buildpaths.store_path`."""
    return click.option(
        "--store", "store_dir", type=click.Path(path_type=Path), default=None,
        help=f"{help_text} The build directory or its store/; default: $KG_BUILD, else build.",
    )


def graph_file_option() -> Callable[[F], F]:
    """``--graph FILE.ttl``: read a Turtle file into memory instead of the store."""
    return click.option(
        "--graph", "graph", type=click.Path(path_type=Path), default=None,
        help="Read this Turtle file (loaded into memory) instead of the store.",
    )


def open_for_reading(store_dir: Path | None, graph: Path | None) -> tuple[Any, dict[str, str]]:
    """The pyoxigraph store to read and its prefixes: ``graph`` (a Turtle file or a build
    directory, loaded into memory) when given, else the on-disk store of ``store_dir`` or of
    the default build."""
    from kg.buildpaths import graph_path, store_path
    from kg.sparql.store import memory_store, open_store, store_prefixes, turtle_prefixes

    if graph is not None:
        turtle = graph_path(graph)
        return memory_store(turtle), turtle_prefixes(turtle)
    where = store_path(store_dir)
    return open_store(where), store_prefixes(where)
