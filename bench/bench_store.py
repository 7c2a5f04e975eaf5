"""What the store's named graphs cost to load (run by hand; figures in bench/RESULTS.md).

    .venv/bin/python bench/bench_store.py GRAPH.ttl [--copies 240]

GRAPH.ttl (e.g. a corpus-extra build's graph.ttl) is replicated ``--copies`` times, each copy's
documents, mentions and assertions renamed so nothing collapses (240 copies of corpus-extra
are ~2.4M triples, the size of the 10,000-document benchmark corpus). Then the same file is
loaded twice: as one graph (the store before kg.graph.dataset) and as ``kg build`` loads it now
(``kg.sparql.store.load_store``: ontology graph, one graph per document, prefixes sidecar).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.graph.dataset import dataset_quads
from kg.sparql.store import load_store, turtle_prefixes
from kg.vocab import DEFAULT_ONTOLOGY_NS, DEFAULT_RESOURCE_NS

PER_COPY = tuple(DEFAULT_RESOURCE_NS + k for k in ("doc/", "mention/", "assertion/",
                                                   "observation/"))


def replicate(src: Path, out: Path, copies: int) -> int:
    quads = list(ox.parse(path=src, format=ox.RdfFormat.TURTLE))

    def rename(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, k: int):  # type: ignore[no-untyped-def]
        if isinstance(term, ox.NamedNode) and term.value.startswith(PER_COPY):
            return ox.NamedNode(f"{term.value}-{k}")
        return term

    triples = [ox.Triple(rename(q.subject, k), q.predicate, rename(q.object, k))
               for k in range(copies) for q in quads]
    with out.open("wb") as fh:
        ox.serialize(triples, fh, ox.RdfFormat.TURTLE, prefixes={"kf": DEFAULT_ONTOLOGY_NS})
    return len(triples)


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--copies", type=int, default=240)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    try:
        big = work / "graph.ttl"
        n = replicate(args.graph, big, args.copies)
        t = time.perf_counter()
        sum(1 for _ in ox.parse(path=big, format=ox.RdfFormat.TURTLE))
        parse = time.perf_counter() - t
        t = time.perf_counter()
        sum(1 for _ in dataset_quads(big))
        split = time.perf_counter() - t - parse
        t = time.perf_counter()
        plain = ox.Store(work / "plain")
        stream = ox.parse(path=big, format=ox.RdfFormat.TURTLE)
        while chunk := list(islice(stream, 250_000)):
            plain.bulk_extend(chunk)
        plain.flush()
        plain.optimize()
        del plain
        turtle_prefixes(big)  # the old load_store read the prefixes too
        one_graph = time.perf_counter() - t
        t = time.perf_counter()
        load_store(big, work / "dataset")
        dataset = time.perf_counter() - t
        print(f"triples: {n}; parse {parse:.1f} s, split into graphs +{split:.1f} s")
        print(f"one graph:    load {one_graph:.1f} s, {size_mb(work / 'plain'):.0f} MB")
        print(f"named graphs: load {dataset:.1f} s, {size_mb(work / 'dataset'):.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
