"""Where `kg serve` shows a resource: IRIs to page paths and back (one mapping for every page)."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote

from kg.vocab import DEFAULT_RESOURCE_NS


def resource_href(iri: str, base: str = DEFAULT_RESOURCE_NS) -> str:
    """Where ``kg serve`` shows ``iri``: /resource/<rest> under our base, else ?iri=."""
    if iri.startswith(base) and len(iri) > len(base):
        return "/resource/" + quote(iri[len(base) :], safe="/-._~")
    return "/resource?iri=" + quote(iri, safe="")


def iri_from_request(path: str, query: str, base: str = DEFAULT_RESOURCE_NS) -> str | None:
    if path == "/resource":
        values = parse_qs(query).get("iri", [])
        return values[0] if len(values) == 1 else None
    if path.startswith("/resource/") and len(path) > len("/resource/"):
        return base + unquote(path[len("/resource/") :])
    return None
