"""`kg serve` under hostile and careless clients: slow senders, clients that vanish, odd
headers, queries built to cost the server CPU before their timeout starts. Each test runs
the real `kg serve` command on a loopback port; attacks are bounded in count and time."""

from __future__ import annotations

import resource
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from conftest import free_port, wait_for_http
from slow_clients import SlowLoris, connect

from kg.build import BuildReport

ASK = {"query": "ASK { ?s ?p ?o }"}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


class Server:
    """`kg serve --quiet ARGS` on a free port; its log goes to a file (a pipe nobody reads
    would block a server that logs a lot, which is one of the things tested here)."""

    def __init__(self, store: Path, log: Path, *args: str, nofile: int | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.log_path = log
        kg = Path(sys.executable).parent / "kg"

        def limits() -> None:
            if nofile:  # a small descriptor table: exhaustion shows with a few hundred clients
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        with log.open("w") as err:
            self.proc = subprocess.Popen(
                [str(kg), "serve", "--store", str(store), "--port", str(self.port), "--quiet",
                 *args],
                stdout=subprocess.DEVNULL, stderr=err, text=True, preexec_fn=limits,
            )
        wait_for_http(self.url, self.proc, "kg serve", 60, self.log, ASK)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> str:
        self.proc.terminate()
        self.proc.wait(20)
        return self.log()


@pytest.fixture
def start(built_corpus: tuple[Path, BuildReport], tmp_path: Path
          ) -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def run(*args: str, nofile: int | None = None) -> Server:
        server = Server(built_corpus[0] / "store", tmp_path / f"log{len(servers)}", *args,
                        nofile=nofile)
        servers.append(server)
        return server

    yield run
    for server in servers:
        if server.proc.poll() is None:
            server.stop()


def read_all(sock: socket.socket, seconds: float) -> bytes:
    """Everything the server sends until it closes the connection (or ``seconds`` pass)."""
    sock.settimeout(seconds)
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except OSError:
        pass
    return b"".join(chunks)


def test_slow_clients_cannot_starve_normal_ones(start: Callable[..., Server]) -> None:
    """300 connections that trickle one byte every half second, against a server whose
    process may hold 256 descriptors (the issue's 1,100 clients against 1,024, scaled down).
    Normal requests made meanwhile are all answered, long before the trickling clients'
    deadline; dropped trickling clients are told why (an HTTP answer, not a reset), and the
    log has no traceback."""
    server = start("--request-timeout", "3", nofile=256)
    latencies: list[float] = []
    failures: list[str] = []
    with SlowLoris(server.port, 300, 0.5) as attack:
        time.sleep(2.0)  # let the attack fill the server
        for _ in range(25):
            began = time.monotonic()
            try:
                r = requests.get(server.url, params=ASK, timeout=5)
                if r.status_code != 200:
                    failures.append(f"{r.status_code} {r.text[:80]}")
            except requests.RequestException as err:
                failures.append(type(err).__name__)
            latencies.append(time.monotonic() - began)
            time.sleep(0.1)
    log = server.stop()
    assert failures == [], failures
    # starved, a request would wait for trickling clients to hit their 3 s deadline; answered
    # at once it takes milliseconds. A third of that deadline tells the two apart on a loaded
    # machine too (0.1 s failed once with two test workers and a training run on 2 cores).
    assert statistics.median(latencies) < 1.0, sorted(latencies)
    assert attack.opened > 300  # connections were dropped (and replaced) during the attack
    statuses = {a.split(b" ", 2)[1] for a in attack.answers if a.startswith(b"HTTP/1.")}
    assert statuses and statuses <= {b"408", b"503"}, attack.answers[:5]
    assert "Traceback" not in log and len(log.splitlines()) < 20, log[-2000:]


def test_a_request_has_one_deadline_however_it_trickles(start: Callable[..., Server]) -> None:
    """A byte every 0.2 s never trips a per-read timeout; the request deadline stops it."""
    server = start("--request-timeout", "2", "--idle-timeout", "30")
    sock = connect(server.port)
    began = time.monotonic()
    answer = b""
    try:
        for byte in SlowLoris.REQUEST:
            try:
                sock.send(bytes([byte]))
            except OSError:
                break
            time.sleep(0.2)
            if time.monotonic() - began > 8:
                break
        answer = read_all(sock, 5)
    finally:
        sock.close()
    elapsed = time.monotonic() - began
    assert answer.startswith(b"HTTP/1.0 408") or answer.startswith(b"HTTP/1.1 408"), answer
    assert elapsed < 7, elapsed  # the trickle alone would last past 8 s
    ok = requests.get(server.url, params=ASK, timeout=10)
    assert ok.json()["boolean"] is True


def test_connection_cap_refuses_cleanly(start: Callable[..., Server]) -> None:
    """Four connections are being answered (one slow query running, three waiting for the
    one worker): none can be dropped, so a fifth client gets a clean 503, not a hang or a
    reset; once they are done the server answers again."""
    server = start("--max-connections", "4", "--workers", "1", "--timeout", "3")
    busy: list[threading.Thread] = []
    codes: list[int] = []
    for _ in range(4):
        thread = threading.Thread(target=lambda: codes.append(
            requests.get(server.url, params={"query": SLOW}, timeout=30).status_code))
        thread.start()
        busy.append(thread)
    time.sleep(1.0)
    sock = connect(server.port)
    sock.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n")
    refused = read_all(sock, 5)
    sock.close()
    for thread in busy:
        thread.join(30)
    assert refused.startswith(b"HTTP/1.0 503"), refused
    assert b"Retry-After" in refused
    assert sorted(codes) == [503] * 4  # each timed out or found the worker busy
    assert requests.get(server.url, params=ASK, timeout=10).json()["boolean"] is True
    assert "Traceback" not in server.stop()


def test_vanishing_clients_leave_no_tracebacks(start: Callable[..., Server]) -> None:
    """20 clients ask for a large answer and reset the connection at once: the server's
    writes fail; it logs at most a line per client and no traceback."""
    server = start()
    request = (b"GET /sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%202000"
               b" HTTP/1.1\r\nHost: x\r\n\r\n")
    for _ in range(20):
        sock = connect(server.port)
        sock.sendall(request)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # RST
    assert requests.get(server.url, params=ASK, timeout=30).json()["boolean"] is True
    log = server.stop()
    assert "Traceback" not in log and "BrokenPipe" not in log, log[-2000:]
    assert len(log.splitlines()) <= 20


def test_head_is_get_without_a_body(start: Callable[..., Server]) -> None:
    server = start()
    base = server.url.rsplit("/", 1)[0]
    head = requests.head(base + "/", timeout=10)
    get = requests.get(base + "/", timeout=10)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["Content-Type"] == get.headers["Content-Type"]
    assert int(head.headers["Content-Length"]) == len(get.content)
    sparql = requests.head(server.url, params=ASK, timeout=10)
    assert sparql.status_code == 200 and sparql.content == b""


def test_odd_quality_values_get_an_answer(start: Callable[..., Server]) -> None:
    server = start()
    for accept in ("*/*;q=nan", "*/*;q=inf", "text/csv;q=NaN, */*;q=0.1", "*/*;q=1e999",
                   "*/*;q=abc"):
        r = requests.get(server.url, params=ASK, headers={"Accept": accept}, timeout=10)
        assert r.status_code == 200, (accept, r.text)
    # An explicit 0 still means "not this": nothing acceptable is an honest 406.
    r = requests.get(server.url, params=ASK, headers={"Accept": "*/*; q=-0"}, timeout=10)
    assert r.status_code == 406


def test_parsing_a_request_is_bounded_by_its_timeout(start: Callable[..., Server]) -> None:
    """A query rdflib's parser takes seconds over (a long OR chain, within the operator
    limit) costs at most the query timeout, in a worker, not unbounded CPU in the server:
    four at once are all answered within the timeout (plus the wait for a worker), and a
    normal query made meanwhile is answered."""
    server = start("--timeout", "1", "--workers", "2")
    heavy = "ASK { ?s ?p ?o FILTER(" + " || ".join(f"?o = {i}" for i in range(400)) + ") }"
    results: list[tuple[int, float]] = []

    def ask() -> None:
        began = time.monotonic()
        r = requests.post(server.url, data={"query": heavy}, timeout=60)
        results.append((r.status_code, time.monotonic() - began))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    for thread in threads:
        thread.join(60)
    assert len(results) == 4
    assert all(elapsed < 5 for _, elapsed in results), results
    assert requests.get(server.url, params=ASK, timeout=30).json()["boolean"] is True
    assert "Traceback" not in server.stop()
