"""The query page of `kg serve`: YASGUI (bundled, offline), our canned questions, downloads.

YASGUI 4.6.2 (``@zazuko/yasgui`` from npm, MIT, see ``kg/static/YASGUI-LICENSE.txt``) is served
from ``kg/static`` by the same server, so the page needs no network beyond its own origin; its
CSP allows scripts and fetches from that origin only. The canned questions are the ``.rq``
files of ``queries/`` (each starts with a ``# Question:`` line), embedded in the page as inert
JSON. The page keeps the query in its URL (``/?query=...``), so a link reproduces it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from pathlib import Path

from kg.vocab import DEFAULT_RESOURCE_NS

# the canned questions ship in the package (kg/queries links to queries/)
QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
STATIC_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
}
STATIC_FILES = (
    "yasgui.min.js",
    "yasgui.min.css",
    "queryui.js",
    "favicon.svg",
    "YASGUI-LICENSE.txt",
)
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; "
    "form-action 'none'"
)


@dataclass
class StaticReply:
    """Same fields as kg.web.http.Reply."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def canned_queries(folder: Path = QUERIES_DIR) -> list[dict[str, str]]:
    """[{name, question, query}] for every readable .rq file, sorted by file name."""
    out = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a broken file must not take the page down
        question = next(
            (
                line.split(":", 1)[1].strip()
                for line in text.splitlines()
                if line.lower().startswith("# question:")
            ),
            path.stem.replace("-", " "),
        )
        out.append({"name": path.stem, "question": question, "query": text})
    return out


def _inert_json(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text


def page_reply(folder: Path = QUERIES_DIR) -> StaticReply:
    from kg.sparql.query import DEFAULT_PREFIXES

    config = {
        "queries": canned_queries(folder),
        "resourceBase": DEFAULT_RESOURCE_NS,
        # Offered first by the editor's prefix completion (kf:, res:, ...).
        "prefixes": [f"{name}: <{iri}>" for name, iri in sorted(DEFAULT_PREFIXES.items())],
    }
    body = PAGE.replace("/*@CONFIG@*/", _inert_json(config))
    reply = StaticReply(HTTPStatus.OK, "text/html; charset=utf-8", body.encode())
    reply.headers["Content-Security-Policy"] = PAGE_CSP
    return reply


def static_reply(path: str) -> StaticReply | None:
    """The file for /static/NAME or /favicon.ico, or None when the path is not one of ours."""
    name = "favicon.svg" if path == "/favicon.ico" else path.removeprefix("/static/")
    if name not in STATIC_FILES or not (path == "/favicon.ico" or path.startswith("/static/")):
        return None
    body = (resources.files("kg") / "static" / name).read_bytes()
    reply = StaticReply(HTTPStatus.OK, STATIC_TYPES[Path(name).suffix], body)
    reply.headers["Cache-Control"] = "public, max-age=3600"
    return reply


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Kaifang KG SPARQL</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="/static/yasgui.min.css">
<style>
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
color:#1d2430}header{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;
padding:10px 16px;border-bottom:1px solid #d8dde4;background:#f7f8fa}h1{font-size:17px;margin:0}
header select{font:inherit;padding:4px 6px;max-width:520px}header button{font:inherit;
padding:4px 10px;border:1px solid #d8dde4;background:#fff;border-radius:6px;cursor:pointer}
.sub{color:#5f6b7a;font-size:12px}#yasgui{padding:0 8px}a{color:#1f6feb}
.yasgui .autocompleteWrapper{display:none!important}
</style></head><body>
<header>
  <h1>Kaifang KG &mdash; SPARQL</h1>
  <label>Question <select id="canned">
    <option value="">Choose a canned question&hellip;</option></select></label>
  <button type="button" id="download-csv">Download CSV</button>
  <button type="button" id="download-json">Download JSON</button>
  <span class="sub">Endpoint <code>/sparql</code> (SPARQL 1.1, read-only) &middot;
  <a href="/graph">graph page</a></span>
</header>
<div id="yasgui"></div>
<script type="application/json" id="kg-config">/*@CONFIG@*/</script>
<script src="/static/yasgui.min.js"></script>
<script src="/static/queryui.js"></script>
</body></html>
"""
