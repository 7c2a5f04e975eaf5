"""`kg build CORPUS --out DIR`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.build import BuildReport, BuildSettings, build
from kg.cli.app import cli


def _progress(total: int):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    # Only on a terminal and for corpora long enough to wait for.
    bar = tqdm(
        total=total, unit="doc", file=sys.stderr, disable=total < 20 or not sys.stderr.isatty()
    )
    return bar.update


def format_summary(report: BuildReport) -> str:
    lines = [
        f"documents: {report.documents} (extracted {report.extracted}, from cache {report.cached})",
        f"entities:  {sum(report.entities.values())}",
    ]
    lines += [f"  {cls:16} {n}" for cls, n in sorted(report.entities.items())]
    lines.append(f"relations: {sum(report.relations.values())}")
    lines += [f"  {p:16} {n}" for p, n in sorted(report.relations.items())]
    lines.append(f"triples:   {report.triples}")
    if report.violations is not None:
        lines.append(f"shape violations: {report.violations}")
    if report.curation is not None:
        c = report.curation
        lines.append(f"curation:  {c.file}: merged {c.merged}, relabelled {c.relabelled}, "
                     f"reclassed {c.reclassed}, dropped {c.dropped}, sameAs {c.same_as}"
                     + (f", {len(c.warnings)} warnings" if c.warnings else ""))
    lines += [f"wrote {p}" for p in report.outputs]
    lines.append(f"seconds:   {report.seconds:.1f}")
    return "\n".join(lines)


def summary_dict(report: BuildReport) -> dict[str, object]:
    """The summary as plain JSON-ready data (``kg build --json``): same figures as the text."""
    return {
        "documents": report.documents,
        "extracted": report.extracted,
        "cached": report.cached,
        "entities": dict(sorted(report.entities.items())),
        "relations": dict(sorted(report.relations.items())),
        "triples": report.triples,
        "shape_violations": report.violations,
        "curation": report.curation.as_dict() if report.curation is not None else None,
        "outputs": [str(p) for p in report.outputs],
        "seconds": round(report.seconds, 3),
    }


@cli.command("build")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Output directory for graph.ttl and graph.html.",
)
@click.option(
    "--model",
    default=None,
    help="spaCy pipeline (package name or path). Default: best installed en_core_web_* pipeline.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Extraction worker processes (each loads the pipeline once).",
)
@click.option(
    "--batch-size",
    default=4,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="Documents per nlp.pipe batch (small is fastest for small models).",
)
@click.option(
    "--base",
    default=None,
    help="Namespace IRI for resources (default https://w3id.org/kaifang/resource/).",
)
@click.option(
    "--skip-bad", is_flag=True, help="Warn about and skip unreadable files instead of stopping."
)
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--strict", is_flag=True, help="Fail if the graph violates the SHACL shapes.")
@click.option(
    "--no-validate",
    is_flag=True,
    help="Skip SHACL validation (slow on large graphs; run `kg validate` separately).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Re-extract every document instead of reusing OUT/cache.sqlite.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: local processes (--jobs) or a Dask cluster (--scheduler).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="tcp://HOST:PORT",
    help="Dask scheduler address for --executor dask.",
)
@click.option(
    "--ntriples", is_flag=True, help="Also write OUT/graph.nt (N-Triples, for bulk loading)."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the summary as one JSON object (for scripts)."
)
@click.option(
    "--curation",
    type=click.Path(path_type=Path),
    default=None,
    help="Curation file (YAML: merge, label, class, drop, sameAs) applied after extraction. "
    "Default: CORPUS/curation.yaml if there is one.",
)
def build_cli(
    corpus: Path,
    out: Path,
    model: str | None,
    jobs: int,
    batch_size: int,
    base: str | None,
    skip_bad: bool,
    no_html: bool,
    strict: bool,
    no_validate: bool,
    no_cache: bool,
    executor: str,
    scheduler: str | None,
    ntriples: bool,
    as_json: bool,
    curation: Path | None,
) -> None:
    """Build the knowledge graph of CORPUS (a directory of .txt/.md/.html files).

    Writes OUT/graph.ttl (Turtle) and OUT/graph.html (interactive page, works offline) and
    prints a summary of what was extracted.
    """
    settings = BuildSettings(
        model=model,
        jobs=jobs,
        batch_size=batch_size,
        resource_base=base,
        skip_bad=skip_bad,
        html=not no_html,
        validate=strict or not no_validate,  # --strict needs the validation
        strict=strict,
        cache=not no_cache,
        executor=executor,
        scheduler=scheduler,
        ntriples=ntriples,
        curation=curation,
    )
    report = build(
        corpus,
        out,
        settings,
        progress=_progress,
        warn=lambda msg: click.echo(f"kg: warning: {msg}", err=True),
    )
    if as_json:
        click.echo(json.dumps(summary_dict(report), indent=2))
    else:
        click.echo(format_summary(report))
