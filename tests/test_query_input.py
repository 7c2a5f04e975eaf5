"""`kg query` input as users type it: stdin, pasted prefixed names, typed --param bindings,
and every output format ending with a newline. Real CLI subprocesses on the seed store."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildReport
from kg.errors import KgError
from kg.sparql.bindings import bind_values
from kg.sparql.query_input import expand_prefixed_names, parse_param

KG = Path(sys.executable).parent / "kg"
RES = "https://w3id.org/kaifang/resource/"
SHI = RES + "official/shi-xiaolin-sichuan"


@pytest.fixture(scope="module")
def store(built_corpus: tuple[Path, BuildReport]) -> Path:
    return built_corpus[0] / "store"


def kg(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KG), *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_printed_names_can_be_pasted_back(store: Path) -> None:
    listed = kg("query", "SELECT ?o WHERE { ?o rdfs:label 'Shi Xiaolin' }", "--store", store)
    assert listed.returncode == 0, listed.stderr
    printed = listed.stdout.splitlines()[2].strip()
    assert printed == "res:official/shi-xiaolin-sichuan"
    described = kg("query", f"DESCRIBE {printed}", "--store", store)
    assert described.returncode == 0, described.stderr
    assert "Shi Xiaolin" in described.stdout and "kf:visited" in described.stdout
    # In a triple pattern too, with the closing '.' right after the name.
    visits = kg("query", f"SELECT ?p WHERE {{ {printed} kf:visited ?p.}}", "--store", store,
                "--format", "csv")
    assert visits.returncode == 0, visits.stderr
    assert RES + "enterprise/sichuan-injet-electric-co-ltd" in visits.stdout


def test_query_from_stdin(store: Path) -> None:
    proc = kg("query", "-", "--store", store, "--format", "csv",
              stdin="SELECT ?l WHERE { res:official/shi-xiaolin-sichuan rdfs:label ?l }\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["l", "Shi Xiaolin"]
    empty = kg("query", "-", "--store", store, stdin="")
    assert empty.returncode == 2 and empty.stderr.startswith("kg: error: E011")


COUNT_VISITS = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?o kf:visited ?p }"


def test_param_binds_an_iri_even_under_an_aggregate(store: Path) -> None:
    every = kg("query", COUNT_VISITS, "--store", store, "--format", "csv")
    shi = kg("query", COUNT_VISITS, "--store", store, "--format", "csv",
             "--param", "o=res:official/shi-xiaolin-sichuan")
    full = kg("query", COUNT_VISITS, "--store", store, "--format", "csv", "-p", f"o=<{SHI}>")
    assert every.returncode == shi.returncode == full.returncode == 0, shi.stderr
    n_all, n_shi = int(every.stdout.split()[1]), int(shi.stdout.split()[1])
    assert 0 < n_shi < n_all
    assert full.stdout == shi.stdout


def test_param_types_literals_numbers_and_dates(store: Path) -> None:
    by_label = kg("query", "SELECT ?o WHERE { ?o rdfs:label ?name }", "--store", store,
                  "--format", "csv", "-p", "name=Shi Xiaolin")
    assert by_label.stdout.split()[1:] == [SHI]
    dated = kg("query", "SELECT ?d WHERE { ?d dcterms:date ?day }", "--store", store,
               "--format", "csv", "-p", "day=2022-12-26")
    assert dated.returncode == 0 and len(dated.stdout.split()) == 2, dated.stdout
    assert kg("query", "SELECT ?d WHERE { ?d dcterms:date ?day }", "--store", store, "--format",
              "csv", "-p", "day=\"2022-12-26\"").stdout.split() == ["d"]  # a string, not a date
    confident = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a kf:confidence ?c "
                   "FILTER(?c >= ?min) }", "--store", store, "--format", "csv", "-p", "min=0.9")
    assert confident.returncode == 0 and int(confident.stdout.split()[1]) > 0
    # DESCRIBE has no WHERE group: the value is substituted instead.
    described = kg("query", "DESCRIBE ?e", "--store", store, "-p", "e=res:country/china")
    assert "wd:Q148" in described.stdout, described.stderr


def test_bad_param_is_one_line_error(store: Path) -> None:
    proc = kg("query", COUNT_VISITS, "--store", store, "-p", "no-equals-sign")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("kg: error: E040: bad option: --param")


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_every_format_ends_with_a_newline(store: Path, fmt: str) -> None:
    for sparql in ("SELECT ?l WHERE { res:country/china rdfs:label ?l }",
                   "ASK { res:country/china a kf:Country }"):
        proc = kg("query", sparql, "--store", store, "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.endswith("\n") and not proc.stdout.endswith("\n\n"), proc.stdout
    doc = kg("query", "SELECT ?l WHERE { res:country/china rdfs:label ?l }", "--store", store,
             "--format", fmt).stdout
    if fmt == "json":
        assert json.loads(doc)["results"]["bindings"][0]["l"]["value"] == "China"
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(doc))) == [["l"], ["China"]]


@pytest.mark.parametrize(("fmt", "rdf_format"), [("turtle", ox.RdfFormat.TURTLE),
                                                ("ntriples", ox.RdfFormat.N_TRIPLES)])
def test_describe_and_construct_as_rdf(store: Path, fmt: str, rdf_format: ox.RdfFormat) -> None:
    proc = kg("query", "DESCRIBE res:official/shi-xiaolin-sichuan", "--store", store,
              "--format", fmt)
    assert proc.returncode == 0 and proc.stdout.endswith("\n"), proc.stderr
    triples = list(ox.parse(proc.stdout.encode(), format=rdf_format))
    assert ox.NamedNode(SHI) in {t.subject for t in triples}


def test_expand_leaves_strings_iris_comments_and_paths_alone() -> None:
    prefixes = {"res": RES, "kf": "https://w3id.org/kaifang/ontology#",
                "dcterms": "http://purl.org/dc/terms/"}
    text = ('SELECT * { res:city/chengdu kf:locatedIn/a ?c . ?d dcterms:source/kf:x ?y . '
            '?s ?p "res:city/x" , <res:city/y> } # res:city/z')
    assert expand_prefixed_names(text, prefixes) == text.replace(
        "res:city/chengdu", f"<{RES}city/chengdu>", 1)


def test_parse_param_forms() -> None:
    prefixes = {"res": RES}
    xsd = "http://www.w3.org/2001/XMLSchema#"
    cases = {
        "c=res:city/chengdu": ox.NamedNode(RES + "city/chengdu"),
        "c=https://sws.geonames.org/1814991/": ox.NamedNode("https://sws.geonames.org/1814991/"),
        "n=42": ox.Literal("42", datatype=ox.NamedNode(xsd + "integer")),
        "n=0.5": ox.Literal("0.5", datatype=ox.NamedNode(xsd + "decimal")),
        "d=2025-04-16": ox.Literal("2025-04-16", datatype=ox.NamedNode(xsd + "date")),
        "b=false": ox.Literal("false", datatype=ox.NamedNode(xsd + "boolean")),
        'l="Sichuan"@en': ox.Literal("Sichuan", language="en"),
        "s=Sichuan Province": ox.Literal("Sichuan Province"),
    }
    for spec, term in cases.items():
        assert parse_param(spec, prefixes)[1] == term, spec
    with pytest.raises(KgError):
        parse_param("x=\"1\"^^nope:int", prefixes)


def test_bind_values_opens_the_where_group() -> None:
    b = {ox.Variable("x"): ox.NamedNode("http://e/x")}
    construct = bind_values("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", b)
    assert construct == "CONSTRUCT { ?x ?p ?o } WHERE { VALUES (?x) { (<http://e/x>) }  ?x ?p ?o }"
    assert bind_values("DESCRIBE ?x", b) is None
