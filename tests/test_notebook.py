"""notebooks/explore.ipynb runs top to bottom in the venv's own kernel without errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

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


@pytest.mark.slow
def test_notebook_executes() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        timeout=900,
        kernel_name=venv_kernel(),
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = "\n".join(
        out.get("text", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )
    assert "Shi Xiaolin" in outputs
    assert "visits Sichuan Injet Electric" in outputs
    assert "connected components" in outputs
    html = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if "text/html" in out.get("data", {})
    ]
    assert html and "<iframe srcdoc=" in html[0]["data"]["text/html"]
