"""SERVICE and updates refused by what the parsed query is; a running `kg serve` never makes
a request for a client, however the query is spelled (a listener on 127.0.0.1 proves it)."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import free_port, wait_for_http

from kg.build import BuildReport
from kg.sparql.guard import MAX_NESTING, MAX_PARSED, inspect, nesting_depth, normalize

MARKER = "internal-service-answer-7f3a"


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection and answers like a SPARQL
    endpoint (so a leak would show both as a hit and as MARKER in a reply)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.hits: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        body = ('{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"'
                + MARKER + '"}}]}}').encode()
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.hits.append(conn.recv(4096))
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results"
                                 b"+json\r\nContent-Length: " + str(len(body)).encode()
                                 + b"\r\n\r\n" + body)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def kg_serve(built_corpus: tuple[Path, BuildReport]) -> Iterator[str]:
    """The real `kg serve` command on a free port."""
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen(
        [str(kg), "serve", "--store", str(built_corpus[0] / "store"), "--port", str(port),
         "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_for_http(url, proc, "kg serve", 60, lambda: proc.stderr.read() if proc.stderr else "",
                      {"query": "ASK { ?s ?p ?o }"})
        yield url
    finally:
        proc.terminate()
        proc.wait(15)


def test_listener_sees_an_engine_that_may_reach_it(listener: Listener) -> None:
    """The control: an unguarded engine does call the listener, so the tests below can fail."""
    query = f"SELECT * WHERE {{ #x\rSERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"
    solutions = list(ox.Store().query(query))
    assert listener.hits and len(solutions) == 1


def service_variants(port: int) -> list[str]:
    """SERVICE clauses hidden by comments, escapes, case and whitespace, and in every place a
    group pattern can sit."""
    iri = f"<http://127.0.0.1:{port}/sparql>"
    keywords = ["SERVICE", "service", "SeRvIcE", "\\u0053ERVICE", "\\U00000053ervice",
                "SERVICE SILENT", "service\tsilent"]
    before = ["", "#x\r", "#x\n", "#x\r\n", "# a } comment\r", "#\u2028x\r", " \t\r\n "]
    between = [" ", "\t", "\r", "\n", "#c\r", "#c\n", "\r\n#c\r"]
    targets = [iri, "s:", "?svc"]
    wraps = [
        "{{ {} }}",
        "{{ OPTIONAL {{ {} }} }}",
        "{{ ?a ?b ?c FILTER EXISTS {{ {} }} }}",
        "{{ {{ SELECT * WHERE {{ {} }} }} }}",
        "{{ {{ ?a ?b ?c }} UNION {{ {} }} }}",
        "{{ ?a ?b ?c MINUS {{ {} }} }}",
    ]
    rng = random.Random(11)
    out = []
    for _ in range(120):
        kw, pre, gap, target, wrap = (rng.choice(x) for x in (keywords, before, between,
                                                              targets, wraps))
        clause = f"{pre}{kw}{gap}{target} {{ ?s ?p ?o }}"
        prologue = f"PREFIX s: {iri}\n" if target == "s:" else ""
        values = f" VALUES ?svc {{ {iri} }}" if target == "?svc" else ""
        body = wrap.format(clause)
        if values:
            body = body[:-1] + values + " }"
        out.append(f"{prologue}SELECT * WHERE {body}")
    return out


def test_service_never_reaches_the_network(kg_serve: str, listener: Listener) -> None:
    sends = [
        lambda q: requests.get(kg_serve, params={"query": q}, timeout=30),
        lambda q: requests.post(kg_serve, data={"query": q}, timeout=30),
        lambda q: requests.post(kg_serve, data=q.encode(), timeout=30,
                                headers={"Content-Type": "application/sparql-query"}),
    ]
    for i, query in enumerate(service_variants(listener.port)):
        reply = sends[i % 3](query)
        assert reply.status_code != 200, query
        assert MARKER not in reply.text and str(listener.port) not in reply.text, query
    assert listener.hits == []


def test_plainly_written_service_gets_a_clear_refusal(kg_serve: str, listener: Listener) -> None:
    for q in (
        f"SELECT * WHERE {{ #x\rSERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}",
        f"select * {{ ?a ?b ?c OPTIONAL {{ service silent <http://127.0.0.1:{listener.port}/> "
        "{ ?s ?p ?o } } }",
    ):
        reply = requests.post(kg_serve, data={"query": q}, timeout=30)
        assert reply.status_code == 400 and "SERVICE" in reply.text
    assert listener.hits == []


def test_what_the_engine_alone_parses_still_cannot_connect(kg_serve: str,
                                                          listener: Listener) -> None:
    """Oxigraph-only syntax (a triple term) hides the clause from rdflib's grammar; the
    keyword is still seen (400), and the worker could not have opened a socket anyway."""
    q = (f"SELECT * WHERE {{ ?s ?p ?o FILTER(?s = <<( ?a ?b ?c )>>) "
         f"SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}")
    reply = requests.post(kg_serve, data={"query": q}, timeout=30)
    assert reply.status_code == 400 and "SERVICE" in reply.text
    assert "Permission" not in reply.text and str(listener.port) not in reply.text
    assert listener.hits == []


def test_words_that_are_not_clauses_still_run(kg_serve: str) -> None:
    harmless = [
        'SELECT ?service WHERE { ?service ?p "SERVICE <x>" . '
        "FILTER(?p != <urn:SERVICE>) } LIMIT 1 # SERVICE",
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <u:x> { }\r",
        'SELECT * WHERE { ?s ?p """multi\rSERVICE <u:x> { }""" } LIMIT 1',
    ]
    for q in harmless:
        assert requests.post(kg_serve, data={"query": q}, timeout=30).status_code == 200, q


def test_updates_refused_however_written(kg_serve: str) -> None:
    for q in ("#x\rINSERT DATA { <urn:a> <urn:b> <urn:c> }",
              "PREFIX a: <urn:a#>\r\ndElEtE wHeRe { ?s ?p ?o }",
              "LOAD <http://127.0.0.1:9/x>"):
        assert requests.post(kg_serve, data={"query": q}, timeout=30).status_code == 403, q
    ask = requests.get(kg_serve, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}, timeout=30)
    assert ask.json()["boolean"] is False


def test_deep_nesting_refused_before_parsing(kg_serve: str) -> None:
    deep = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
    reply = requests.post(kg_serve, data={"query": deep}, timeout=30)
    assert reply.status_code == 400 and "nested 5000" in reply.text
    ok = requests.get(kg_serve, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert ok.json()["boolean"] is True


def test_kg_query_refuses_deep_nesting(built_corpus: tuple[Path, BuildReport]) -> None:
    deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run([str(kg), "query", deep, "--store", str(built_corpus[0] / "store")],
                          capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert "nested" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("query", "kind", "service"),
    [
        ("SELECT * { SERVICE <u:x> { ?s ?p ?o } }", "query", True),
        ("SELECT * { ?s ?p 'SERVICE' }", "query", False),
        ('SELECT * { ?s ?p """multi\nSERVICE""" }', "query", False),
        ("SELECT ?service { ?service kf:SERVICE ?o }", "query", False),
        ("PREFIX a: <urn:a#>\nBASE <urn:b>\n insert data { <u:a> <u:b> <u:c> }", "update", False),
        ("# INSERT\nSELECT * { ?s ?p ?o }", "query", False),
        ("WITH <u:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update", False),
        ("ASK { { SELECT * { OPTIONAL { SERVICE SILENT ?x { ?a ?b ?c } } } } }", "query", True),
        ("DESCRIBE ?s WHERE { SERVICE <u:x> { ?s ?p ?o } }", "query", True),
        ("# only a comment", "unknown", False),
        ("SELECT ?x WHERE { ?x ?y }", "unknown", False),
    ],
)
def test_inspect(query: str, kind: str, service: bool) -> None:
    verdict = inspect(normalize(query), {"kf": "urn:kf#"})
    assert (verdict.kind, verdict.service) == (kind, service)


def test_very_long_query_is_left_to_the_sandboxed_engine(kg_serve: str,
                                                          listener: Listener) -> None:
    """Past MAX_PARSED characters rdflib does not parse the text: still a 400, no request."""
    padding = "#" + "x" * MAX_PARSED + "\n"
    q = f"{padding}SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"
    assert inspect(q).kind == "unknown"
    reply = requests.post(kg_serve, data=q.encode(), timeout=30,
                          headers={"Content-Type": "application/sparql-query"})
    assert reply.status_code == 400 and MARKER not in reply.text
    assert listener.hits == []


def test_normalize_and_depth() -> None:
    assert normalize("a\rb\r\nc") == "a\nb\nc"
    assert nesting_depth("SELECT * { { ( [ ] ) } }") == 4
    assert nesting_depth("{" * (MAX_NESTING + 1)) == MAX_NESTING + 1


def service_anywhere(port: int) -> list[str]:
    """SERVICE where rdflib's grammar cannot follow: in LATERAL, after VERSION, 61 groups
    deep, after 100 KB of padding (the engine would run every one of them)."""
    clause = f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }}"
    return [
        f"SELECT * WHERE {{ ?x ?y ?z LATERAL {{ {clause} }} }}",
        f'VERSION "1.2" SELECT * WHERE {{ {clause} }}',
        "SELECT * WHERE " + "{ " * 61 + clause + " }" * 61,
        "#" + "x" * 100_000 + f"\nSELECT * WHERE {{ {clause} }}",
    ]


def test_service_anywhere_gets_a_400(kg_serve: str, listener: Listener) -> None:
    for q in service_anywhere(listener.port):
        reply = requests.post(kg_serve, data=q.encode(), timeout=30,
                              headers={"Content-Type": "application/sparql-query"})
        assert reply.status_code == 400 and "SERVICE" in reply.text, (q[:80], reply.text)
    assert listener.hits == []


LONG_CHAINS = [
    "ASK { FILTER(" + "!" * 10_000 + "true) }",
    "ASK { FILTER(" + "+".join(["1"] * 15_000) + " > 0) }",
    "ASK { FILTER(" + " || ".join(["false"] * 10_000) + ") }",
]


def test_long_operator_chains_refused_before_the_engine(kg_serve: str) -> None:
    for q in LONG_CHAINS:
        reply = requests.post(kg_serve, data={"query": q}, timeout=30)
        assert reply.status_code == 400 and "operators" in reply.text, reply.text
    ok = requests.get(kg_serve, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert ok.json()["boolean"] is True


def test_kg_query_refuses_long_operator_chains(built_corpus: tuple[Path, BuildReport]) -> None:
    kg = Path(sys.executable).parent / "kg"
    for q in LONG_CHAINS[:2]:
        done = subprocess.run([str(kg), "query", "-", "--store", str(built_corpus[0] / "store")],
                              input=q, capture_output=True, text=True)
        assert done.returncode == 2, (done.returncode, done.stderr[-300:])
        assert "E011" in done.stderr and "operators" in done.stderr
