"""Linked Data details through a real `kg serve` process and the real `kg query` CLI: the
ontology and each kf: term dereference (HTML or Turtle by Accept), JSON-LD is compact with an
@context, and a kf: term the ontology does not define draws one warning line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
import requests
from conftest import free_port, wait_for_http
from rdflib.compare import isomorphic

from kg.build import BuildReport
from kg.graph import ontodoc
from kg.graph.validate import load_ontology
from kg.sparql.termcheck import undefined_terms
from kg.vocab import DEFAULT_ONTOLOGY_NS, RELATIONS

KG = Path(sys.executable).parent / "kg"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(KG), "serve", "--store", str(built_corpus[0] / "store"), "--port", str(port),
         "--quiet", "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(origin + "/sparql", proc, "kg serve", 60,
                      lambda: proc.stderr.read() if proc.stderr else "",
                      {"query": "ASK { ?s ?p ?o }"})
        yield origin
    finally:
        proc.terminate()
        proc.communicate(timeout=15)


def all_terms() -> list[rdflib.URIRef]:
    onto = load_ontology()
    return [t for _h, kind in ontodoc.GROUPS for t in ontodoc.kf_terms(onto, kind)]


def test_ontology_is_html_for_browsers_and_turtle_by_accept(site: str) -> None:
    page = requests.get(site + "/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "script-src" not in page.headers["Content-Security-Policy"]
    terms = all_terms()
    assert len(terms) > 50
    for term in terms:  # every term has its anchor: the hash IRI lands on its section
        local = str(term)[len(DEFAULT_ONTOLOGY_NS) :]
        assert f'<section id="{local}">' in page.text
    assert '<a href="/ontology#Official"><code>kf:Official</code></a>' in page.text  # a range

    ttl = requests.get(site + "/ontology", headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["Content-Type"].startswith("text/turtle")
    served = rdflib.Graph().parse(data=ttl.text, format="turtle")
    assert len(served) == len(load_ontology())
    visited = rdflib.URIRef(DEFAULT_ONTOLOGY_NS + "visited")
    assert (visited, rdflib.RDF.type, rdflib.OWL.ObjectProperty) in served

    jsonld = requests.get(site + "/ontology", headers={"Accept": "application/ld+json"})
    assert jsonld.status_code == 200 and "@context" in jsonld.json()
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) == len(served)
    assert requests.get(site + "/ontology", headers={"Accept": "image/png"}).status_code == 406


def test_every_kf_term_dereferences(site: str) -> None:
    with requests.Session() as http:
        for term in all_terms():
            local = str(term)[len(DEFAULT_ONTOLOGY_NS) :]
            page = http.get(f"{site}/ontology/{local}", headers={"Accept": "text/html"})
            assert page.status_code == 200, local
            assert f"<h3>kf:{local}</h3>" in page.text
            ttl = http.get(f"{site}/ontology/{local}", headers={"Accept": "text/turtle"})
            triples = rdflib.Graph().parse(data=ttl.text, format="turtle")
            assert (term, rdflib.RDF.type, None) in triples, local
            # The IRI itself, asked for as a resource, leads to the same place.
            moved = http.get(f"{site}/resource", params={"iri": str(term)},
                             allow_redirects=False)
            assert moved.status_code == 303 and moved.headers["Location"] == f"/ontology/{local}"
    followed = requests.get(site + "/resource", params={"iri": DEFAULT_ONTOLOGY_NS + "visited"},
                            headers={"Accept": "text/turtle"})
    assert followed.status_code == 200 and "owl:ObjectProperty" in followed.text
    missing = requests.get(site + "/ontology/visitd")
    assert missing.status_code == 404 and "did you mean kf:visited?" in missing.text
    assert requests.get(site + "/ontology/<script>").status_code == 404


def test_entity_json_ld_is_compact_with_a_context(site: str) -> None:
    url = site + "/resource/province/sichuan"
    compact = requests.get(url, headers={"Accept": "application/ld+json"})
    assert compact.status_code == 200
    data = compact.json()
    assert set(data) == {"@context", "@graph"}
    node = next(n for n in data["@graph"] if n["@id"] == "res:province/sichuan")
    assert node["@type"] == "kf:Province" and node["rdfs:label"] == "Sichuan"
    assert not any(key.startswith("http") for n in data["@graph"] for key in n)
    as_ttl = rdflib.Graph().parse(
        data=requests.get(url, headers={"Accept": "text/turtle"}).text, format="turtle"
    )
    assert isomorphic(
        rdflib.Graph().parse(data=compact.text, format="json-ld"), as_ttl
    )


def kg_query(built: Path, sparql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KG), "query", sparql, "--store", str(built / "store"), "--format", "csv"],
        capture_output=True, text=True,
    )


def test_kg_query_warns_about_a_term_the_ontology_lacks(
    built_corpus: tuple[Path, BuildReport],
) -> None:
    typo = kg_query(built_corpus[0], "SELECT ?a ?b WHERE { ?a kf:visitd ?b }")
    assert typo.returncode == 0 and typo.stdout.strip() == "a,b"  # it still runs: no rows
    lines = typo.stderr.strip().splitlines()
    assert len(lines) == 1 and "kf:visitd" in lines[0] and "did you mean kf:visited?" in lines[0]
    full_iri = kg_query(built_corpus[0], f"ASK {{ ?a <{DEFAULT_ONTOLOGY_NS}Officiel> ?b }}")
    assert "kf:Officiel" in full_iri.stderr and "kf:Official" in full_iri.stderr
    right = kg_query(built_corpus[0], "SELECT ?a WHERE { ?a kf:visited ?b } LIMIT 1")
    assert right.returncode == 0 and right.stderr == "" and right.stdout.count("\n") == 2


def test_no_warning_for_defined_terms_anywhere() -> None:
    """The canned questions, the relations, and names in strings, comments and paths."""
    from kg.sparql.query import DEFAULT_PREFIXES

    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert undefined_terms(path.read_text(encoding="utf-8"), DEFAULT_PREFIXES) == [], path
    every = " ".join(f"?x kf:{r}/kf:locatedIn+ ?y ." for r in RELATIONS)
    assert undefined_terms(f'SELECT * {{ {every} ?x ?p "kf:nope" }} # kf:nope', {
        "kf": DEFAULT_ONTOLOGY_NS}) == []
    assert undefined_terms("PREFIX k: <https://w3id.org/kaifang/ontology#> ASK { ?a k:metWth ?b }",
                           {}) == [("metWth", "metWith")]
    assert json.dumps(undefined_terms("ASK { ?a kf:zzz ?b }", DEFAULT_PREFIXES)) == (
        '[["zzz", null]]')
