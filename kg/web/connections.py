"""The open connections of ``kg serve``: a cap on their number, a deadline for each request.

The server gives each connection a thread that blocks while its client sends. Without
limits, clients that each send one byte every few seconds hold a thread and a descriptor
apiece, for ever, until no one else can connect. So:

* **A deadline for the whole request.** Its line, headers and body must arrive within
  ``request_timeout`` seconds of the connection; otherwise a watchdog thread answers
  ``408`` and closes it. (The socket's own timeout is per read: one byte a second meets it.)
* **A cap on open connections.** When a client connects while ``limit`` are open, the
  connection that has been sending its request the longest is answered ``503`` and closed to
  make room: a slow client loses its place, a normal one (which sends its request in
  milliseconds) keeps it. If every open connection is being answered, none can go, and the
  newcomer is told ``503`` with ``Retry-After`` and closed. Neither costs a thread.

Every client the server drops gets an HTTP answer saying why, and the log one line at most.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

RESERVED_DESCRIPTORS = 64
"""Descriptors kept for everything but client connections (listener, worker pipes, files)."""


@dataclass(eq=False)
class Connection:
    sock: socket.socket
    peer: str
    deadline: float | None  # the request must be in by then; None: it is being answered
    dropped: bool = False  # the server closed it (and said why)


def plain_answer(status: HTTPStatus, message: str, retry_after: int | None = None) -> bytes:
    """A complete HTTP/1.0 answer, for a client that is closed right after it."""
    body = (message + "\n").encode()
    head = [
        f"HTTP/1.0 {status.value} {status.phrase}",
        "Content-Type: text/plain; charset=utf-8",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    if retry_after is not None:
        head.append(f"Retry-After: {retry_after}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def descriptor_limit(wanted: int) -> int:
    """Connections that fit in this process's descriptor table (raised to its hard limit
    first), at most ``wanted``."""
    try:
        import resource
    except ImportError:  # not POSIX: no table to size
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted + RESERVED_DESCRIPTORS
    if soft != resource.RLIM_INFINITY and soft < target:
        raised = target if hard == resource.RLIM_INFINITY else min(target, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(1, min(wanted, soft - RESERVED_DESCRIPTORS))


class Connections:
    """The open connections, their deadlines and the watchdog that enforces them."""

    def __init__(self, limit: int, request_timeout: float,
                 log: Callable[[str], None] | None = None) -> None:
        self.limit = limit
        self.request_timeout = request_timeout
        self._log = log
        self._lock = threading.Lock()
        self._open: dict[socket.socket, Connection] = {}
        self._stop = threading.Event()
        self._timed_out = plain_answer(
            HTTPStatus.REQUEST_TIMEOUT,
            f"the request did not arrive within {request_timeout:g} s; send it at once",
        )
        self._busy = plain_answer(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"the server has {limit} connections open; try again", retry_after=1,
        )
        self._watchdog = threading.Thread(target=self._watch, name="kg-serve-deadlines",
                                          daemon=True)
        self._watchdog.start()

    # Called by the accepting thread ---------------------------------------------------------
    def admit(self, sock: socket.socket, peer: str) -> bool:
        """Take a new connection, making room if needed; False: it was refused (and told)."""
        with self._lock:
            if len(self._open) >= self.limit:
                sending = [c for c in self._open.values() if c.deadline is not None]
                if not sending:
                    self._refuse(sock, peer)
                    return False
                slowest = min(sending, key=lambda c: c.deadline or 0.0)
                self._drop(slowest, self._busy, "dropped to make room (503)")
                del self._open[slowest.sock]  # its slot is free now; its thread ends soon
            deadline = time.monotonic() + self.request_timeout
            self._open[sock] = Connection(sock, peer, deadline)
        return True

    # Called by a connection's thread ------------------------------------------------------
    def get(self, sock: socket.socket) -> Connection:
        with self._lock:
            return self._open.get(sock) or Connection(sock, "", None, dropped=True)

    def answering(self, conn: Connection) -> bool:
        """The request is in: no deadline while it is answered. False: it was dropped."""
        with self._lock:
            if conn.dropped:
                return False
            conn.deadline = None
            return True

    def release(self, sock: socket.socket) -> None:
        """The connection is about to be closed by its thread."""
        with self._lock:
            self._open.pop(sock, None)

    def lost(self, conn: Connection, why: BaseException) -> None:
        """The client went away mid-answer (reset, broken pipe): one line, unless the
        server had dropped it (and said so) already."""
        if not conn.dropped and self._log:
            self._log(f"{conn.peer} went away ({type(why).__name__})")

    def close(self) -> None:
        self._stop.set()
        self._watchdog.join(2)

    # Internals (the lock is held) -----------------------------------------------------------
    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            now = time.monotonic()
            with self._lock:
                for conn in self._open.values():
                    if conn.deadline is not None and conn.deadline < now and not conn.dropped:
                        self._drop(conn, self._timed_out, "request deadline passed (408)")

    def _drop(self, conn: Connection, answer: bytes, why: str) -> None:
        conn.dropped, conn.deadline = True, None
        try:
            conn.sock.send(answer, socket.MSG_DONTWAIT)
        except OSError:
            pass
        try:
            conn.sock.shutdown(socket.SHUT_RDWR)  # wakes its thread, blocked in a read
        except OSError:
            pass
        if self._log:
            self._log(f"{conn.peer} {why}")

    def _refuse(self, sock: socket.socket, peer: str) -> None:
        try:
            sock.recv(1 << 16, socket.MSG_DONTWAIT)  # unread bytes would turn close into RST
        except OSError:
            pass
        try:
            sock.send(self._busy, socket.MSG_DONTWAIT)
        except OSError:
            pass
        if self._log:
            self._log(f"{peer} refused: {self.limit} connections open, all being answered (503)")
