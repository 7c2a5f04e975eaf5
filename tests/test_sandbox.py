"""Process limits for query workers, checked in fresh child processes (they are permanent)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import socket
from kg.sparql.sandbox import deny_network, limit_memory
a, b = socket.socketpair()  # opened before: the worker's pipe to the server
assert deny_network()
for family in (socket.AF_INET, socket.AF_INET6):
    try:
        socket.socket(family, socket.SOCK_STREAM)
    except PermissionError:
        pass
    else:
        raise SystemExit(f"opened a {family!r} socket")
try:
    socket.create_connection(("127.0.0.1", PORT), timeout=2)
except PermissionError:
    pass
else:
    raise SystemExit("connected")
a.sendall(b"x")
assert b.recv(1) == b"x"
socket.socket(socket.AF_UNIX).close()
assert limit_memory(400)
try:
    blob = bytearray(600 << 20)
except MemoryError:
    print("sealed")
"""


def test_worker_limits_hold_in_a_child() -> None:
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(0.5)
        port = server.getsockname()[1]
        done = subprocess.run([sys.executable, "-c", CHILD.replace("PORT", str(port))],
                              capture_output=True, text=True, timeout=60)
        try:
            server.accept()
            connected = True
        except OSError:
            connected = False
    assert done.returncode == 0 and done.stdout.strip() == "sealed", done.stderr
    assert not connected
