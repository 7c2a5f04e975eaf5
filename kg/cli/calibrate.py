"""`kg calibrate --gold DIR[:CORPUS] ... [--out FILE]`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.app import cli


@cli.command("calibrate")
@click.option(
    "--gold",
    "golds",
    multiple=True,
    required=True,
    metavar="DIR[:CORPUS]",
    help="Gold directory, optionally with the corpus holding its documents. Repeatable.",
)
@click.option(
    "--corpus",
    "corpora",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("corpus")],
    show_default=True,
    help="Where to find the documents of a gold set given without :CORPUS. Repeatable.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the table. Default: the one the package ships and the extractor "
    "reads (kg/data/confidence.json).",
)
@click.option(
    "--work",
    type=click.Path(path_type=Path),
    default=None,
    help="Keep the builds here (their extraction caches make a rerun fast). Default: a "
    "temporary directory.",
)
@click.option(
    "--facts-gold",
    type=click.Path(path_type=Path),
    default=Path("tests/data/facts-gold"),
    show_default=True,
    help="Facts gold (docs/facts-gold.md) to measure figures on, per way their area was "
    "found. If the directory does not exist, the table's figure entries are kept.",
)
@click.option("--model", default=None, help="spaCy pipeline (as for kg build).")
def calibrate_cli(
    golds: tuple[str, ...],
    corpora: tuple[Path, ...],
    out: Path | None,
    work: Path | None,
    facts_gold: Path,
    model: str | None,
) -> None:
    """Measure each extraction rule's precision on gold sets and write the confidence table.

    Builds each gold set's corpus, scores it as `kg eval` does, and writes, for every rule and
    property, the smoothed precision (right + 1) / (stated + 2) of its statements; fewer than
    5 statements: the default, 0.5. Entries of learned extractors (model:*) are kept as they
    are. Figures (observations) get the precision measured on the facts gold. Rerun it
    whenever the rules change, then rebuild: the table is in the cache key.
    """
    from kg.evaluation.byrule import format_by_rule
    from kg.evaluation.calibrate import calibrate
    from kg.evaluation.sets import gold_set, parse_gold_spec
    from kg.extract.confidence import packaged_path
    from kg.extract.nlp import load_pipeline

    sets = [gold_set(*parse_gold_spec(spec), corpora) for spec in golds]
    target = out or packaged_path()
    facts = facts_gold if facts_gold.is_dir() else None
    result = calibrate(sets, target, work, nlp=load_pipeline(model), facts_gold=facts)
    click.echo(format_by_rule(result.stats, result.before))
    after = result.after
    click.echo(
        f"with the new table: confidence >= {after.threshold:g}: {after.statements} of "
        f"{after.total} statements ({after.share:.1%}), precision {after.precision:.3f}"
    )
    held = result.held_out
    click.echo(
        f"5-fold cross-validated by document: confidence >= {held.threshold:g}: "
        f"{held.statements} of {held.total} statements ({held.share:.1%}), "
        f"precision {held.precision:.3f}"
    )
    for (name, _), entry in sorted(result.table.entries.items()):
        if facts is not None and name.startswith("figure:"):
            click.echo(f"figures {name}: {entry.correct} of {entry.statements} right, "
                       f"confidence {entry.confidence:g}")
    click.echo(f"wrote {target}")
