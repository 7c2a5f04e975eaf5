"""Ctrl-C at any moment of `kg build`, through the real CLI: `kg: aborted`, exit 130, never
a traceback. PYTHONPROFILEIMPORTTIME makes the child report each import on stderr as it
finishes, so the signal lands at a known stage instead of after a guessed delay."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

KG = str(Path(sys.executable).parent / "kg")
TEXT = "Orlan Vesk, Governor of Hainan Province, visited Haikou on Monday.\n"


@pytest.mark.parametrize(
    "stage",
    ["click", "rdflib", "spacy"],  # importing the CLI, registering commands, loading the pipeline
)
def test_ctrl_c_is_aborted_130(tmp_path: Path, stage: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT)
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    proc = subprocess.Popen(
        [KG, "build", str(corpus), "--out", str(tmp_path / "out"), "--no-html"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert proc.stderr is not None
        seen = False
        for line in proc.stderr:
            if line.startswith("import time:") and line.split("|")[-1].strip().startswith(stage):
                proc.send_signal(signal.SIGINT)
                seen = True
                break
        assert seen, f"{stage} was never imported"
        _, rest = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    said = [ln for ln in rest.splitlines() if ln.strip() and not ln.startswith("import time:")]
    assert proc.returncode == 130, (proc.returncode, said[-20:])
    assert said == ["kg: aborted"], said[-20:]
    assert not (tmp_path / "out" / "graph.ttl").exists()
