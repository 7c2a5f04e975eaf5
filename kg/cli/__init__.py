"""The `kg` command line: a thin layer over plain typed functions in the pipeline modules.

Each command lives in its own module (as in spaCy's ``spacy/cli/``) and is registered here.
The group itself is in :mod:`kg.cli.app`; this module imports only the standard library
until :func:`main` runs, so Ctrl-C at any moment of start-up is ``kg: aborted`` (exit 130),
never a traceback.
"""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.cli.app import cli, store_option

__all__ = ["cli", "main", "store_option"]


def __getattr__(name: str) -> Any:
    """``from kg.cli import cli, store_option`` (the command modules) loads the group."""
    if name in ("cli", "store_option"):
        from kg.cli import app

        return getattr(app, name)
    raise AttributeError(f"module 'kg.cli' has no attribute {name!r}")


def _register() -> None:
    # Imported here so `kg --help` stays fast and command modules can import the group.
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


def _aborted() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt this
    sys.stderr.write("kg: aborted\n")
    sys.stderr.flush()
    sys.exit(130)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user errors become one line on stderr and exit code 2; Ctrl-C,
    wherever it lands, is ``kg: aborted`` and exit code 130."""
    try:
        _run(argv)
    except KeyboardInterrupt:
        _aborted()


def _run(argv: list[str] | None) -> None:
    import click

    from kg.cli.app import cli
    from kg.errors import KgError

    _register()
    try:
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except KgError as err:
        click.echo(f"kg: error: {err.message}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        _aborted()
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    # Without standalone mode click returns a command's ctx.exit(n) code instead of exiting.
    if isinstance(code, int) and code:
        sys.exit(code)
