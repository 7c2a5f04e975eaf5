"""Load on ``kg serve``: C clients x N requests of a simple query (run by hand).

    .venv/bin/python bench/bench_serve.py                       # 20 clients x 50 requests
    .venv/bin/python bench/bench_serve.py --clients 40 --requests 100 --store build/store

Starts the real ``kg serve`` (default settings, a free port) on the given store, or on a
fresh build of corpus/ when none is given; each client is a thread with its own connections
(http.client, one connection per request as the server speaks HTTP/1.0). Prints resets and
other failures, and latency percentiles measured from connect to the last byte.
"""

from __future__ import annotations

import argparse
import http.client
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


def start(store: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def request(port: int, query: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
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
    args = parser.parse_args()
    work = None
    store = args.store
    if store is None:
        work = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
        subprocess.run([KG, "build", str(ROOT / "corpus"), "--out", str(work), "--no-html"],
                       check=True, capture_output=True)
        store = work / "store"
    proc, port = start(store)
    latencies: list[float] = []
    failures: dict[str, int] = {}
    lock = threading.Lock()

    def client() -> None:
        for _ in range(args.requests):
            started = time.perf_counter()
            try:
                status, _ = request(port, QUERY)
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

    try:
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
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
          f"max {ms[-1] if ms else float('nan'):.1f}  mean {statistics.fmean(ms):.1f}")


if __name__ == "__main__":
    main()
