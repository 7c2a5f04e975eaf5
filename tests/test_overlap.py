"""One job: this process parses while a forked helper extracts (kg/run/overlap.py)."""

from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import CORPUS, EXTRA
from spacy.language import Language

from kg.corpus.reader import iter_corpus
from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer
from kg.run.overlap import can_overlap, overlapped
from kg.run.sections import extract_documents

pytestmark = pytest.mark.skipif(not can_overlap(100), reason="needs fork")


def test_the_helper_extracts_what_the_serial_path_does(
    nlp: Language, extractor: Extractor
) -> None:
    """Same extractions in the same order, a document cut into sections included."""
    docs = list(iter_corpus(CORPUS)) + list(iter_corpus(EXTRA))[:3]
    long = replace(docs[0], doc_id="long", text=docs[0].text + "\n\n" + docs[1].text)
    docs.insert(2, long)
    limit = len(docs[0].text) + 2  # the long one in two sections, the others whole
    serial = list(extract_documents(nlp, extractor, docs, limit=limit))
    helped = list(overlapped(nlp, lambda: extractor, docs, limit=limit))
    assert [e.document.doc_id for e in helped] == [d.doc_id for d in docs]
    assert helped == serial
    assert sum(len(e.relations) for e in helped) > 20  # real extractions, not empty ones


def test_an_error_in_the_helper_is_raised_here(nlp: Language, gazetteer: Gazetteer) -> None:
    docs = list(iter_corpus(CORPUS))
    with pytest.raises(ValueError, match="unknown relation rules: no-such-rule"):
        list(overlapped(nlp, lambda: Extractor(nlp, gazetteer, rules=("no-such-rule",)), docs))
    assert not mp.active_children()


def test_stopping_early_stops_the_helper(nlp: Language, extractor: Extractor) -> None:
    stream = overlapped(nlp, lambda: extractor, list(iter_corpus(CORPUS)))
    first = next(stream)
    assert first.mentions
    stream.close()
    assert not mp.active_children()


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity here")
def test_on_one_core_one_job_stays_one_process() -> None:
    """Pinned to a single core (a small CI runner, `taskset -c 0`), `--jobs 1` forks no helper:
    the two stages would only take turns."""
    code = ("import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}); "
            "from kg.run.overlap import can_overlap; print(can_overlap(100))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
