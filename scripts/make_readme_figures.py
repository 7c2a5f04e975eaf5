"""Rewrite the README's figure blocks from a real run, so its numbers are never stale.

    .venv/bin/python scripts/make_readme_figures.py          # build, then rewrite README.md
    .venv/bin/python scripts/make_readme_figures.py --check  # exit 1 if README.md differs

A block sits between ``<!-- figures:NAME -->`` and ``<!-- /figures:NAME -->``:

* ``build-seeds``: what ``kg build corpus --out build`` prints (the seconds left out);
* ``stats-extra``: ``kg stats`` on a build of ../shared/corpus-extra, its first 12 lines;

and the screenshot's caption gives the corpus-extra build's article and entity counts.
tests/test_readme_figures.py checks the seeds block against the session's seed build.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXTRA = ROOT.parent / "shared" / "corpus-extra"
CAPTION = re.compile(r"The corpus-extra graph \(\d+ articles, \d+ entities\)")


def build_block(summary: str, out: Path | str) -> str:
    """The README's build transcript from ``kg build corpus --out OUT``'s summary."""
    lines = ["$ .venv/bin/kg build corpus --out build"]
    for line in summary.splitlines():
        if line.startswith("seconds:"):
            continue  # differs from run to run
        lines.append(line.replace(str(out), "build"))
    return "\n".join(lines)


def stats_block(stats: str) -> str:
    head = "\n".join(stats.splitlines()[:12])
    return (
        "$ kg build ../shared/corpus-extra --out extra --no-html >/dev/null\n"
        f"$ kg stats --store extra/store | head -12\n{head}"
    )


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(
        rf"(<!-- figures:{re.escape(name)} -->\n```text\n).*?(\n```\n<!-- /figures:"
        rf"{re.escape(name)} -->)",
        re.S,
    )
    if not pattern.search(text):
        raise SystemExit(f"README.md has no block figures:{name}")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def update(text: str, blocks: dict[str, str], extra_counts: tuple[int, int] | None = None) -> str:
    """``text`` with each named block replaced (and the caption's counts, when given)."""
    for name, body in blocks.items():
        text = replace_block(text, name, body)
    if extra_counts is not None:
        docs, entities = extra_counts
        text = CAPTION.sub(
            f"The corpus-extra graph ({docs} articles, {entities} entities)", text, count=1
        )
    return text


def _kg(*args: str) -> str:
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run([str(kg), *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def main(argv: list[str]) -> int:
    check = "--check" in argv
    with tempfile.TemporaryDirectory(prefix="kg-readme-") as tmp:
        seeds = Path(tmp) / "build"
        blocks = {"build-seeds": build_block(_kg("build", "corpus", "--out", str(seeds)), seeds)}
        counts = None
        if EXTRA.is_dir():
            extra = Path(tmp) / "extra"
            report = json.loads(_kg("build", str(EXTRA), "--out", str(extra), "--no-html",
                                    "--json"))
            blocks["stats-extra"] = stats_block(_kg("stats", "--store", str(extra)))
            counts = (int(report["documents"]), sum(report["entities"].values()))
    old = README.read_text(encoding="utf-8")
    new = update(old, blocks, counts)
    if check:
        if new != old:
            print("README.md figures are stale: run scripts/make_readme_figures.py")
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print(f"rewrote {README}")
    else:
        print("README.md figures are current")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
