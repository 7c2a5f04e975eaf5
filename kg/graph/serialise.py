"""Streaming serialisation: ``iter_triples`` (kg/graph/rdf.py) written to N-Triples and Turtle
without ever holding the graph, so memory stays flat at any corpus size and serialisation runs
at pyoxigraph speed instead of rdflib's. Both files are byte-identical between runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from rdflib import XSD, Literal

from kg.errors import E, KgError
from kg.files import temp_file
from kg.graph.rdf import GraphSettings, Triple, iter_triples, prefixes
from kg.model import ResolvedCorpus

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_literal(lit: Literal) -> str:
    text = '"' + str(lit).translate(_ESCAPES) + '"'
    if lit.language:
        return f"{text}@{lit.language}"
    if lit.datatype is not None and lit.datatype != XSD.string:
        return f"{text}^^<{lit.datatype}>"
    return text


def ntriples_lines(triples: Iterable[Triple]) -> Iterator[str]:
    """N-Triples lines for rdflib terms; IRIs repeat a lot, so their rendering is cached."""
    iris: dict[str, str] = {}
    typed: dict[Literal, str] = {}  # dates, numbers, confidences: few distinct values
    for s, p, o in triples:
        ss = iris.get(s)
        if ss is None:
            ss = iris[s] = f"<{s}>"
        ps = iris.get(p)
        if ps is None:
            ps = iris[p] = f"<{p}>"
        if isinstance(o, Literal):
            if o.datatype is None:
                os_ = '"' + str(o).translate(_ESCAPES) + '"' if not o.language else _nt_literal(o)
            else:
                os_ = typed.get(o) or typed.setdefault(o, _nt_literal(o))
        else:
            os_ = iris.get(o) or iris.setdefault(o, f"<{o}>")
        yield f"{ss} {ps} {os_} .\n"
        if len(iris) > 200_000:
            iris.clear()  # bound the cache: mention/assertion IRIs never recur


def write_graph_files(
    corpus: ResolvedCorpus,
    settings: GraphSettings,
    turtle: Path,
    ntriples: Path | None = None,
    sink: Callable[[str], object] | None = None,
    sink_end: Callable[[], object] | None = None,
) -> int:
    """Write ``turtle`` (and ``ntriples`` if given) atomically; return the number of triples.
    ``sink`` gets the N-Triples text too, in pieces of whole lines, as it is written;
    ``sink_end`` is called once it has them all, before the Turtle is written.

    The statements stream to N-Triples text (Python, cached term rendering), which pyoxigraph
    re-serialises as Turtle with the project prefixes. Both files follow ``iter_triples``'
    order, so they are byte-identical between runs.
    """
    import pyoxigraph as ox

    turtle.parent.mkdir(parents=True, exist_ok=True)
    fd, nt_tmp = temp_file(turtle.with_suffix(".nt"))
    ttl_tmp = ""
    try:
        count = 0
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            chunk: list[str] = []
            for line in ntriples_lines(iter_triples(corpus, settings)):
                chunk.append(line)
                if len(chunk) == 10_000:
                    count += _emit(fh, chunk, sink)
            count += _emit(fh, chunk, sink)
        if sink_end is not None:
            sink_end()
        fd2, ttl_tmp = temp_file(turtle)
        os.close(fd2)
        with open(ttl_tmp, "wb") as out:
            ox.serialize(
                (q.triple for q in ox.parse(path=nt_tmp, format=ox.RdfFormat.N_TRIPLES)),
                _SortedHeader(out),
                ox.RdfFormat.TURTLE,
                prefixes=prefixes(settings),
            )
        os.replace(ttl_tmp, turtle)
        if ntriples is not None:
            os.replace(nt_tmp, ntriples)
    except OSError as err:
        raise KgError(E.E012, turtle, err.strerror or str(err)) from None
    finally:
        for tmp in (nt_tmp, ttl_tmp):
            if tmp:
                Path(tmp).unlink(missing_ok=True)
    return count


def _emit(fh: IO[str], lines: list[str], sink: Callable[[str], object] | None) -> int:
    text = "".join(lines)
    fh.write(text)
    if sink is not None:
        sink(text)
    n = len(lines)
    lines.clear()
    return n


class _SortedHeader:
    """Binary writer that emits Turtle's ``@prefix`` lines sorted, whatever order the
    serialiser produced them in, so the file's bytes never depend on a hash map's order."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.head: bytearray | None = bytearray()

    def write(self, data: bytes) -> int:
        if self.head is None:
            return self.out.write(data)
        self.head += data
        lines = self.head.split(b"\n")
        # The header is complete once a finished line is not a prefix declaration.
        if any(not ln.startswith(b"@prefix") for ln in lines[:-1]):
            n = next(i for i, ln in enumerate(lines) if not ln.startswith(b"@prefix"))
            header = sorted(lines[:n])
            self.out.write(b"".join(ln + b"\n" for ln in header) + b"\n".join(lines[n:]))
            self.head = None
        return len(data)

    def flush(self) -> None:
        if self.head is not None:  # tiny output: header only
            lines = self.head.split(b"\n")
            self.out.write(b"\n".join(sorted(lines[:-1])) + b"\n" + lines[-1])
            self.head = None
        self.out.flush()
