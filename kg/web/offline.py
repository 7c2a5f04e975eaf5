"""The graph page as one offline file (kg/web/viz.py builds its data): vis-network (the copy
bundled with pyvis) and our template inlined, the data embedded as inert JSON (no ``<``,
``>`` or ``&`` survives), the inline scripts allowed by hash in the page's CSP, and the file
written atomically.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from kg.files import atomic_write

_VIS_DIR = "lib/vis-9.1.2"
_PLACEHOLDER = re.compile(r"/\*@(VIS_CSS|VIS_JS|KG_DATA)@\*/")
_CSP_PLACEHOLDER = "/*@CSP_SCRIPTS@*/"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _json_for_script(payload: object) -> str:
    """JSON that is inert inside <script>: no '<', '>' or '&' survives, so '</script>' can't."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    return (resources.files("pyvis") / _VIS_DIR / name).read_text(encoding="utf-8")


def _template() -> str:
    return (resources.files("kg") / "templates" / "graph.html").read_text(encoding="utf-8")


def offline_page(payload: dict[str, Any]) -> str:
    js = _asset("vis-network.min.js")
    # Belt and braces: an inlined script must not contain its own end tag.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = _asset("vis-network.css").replace("</", "<\\/")
    parts = {"VIS_CSS": css, "VIS_JS": js, "KG_DATA": _json_for_script(payload)}
    # One pass, so text inserted for one placeholder is never scanned for another.
    page = _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _template())
    # CSP by hash: only our two inline scripts may run (no inline handlers, no injected code).
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(page)
    )
    head, _, rest = page.partition(_CSP_PLACEHOLDER)
    return head + hashes + rest


def write_atomic(out: Path, text: str) -> None:
    atomic_write(out, lambda fh: fh.write(text.encode("utf-8")))
