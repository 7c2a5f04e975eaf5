"""What `kg serve` says over HTTP, apart from running queries: replies, the media types it
offers for results and graphs, and content negotiation (``negotiate``: the offered type the
client's Accept header prefers).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

TRUNCATED_HEADER = "X-Kg-Results-Truncated"

RESULT_TYPES: dict[str, str] = {  # media type -> kg.sparql.query format, preferred first
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/rdf+xml": "rdfxml",
    "text/plain": "ntriples",
}


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


def parse_accept(accept: str) -> list[tuple[str, float]]:
    """(media range, quality) pairs. A quality that is no number in 0..1 (``q=nan``,
    ``q=inf``, ``q=abc``) is ignored, as if not given; one above 1 counts as 1."""
    out: list[tuple[str, float]] = []
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for param in pieces[1:]:
            if param.lower().startswith("q="):
                try:
                    value = float(param[2:])
                except ValueError:
                    continue
                if math.isfinite(value):
                    q = min(1.0, max(0.0, value))
        out.append((pieces[0].lower(), q))
    return out


def negotiate(accept: str | None, offered: Mapping[str, str]) -> str | None:
    """The offered media type the client prefers (first offered on ties); None = 406."""
    if not accept or not accept.strip():
        return next(iter(offered))
    best: tuple[float, int, str] | None = None
    for rank, media in enumerate(offered):
        q = max(
            (
                qv
                for pattern, qv in parse_accept(accept)
                if pattern in (media, "*/*") or pattern == media.split("/")[0] + "/*"
            ),
            default=0.0,
        )
        if q > 0 and (best is None or (q, -rank) > (best[0], -best[1])):
            best = (q, rank, media)
    return best[2] if best else None
