"""notebooks/explore.ipynb runs top to bottom in the venv's own kernel, on an existing build
(the seed corpus, via KG_BUILD), and shows DataFrames and plots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

from kg.build import BuildReport

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def venv_kernel() -> str:
    """The python3 kernel of *this* interpreter; installed into the venv if missing."""
    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
        if Path(spec.argv[0]).resolve() == Path(sys.executable).resolve() or spec.argv[0] in (
            "python",
            "python3",
            "{sys.executable}",
        ):
            return "python3"
    except NoSuchKernel:
        pass
    subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix"], check=True)
    return "python3"


def run_notebook(build: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:  # type: ignore[type-arg]
    """Execute the notebook on ``build``; its outputs."""
    monkeypatch.setenv("KG_BUILD", str(build))  # the kernel inherits the environment
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=900, kernel_name=venv_kernel(),
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return [out for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", [])]


@pytest.mark.slow
def test_notebook_works_on_another_build(built_extra: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    """Nothing of the seeds is baked in: on corpus-extra every table has rows."""
    outputs = run_notebook(built_extra, monkeypatch)
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    tables = [h for h in html if "<table" in h and "dataframe" in h]
    assert len(tables) >= 10
    empty = [t for t in tables if "<tbody>\n  </tbody>" in t or "<tbody></tbody>" in t]
    assert empty == []
    assert any("<th>sentence</th>" in t and "<th>place</th>" in t for t in tables)


@pytest.mark.slow
def test_notebook_executes(
    built_corpus: tuple[Path, BuildReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = run_notebook(built_corpus[0], monkeypatch)  # CellExecutionError if a cell fails
    text = "\n".join(out.get("text", "") for out in outputs)
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    tables = [h for h in html if "<table" in h and "dataframe" in h]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    # It opened the existing build instead of building one.
    assert f"kg.open('{built_corpus[0]}')" in "\n".join(
        out["data"].get("text/plain", "") for out in outputs if "data" in out)
    assert "5 documents" in text and "connected components" in text
    assert len(tables) >= 10  # the answers are DataFrames
    assert any("Shi Xiaolin" in t for t in tables)
    # The bound query: the sentences behind Shi Xiaolin's visits.
    assert any("Sichuan Injet Electric Co., Ltd." in t and "<th>sentence</th>" in t for t in tables)
    assert len(images) == 2  # degrees by class, relations by province
    assert any("<iframe srcdoc=" in h for h in html)
