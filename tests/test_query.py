"""kg.sparql.query and `kg query`: running SPARQL against the built store and formatting answers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.build import BuildReport
from kg.cli import main
from kg.errors import E, KgError
from kg.sparql.query import (
    format_result,
    format_table,
    read_query,
    run_query,
    serialize_results,
)
from kg.sparql.store import open_store

VISITS = """
SELECT ?official ?place WHERE {
  ?o a kf:Official ; rdfs:label ?official ; kf:visited ?p . ?p rdfs:label ?place .
} ORDER BY ?official ?place
"""


@pytest.fixture(scope="module")
def store(built_corpus: tuple[Path, BuildReport]) -> ox.Store:
    return open_store(built_corpus[0] / "store")


def test_select_rows_and_table(store: ox.Store) -> None:
    result = run_query(store, VISITS)  # kf:/rdfs: are predeclared
    assert result.kind == "select" and result.variables == ["official", "place"]
    pairs = set(zip(result.column("official"), result.column("place"), strict=True))
    assert ("Shi Xiaolin", "Sichuan Injet Electric Co., Ltd.") in pairs
    table = format_table(result).splitlines()
    assert table[0].split() == ["official", "place"]
    assert set(table[1]) <= {"-", " "}
    assert table[-1] == f"({len(result)} rows)"
    # Columns are aligned: every row starts its second column at the same offset.
    offset = table[0].index("place")
    assert all(line[offset - 2 : offset] == "  " for line in table[2:-1])


def test_iris_are_compacted_and_literals_plain(store: ox.Store) -> None:
    result = run_query(store, 'SELECT ?s ?c ?l WHERE { ?s a ?c ; rdfs:label "Shi Xiaolin", ?l }')
    line = format_table(result).splitlines()[2]
    assert line.split("  ")[0] == "res:official/shi-xiaolin-sichuan"
    assert "kf:Official" in line and '"' not in line


def test_ask_and_construct(store: ox.Store) -> None:
    assert format_table(run_query(store, "ASK { ?s kf:servesIn ?o }")) == "true"
    assert format_table(run_query(store, "ASK { ?s kf:servesIn kf:Nowhere }")) == "false"
    result = run_query(
        store, "CONSTRUCT { ?s kf:visited ?o } WHERE { ?s kf:visited ?o }", max_results=None
    )
    assert result.kind == "graph" and len(result) > 0
    turtle = format_result(result, "table", {"kf": "https://w3id.org/kaifang/ontology#"})
    assert b"kf:visited" in turtle and b"\\/" not in turtle
    assert len(Graph().parse(data=turtle.decode(), format="turtle")) == len(result)


def test_sparql_result_formats(store: ox.Store) -> None:
    result = run_query(store, VISITS)
    data = json.loads(serialize_results(result, "json"))
    assert data["head"]["vars"] == ["official", "place"]
    assert len(data["results"]["bindings"]) == len(result)
    rows = list(csv.reader(io.StringIO(serialize_results(result, "csv").decode())))
    assert rows[0] == ["official", "place"] and len(rows) == len(result) + 1
    tsv = serialize_results(result, "tsv").decode().splitlines()
    assert tsv[0] == "?official\t?place"
    xml = serialize_results(result, "xml")
    parsed = ox.parse_query_results(xml, format=ox.QueryResultsFormat.XML)
    assert len(list(parsed)) == len(result)
    ask = json.loads(serialize_results(run_query(store, "ASK {}"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_max_results_truncates(store: ox.Store) -> None:
    result = run_query(store, "SELECT * WHERE { ?s ?p ?o }", max_results=7)
    assert len(result) == 7 and result.truncated
    assert format_table(result).endswith("(7 rows, truncated)")


def test_syntax_error_is_e011_with_position(store: ox.Store) -> None:
    with pytest.raises(KgError) as err:
        run_query(store, "SELECT ?x WHERE { ?x ?y }")
    assert err.value.code is E.E011
    assert "1:" in err.value.message and "\n" not in err.value.message


def test_read_query(tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("ASK {}")
    assert read_query(str(rq)) == "ASK {}"
    assert read_query("ASK {}") == "ASK {}"
    for missing in (str(tmp_path / "nope.rq"), "queries/nope"):
        with pytest.raises(KgError) as err:
            read_query(missing)
        assert err.value.code is E.E013


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_store_graph_and_formats(
    built_corpus: tuple[Path, BuildReport], capsys: pytest.CaptureFixture[str]
) -> None:
    out = built_corpus[0]
    code, text, _ = run_cli(["query", VISITS, "--store", str(out / "store")], capsys)
    assert (
        code == 0
        and "Shi Xiaolin" in text
        and text.splitlines()[0].split()
        == [
            "official",
            "place",
        ]
    )
    code, text, _ = run_cli(
        ["query", VISITS, "--graph", str(out / "graph.ttl"), "--format", "csv"], capsys
    )
    assert code == 0 and text.splitlines()[0] == "official,place"
    code, text, _ = run_cli(
        ["query", "ASK { ?s kf:visited ?o }", "--store", str(out / "store")], capsys
    )
    assert (code, text) == (0, "true\n")


def test_cli_errors_are_one_line_exit_2(
    built_corpus: tuple[Path, BuildReport], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(built_corpus[0] / "store")
    cases = [
        (["query", "SELECT ?x WHERE { ?x ?y }", "--store", store], "E011"),
        (["query", str(tmp_path / "missing.rq"), "--store", store], "E013"),
        (["query", "ASK {}", "--store", str(tmp_path / "none")], "E014"),
    ]
    for args, code_name in cases:
        code, _, err = run_cli(args, capsys)
        assert code == 2
        assert err.startswith(f"kg: error: {code_name}:") and err.count("\n") == 1
