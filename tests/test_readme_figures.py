"""The README's figure blocks are what scripts/make_readme_figures.py writes from a real run:
checked here on the seed build the session already has (the corpus-extra block is rewritten
by the same script; run it after a change that moves the numbers)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kg.build import BuildReport
from kg.cli.build import format_summary

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "make_readme_figures", ROOT / "scripts" / "make_readme_figures.py"
)
assert _spec and _spec.loader
figures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(figures)


def test_readme_build_block_is_a_real_seed_build(built_corpus: tuple[Path, BuildReport]) -> None:
    out, report = built_corpus
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = figures.build_block(format_summary(report), out)
    assert "entities:" in block and "seconds" not in block and str(out) not in block
    assert figures.update(readme, {"build-seeds": block}) == readme, (
        "README.md's seed build figures are stale: run "
        ".venv/bin/python scripts/make_readme_figures.py"
    )


def test_every_marked_block_can_be_rewritten() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    changed = figures.update(readme, {"build-seeds": "X", "stats-extra": "Y"}, (1, 2))
    assert "<!-- figures:build-seeds -->\n```text\nX\n```" in changed
    assert "<!-- figures:stats-extra -->\n```text\nY\n```" in changed
    assert "The corpus-extra graph (1 articles, 2 entities)" in changed
