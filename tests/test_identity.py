"""IRIs keep their meaning (docs/rdf-model.md): a corpus and a superset of it, both built by
the real CLI, give every IRI they share the same class and a superset of its documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS, EXTRA

KG = Path(sys.executable).parent / "kg"
KF = "https://w3id.org/kaifang/ontology#"
RES = "https://w3id.org/kaifang/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NOT_ENTITIES = {"Document", "Assertion", "Mention", "Entity"}


def kg_build(corpus: Path, out: Path) -> None:
    proc = subprocess.run([str(KG), "build", str(corpus), "--out", str(out), "--no-html",
                           "--no-validate"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr


def entities(ttl: Path) -> dict[str, tuple[set[str], set[str]]]:
    """Entity IRI -> (its kf: classes, the documents it is mentioned in)."""
    out: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
        s, p, o = t.subject.value, t.predicate.value, t.object.value
        if not s.startswith(RES) or s.startswith(RES + "doc/"):
            continue
        if p == RDF_TYPE and o.startswith(KF) and o[len(KF):] not in NOT_ENTITIES:
            out[s][0].add(o[len(KF):])
        elif p == KF + "mentionedIn":
            out[s][1].add(o)
    return {k: v for k, v in out.items() if v[0]}


@pytest.mark.skipif(not EXTRA.is_dir(), reason=f"{EXTRA} not present")
def test_a_bigger_corpus_never_changes_what_an_iri_means(tmp_path: Path) -> None:
    both = tmp_path / "seeds+extra"
    both.mkdir()
    for src in (*sorted(CORPUS.glob("*.txt")), *sorted(EXTRA.glob("*.txt"))):
        shutil.copy(src, both / src.name)
    kg_build(EXTRA, tmp_path / "small")
    # The superset reuses the small build's per-document cache: only the seeds are parsed.
    (tmp_path / "big").mkdir()
    shutil.copy(tmp_path / "small" / "cache.sqlite", tmp_path / "big" / "cache.sqlite")
    kg_build(both, tmp_path / "big")
    small = entities(tmp_path / "small" / "graph.ttl")
    big = entities(tmp_path / "big" / "graph.ttl")
    shared = sorted(set(small) & set(big))
    assert len(shared) > 0.9 * len(small)
    changed = [(iri, small[iri], big[iri]) for iri in shared
               if small[iri][0] != big[iri][0] or not small[iri][1] <= big[iri][1]]
    assert changed == []
