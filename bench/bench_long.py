"""One very long article: ``kg build`` time and peak RSS at 100 KB, 1 MB and 5 MB (run by hand).

    .venv/bin/python bench/bench_long.py                    # 100000 1000000 5000000 bytes
    .venv/bin/python bench/bench_long.py --sizes 100000 --html

The article is the seed documents of corpus/ joined by blank lines and cycled to the size,
written as one file. Each build runs as the real CLI in its own process (cold interpreter,
fresh output directory, --no-cache); peak RSS is that process's ``ru_maxrss``. By default
--no-html --no-validate (the two steps that hold the whole graph in memory); --html keeps
them. Linear means the seconds per MB stay flat as the size grows.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


def article(size: int) -> str:
    seeds = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "corpus").glob("*.txt"))]
    parts: list[str] = []
    total = i = 0
    while total < size:
        parts.append(seeds[i % len(seeds)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def run(size: int, html: bool) -> tuple[float, float, str]:
    work = Path(tempfile.mkdtemp(prefix="kg-bench-long-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        (corpus / "long.txt").write_text(article(size), encoding="utf-8")
        args = [KG, "build", str(corpus), "--out", str(work / "out"), "--no-cache"]
        if not html:
            args += ["--no-html", "--no-validate"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if done.returncode != 0:
            raise SystemExit(f"build of {size} bytes failed: {done.stderr.strip()}")
        triples = next(ln for ln in done.stdout.splitlines() if ln.startswith("triples:"))
        # ru_maxrss is the largest child so far: only a new maximum is this run's own.
        return seconds, max(peak, before) / 1024, triples.split()[1]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    parser.add_argument("--html", action="store_true", help="also validate and write graph.html")
    args = parser.parse_args()
    print(f"{'bytes':>10} {'seconds':>9} {'s/MB':>7} {'peak RSS MB':>12} {'triples':>9}")
    for size in sorted(args.sizes):
        seconds, rss, triples = run(size, args.html)
        print(f"{size:>10} {seconds:>9.1f} {seconds / (size / 1e6):>7.1f} {rss:>12.0f} "
              f"{triples:>9}", flush=True)


if __name__ == "__main__":
    main()
