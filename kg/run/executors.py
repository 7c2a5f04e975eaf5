"""Where per-document extraction runs: in this process, in local worker processes, or on a
Dask distributed cluster. Every executor yields one ``Extraction`` per input document, in input
order, so the build output never depends on which one ran.

Workers receive batches of ``Document`` records and send back ``Extraction`` records: both are
small plain dataclasses, while spaCy ``Doc`` objects never leave the process that parsed them
(shipping Docs back, as ``nlp.pipe(n_process=...)`` does, costs about as much as parsing).
Each worker process loads the pipeline once (``_pipeline``, cached per model name); where
processes fork, this process loads it (and the extractor) before the pool starts, so the
workers share one load instead of each paying for its own.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING

from kg.errors import E, KgError
from kg.model import Document, Extraction
from kg.run.heap import frozen

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.extract import Extractor

Progress = Callable[[int], None]
DOCS_PER_TASK = 8  # ~4k words: seconds of work per task, small enough to balance the tail

_PIPELINES: dict[str | None, tuple[Language, str]] = {}
_EXTRACTORS: dict[str | None, Extractor] = {}
_LOCK = threading.Lock()  # one parse at a time per process: Language is not thread-safe


def _nlp(model: str | None) -> tuple[Language, str]:
    """The per-process (nlp, model id) for ``model``, loaded on first use."""
    with _LOCK:
        loaded = _PIPELINES.get(model)
        if loaded is None:
            from kg.extract.nlp import load_pipeline, model_id

            nlp = load_pipeline(model)
            loaded = _PIPELINES[model] = (nlp, model_id(nlp))
        return loaded


def _pipeline(model: str | None) -> tuple[Language, Extractor, str]:
    """The per-process (nlp, extractor, model id) for ``model``, loaded on first use."""
    nlp, mid = _nlp(model)
    with _LOCK:
        extractor = _EXTRACTORS.get(model)
        if extractor is None or extractor.nlp is not nlp:
            from kg.extract import Extractor
            from kg.extract.gazetteer import Gazetteer

            extractor = _EXTRACTORS[model] = Extractor(nlp, Gazetteer.load())
        return nlp, extractor, mid


def _share(model: str | None, nlp: Language) -> None:
    """Register an already loaded pipeline (forked workers inherit it for free)."""
    from kg.extract.nlp import model_id

    with _LOCK:
        if model not in _PIPELINES or _PIPELINES[model][0] is not nlp:
            _PIPELINES[model] = (nlp, model_id(nlp))
    _pipeline(model)  # its extractor too


def extract_batch(
    documents: Sequence[Document], model: str | None, batch_size: int
) -> tuple[str, list[Extraction]]:
    """Parse and extract one batch; runs in whichever process the executor chose.

    Returns the worker's pipeline id with the results so the client can check that every
    worker ran the pipeline the cache keys were computed for.
    """
    from kg.run.sections import extract_documents

    nlp, extractor, mid = _pipeline(model)
    with _LOCK:
        out = list(extract_documents(nlp, extractor, documents, batch_size))
    return mid, out


def _batches(documents: Sequence[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


def _guided_batches(
    documents: Sequence[Document], jobs: int, most: int
) -> Iterator[list[Document]]:
    """Batches of at most ``most`` documents that shrink as the corpus runs out (a share of
    what is left per worker), so the workers finish together: with equal batches, one
    worker can still be parsing a whole batch while the others wait."""
    start = 0
    while start < len(documents):
        size = max(1, min(most, -(-(len(documents) - start) // (jobs * 4))))
        yield list(documents[start : start + size])
        start += size


def _check(expected: str | None, got: str) -> None:
    if expected is not None and got != expected:
        raise KgError(
            E.E051,
            detail=f"a worker ran spaCy pipeline {got}, the build expected {expected}; "
            "install the same pipeline version everywhere",
        )


class Executor:
    """Base: a context manager whose ``extract`` streams extractions in input order."""

    def extract(
        self, documents: Sequence[Document], progress: Progress | None = None
    ) -> Iterator[Extraction]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Executor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class LocalExecutor(Executor):
    """``jobs == 1``: parse in this process. ``jobs > 1``: a pool of worker processes, each
    parsing and extracting whole batches (forked where possible, so a pipeline already loaded
    here is shared instead of loaded again)."""

    def __init__(
        self,
        model: str | None = None,
        jobs: int = 1,
        batch_size: int = 4,
        nlp: Language | None = None,
        expect: str | None = None,
    ) -> None:
        self.model, self.jobs, self.batch_size, self.nlp = model, jobs, batch_size, nlp
        self.expect = expect

    def extract(
        self, documents: Sequence[Document], progress: Progress | None = None
    ) -> Iterator[Extraction]:
        if self.nlp is not None:
            _share(self.model, self.nlp)
        if self.jobs == 1 or len(documents) <= 1:
            yield from self._serial(documents, progress)
            return
        fork = "fork" in mp.get_all_start_methods()
        if fork:  # loaded once here, before the fork: the workers share it, none loads its own
            _pipeline(self.model)
        ctx = mp.get_context("fork" if fork else "spawn")
        with frozen(), ctx.Pool(self.jobs) as pool:
            tasks = ((b, self.model, self.batch_size)
                     for b in _guided_batches(documents, self.jobs, DOCS_PER_TASK))
            for mid, batch in pool.imap(_star_extract, tasks):
                _check(self.expect, mid)
                yield from batch
                if progress:
                    progress(len(batch))

    def _serial(
        self, documents: Sequence[Document], progress: Progress | None
    ) -> Iterator[Extraction]:
        from kg.run.overlap import can_overlap, overlapped
        from kg.run.sections import extract_documents

        nlp, mid = _nlp(self.model)
        _check(self.expect, mid)
        # Streams: one Doc alive at a time (plus spaCy's current batch). This process
        # parses; where it can, a forked helper extracts meanwhile (kg.run.overlap).
        if can_overlap(len(documents)):
            model = self.model
            stream = overlapped(nlp, lambda: _pipeline(model)[1], documents, self.batch_size)
        else:
            stream = extract_documents(nlp, _pipeline(self.model)[1], documents, self.batch_size)
        for extraction in stream:
            yield extraction
            if progress:
                progress(1)


def _star_extract(
    args: tuple[Sequence[Document], str | None, int],
) -> tuple[str, list[Extraction]]:
    return extract_batch(*args)


class DaskExecutor(Executor):
    """Extraction on a Dask distributed cluster; results are merged here, in corpus order.

    At most ``window`` batches are in flight, so the client never ships the whole corpus at
    once and results are consumed as they arrive.
    """

    def __init__(
        self,
        scheduler: str,
        model: str | None = None,
        batch_size: int = 4,
        expect: str | None = None,
        docs_per_task: int = DOCS_PER_TASK,
    ) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise KgError(
                E.E050,
                detail="--executor dask needs Dask distributed: "
                "pip install 'kaifang-kg[dask]' (or 'dask[distributed]')",
            ) from None
        try:
            self.client = Client(scheduler, set_as_default=False)
        except OSError as err:
            raise KgError(
                E.E043, detail=f"Dask scheduler {scheduler}: {err}"
            ) from None
        self.model, self.batch_size, self.expect = model, batch_size, expect
        self.docs_per_task = docs_per_task

    def extract(
        self, documents: Sequence[Document], progress: Progress | None = None
    ) -> Iterator[Extraction]:
        from distributed import Future, as_completed

        threads = sum(self.client.nthreads().values()) or 1
        window = 2 * threads + 1
        batches = enumerate(_batches(documents, self.docs_per_task))
        index: dict[str, int] = {}
        done: dict[int, list[Extraction]] = {}

        def submit() -> list[Future]:
            futures = []
            for i, batch in islice(batches, 1):
                fut = self.client.submit(
                    extract_batch, batch, self.model, self.batch_size, pure=False
                )
                index[fut.key] = i
                futures.append(fut)
            return futures

        # Our client is not the default one (set_as_default=False): hand as_completed its loop.
        queue = as_completed([f for _ in range(window) for f in submit()], loop=self.client.loop)
        nxt = 0
        for fut in queue:
            mid, batch = fut.result()
            _check(self.expect, mid)
            done[index.pop(fut.key)] = batch
            fut.release()
            for new in submit():
                queue.add(new)
            while nxt in done:
                out = done.pop(nxt)
                nxt += 1
                yield from out
                if progress:
                    progress(len(out))

    def close(self) -> None:
        self.client.close()


def make_executor(
    kind: str,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 4,
    scheduler: str | None = None,
    nlp: Language | None = None,
    expect: str | None = None,
) -> Executor:
    if kind == "local":
        return LocalExecutor(model, jobs, batch_size, nlp=nlp, expect=expect)
    if kind == "dask":
        if not scheduler:
            raise KgError(E.E040, detail="--executor dask needs --scheduler tcp://HOST:PORT")
        return DaskExecutor(scheduler, model, batch_size, expect=expect)
    raise KgError(E.E040, detail=f"unknown executor {kind!r}; use local or dask")
