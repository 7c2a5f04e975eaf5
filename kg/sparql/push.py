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
from urllib.parse import quote, unquote, urlsplit

import requests
import urllib3
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import E, KgError
from kg.sparql.deadline import Deadline

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
    timeout: float = 300.0  # seconds for the whole request, connection to last byte


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


# Query or fragment parameters whose value is a credential (``?access_token=``, ``&api_key=``).
_SECRET_NAME = re.compile(r"token|secret|pass|pwd|key|sig|auth|session|credential", re.I)


def _redact_params(text: str) -> str:
    """``a=1&access_token=T`` -> ``a=1&access_token=***``."""
    pairs = []
    for pair in text.split("&"):
        name, eq, _ = pair.partition("=")
        pairs.append(f"{name}=***" if eq and _SECRET_NAME.search(unquote(name)) else pair)
    return "&".join(pairs)


def redact(url: str) -> str:
    """``url`` fit to print: a password (``http://user:secret@host/``), a user part that is
    a token by itself (``http://TOKEN@host/``) and credential parameters
    (``?access_token=...``) become ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _redact_params(re.sub(r"//[^/@]*@", "//***@", url))
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        name, colon, _ = user.partition(":")
        netloc = f"{name}:***@{host}" if colon else f"***@{host}"
    return parts._replace(
        netloc=netloc, query=_redact_params(parts.query), fragment=_redact_params(parts.fragment)
    ).geturl()


def _url_secrets(url: str) -> list[str]:
    """The credential values in ``url`` (as written and percent-decoded)."""
    try:
        parts = urlsplit(url)
        found = [parts.password or parts.username or ""]
    except ValueError:
        return []
    for text in (parts.query, parts.fragment):
        for pair in text.split("&"):
            name, eq, value = pair.partition("=")
            if eq and _SECRET_NAME.search(unquote(name)):
                found.append(value)
    return [v for s in found if s for v in {s, unquote(s)}]


def printable(text: str) -> str:
    """``text`` on one line with every control or format character (terminal escapes,
    bidi overrides, NUL) turned into a space."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


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
    with Deadline(settings.timeout) as deadline:
        try:
            # Digest auth re-sends the body after the 401 challenge: it needs bytes.
            with path.open("rb") as fh:
                body = fh.read() if isinstance(auth, HTTPDigestAuth) else fh
                response = deadline.session.request(
                    method,
                    url,
                    data=body,
                    headers={"Content-Type": f"{media_type}; charset=utf-8"},
                    auth=auth,
                    timeout=settings.timeout,
                    # A 301/302 turns a PUT into a GET: the store answers 200, keeps nothing.
                    allow_redirects=False,
                    stream=True,  # the body is read below, a few KB at most
                )
            with response:
                status, reason = response.status_code, printable(response.reason or "")
                if response.is_redirect or response.is_permanent_redirect:
                    target = printable(redact(response.headers.get("Location", "?")))
                    raise KgError(
                        E.E044,
                        detail=_hide(
                            f"{method} {shown} was redirected (HTTP {status} to {target}); "
                            "nothing was stored. Pass the final URL as --endpoint",
                            settings,
                        ),
                    )
                text = "" if response.ok else _error_text(response)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as err:
            why = f"timed out after {settings.timeout:g} s" if deadline.expired else str(err)
            raise KgError(E.E043, detail=_hide(f"{shown}: {why}", settings)) from None
    if not 200 <= status < 300:
        raise KgError(
            E.E044,
            detail=_hide(f"{method} {shown} failed: HTTP {status} {reason}: {text}", settings),
        )
    return PushReport(shown, method, status, triples, time.perf_counter() - started)


ERROR_BODY_BYTES = 4096  # of an error reply's body: enough to say what went wrong


def _error_text(response: requests.Response) -> str:
    """The start of an error reply's body, printable, on one line (never the whole body:
    a store may answer with megabytes)."""
    data = response.raw.read(ERROR_BODY_BYTES, decode_content=True) or b""
    text = data.decode(response.encoding or "utf-8", errors="replace")
    return printable(text)[:300]


def _hide(message: str, settings: PushSettings) -> str:
    """No secret in a message, wherever a library may have quoted it."""
    secrets = [settings.password or "", settings.token or "", *_url_secrets(settings.endpoint)]
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            message = message.replace(secret, "***")
    return message
