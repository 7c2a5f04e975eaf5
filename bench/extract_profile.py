"""What the extractor costs next to spaCy's parse, measured in CPU time (run by hand).

    .venv/bin/python bench/extract_profile.py                  # ratio + cProfile top 30
    .venv/bin/python bench/extract_profile.py --top 60 --sort tottime
    .venv/bin/python bench/extract_profile.py corpus ../shared/corpus-more --repeat 2

Wall-clock benchmarks (bench/run.py) swing with whatever else the machine is running. This
script measures the two sides in one process with ``time.process_time`` (CPU seconds of this
process only), so it holds still on a busy machine:

1. the real pipeline (``load_pipeline()``) parses every document of the source directories
   (default: the seeds in corpus/ and ../shared/corpus-extra/, the texts bench/run.py cycles)
   with ``nlp.pipe(batch_size=4)``, as ``kg build`` does: that is "parse";
2. the real ``Extractor`` (gazetteer matcher, hand rules, the learned relation model, dates
   and figures) runs over the parsed Docs: that is "extract", once without and once under
   cProfile (whose overhead inflates only the second run).

It prints the CPU seconds of each step, the ratio extract/parse (what kg build spends beyond
spaCy, per unit of spaCy), the one-off costs (pipeline load, Extractor construction) and the
cProfile top-N of the extraction. ``--repeat`` runs the unprofiled extraction several times and
keeps the fastest.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "corpus-extra"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    help="corpus directories (default: seeds + extra)")
    ap.add_argument("--top", type=int, default=30, help="cProfile rows to print")
    ap.add_argument("--sort", default="cumulative", help="cProfile sort key (tottime, ...)")
    ap.add_argument("--repeat", type=int, default=1, help="unprofiled extraction runs (min)")
    ap.add_argument("--overlap", action="store_true",
                    help="also time kg build's one-job path: parse here, extract in a helper")
    args = ap.parse_args(argv)

    from kg.corpus.reader import iter_corpus
    from kg.extract.nlp import load_pipeline

    t = time.process_time()
    nlp = load_pipeline()
    load = time.process_time() - t

    from kg.extract import Extractor
    from kg.extract.gazetteer import Gazetteer

    t = time.process_time()
    extractor = Extractor(nlp, Gazetteer.load())
    construct = time.process_time() - t

    documents = [d for src in (args.dirs or SOURCES) for d in iter_corpus(src)]
    t = time.process_time()
    docs = list(nlp.pipe([d.text for d in documents], batch_size=4))
    parse = time.process_time() - t
    pairs = list(zip(docs, documents, strict=True))

    extract = float("inf")
    for _ in range(max(1, args.repeat)):
        t = time.process_time()
        for doc, document in pairs:
            extractor(doc, document)
        extract = min(extract, time.process_time() - t)

    if args.overlap:
        _overlap(nlp, extractor, documents, parse)
    stages = _stage_times(extractor, pairs)

    prof = cProfile.Profile()
    prof.enable()
    for doc, document in pairs:
        extractor(doc, document)
    prof.disable()

    words = sum(len(d.text.split()) for d in documents)
    print(f"documents {len(documents)}, words {words}, tokens {sum(len(d) for d in docs)}")
    print(f"one-off CPU s: pipeline load {load:.2f}, Extractor construction {construct:.2f}")
    print(f"CPU s: parse {parse:.2f}, extract {extract:.2f}, "
          f"ratio extract/parse {extract / parse:.3f}")
    print(f"kg build's CPU per parse CPU (1 job, no load): {(parse + extract) / parse:.3f} "
          f"-> ours/raw about {parse / (parse + extract):.3f}")
    print("CPU s per stage (one extra run; functions wrapped by name in kg.extract):")
    for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {secs:7.3f}  {name}")
    print("cProfile (spaCy's Cython attributes are inflated by profiling, read it for shape)")
    sys.stdout.flush()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)


def _overlap(nlp: Any, extractor: Any, documents: list[Any], parse: float) -> None:
    """kg build with one job parses in its own process while a forked helper extracts
    (kg/run/overlap.py): on an idle second core the wall time is about this process's CPU
    (parse + sending Docs + reading extractions back), whatever the helper costs."""
    import resource

    from kg.run.overlap import overlapped

    t = time.process_time()  # the parse again, warm like the run below
    for _ in nlp.pipe([d.text for d in documents], batch_size=4):
        pass
    parse = min(parse, time.process_time() - t)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.process_time()
    n = sum(1 for _ in overlapped(nlp, lambda: extractor, documents))
    parent = time.process_time() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    helper = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    print(f"overlap ({n} docs) CPU s: this process {parent:.2f} (parse alone {parse:.2f}: "
          f"x{parent / parse:.3f}), helper {helper:.2f} "
          f"-> ours/raw about {parse / max(parent, helper):.3f} with an idle second core")


def _stage_times(extractor: Any, pairs: list[tuple[Any, Any]]) -> dict[str, float]:
    """CPU seconds per extraction stage: the stages named in ``kg.extract`` (mentions,
    titles, posts, editions, facts), each relation rule and the relation model, timed by
    wrapping them for one run over ``pairs`` and unwrapping them afterwards."""
    import kg.extract as ke
    from kg.extract.grammar import RELATION_RULES

    times: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                times[name] += time.process_time() - t

        return run

    saved_mod = {n: getattr(ke, n) for n in _STAGES}
    saved_rules = dict(RELATION_RULES)
    model = extractor.relation_model
    saved_matcher = extractor.matcher
    try:
        for n in _STAGES:
            setattr(ke, n, timed(n, saved_mod[n]))
        for n, fn in saved_rules.items():
            RELATION_RULES[n] = timed(f"rule {n}", fn)
        extractor.matcher = timed("gazetteer matcher", saved_matcher)
        if model is not None:
            extractor.relation_model = _TimedModel(
                model, timed("relation model", model.apply),
                timed("relation model agreement", model.agreement))
        t = time.process_time()
        for doc, document in pairs:
            extractor(doc, document)
        total = time.process_time() - t
    finally:
        for n, fn in saved_mod.items():
            setattr(ke, n, fn)
        RELATION_RULES.update(saved_rules)
        extractor.relation_model = model
        extractor.matcher = saved_matcher
    times["(rest: DocContext, char spans, extraction records)"] = total - sum(times.values())
    times["TOTAL"] = total
    return dict(times)


_STAGES = ("find_mentions", "extract_titles", "extract_posts", "link_editions", "add_facts",
           "DocContext")


class _TimedModel:
    def __init__(self, model: Any, apply: Callable[..., Any],
                 agreement: Callable[..., Any]) -> None:
        self.model, self.apply, self.agreement = model, apply, agreement


if __name__ == "__main__":
    main()
