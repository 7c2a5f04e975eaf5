"""`kg push` against hostile or broken servers (real loopback HTTP servers started and stopped
here): --timeout bounds the whole request, secrets in the URL are never printed, an error body
is read a few KB at most and printed without control characters."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from limits import kg_run, one_error_line

TURTLE = '@prefix ex: <http://example.org/> .\nex:a ex:name "Invented" .\n'
BIG_BODY = 128 << 20  # bytes an error body claims (and sends, if the client keeps reading)


class Server:
    """A raw loopback HTTP server: ``reply(conn)`` answers each connection after the request
    has been read. Records when the request arrived and when the client went away."""

    def __init__(self, reply: Callable[[socket.socket, int], None]) -> None:
        self.reply = reply
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.arrived: list[float] = []
        self.gone: list[float] = []
        self.sent: list[int] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.5)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head, _, body = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(body) < length:
                    body += conn.recv(65536)
                self.arrived.append(time.monotonic())
                self.reply(conn, self.port)
            except OSError:
                pass
            self.gone.append(time.monotonic())

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket, int], None]], Server]]:
    servers: list[Server] = []

    def start(reply: Callable[[socket.socket, int], None]) -> Server:
        servers.append(Server(reply))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE)
    return path


def _trickle(conn: socket.socket, data: bytes, seconds: float = 40) -> None:
    """One byte every 0.2 s, at most ``seconds`` long (the server is bounded too)."""
    end = time.monotonic() + seconds
    for byte in data:
        if time.monotonic() > end:
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.2)


def trickle_status(conn: socket.socket, port: int) -> None:
    _trickle(conn, b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 400 + b"\r\n\r\n")


def trickle_error_body(conn: socket.socket, port: int) -> None:
    conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 400\r\n\r\n")
    _trickle(conn, b"b" * 400)


@pytest.mark.parametrize("reply", [trickle_status, trickle_error_body], ids=["status", "body"])
def test_timeout_bounds_the_whole_request(serve, graph: Path, reply) -> None:  # type: ignore[no-untyped-def]
    server = serve(reply)
    done = kg_run("push", graph, "--endpoint", f"http://127.0.0.1:{server.port}/store",
                  "--timeout", "2", timeout=120)
    line = one_error_line(done, "E043")
    assert "timed out" in line and "2" in line
    deadline = time.monotonic() + 10
    while not server.gone and time.monotonic() < deadline:
        time.sleep(0.1)
    assert server.arrived and server.gone
    assert server.gone[0] - server.arrived[0] < 5  # 2 s and some slack, not 40 s


def hostile_error(conn: socket.socket, port: int) -> None:
    """500 with terminal escapes and bidi controls up front and BIG_BODY bytes in all."""
    head = b"\x1b[2J\x1b]0;owned\x07\x1b[31mred\x9b31m \xe2\x80\xae\x00evil\r\nsecond line"
    conn.sendall(f"HTTP/1.1 500 Oops\r\nContent-Length: {BIG_BODY}\r\n\r\n".encode() + head)
    sent, chunk = len(head), b"z" * (1 << 16)
    try:
        while sent < BIG_BODY:
            conn.sendall(chunk[: BIG_BODY - sent])
            sent += min(len(chunk), BIG_BODY - sent)
    finally:
        TRACK.append(sent)


TRACK: list[int] = []


def test_error_body_is_short_and_clean(serve, graph: Path) -> None:  # type: ignore[no-untyped-def]
    TRACK.clear()
    server = serve(hostile_error)
    done = kg_run("push", graph, "--endpoint", f"http://127.0.0.1:{server.port}/store",
                  timeout=120)
    line = one_error_line(done, "E044")
    assert "HTTP 500" in line and "red" in line and "evil" in line and "second line" in line
    assert all(ch.isprintable() for ch in line), repr(line)
    assert len(line) < 1000
    deadline = time.monotonic() + 10
    while not TRACK and time.monotonic() < deadline:
        time.sleep(0.1)
    assert TRACK and TRACK[0] < BIG_BODY // 4  # it stopped reading long before the end


def fail_500(conn: socket.socket, port: int) -> None:
    conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 2\r\n\r\nno")


def redirect_with_token(conn: socket.socket, port: int) -> None:
    location = f"http://127.0.0.1:{port}/elsewhere?access_token=REDIRSECRET9&x=1"
    conn.sendall(f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
                 .encode())


def ok_200(conn: socket.socket, port: int) -> None:
    conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")


@pytest.mark.parametrize(
    ("reply", "endpoint"),
    [
        (fail_500, "http://TOKENONLYSECRET9@127.0.0.1:{port}/store"),
        (fail_500, "http://127.0.0.1:{port}/store?access_token=QUERYSECRET9&x=1"),
        (fail_500, "http://127.0.0.1:{port}/store?api_key=QUERYSECRET9"),
        (ok_200, "http://127.0.0.1:{port}/store?token=QUERYSECRET9"),
        (redirect_with_token, "http://127.0.0.1:{port}/moved"),
        (None, "http://TOKENONLYSECRET9@127.0.0.1:9/store"),
        (None, "http://127.0.0.1:9/store?access_token=QUERYSECRET9"),
    ],
    ids=["user-500", "access_token-500", "api_key-500", "token-ok", "redirect", "user-down",
         "query-down"],
)
def test_push_never_prints_a_token(serve, graph: Path, reply, endpoint: str) -> None:  # type: ignore[no-untyped-def]
    port = serve(reply).port if reply else 9
    done = kg_run("push", graph, "--endpoint", endpoint.format(port=port), timeout=120)
    out = done.stdout + done.stderr
    assert "SECRET9" not in out, out
    assert "***" in out, out
    if reply is not ok_200:
        one_error_line(done, "E043" if reply is None else "E044")
