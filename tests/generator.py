"""The gazetteer generator (scripts/make_gazetteer.py), loaded from its file for the tests that
check the committed tables against it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "make_gazetteer.py"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_gazetteer"] = module
    spec.loader.exec_module(module)
    return module
