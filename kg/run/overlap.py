"""One job, two stages at once: this process parses while a forked helper extracts.

With one job spaCy's parse is about 85% of the work and our extraction the rest; run one
after the other they add up, run side by side the extraction hides behind the parse. The
pipeline's last component runs in the helper too when it reads nothing the others wrote
(``late_components``: en_core_web_sm's ``ner`` has its own token vectors, and is ~45% of
the parse), so that the two processes share the work about evenly: the same components
over the same Docs in the same batches of ``batch_size``, hence the same annotations. Each
parsed ``Doc`` goes to the helper as its token arrays and strings (``Doc.to_dict`` less the
tensor, which no extractor reads: about 1% of a parse) through a pipe; the helper rebuilds the Doc,
extracts it and appends the ``Extraction``, pickled, to an unlinked temporary file, which
this process reads back record by record as they arrive. Results travel through a file, not
a second pipe, so neither process can block the other (the helper only ever waits for the
next Doc). Extractions come back in input order and equal the serial path's
(tests/test_overlap.py), so the graph is byte-identical.

Only where processes can be forked (the helper shares the loaded pipeline instead of loading
it again); elsewhere, or for a handful of documents, the serial path runs.
"""

from __future__ import annotations

import fcntl
import gc
import multiprocessing as mp
import os
import pickle
import signal
import struct
import tempfile
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import numpy

from kg.model import Document, Extraction
from kg.run.heap import frozen
from kg.run.sections import SECTION_CHARS, Merger, Section, plan_sections

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

    from kg.extract import Extractor

MIN_DOCUMENTS = 4  # fewer: not worth a process
_HEADER = struct.Struct("<Q")
_PIPE_BYTES = 1 << 20  # room for a dozen parsed articles in flight


def can_overlap(n_documents: int) -> bool:
    """Worth a helper process: enough documents, fork available, and a second core this
    process may run on (on one core the two stages would only take turns)."""
    return (n_documents >= MIN_DOCUMENTS and "fork" in mp.get_all_start_methods()
            and _cores() > 1)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def overlapped(
    nlp: Language,
    extractor: Callable[[], Extractor],
    documents: Iterable[Document],
    batch_size: int = 4,
    limit: int = SECTION_CHARS,
) -> Iterator[Extraction]:
    """``extract_documents`` with the extraction in a forked helper: the same extractions,
    in the same order. ``extractor`` is called in the helper (its construction overlaps the
    first parses too)."""
    with frozen():  # the loaded pipeline, here and in the helper (kg.run.heap)
        yield from _overlapped(nlp, extractor, documents, batch_size, limit)


def _overlapped(
    nlp: Language,
    extractor: Callable[[], Extractor],
    documents: Iterable[Document],
    batch_size: int,
    limit: int,
) -> Iterator[Extraction]:
    from kg.extract.nlp import parse

    fd, name = tempfile.mkstemp(prefix="kg-extractions-")
    os.unlink(name)  # gone when both processes close it
    inbox, outbox = mp.get_context("fork").Pipe(duplex=False)
    try:
        fcntl.fcntl(outbox.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (OSError, AttributeError):
        pass  # a smaller pipe only means more waiting
    late = late_components(nlp)
    helper = mp.get_context("fork").Process(
        target=_helper, args=(inbox, outbox, fd, nlp, extractor, late, batch_size), daemon=True
    )
    helper.start()
    inbox.close()
    records = _Records(fd)
    plan: deque[Section] = deque()
    try:
        for section, doc in parse(nlp, plan_sections(documents, plan, limit), batch_size,
                                  disable=late):
            message = pickle.dumps((plan.popleft(), section, _pack(doc)),
                                   protocol=pickle.HIGHEST_PROTOCOL)
            try:
                outbox.send_bytes(message)
            except BrokenPipeError:  # the helper stopped: its error record says why
                break
            yield from records.ready()
        else:
            outbox.send_bytes(b"")  # the end
        outbox.close()
        helper.join()
        yield from records.ready()
        if helper.exitcode != 0:
            raise RuntimeError(f"the extraction helper process ended with {helper.exitcode}")
    finally:
        outbox.close()
        if helper.is_alive():
            helper.terminate()
        helper.join()
        os.close(fd)


def late_components(nlp: Language) -> tuple[str, ...]:
    """The pipeline's last component if it can run apart from the others: a named entity
    recogniser with a model of its own (none that listens to a shared tok2vec or
    transformer, whose output does not travel with the Doc)."""
    names = nlp.pipe_names
    if not names or names[-1] != "ner":
        return ()
    listeners = {n for _, p in nlp.pipeline for n in getattr(p, "listening_components", ())}
    return () if "ner" in listeners else ("ner",)


def _pack(doc: SpacyDoc) -> dict[str, Any]:
    """What ``Doc.from_dict`` needs to rebuild ``doc`` with every token attribute (text
    aside: the helper has it), as ``Doc.to_dict`` gives it less the tensor, but with the
    strings read off the unique hashes instead of eight attributes of every token."""
    from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, TAG
    from spacy.tokens import Doc

    head = Doc._get_array_attrs()
    body = doc.to_array(head)
    named = [k for k, a in enumerate(head)
             if a in (TAG, LEMMA, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, NORM)]
    strings = doc.vocab.strings
    try:
        words = [strings[h] for h in numpy.unique(body[:, named]).tolist() if h]
    except KeyError:  # a hash with no string: spaCy's own way, which skips it
        return doc.to_dict(exclude=["tensor", "text"])
    return {"array_head": head, "array_body": body, "strings": words,
            "has_unknown_spaces": doc.has_unknown_spaces}


class _Records:
    """Reads the helper's records from the shared file at this process's own position."""

    def __init__(self, fd: int) -> None:
        self.fd, self.pos = fd, 0

    def ready(self) -> Iterator[Extraction]:
        while True:
            head = os.pread(self.fd, _HEADER.size, self.pos)
            if len(head) < _HEADER.size:
                return
            (size,) = _HEADER.unpack(head)
            body = os.pread(self.fd, size, self.pos + _HEADER.size)
            if len(body) < size:
                return  # still being written
            self.pos += _HEADER.size + size
            ok, value = pickle.loads(body)
            if not ok:
                raise value
            yield value


def _append(fd: int, record: tuple[bool, object]) -> None:
    try:
        body = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its traceback does
        body = pickle.dumps((False, RuntimeError(traceback.format_exc())))
    data = memoryview(_HEADER.pack(len(body)) + body)
    while data:  # O_APPEND: every write lands at the end, whatever the reader does
        data = data[os.write(fd, data) :]


def _keep_heap() -> None:
    """glibc only: keep freed memory for reuse instead of handing it back to the system. The
    recogniser's arrays (a few MB a batch) were otherwise mapped afresh for every batch: 80k
    more page faults in this process than the whole parse makes in the other."""
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(-3, 64 << 20)  # M_MMAP_THRESHOLD: blocks below 64 MB from the heap
    mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD: trim the heap only past 256 MB free


def _helper(
    inbox: Connection,
    outbox: Connection,
    fd: int,
    nlp: Language,
    extractor: Callable[[], Extractor],
    late: tuple[str, ...] = (),
    batch_size: int = 4,
) -> None:
    from spacy.tokens import Doc

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    outbox.close()  # only the parent writes: EOF here if it dies
    if late:
        _keep_heap()
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
    pending: deque[tuple[Section, Document]] = deque()

    def received() -> Iterator[SpacyDoc]:
        while message := inbox.recv_bytes():
            section, document, data = pickle.loads(message)
            pending.append((section, document))
            yield Doc(nlp.vocab).from_dict({**data, "text": document.text})

    try:
        extract = extractor()
        gc.freeze()  # its gazetteer and model too (kg.run.heap); this process ends after
        merger = Merger()
        docs: Iterable[SpacyDoc] = received()
        for name in late:  # in batches of batch_size, as nlp.pipe runs them
            docs = nlp.get_pipe(name).pipe(docs, batch_size=batch_size)
        for doc in docs:
            section, document = pending.popleft()
            whole = merger.add(section, extract(doc, document))
            if whole is not None:
                _append(fd, (True, whole))
    except EOFError:
        pass  # the parent went away
    except BaseException as err:  # handed to the parent, which raises it
        _append(fd, (False, err))
