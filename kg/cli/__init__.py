"""The `kg` command line: a thin layer over plain typed functions in the pipeline modules.

Each command lives in its own module (as in spaCy's ``spacy/cli/``) and is registered here.
"""

from __future__ import annotations

import sys

import click

from kg.cli.app import cli
from kg.errors import KgError


def _register() -> None:
    # Imported here so `kg --help` stays fast.
    import kg.cli.describe  # noqa: F401
    import kg.cli.eval_facts  # noqa: F401
    import kg.cli.export  # noqa: F401
    import kg.cli.push  # noqa: F401
    import kg.cli.query  # noqa: F401
    import kg.cli.serve  # noqa: F401
    import kg.cli.stats  # noqa: F401
    import kg.cli.validate  # noqa: F401
    import kg.cli.viz  # noqa: F401
    from kg.cli import build, calibrate, evaluate, train  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user errors become one line on stderr and exit code 2."""
    _register()
    try:
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except KgError as err:
        click.echo(f"kg: error: {err.message}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    # Without standalone mode click returns a command's ctx.exit(n) code instead of exiting.
    if isinstance(code, int) and code:
        sys.exit(code)
