"""Can `oxigraph serve-read-only` carry `kg serve`? Check each guarantee against a store.

    .venv/bin/python bench/bench_oxigraph_server.py STORE_DIR [--runaway-seconds 60]

Starts Oxigraph's own server (PyPI ``oxigraph``, installed by the test extras) on a copy of
the store, bound to 127.0.0.1 with ``--timeout-s 2``, and prints one line per guarantee:
updates refused, SERVICE refused (a listener on 127.0.0.1 records whether the server called
it), a runaway query cut off, rows capped, loopback by default. The server is stopped at the
end; the runaway query is given ``--runaway-seconds`` before we call it not cut off.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--runaway-seconds", type=float, default=60.0)
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if oxigraph is None:
        sys.exit("needs the `oxigraph` command (pip install oxigraph)")
    help_text = subprocess.run(
        [oxigraph, "serve-read-only", "--help"], capture_output=True, text=True
    ).stdout
    default_bind = "localhost:7878" if "[default: localhost:7878]" in help_text else "?"

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        shutil.copytree(args.store, store)
        port, trap_port = free_port(), free_port()
        trap = socket.socket()
        trap.bind(("127.0.0.1", trap_port))
        trap.listen(5)
        trap.settimeout(10)
        called: list[bytes] = []

        def listen() -> None:
            try:
                conn, _ = trap.accept()
                called.append(conn.recv(100))
                conn.close()
            except OSError:
                pass

        threading.Thread(target=listen, daemon=True).start()
        server = subprocess.Popen(
            [oxigraph, "serve-read-only", "--location", str(store),
             "--bind", f"127.0.0.1:{port}", "--timeout-s", "2"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            update = requests.post(
                url + "/update",
                data="INSERT DATA { <http://a> <http://b> <http://c> }",
                headers={"Content-Type": "application/sparql-update"},
            )
            print(f"read-only:        update -> {update.status_code} {update.text.strip()[:60]!r}")
            service = requests.post(
                url + "/query",
                data={"query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{trap_port}/s> "
                      "{ ?s ?p ?o } }"},
                timeout=30,
            )  # fmt: skip
            time.sleep(0.5)
            print(
                f"SERVICE refused:  {service.status_code}; our listener "
                + ("WAS CALLED: " + repr(called[0][:40]) if called else "was not called")
            )
            rows = requests.post(
                url + "/query",
                data={"query": "SELECT * WHERE { ?s ?p ?o }"},
                headers={"Accept": "text/csv"},
            )
            print(f"row cap:          SELECT * returned {len(rows.text.splitlines()) - 1} rows")
            start = time.monotonic()
            try:
                runaway = requests.post(
                    url + "/query", data={"query": RUNAWAY}, timeout=args.runaway_seconds
                )
                print(
                    f"runaway cut off:  {runaway.status_code} after "
                    f"{time.monotonic() - start:.1f} s"
                )
            except requests.Timeout:
                print(f"runaway cut off:  NO, still running after {args.runaway_seconds:g} s")
            print(f"loopback default: --bind default {default_bind}")
        finally:
            server.kill()
            server.wait(10)
            trap.close()


if __name__ == "__main__":
    main()
