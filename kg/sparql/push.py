"""`kg push`: upload a graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

PUT replaces the target graph, POST (``append``) adds to it. The same request works for
Oxigraph (``/store``), Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/REPO/rdf-graphs/service``) and Virtuoso (``/sparql-graph-crud-auth``);
docs/sparql.md has the exact URLs.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlsplit

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import E, KgError

AuthKind = Literal["basic", "digest", "bearer"]

MEDIA_TYPES: dict[str, str] = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".ntriples": "application/n-triples",
}


@dataclass(frozen=True)
class PushSettings:
    endpoint: str  # the store's GSP URL, e.g. http://localhost:7878/store
    graph: str | None = None  # named graph IRI; None = the default graph
    append: bool = False  # POST (add) instead of PUT (replace)
    user: str | None = None
    password: str | None = None
    token: str | None = None
    auth: AuthKind | None = None  # default: bearer with a token, basic with a user
    timeout: float = 300.0


@dataclass
class PushReport:
    url: str
    method: str
    status: int
    triples: int
    seconds: float


class _Bearer(AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def redact(url: str) -> str:
    """``url`` fit to print: a password in it (``http://user:secret@host/``) becomes ``***``."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    if not password:
        return url
    netloc = parts.netloc.replace(f":{password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def check_endpoint(endpoint: str) -> None:
    """An http(s) URL with a host and a valid port, or E040 saying what is wrong."""
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018 - raises on a bad port
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        why = "expected http(s)://HOST[:PORT]/PATH"
    except ValueError as err:
        ok, why = False, " ".join(str(err).split())
    if not ok:
        raise KgError(E.E040, detail=f"bad --endpoint {redact(endpoint)!r}: {why}")


def gsp_url(endpoint: str, graph: str | None) -> str:
    """``endpoint?graph=IRI`` (IRI percent-encoded) or ``endpoint?default``.

    An endpoint that already names its target (``...?graph-uri=IRI`` for Virtuoso) is used
    as it is.
    """
    query = urlsplit(endpoint).query
    if graph is None and re.search(r"(^|&)(graph|graph-uri|default)(=|&|$)", query):
        return endpoint
    sep = "&" if query else "?"
    return f"{endpoint}{sep}graph={quote(graph, safe='')}" if graph else f"{endpoint}{sep}default"


def _auth(settings: PushSettings) -> AuthBase | None:
    kind = settings.auth or ("bearer" if settings.token else "basic" if settings.user else None)
    if kind is None:
        return None
    if kind == "bearer":
        if not settings.token:
            raise KgError(E.E040, detail="--auth bearer needs --token")
        return _Bearer(settings.token)
    if not settings.user:
        raise KgError(E.E040, detail=f"--auth {kind} needs --user (and --password)")
    cls = HTTPDigestAuth if kind == "digest" else HTTPBasicAuth
    return cls(settings.user, settings.password or "")


def count_triples(path: Path, media_type: str) -> int:
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE if media_type == "text/turtle" else ox.RdfFormat.N_TRIPLES
    try:
        return sum(1 for _ in ox.parse(path=path, format=fmt))
    except SyntaxError as err:
        raise KgError(E.E008, path, str(err)) from None


def push_graph(path: Path, settings: PushSettings) -> PushReport:
    """Upload ``path`` (Turtle or N-Triples); raise ``KgError`` unless the store says 2xx."""
    if not path.is_file():
        raise KgError(E.E008, path, "file not found")
    check_endpoint(settings.endpoint)
    media_type = MEDIA_TYPES.get(path.suffix.lower(), "text/turtle")
    triples = count_triples(path, media_type)  # also validates before anything is replaced
    url = gsp_url(settings.endpoint, settings.graph)
    shown = redact(url)
    method = "POST" if settings.append else "PUT"
    auth = _auth(settings)
    started = time.perf_counter()
    try:
        # Digest auth re-sends the body after the 401 challenge, so it needs bytes, not a stream.
        with path.open("rb") as fh:
            body = fh.read() if isinstance(auth, HTTPDigestAuth) else fh
            response = requests.request(
                method,
                url,
                data=body,
                headers={"Content-Type": f"{media_type}; charset=utf-8"},
                auth=auth,
                timeout=settings.timeout,
                # A 301/302 turns a PUT into a GET: the store answers 200 and keeps nothing.
                allow_redirects=False,
            )
    except requests.RequestException as err:
        raise KgError(E.E043, detail=_hide(f"{shown}: {err}", settings)) from None
    if response.is_redirect or response.is_permanent_redirect:
        target = redact(response.headers.get("Location", "?"))
        raise KgError(
            E.E044,
            detail=f"{method} {shown} was redirected (HTTP {response.status_code} to {target}); "
            "nothing was stored. Pass the final URL as --endpoint",
        )
    if not response.ok:
        text = " ".join(response.text.split())[:300]
        raise KgError(
            E.E044,
            detail=_hide(
                f"{method} {shown} failed: HTTP {response.status_code} {response.reason}: {text}",
                settings,
            ),
        )
    return PushReport(shown, method, response.status_code, triples, time.perf_counter() - started)


def _hide(message: str, settings: PushSettings) -> str:
    """No secret in a message, wherever a library may have quoted it."""
    for secret in (settings.password, settings.token, urlsplit(settings.endpoint).password):
        if secret:
            message = message.replace(secret, "***")
    return message
