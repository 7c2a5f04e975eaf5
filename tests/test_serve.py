"""`kg serve`: a real HTTP server on a free loopback port, real clients (requests, rdflib)."""

from __future__ import annotations

import csv
import io
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from conftest import CORPUS, free_port, wait_for_http
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.build import BuildReport
from kg.web.http import negotiate
from kg.web.serve import TRUNCATED_HEADER, ServeSettings, SparqlServer

TIMEOUT = 2.0
MAX_RESULTS = 25
VISITS = """PREFIX kf: <https://w3id.org/kaifang/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?official ?place WHERE {
  ?o a kf:Official ; rdfs:label ?official ; kf:visited ?p . ?p rdfs:label ?place .
} ORDER BY ?official ?place"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def start(settings: ServeSettings) -> tuple[SparqlServer, threading.Thread]:
    server = SparqlServer(settings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def stop(server: SparqlServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()  # also kills the worker processes
    thread.join(5)


@pytest.fixture(scope="module")
def endpoint(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    settings = ServeSettings(
        store_dir=built_corpus[0] / "store",
        port=0,
        timeout=TIMEOUT,
        max_results=MAX_RESULTS,
        quiet=True,
    )
    server, thread = start(settings)
    yield server.url
    stop(server, thread)


def test_binds_loopback_by_default(endpoint: str) -> None:
    assert ServeSettings().host == "127.0.0.1"
    assert endpoint.startswith("http://127.0.0.1:")


def test_get_select_json(endpoint: str) -> None:
    r = requests.get(
        endpoint, params={"query": VISITS}, headers={"Accept": "application/sparql-results+json"}
    )
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    rows = {(b["official"]["value"], b["place"]["value"]) for b in r.json()["results"]["bindings"]}
    assert ("Shi Xiaolin", "Sichuan Injet Electric Co., Ltd.") in rows
    assert ("Shi Xiaolin", "Kindos Pharmaceuticals Co., Ltd.") in rows
    assert TRUNCATED_HEADER not in r.headers
    assert "Access-Control-Allow-Origin" not in r.headers  # CORS only when configured


def test_post_select_csv_tsv_xml(endpoint: str) -> None:
    r = requests.post(
        endpoint,
        data=VISITS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["official", "place"] and ["Shi Xiaolin", "Deyang"] in rows
    r = requests.post(
        endpoint, data={"query": VISITS}, headers={"Accept": "text/tab-separated-values"}
    )
    assert r.status_code == 200 and r.text.splitlines()[0] == "?official\t?place"
    r = requests.get(
        endpoint,
        params={"query": VISITS},
        headers={"Accept": "application/sparql-results+xml;q=0.9, text/csv;q=0.5"},
    )
    assert r.headers["Content-Type"].startswith("application/sparql-results+xml")
    assert "<sparql" in r.text


def test_construct_turtle_and_ntriples(endpoint: str) -> None:
    q = "CONSTRUCT { ?s kf:servesIn ?o } WHERE { ?s kf:servesIn ?o }"
    r = requests.get(endpoint, params={"query": q}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    turtle = Graph().parse(data=r.text, format="turtle")
    r = requests.get(endpoint, params={"query": q}, headers={"Accept": "application/n-triples"})
    nt = Graph().parse(data=r.text, format="nt")
    assert len(turtle) == len(nt) > 0
    r = requests.get(endpoint, params={"query": q}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_rdflib_sparqlstore_client(endpoint: str) -> None:
    graph = Graph(store=SPARQLStore(query_endpoint=endpoint))
    rows = {(str(a), str(b)) for a, b in graph.query(VISITS)}  # type: ignore[misc]
    assert ("Shi Xiaolin", "Sichuan Injet Electric Co., Ltd.") in rows
    ask = graph.query("ASK { ?s <https://w3id.org/kaifang/ontology#servesIn> ?o }")
    assert ask.askAnswer is True


def test_updates_are_refused(endpoint: str) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    r = requests.post(endpoint, data=update, headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert requests.post(endpoint, data={"update": update}).status_code == 403
    sneaky = "PREFIX x: <urn:x#>\n# comment\nDELETE WHERE { ?s ?p ?o }"
    assert requests.post(endpoint, data={"query": sneaky}).status_code == 403
    count = requests.get(endpoint, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
    assert count.json()["boolean"] is False


def test_service_is_refused(endpoint: str) -> None:
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = requests.get(endpoint, params={"query": q})
    assert r.status_code == 400 and "SERVICE" in r.text
    silent = "SELECT * WHERE { service silent <http://127.0.0.1:9/x> { ?s ?p ?o } }"
    assert requests.get(endpoint, params={"query": silent}).status_code == 400
    # The word in a string, a comment, a variable or an IRI is not a SERVICE clause.
    harmless = (
        'SELECT ?service WHERE { ?service ?p "SERVICE <x>" . '
        "FILTER(?p != <urn:SERVICE>) } LIMIT 1 # SERVICE"
    )
    assert requests.get(endpoint, params={"query": harmless}).status_code == 200


def test_slow_query_times_out_and_server_recovers(endpoint: str) -> None:
    started = time.monotonic()
    r = requests.get(endpoint, params={"query": SLOW}, timeout=TIMEOUT + 30)
    elapsed = time.monotonic() - started
    assert r.status_code == 503 and "timed out" in r.text
    # cancelled at the timeout, not left to run: unbounded, SLOW would take days (the margin
    # is for a loaded CI machine)
    assert TIMEOUT <= elapsed < TIMEOUT + 10
    # The runaway worker was killed and replaced: the next queries are answered.
    for _ in range(3):
        ok = requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_results_are_capped(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(r.json()["results"]["bindings"]) == MAX_RESULTS
    assert r.headers[TRUNCATED_HEADER] == f"true; limit={MAX_RESULTS}"


def test_errors(endpoint: str) -> None:
    r = requests.get(endpoint, params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and r.text.startswith("E011: SPARQL syntax error: ")
    assert requests.get(endpoint).status_code == 400
    base = endpoint.rsplit("/", 1)[0]
    assert requests.get(base + "/nothing").status_code == 404
    r = requests.post(endpoint, data="x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_protocol_dataset_parameters(endpoint: str) -> None:
    """default-graph-uri / named-graph-uri (SPARQL 1.1 protocol) name the dataset and
    override the query's FROM; without them the default graph is the union of all graphs."""

    def rows(query: str, **params: str | list[str]) -> list[dict[str, str]]:
        r = requests.get(endpoint, params={"query": query, **params})
        assert r.status_code == 200, r.text
        return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]

    graphs_q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    graphs = [row["g"] for row in rows(graphs_q)]
    assert len(graphs) >= 3
    first, second = graphs[0], graphs[1]
    count_q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_first_q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{first}> {{ ?s ?p ?o }} }}"
    in_first = int(rows(in_first_q)[0]["n"])
    everything = int(rows(count_q)[0]["n"])
    assert 0 < in_first < everything
    assert int(rows(count_q, **{"default-graph-uri": first})[0]["n"]) == in_first
    # the parameter wins over the query's own FROM
    from_second = f"SELECT (COUNT(*) AS ?n) FROM <{second}> WHERE {{ ?s ?p ?o }}"
    assert int(rows(from_second, **{"default-graph-uri": first})[0]["n"]) == in_first
    named = rows(graphs_q, **{"named-graph-uri": [first, second]})
    assert [row["g"] for row in named] == [first, second]
    # naming only named graphs leaves the default graph empty
    assert int(rows(count_q, **{"named-graph-uri": first})[0]["n"]) == 0
    r = requests.get(endpoint, params={"query": count_q, "default-graph-uri": "not an iri"})
    assert r.status_code == 400 and "not a graph IRI" in r.text


def test_query_page(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    page = requests.get(base + "/")
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "unsafe-eval" not in csp
    # Everything the page loads comes from this server (bundled YASGUI), nothing from a CDN.
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and all(ref.startswith("/") for ref in refs), refs
    for ref in refs:
        assert requests.get(base + ref).status_code == 200, ref
    assert "officials-by-province" in page.text  # the canned questions ride along
    icon = requests.get(base + "/favicon.ico")
    assert icon.status_code == 200 and icon.headers["Content-Type"] == "image/svg+xml"
    assert requests.get(base + "/static/../serve.py").status_code == 404


def test_cors_only_when_configured(built_corpus: tuple[Path, BuildReport]) -> None:
    settings = ServeSettings(
        store_dir=built_corpus[0] / "store", port=0, cors="https://example.org", quiet=True
    )
    server, thread = start(settings)
    try:
        r = requests.get(server.url, params={"query": "ASK {}"})
        assert r.headers["Access-Control-Allow-Origin"] == "https://example.org"
        pre = requests.options(server.url)
        assert pre.status_code == 204 and "POST" in pre.headers["Access-Control-Allow-Methods"]
    finally:
        stop(server, thread)


def test_kg_serve_command(built_corpus: tuple[Path, BuildReport]) -> None:
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen(
        [str(kg), "serve", "--store", str(built_corpus[0] / "store"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        r = wait_for_http(f"http://127.0.0.1:{port}/sparql", proc, "kg serve", 60,
                          lambda: proc.stderr.read() if proc.stderr else "",
                          {"query": "ASK { ?s ?p ?o }"})
        assert r.json()["boolean"] is True
    finally:
        proc.terminate()  # SIGTERM: a clean shutdown, workers killed
        proc.wait(15)
    assert proc.returncode == 0


def test_kg_serve_missing_store(tmp_path: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run(
        [str(kg), "serve", "--store", str(tmp_path / "none")], capture_output=True, text=True
    )
    assert done.returncode == 2 and "E014" in done.stderr


def test_negotiate() -> None:
    offered = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate(None, offered) == "application/sparql-results+json"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("text/csv;q=0.4, */*;q=0.5", offered) == "application/sparql-results+json"
    assert negotiate("image/png", offered) is None


# --- hardening: a real `kg serve` process under hostile and careless clients ----------------


def kg_serve_process(store: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen(
        [str(kg), "serve", "--store", str(store), "--port", str(port), "--quiet", *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    wait_for_http(url, proc, "kg serve", 60, lambda: proc.stderr.read() if proc.stderr else "",
                  {"query": "ASK { ?s ?p ?o }"})
    return proc, url


def stop_process(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    _, err = proc.communicate(timeout=15)
    return err


def raw_request(url: str, data: bytes, read_timeout: float = 20) -> bytes:
    host, port = url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=read_timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_bad_and_short_bodies_get_answers(built_corpus: tuple[Path, BuildReport]) -> None:
    proc, url = kg_serve_process(built_corpus[0] / "store", "--idle-timeout", "1")
    try:
        head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        bad = raw_request(url, head + b"Content-Length: abc\r\n\r\nASK {}")
        assert bad.startswith(b"HTTP/1.0 400") and b"Content-Length must be a number" in bad
        short = raw_request(url, head + b"Content-Length: 100\r\n\r\nASK {")
        assert short.startswith(b"HTTP/1.0 400") and b"shorter than its Content-Length" in short
        ok = requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert ok.json()["boolean"] is True
    finally:
        err = stop_process(proc)
    assert "Traceback" not in err


def test_burst_of_clients_is_queued_not_reset(built_corpus: tuple[Path, BuildReport]) -> None:
    """160 clients arrive while the server cannot accept (paused): the kernel's listen queue
    must hold them all (with a backlog of 5 all but 6 were dropped), and once the server
    runs again every one gets its answer."""
    proc, url = kg_serve_process(built_corpus[0] / "store")
    host, port = url.split("//")[1].split("/")[0].split(":")
    body = b"query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D"
    request = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: "
               b"application/x-www-form-urlencoded\r\nContent-Length: "
               + str(len(body)).encode() + b"\r\n\r\n" + body)
    socks: list[socket.socket] = []
    refused = 0
    try:
        proc.send_signal(signal.SIGSTOP)
        for _ in range(160):
            sock = socket.socket()
            sock.settimeout(3)
            try:
                sock.connect((host, int(port)))
                socks.append(sock)
            except OSError:
                refused += 1
                sock.close()
        proc.send_signal(signal.SIGCONT)
        answers = []
        for sock in socks:
            sock.settimeout(60)
            sock.sendall(request)
            answers.append(sock.recv(12))
    finally:
        proc.send_signal(signal.SIGCONT)
        for sock in socks:
            sock.close()
        stop_process(proc)
    assert refused == 0
    assert answers == [b"HTTP/1.0 200"] * 160


def test_memory_hungry_query_gets_503_and_server_lives(
    built_corpus: tuple[Path, BuildReport],
) -> None:
    # A worker starts at ~600 MB of address space (forked with the store and rdflib loaded).
    proc, url = kg_serve_process(built_corpus[0] / "store", "--memory-limit", "900",
                                 "--timeout", "60")
    try:
        hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1"
        r = requests.post(url, data={"query": hungry}, timeout=90)
        assert r.status_code == 503 and "900 MB" in r.text
        ok = requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert ok.json()["boolean"] is True
    finally:
        stop_process(proc)


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_rebuilt_store_is_served_and_never_mixed(tmp_path: Path) -> None:
    kg = str(Path(sys.executable).parent / "kg")
    small = tmp_path / "small"
    small.mkdir()
    first = sorted(CORPUS.iterdir())[0]
    (small / first.name).write_bytes(first.read_bytes())
    out = tmp_path / "out"
    subprocess.run([kg, "build", str(small), "--out", str(out), "--no-html"], check=True,
                   capture_output=True)
    proc, url = kg_serve_process(out / "store", "--workers", "2")

    def counts(n: int) -> list[int]:
        return [int(requests.get(url, params={"query": COUNT}, timeout=30,
                                 headers={"Accept": "text/csv"}).text.split()[1])
                for _ in range(n)]

    try:
        before = counts(4)
        assert len(set(before)) == 1
        subprocess.run([kg, "build", str(CORPUS), "--out", str(out), "--no-html"], check=True,
                       capture_output=True)
        after = counts(12)
    finally:
        stop_process(proc)
    assert len(set(after)) == 1 and after[0] > before[0]
