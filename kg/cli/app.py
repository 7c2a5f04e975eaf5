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
