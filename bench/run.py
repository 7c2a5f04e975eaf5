"""Benchmark ``kg build`` against raw ``nlp.pipe`` on replicated corpora (run by hand).

    .venv/bin/python bench/run.py                      # sizes 100 1000 10000, jobs 1 and 2
    .venv/bin/python bench/run.py --sizes 100 --jobs 1 --results /tmp/r.md

Corpora: the seed documents in corpus/ and ../shared/corpus-extra/, cycled to N files under
bench/_work/ (git-ignored). Each copy gets a ``bench_copy`` front-matter key and a closing
"Reference K." line: file and text hashes differ, so nothing is deduplicated away (the
extraction cache stores one entry per distinct text).

Every measurement runs in its own subprocess (a cold interpreter, like the CLI) and peak RSS
is the largest sum of RSS over that process and all its children, sampled every 0.1 s
(shared pages of forked workers count once per process, so it overstates a little).
``kg build`` runs with --no-html --no-validate --no-cache and a fresh output directory;
the raw baseline is ``nlp.pipe`` over the same texts, same pipeline, batch size and processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "_work"
SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "corpus-extra"]
PY = sys.executable

# --- corpus --------------------------------------------------------------------------------


def _with_copy_id(raw: str, k: int) -> str:
    """Distinct bytes and text: a front-matter key the loader ignores, and a last line."""
    raw = raw.rstrip() + f"\n\nReference {k}.\n"
    if raw.lstrip("\ufeff").startswith("---"):
        first, rest = raw.split("\n", 1)
        return f"{first}\nbench_copy: {k}\n{rest}"
    return f"---\nbench_copy: {k}\n---\n{raw}"


def make_corpus(n: int) -> Path:
    out = WORK / f"corpus-v2-{n}"
    if out.is_dir() and len(list(out.iterdir())) == n:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    # Source by source, in SOURCES order: sorting the full paths instead made the corpus
    # depend on where the checkout lives (a worktree beside ../shared cycled other files).
    sources = [p for d in SOURCES for p in sorted(d.iterdir()) if p.suffix in (".txt", ".md")]
    for k in range(n):
        src = sources[k % len(sources)]
        raw = src.read_text(encoding="utf-8")
        (out / f"{k:05d}_{src.stem}{src.suffix}").write_text(_with_copy_id(raw, k), "utf-8")
    return out


# --- measured subprocesses -----------------------------------------------------------------

BUILD = """
import json, sys, time
from pathlib import Path
from kg.build import BuildSettings, build
t = time.perf_counter()
r = build(Path(sys.argv[1]), Path(sys.argv[2]), BuildSettings(jobs=int(sys.argv[3]),
          html=False, validate=False, cache=False, ntriples=True))
print(json.dumps({"seconds": time.perf_counter() - t, "triples": r.triples,
                  "documents": r.documents, "timings": r.timings}))
"""

RAW = """
import json, sys, time
from pathlib import Path
from kg.corpus.reader import iter_corpus
from kg.extract.nlp import load_pipeline
t0 = time.perf_counter()
nlp = load_pipeline()
texts = [d.text for d in iter_corpus(Path(sys.argv[1]))]
t = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=4, n_process=int(sys.argv[2])))
end = time.perf_counter()
print(json.dumps({"seconds": end - t0, "pipe_seconds": end - t, "tokens": tokens,
                  "words": sum(len(x.split()) for x in texts), "documents": len(texts)}))
"""

# Serialisation and loading of one build's output (graph.nt/graph.ttl), from its cache.
WRITE = """
import json, sys, time
from pathlib import Path
import pyoxigraph as ox
out = Path(sys.argv[1]); small = sys.argv[2] == "1"
res = {}
def lap(name, t):
    res[name] = time.perf_counter() - t
nt, ttl = out / "graph.nt", out / "graph.ttl"
t = time.perf_counter()
with open(out / "rt.ttl", "wb") as fh:
    ox.serialize((q.triple for q in ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES)), fh,
                 ox.RdfFormat.TURTLE)
lap("oxigraph_nt_to_ttl", t)
t = time.perf_counter(); s = ox.Store(); s.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
lap("oxigraph_load_nt", t); res["store_len"] = len(s); del s
t = time.perf_counter(); s = ox.Store(); s.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE)
lap("oxigraph_load_ttl", t); del s
if small:  # what graph.ttl used to cost: rdflib Graph + rdflib's Turtle serialiser
    from rdflib import Graph
    t = time.perf_counter(); g = Graph(); g.parse(nt, format="nt"); lap("rdflib_parse_nt", t)
    t = time.perf_counter(); g.serialize(format="turtle"); lap("rdflib_write_ttl", t)
(out / "rt.ttl").unlink()
print(json.dumps(res))
"""


# Everything after spaCy, at any size in minutes: the distinct source documents are parsed once
# and their extractions replicated under distinct document ids (exactly what the replicated
# corpora produce), then resolved, written and loaded as ``kg build`` does.
TAIL = """
import dataclasses, hashlib, json, sys, time
from pathlib import Path
from kg.build import _extract_into, BuildSettings
from kg.run.cache import ExtractionCache, cache_key
from kg.corpus.reader import iter_corpus
from kg.extract.gazetteer import Gazetteer
from kg.graph.rdf import GraphSettings
from kg.graph.serialise import write_graph_files
from kg.run.cache import pipeline_id
from kg.graph.resolve import resolve
from kg.sparql.store import load_store
n, out = int(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
docs = [d for src in sys.argv[3:] for d in iter_corpus(Path(src))]
for old in out.glob("*.sqlite"):
    old.unlink()
pid = pipeline_id(None)
parsed = ExtractionCache(out / "parsed.sqlite", cache_key(pid))
_extract_into(parsed, docs, BuildSettings(cache=False), None, pid, None)
originals = list(parsed.stream(docs))
spool = ExtractionCache(out / "spool.sqlite", cache_key(pid))
res, copies, batch = {}, [], []
for k in range(n):  # distinct ids and texts, as the replicated corpora have
    e = originals[k % len(originals)]
    text = e.document.text + f" Reference {k}."
    h = hashlib.sha256(text.encode()).hexdigest()
    d = dataclasses.replace(e.document, doc_id=h[:16], sha256=h, text=text)
    copies.append(d)
    batch.append(dataclasses.replace(e, document=d))
    if len(batch) == 256:
        spool.put_many(batch); batch.clear()
spool.put_many(batch); del originals, batch
t = time.perf_counter()
corpus = resolve(spool.stream(copies), Gazetteer.load())
res["resolve"] = time.perf_counter() - t
t = time.perf_counter()
res["triples"] = write_graph_files(corpus, GraphSettings(), out / "graph.ttl", out / "graph.nt")
res["write"] = time.perf_counter() - t
t = time.perf_counter()
load_store(out / "graph.ttl", out / "store")
res["store"] = time.perf_counter() - t
print(json.dumps(res))
"""


def measure(code: str, *args: str) -> tuple[dict[str, Any], float]:
    """Run ``code`` in a fresh interpreter; return its JSON line and the peak tree RSS (MB).

    The JSON gets ``cpu`` (user+sys seconds of the whole process tree: less sensitive than
    wall time to other work on the machine) and ``load`` (1-minute load average after)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = psutil.Popen([PY, "-c", code, *args], stdout=subprocess.PIPE, cwd=ROOT, text=True)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"benchmark step failed ({proc.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.strip().splitlines()[-1])
    result["cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    result["load"] = os.getloadavg()[0]
    return result, peak / 2**20


# --- report --------------------------------------------------------------------------------


def machine() -> str:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    import pyoxigraph
    import rdflib
    import spacy

    from kg.run.cache import pipeline_id

    mem = psutil.virtual_memory().total / 2**30
    return (
        f"- machine: {os.cpu_count()} CPUs ({cpu}), {mem:.0f} GB RAM, {platform.platform()}\n"
        f"- python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"pipeline {pipeline_id(None)}, rdflib {rdflib.__version__}, "
        f"pyoxigraph {pyoxigraph.__version__}\n"
        f"- date: {dt.datetime.now().isoformat(timespec='minutes')}, commit {_commit()}"
    )


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                             capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md")
    ap.add_argument(
        "--raw-jobs-only",
        type=int,
        nargs="*",
        default=None,
        help="measure the raw nlp.pipe baseline only for these --jobs values (saves time)",
    )
    ap.add_argument(
        "--single-jobs-above",
        type=int,
        default=None,
        metavar="N",
        help="for sizes above N run only the last --jobs value (a 10k-doc run takes hours)",
    )
    ap.add_argument(
        "--tail-sizes",
        type=int,
        nargs="*",
        default=[1000, 10000],
        help="sizes for the post-spaCy stages measured on replicated extractions",
    )
    args = ap.parse_args()

    # The quick post-spaCy measurements first: the full 10k-document runs take hours.
    tails: list[str] = []
    for n in args.tail_sizes:
        r, rss = measure(TAIL, str(n), str(WORK / f"tail-{n}"), *map(str, SOURCES))
        print(f"[tail {n}] {r} rss {rss:.0f}", flush=True)
        tails.append(
            f"| {n} | {r['triples']} | {r['resolve']:.1f} | {r['write']:.1f} | "
            f"{r['store']:.1f} | {rss:.0f} |"
        )
    rows: list[str] = []
    writes: list[str] = []
    stages: list[str] = []
    base_by_jobs: dict[int, dict[int, float]] = {}
    for n in args.sizes:
        corpus = make_corpus(n)
        big = args.single_jobs_above is not None and n > args.single_jobs_above
        for jobs in args.jobs[-1:] if big else args.jobs:
            out = WORK / f"out-{n}-j{jobs}"
            ours, ours_rss = measure(BUILD, str(corpus), str(out), str(jobs))
            print(f"[{n} docs, jobs {jobs}] build {ours}", flush=True)
            raw: dict[str, Any] | None = None
            raw_rss = 0.0
            if args.raw_jobs_only is None or jobs in args.raw_jobs_only:
                raw, raw_rss = measure(RAW, str(corpus), str(jobs))
                print(f"[{n} docs, jobs {jobs}] raw {raw}", flush=True)
            words = raw["words"] if raw else _words(corpus)
            docs, secs = ours["documents"], ours["seconds"]
            base_by_jobs.setdefault(n, {})[jobs] = secs
            ratio = f"{raw['seconds'] / secs:.2f}" if raw else "-"
            cpu_ratio = f"{raw['cpu'] / ours['cpu']:.2f}" if raw else "-"
            raw_cols = (
                f"{raw['documents'] / raw['seconds']:.2f} | {words / raw['seconds']:.0f} | "
                f"{raw_rss:.0f}"
                if raw
                else "- | - | -"
            )
            one = base_by_jobs[n].get(1)
            speedup = f"{one / secs:.2f}" if one else "-"
            rows.append(
                f"| {n} | {jobs} | {secs:.1f} | {docs / secs:.2f} | {words / secs:.0f} | "
                f"{ours_rss:.0f} | {ours['triples']} | {raw_cols} | {ratio} | {speedup} | "
                f"{ours['cpu']:.0f} | {raw['cpu'] if raw else 0:.0f} | {cpu_ratio} | "
                f"{ours['load']:.1f} |"
            )
            t = ours["timings"]
            stages.append(
                f"| {n} | {jobs} | " + " | ".join(f"{t.get(k, 0):.1f}" for k in _STAGES) + " |"
            )
            if jobs == args.jobs[0] or big:
                w, _ = measure(WRITE, str(out), "1" if n <= 1000 else "0")
                print(f"[{n} docs] write {w}", flush=True)
                writes.append(
                    f"| {n} | {ours['triples']} | {t['write']:.1f} | "
                    f"{w['oxigraph_nt_to_ttl']:.1f} | {w['oxigraph_load_nt']:.1f} | "
                    f"{w['oxigraph_load_ttl']:.1f} | {t['store']:.1f} | "
                    f"{_fmt(w.get('rdflib_parse_nt'))} | {_fmt(w.get('rdflib_write_ttl'))} |"
                )
        # Rewrite after every size: a long run leaves usable partial results.
        args.results.write_text(_report(args, rows, stages, writes, tails), encoding="utf-8")
    report = _report(args, rows, stages, writes, tails)
    args.results.write_text(report, encoding="utf-8")
    print(report)


_STAGES = ("read", "extract", "resolve", "write", "store")
_MAIN = (
    "docs, jobs, ours s, ours docs/s, ours words/s, ours peak RSS MB, triples, raw docs/s, "
    "raw words/s, raw peak RSS MB, ratio ours/raw, speedup vs jobs 1, ours CPU s, raw CPU s, "
    "CPU ratio raw/ours, load avg"
).split(", ")
_TAIL = ("docs", "triples", "resolve", "write nt+ttl", "store load", "peak RSS MB")
_WRITES = (
    "docs, triples, build write (nt+ttl), oxigraph nt→ttl, oxigraph load nt, "
    "oxigraph load ttl, build store load, rdflib parse nt, rdflib write ttl"
).split(", ")


def _table(header: tuple[str, ...] | list[str], rows: list[str]) -> str:
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---:|" * len(header), *rows])


def _fmt(x: float | None) -> str:
    return f"{x:.1f}" if x is not None else "-"


def _words(corpus: Path) -> int:
    from kg.corpus.reader import iter_corpus

    return sum(len(d.text.split()) for d in iter_corpus(corpus))


def _report(
    args: argparse.Namespace, rows: list[str], stages: list[str], w: list[str], tails: list[str]
) -> str:
    cmd = "bench/run.py " + " ".join(
        ["--sizes", *map(str, args.sizes), "--jobs", *map(str, args.jobs)]
        + (["--raw-jobs-only", *map(str, args.raw_jobs_only)] if args.raw_jobs_only else [])
        + (["--single-jobs-above", str(args.single_jobs_above)] if args.single_jobs_above else [])
        + ["--tail-sizes", *map(str, args.tail_sizes)]
    )
    return f"""# Benchmark results

{machine()}
- reproduce: `.venv/bin/python {cmd}`

`kg build` = `build(..., BuildSettings(jobs=J, html=False, validate=False, cache=False,
ntriples=True))` in a fresh interpreter, timed from the call (pipeline loading included).
Raw = `load_pipeline()` + `nlp.pipe(texts, batch_size=4, n_process=J)` over the same document
texts, timed the same way. Words = whitespace-separated words of the document texts. Peak RSS
sums the process and its workers. ratio = raw seconds / ours seconds (= ours/raw throughput);
speedup = jobs-1 seconds / these seconds. CPU = user+sys seconds of the process tree; load avg
= 1-minute load average when the step ended (the machine is shared: other work running at
the same time slows wall times, so the CPU columns are the steadier comparison).

{_table(_MAIN, rows)}

Stage seconds inside `kg build` (read = corpus + gazetteer; extract = spaCy + rules, includes
pipeline loading and cache writes; write = N-Triples + Turtle; store = pyoxigraph RocksDB load
of graph.ttl, the `kg query` store):

| docs | jobs | {" | ".join(_STAGES)} |
|---:|---:|{"---:|" * len(_STAGES)}
{chr(10).join(stages)}

Serialisation and loading (seconds). build write = graph.nt + graph.ttl streamed by `kg build`;
the other columns re-read that output in a separate process. rdflib columns (≤ 1,000 docs)
show what the old path (rdflib Graph + rdflib Turtle serialiser) costs for the same triples:

{_table(_WRITES, w)}

After spaCy: the {len(SOURCES)} source directories' documents parsed once (pipeline loaded, so
the RSS includes it), their extractions replicated to N documents with distinct ids and texts
in a SQLite spool, then resolve + N-Triples/Turtle + RocksDB store load streamed from the
spool exactly as `kg build` does (seconds, peak MB):

{_table(_TAIL, tails)}
"""


if __name__ == "__main__":
    main()
