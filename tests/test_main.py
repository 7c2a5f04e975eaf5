"""`python -m kg` is the same command line as the `kg` script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.build import BuildReport


def test_python_m_kg_runs_the_cli(built_corpus: tuple[Path, BuildReport]) -> None:
    help_ = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True,
                           text=True, timeout=300)
    assert help_.returncode == 0, help_.stderr
    assert help_.stdout.startswith("Usage: kg ") and "describe" in help_.stdout
    query = subprocess.run(
        [sys.executable, "-m", "kg", "query", "ASK { res:country/china a kf:Country }",
         "--store", str(built_corpus[0] / "store")], capture_output=True, text=True, timeout=300)
    assert (query.returncode, query.stdout) == (0, "true\n"), query.stderr
    error = subprocess.run([sys.executable, "-m", "kg", "stats", "--store", "/nonexistent"],
                           capture_output=True, text=True, timeout=300)
    assert error.returncode == 2 and error.stderr.startswith("kg: error: E014")
