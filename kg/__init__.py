"""Kaifang KG: knowledge graphs of China's regional opening-up from English news and policy texts.

The package is a pipeline, one module per stage:
corpus -> nlp -> extract -> resolve -> graph -> export / query / viz.
For Python users, ``kg.open("build")`` opens a build (:mod:`kg.api`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

__version__ = "0.1.0"


def open(build_dir: str | Path | None = None) -> KnowledgeGraph:  # noqa: A001 - reads well
    """Open what ``kg build --out BUILD_DIR`` wrote (the directory or its ``store/``; default
    ``$KG_BUILD``, else ``build``): ``.query()``, ``.graph``, ``.nx()`` (see :mod:`kg.api`).
    Imported lazily, so ``import kg`` stays light."""
    from kg.api import KnowledgeGraph

    return KnowledgeGraph(build_dir)
