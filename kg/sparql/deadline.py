"""A deadline for a whole HTTP exchange (``kg push --timeout``).

``requests``' timeout bounds each connect and each read, so a server that trickles one byte
a second keeps a request alive forever. :class:`Deadline` gives a ``requests`` session whose
connections record their sockets; when the time is up a timer shuts them down, which ends
any blocked send or receive at once (in whatever thread it waits).
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class _Sockets:
    """The sockets opened so far, shut down together when the deadline passes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open: list[socket.socket] = []
        self.closed = False

    def add(self, sock: socket.socket) -> None:
        with self.lock:
            self.open.append(sock)
            if self.closed:  # opened after the deadline: no use
                _shut(sock)

    def shut_all(self) -> None:
        with self.lock:
            self.closed = True
            for sock in self.open:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed
        pass


def _watched_adapter(sockets: _Sockets) -> HTTPAdapter:
    """An adapter whose HTTP and HTTPS connections report each socket they open."""

    def recording(base: type[HTTPConnection]) -> type[HTTPConnection]:
        class Recording(base):  # type: ignore[valid-type,misc]
            def _new_conn(self) -> socket.socket:
                sock = super()._new_conn()
                sockets.add(sock)
                return sock

        return Recording

    class HttpPool(HTTPConnectionPool):
        ConnectionCls = recording(HTTPConnection)

    class HttpsPool(HTTPSConnectionPool):
        ConnectionCls = recording(HTTPSConnection)

    adapter = HTTPAdapter(max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = {"http": HttpPool, "https": HttpsPool}
    return adapter


class Deadline:
    """``with Deadline(seconds) as d: d.session.request(...)``: every socket the session
    opens is shut down ``seconds`` after the block starts; ``d.expired`` tells that it
    happened (the request then fails with a connection error)."""

    def __init__(self, seconds: float) -> None:
        self.sockets = _Sockets()
        self.session = requests.Session()
        adapter = _watched_adapter(self.sockets)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.timer = threading.Timer(seconds, self.sockets.shut_all)
        self.timer.daemon = True

    @property
    def expired(self) -> bool:
        return self.sockets.closed

    def __enter__(self) -> Deadline:
        self.timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.timer.cancel()
        self.session.close()
