"""Every command that reads a build takes the build directory or its store/ (or graph.ttl),
and ``KG_BUILD`` names the build when no path is given; a missing build says where it looked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.build import BuildReport
from kg.errors import KgError

KG = Path(sys.executable).parent / "kg"
ASK = "ASK { res:country/china a kf:Country }"


def run(*args: object, env: dict[str, str] | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "KG_BUILD"}
    full_env.update(env or {})
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=full_env, cwd=cwd)


@pytest.mark.parametrize("where", ["build", "store"])
def test_store_takes_the_build_directory_or_its_store(
    built_corpus: tuple[Path, BuildReport], where: str
) -> None:
    build = built_corpus[0]
    path = build if where == "build" else build / "store"
    assert run("query", ASK, "--store", path).stdout == "true\n"
    stats = run("stats", "--store", path, "--json")
    assert stats.returncode == 0 and '"triples"' in stats.stdout, stats.stderr
    described = run("describe", "China", "--store", path)
    assert described.returncode == 0 and described.stdout.startswith("China"), described.stderr
    assert kg.open(path).query(ASK) is True


def test_graph_takes_the_build_directory(built_corpus: tuple[Path, BuildReport], tmp_path: Path
                                        ) -> None:
    build = built_corpus[0]
    assert run("query", ASK, "--graph", build).stdout == "true\n"
    assert run("query", ASK, "--graph", build / "graph.ttl").stdout == "true\n"
    validated = run("validate", build)
    assert validated.returncode in (0, 1) and "conforms" in validated.stdout.lower(), validated
    exported = run("export", build, "--format", "ntriples", "--out", tmp_path / "g.nt")
    assert exported.returncode == 0 and (tmp_path / "g.nt").stat().st_size > 0, exported.stderr


def test_kg_build_sets_the_default(built_corpus: tuple[Path, BuildReport], tmp_path: Path
                                   ) -> None:
    build = built_corpus[0]
    # run somewhere with no ./build, so only the variable can lead to the store
    proc = run("query", ASK, env={"KG_BUILD": str(build)}, cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "true\n"), proc.stderr
    os.environ["KG_BUILD"] = str(build)
    try:
        assert kg.open().query(ASK) is True
    finally:
        del os.environ["KG_BUILD"]


def test_a_missing_build_says_where_it_looked(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    proc = run("query", ASK, "--store", missing)
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert line.startswith("kg: error: E014") and "\n" not in line
    assert f"{missing} or {missing / 'store'}" in line
    proc = run("stats", env={"KG_BUILD": str(missing)}, cwd=tmp_path)
    assert proc.returncode == 2 and str(missing / "store") in proc.stderr
    assert "$KG_BUILD" in proc.stderr
    proc = run("stats", cwd=tmp_path)  # neither --store nor KG_BUILD: ./build
    assert proc.returncode == 2 and "build/store" in proc.stderr, proc.stderr
    with pytest.raises(KgError, match="E014"):
        kg.open(missing)
