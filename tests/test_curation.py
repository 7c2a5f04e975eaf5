"""The curation file (``kg build --curation FILE``, ``CORPUS/curation.yaml`` by default):
merge, label, class, drop and sameAs entries show in the graph, through the real CLI on the
seed corpus. The entities are picked from an uncurated build, so nothing here names them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS

from kg.build import BuildReport

KG = Path(sys.executable).parent / "kg"
KF = "https://w3id.org/kaifang/ontology#"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
MENTIONED = ox.NamedNode(KF + "mentionedIn")


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True,
                          timeout=900)


def graph(out: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def of_class(store: ox.Store, cls: str) -> list[tuple[str, str]]:
    """(IRI, label) of the entities of ``cls`` mentioned in a document, by IRI."""
    rows = store.query(f"""SELECT DISTINCT ?e ?l WHERE {{ ?e a <{KF}{cls}> ;
        <{LABEL.value}> ?l ; <{MENTIONED.value}> ?d }} ORDER BY ?e""")
    return [(r["e"].value, r["l"].value) for r in rows]  # type: ignore[index,union-attr]


def objects(store: ox.Store, s: str, p: ox.NamedNode) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(ox.NamedNode(s), p, None)}


@pytest.fixture(scope="module")
def plain(built_corpus: tuple[Path, BuildReport]) -> ox.Store:
    return graph(built_corpus[0])


def build_with(built: Path, tmp: Path, *extra: object) -> tuple[subprocess.CompletedProcess[str],
                                                              Path]:
    out = tmp / "out"
    out.mkdir()
    shutil.copy(built / "cache.sqlite", out / "cache.sqlite")  # only curation differs
    return kg("build", *extra, "--out", out, "--no-html", "--no-validate", "--json"), out


def test_every_key_shows_in_the_graph(built_corpus: tuple[Path, BuildReport], plain: ox.Store,
                                      tmp_path: Path) -> None:
    officials = of_class(plain, "Official")
    (first, first_label), (second, second_label) = officials[0], officials[1]
    enterprise, old_label = of_class(plain, "Enterprise")[0]
    body, body_label = of_class(plain, "GovernmentBody")[0]
    gone, gone_label = of_class(plain, "Enterprise")[1]
    province, province_label = of_class(plain, "Province")[0]
    curation = tmp_path / "curation.yaml"
    curation.write_text(json.dumps({  # JSON is YAML
        "merge": [[first, second_label]],
        "label": {old_label: "Curated Name Ltd."},
        "class": {body_label: "Organization"},
        "drop": [gone_label, "Nobody Of That Name"],
        "sameAs": {province: "https://example.org/place/1"},
    }), encoding="utf-8")
    proc, out = build_with(built_corpus[0], tmp_path, CORPUS, "--curation", curation)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)["curation"]
    assert {k: summary[k] for k in ("merged", "relabelled", "reclassed", "dropped", "sameAs")
            } == {"merged": 1, "relabelled": 1, "reclassed": 1, "dropped": 1, "sameAs": 1}
    assert f"{curation}: drop: no entity named 'Nobody Of That Name'" in proc.stderr
    g = graph(out)
    # merge: one node, the first's IRI and label, the other's documents and name
    assert objects(g, first, LABEL) == {first_label}
    assert not list(g.quads_for_pattern(ox.NamedNode(second), None, None))
    assert objects(plain, second, MENTIONED) <= objects(g, first, MENTIONED)
    assert second_label in objects(g, first, ALT) | {first_label}
    # label: same IRI, new label, the old one kept as another name
    assert objects(g, enterprise, LABEL) == {"Curated Name Ltd."}
    assert old_label in objects(g, enterprise, ALT)
    # class: the body is an Organization now (its IRI says so)
    moved = body.replace("/governmentbody/", "/organization/")
    assert objects(g, moved, TYPE) == {KF + "Organization"}
    assert not list(g.quads_for_pattern(ox.NamedNode(body), None, None))
    # drop: no statement about it or pointing at it
    assert not list(g.quads_for_pattern(ox.NamedNode(gone), None, None))
    assert not list(g.quads_for_pattern(None, None, ox.NamedNode(gone)))
    # sameAs
    assert "https://example.org/place/1" in objects(g, province, SAME)
    assert objects(g, province, LABEL) == {province_label}


def test_curation_yaml_beside_the_corpus_is_read(built_corpus: tuple[Path, BuildReport],
                                                plain: ox.Store, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    province, _ = of_class(plain, "Province")[0]
    (corpus / "curation.yaml").write_text(f"label:\n  {province}: Renamed Province\n",
                                          encoding="utf-8")
    proc, out = build_with(built_corpus[0], tmp_path, corpus)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["curation"]["relabelled"] == 1
    assert objects(graph(out), province, LABEL) == {"Renamed Province"}


@pytest.mark.parametrize("text, says", [
    ("merge: [a, b\n", "not valid YAML"),
    ("rename:\n  A: B\n", "unknown key 'rename'"),
    ("class:\n  A: Planet\n", "class 'Planet'"),
    ("merge:\n  - [only one]\n", "two names or more"),
    ("sameAs:\n  A: not an iri\n", "http(s) IRI"),
])
def test_a_bad_file_is_a_one_line_error_naming_it(tmp_path: Path, text: str, says: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    proc = kg("build", CORPUS, "--out", tmp_path / "out", "--curation", bad, "--no-html")
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert "\n" not in line and line.startswith(f"kg: error: E031: {bad}: bad curation file")
    assert says in line
