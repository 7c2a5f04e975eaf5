"""Load on ``kg serve``: C clients x N requests of a simple query (run by hand).

    .venv/bin/python bench/bench_serve.py                       # 20 clients x 50 requests
    .venv/bin/python bench/bench_serve.py --clients 40 --requests 100 --store build/store
    .venv/bin/python bench/bench_serve.py --slow-clients 1100   # ... under a slow-client attack

Starts the real ``kg serve`` (default settings, a free port) on the given store, or on a
fresh build of corpus/ when none is given; each client is a thread with its own connections
(http.client, one connection per request as the server speaks HTTP/1.0). Prints resets and
other failures, and latency percentiles measured from connect to the last byte. With
``--slow-clients N``, N more connections send a request one byte every ``--slow-pace`` seconds
(a dropped one is replaced) for the whole run; what the server told them is counted.
"""

from __future__ import annotations

import argparse
import http.client
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
QUERY = ("PREFIX kf: <https://w3id.org/kaifang/ontology#> "
         "SELECT ?o WHERE { ?o a kf:Official } ORDER BY ?o LIMIT 5")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(store: Path, nofile: int = 0) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()

    def limits() -> None:
        if nofile:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=limits)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            status, _ = request(port, "ASK { ?s ?p ?o }")
            if status == 200:
                return proc, port
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("kg serve did not start")


def request(port: int, query: str, timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/sparql", body=urlencode({"query": query}),
                     headers={"Content-Type": "application/x-www-form-urlencoded",
                              "Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50, help="per client")
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--slow-clients", type=int, default=0)
    parser.add_argument("--slow-pace", type=float, default=10.0, help="seconds between bytes")
    parser.add_argument("--client-timeout", type=float, default=60.0)
    parser.add_argument("--server-nofile", type=int, default=0,
                        help="descriptor limit of the server process (e.g. 1024, a common default)")
    args = parser.parse_args()
    work = None
    store = args.store
    if store is None:
        work = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
        subprocess.run([KG, "build", str(ROOT / "corpus"), "--out", str(work), "--no-html"],
                       check=True, capture_output=True)
        store = work / "store"
    proc, port = start(store, args.server_nofile)
    latencies: list[float] = []
    failures: dict[str, int] = {}
    lock = threading.Lock()

    def client() -> None:
        for _ in range(args.requests):
            started = time.perf_counter()
            try:
                status, _ = request(port, QUERY, args.client_timeout)
                outcome = "ok" if status == 200 else f"HTTP {status}"
            except ConnectionResetError:
                outcome = "reset"
            except OSError as err:
                outcome = type(err).__name__
            elapsed = time.perf_counter() - started
            with lock:
                if outcome == "ok":
                    latencies.append(elapsed)
                else:
                    failures[outcome] = failures.get(outcome, 0) + 1

    sys.path.insert(0, str(ROOT / "tests"))
    from slow_clients import SlowLoris

    attack = SlowLoris(port, args.slow_clients, args.slow_pace)
    try:
        if args.slow_clients:
            attack.__enter__()
            time.sleep(5)  # the attack holds every place it can get before the clients start
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        if args.slow_clients:
            attack.__exit__()
        proc.terminate()
        proc.wait(30)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    total = args.clients * args.requests
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, int(p / 100 * len(ms)))] if ms else float("nan")

    print(f"{args.clients} clients x {args.requests} requests = {total}, {wall:.1f} s, "
          f"{total / wall:.0f} requests/s")
    print(f"ok {len(ms)}, resets {failures.pop('reset', 0)}, other failures {failures or 0}")
    print(f"latency ms: p50 {pct(50):.1f}  p90 {pct(90):.1f}  p99 {pct(99):.1f}  "
          f"max {ms[-1] if ms else float('nan'):.1f}  "
          f"mean {statistics.fmean(ms) if ms else float('nan'):.1f}")
    if args.slow_clients:
        told: dict[str, int] = {}
        for answer in attack.answers:
            status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "?"
            told[status] = told.get(status, 0) + 1
        print(f"slow clients: {args.slow_clients} at a time, {attack.opened} connections made, "
              f"{attack.connect_failures} connects failed; dropped ones were told {told}")


if __name__ == "__main__":
    main()
