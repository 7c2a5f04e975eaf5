"""`kg push` into real triple stores over the Graph Store Protocol (no mocks).

Oxigraph: the `oxigraph` server CLI from the venv, on a free loopback port.
Virtuoso: `virtuoso-t` (Debian's virtuoso-opensource-7-bin, installed by `make test`) with its
own database and ini on loopback ports; skipped with the reason where it is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import requests
from conftest import free_port, wait_for_http
from rdflib import Graph

from kg.build import BuildReport
from kg.errors import E, KgError
from kg.sparql.push import PushSettings, gsp_url, push_graph
from kg.sparql.query import read_query, run_query
from kg.sparql.store import open_store

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = Path(sys.executable).parent / "oxigraph"
    if not exe.exists():
        pytest.skip("oxigraph server CLI not installed in the venv (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [str(exe), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/query", proc, "oxigraph", 30,
                      lambda: proc.stderr.read() if proc.stderr else b"", {"query": "ASK {}"})
        yield base
    finally:
        proc.terminate()
        proc.wait(15)


def remote(base: str, sparql: str) -> list[tuple[str, ...]]:
    r = requests.post(
        f"{base}/query",
        data=sparql.encode(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
        timeout=60,
    )
    r.raise_for_status()
    data = r.json()
    return sorted(
        tuple(b.get(v, {}).get("value", "") for v in data["head"]["vars"])
        for b in data["results"]["bindings"]
    )


def test_push_to_oxigraph(
    oxigraph: str, built_corpus: tuple[Path, BuildReport], built_graph: Graph
) -> None:
    out = built_corpus[0]
    report = push_graph(out / "graph.ttl", PushSettings(endpoint=f"{oxigraph}/store"))
    assert report.method == "PUT" and 200 <= report.status < 300
    assert report.triples == len(built_graph)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert remote(oxigraph, count) == [(str(len(built_graph)),)]
    # PUT replaces: pushing twice does not double anything.
    push_graph(out / "graph.ttl", PushSettings(endpoint=f"{oxigraph}/store"))
    assert remote(oxigraph, count) == [(str(len(built_graph)),)]

    # Competency questions give the same answers remotely as on the local store.
    local = open_store(out / "store")
    for name in ("officials-by-province", "sentence-behind-edge"):
        sparql = read_query(str(QUERIES / f"{name}.rq"))
        result = run_query(local, sparql)
        expected = sorted(tuple(r.get(v, "") for v in result.variables) for r in result.records())
        assert remote(oxigraph, sparql) == expected and expected


def test_append_into_named_graph(
    oxigraph: str, built_corpus: tuple[Path, BuildReport], built_graph: Graph
) -> None:
    ttl = built_corpus[0] / "graph.ttl"
    settings = PushSettings(endpoint=f"{oxigraph}/store", graph="urn:kaifang:seed", append=True)
    assert push_graph(ttl, settings).method == "POST"
    push_graph(ttl, settings)  # appending the same triples again changes nothing
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kaifang:seed> { ?s ?p ?o } }"
    assert remote(oxigraph, count) == [(str(len(built_graph)),)]


def test_push_errors(oxigraph: str, built_corpus: tuple[Path, BuildReport]) -> None:
    ttl = built_corpus[0] / "graph.ttl"
    with pytest.raises(KgError) as err:  # the query endpoint does not accept PUT
        push_graph(ttl, PushSettings(endpoint=f"{oxigraph}/query"))
    assert err.value.code is E.E044 and "HTTP 4" in err.value.message
    with pytest.raises(KgError) as err:
        push_graph(ttl, PushSettings(endpoint=f"http://127.0.0.1:{free_port()}/store"))
    assert err.value.code is E.E043 and "cannot reach" in err.value.message
    with pytest.raises(KgError):
        push_graph(ttl, PushSettings(endpoint=f"{oxigraph}/store", auth="bearer"))


def test_gsp_url() -> None:
    assert gsp_url("http://h/store", None) == "http://h/store?default"
    assert gsp_url("http://h/store", "urn:a b") == "http://h/store?graph=urn%3Aa%20b"
    assert gsp_url("http://h/crud?x=1", "urn:g") == "http://h/crud?x=1&graph=urn%3Ag"
    named = "http://h/sparql-graph-crud-auth?graph-uri=urn:g"
    assert gsp_url(named, None) == named  # Virtuoso style: the URL already names the graph


def test_kg_push_command(oxigraph: str, built_corpus: tuple[Path, BuildReport]) -> None:
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run(
        [str(kg), "push", str(built_corpus[0] / "graph.ttl"), "--endpoint", f"{oxigraph}/store"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("PUT ") and "triples" in done.stdout


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxClientConnections = 10
CheckpointInterval = 60

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway Virtuoso on loopback ports, with its own database and ini."""
    exe = shutil.which("virtuoso-t")
    if exe is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin;"
                    " `make test` installs it where apt-get is allowed)")
    d = tmp_path_factory.mktemp("virtuoso")
    http = free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql=free_port(), http=http))
    proc = subprocess.Popen([exe, "+foreground", "+configfile", str(d / "virtuoso.ini")],
                            cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    try:
        wait_for_http(f"{base}/sparql", proc, "virtuoso", 120,
                      lambda: (d / "virtuoso.log").read_text(errors="replace")[-2000:],
                      {"query": "ASK {}"})
        yield base
    finally:
        proc.terminate()
        proc.wait(60)


def test_push_to_virtuoso(virtuoso: str, built_corpus: tuple[Path, BuildReport],
                          built_graph: Graph) -> None:
    graph = "urn:kaifang:seed"
    settings = PushSettings(endpoint=f"{virtuoso}/sparql-graph-crud-auth", graph=graph,
                            user="dba", password="dba", auth="digest")
    report = push_graph(built_corpus[0] / "graph.ttl", settings)
    assert 200 <= report.status < 300

    def ask(sparql: str) -> list[tuple[str, ...]]:
        r = requests.get(f"{virtuoso}/sparql", timeout=60,
                         params={"query": sparql, "default-graph-uri": graph},
                         headers={"Accept": "application/sparql-results+json"})
        r.raise_for_status()
        data = r.json()
        return sorted(tuple(b.get(v, {}).get("value", "") for v in data["head"]["vars"])
                      for b in data["results"]["bindings"])

    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert ask(count) == [(str(len(built_graph)),)]
    local = open_store(built_corpus[0] / "store")
    sparql = read_query(str(QUERIES / "officials-by-province.rq"))
    result = run_query(local, sparql)
    expected = sorted(tuple(r.get(v, "") for v in result.variables) for r in result.records())
    assert expected and ask(sparql) == expected


# --- redirects and secrets: a plain HTTP server that records what it is sent ----------------


class _Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _answer(self) -> None:
        self.seen.append((self.command, self.path))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.path.startswith("/moved"):
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_port}/elsewhere")
            self.send_header("Content-Length", "0")
        elif self.path.startswith("/elsewhere"):
            self.send_response(200)
            self.send_header("Content-Length", "2")
        else:
            self.send_response(500)
            self.send_header("Content-Length", "2")
        self.end_headers()
        if not self.path.startswith("/moved"):
            self.wfile.write(b"no")

    do_GET = do_PUT = do_POST = _answer  # noqa: N815


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_port}", _Recorder.seen
    server.shutdown()
    server.server_close()


def kg_push(*args: str) -> subprocess.CompletedProcess[str]:
    kg = Path(sys.executable).parent / "kg"
    return subprocess.run([str(kg), "push", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("append", [False, True])
def test_push_redirect_is_an_error(
    built_corpus: tuple[Path, BuildReport], recorder: tuple[str, list[tuple[str, str]]],
    append: bool,
) -> None:
    host, seen = recorder
    done = kg_push(str(built_corpus[0] / "graph.ttl"), "--endpoint", f"http://{host}/moved",
                   *(["--append"] if append else []))
    assert done.returncode == 2 and "redirected (HTTP 302" in done.stderr, done.stderr
    assert "nothing was stored" in done.stderr
    assert [m for m, _ in seen] == ["POST" if append else "PUT"]  # never re-sent as a GET


def test_push_never_prints_credentials(
    built_corpus: tuple[Path, BuildReport], recorder: tuple[str, list[tuple[str, str]]],
) -> None:
    host, _ = recorder
    graph = str(built_corpus[0] / "graph.ttl")
    failed = kg_push(graph, "--endpoint", f"http://alice:s3cret-pw@{host}/store")
    assert failed.returncode == 2 and "HTTP 500" in failed.stderr
    unreachable = kg_push(graph, "--endpoint", "http://alice:s3cret-pw@127.0.0.1:9/store",
                          "--password", "other-s3cret")
    assert unreachable.returncode == 2
    for done in (failed, unreachable):
        out = done.stdout + done.stderr
        assert "s3cret" not in out and "alice:***@" in out


def test_push_bad_endpoint_is_one_line(built_corpus: tuple[Path, BuildReport]) -> None:
    for endpoint in ("http://[zz]/store", "ftp://host/store", "http://host:99999/store"):
        done = kg_push(str(built_corpus[0] / "graph.ttl"), "--endpoint", endpoint)
        assert done.returncode == 2 and "bad --endpoint" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
