"""Slow clients for tests and benches of `kg serve` (tests/test_serve_attacks.py,
bench/bench_serve.py --slow-clients): connections that send a request a byte at a time."""

from __future__ import annotations

import socket
import threading


def connect(port: int, timeout: float = 3) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


class SlowLoris:
    """``count`` connections that each send a request one byte at a time, every ``pace``
    seconds, forever; a connection the server closes is replaced by a new one. Answers the
    server gave to dropped connections are kept (``answers``)."""

    REQUEST = b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 4000

    def __init__(self, port: int, count: int, pace: float) -> None:
        self.port, self.count, self.pace = port, count, pace
        self.answers: list[bytes] = []
        self.connect_failures = 0
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _open(self) -> tuple[socket.socket, int] | None:
        try:
            sock = connect(self.port, timeout=2)
            sock.setblocking(False)
            self.opened += 1
            return sock, 0
        except OSError:
            self.connect_failures += 1
            return None

    def _run(self) -> None:
        conns = [c for _ in range(self.count) if (c := self._open())]
        while not self._stop.is_set():
            alive = []
            for sock, sent in conns:
                try:
                    data = sock.recv(4096)
                except BlockingIOError:
                    data = None
                except OSError:
                    data = b""
                if data is None:
                    try:
                        sock.send(self.REQUEST[sent % len(self.REQUEST):][:1])
                        alive.append((sock, sent + 1))
                        continue
                    except OSError:
                        pass
                if data:
                    self.answers.append(data)
                sock.close()
                if not self._stop.is_set() and (new := self._open()):
                    alive.append(new)
            conns = alive
            self._stop.wait(self.pace)
        for sock, _ in conns:
            sock.close()

    def __enter__(self) -> SlowLoris:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)
