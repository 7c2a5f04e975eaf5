"""`kg train --corpus DIR --gold DIR [...] (--out FILE | --cv K)`."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.cli.app import cli
from kg.errors import E, KgError
from kg.files import temp_file
from kg.learn.model import confidence_entries


@cli.command("train")
@click.option(
    "--corpus",
    "corpora",
    type=click.Path(path_type=Path),
    multiple=True,
    required=True,
    help="Directory of texts; repeat it, once per --gold, in the same order.",
)
@click.option(
    "--gold",
    "golds",
    type=click.Path(path_type=Path),
    multiple=True,
    required=True,
    help="Directory of gold .json files for the --corpus given at the same position.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the trained model here (the shipped one: kg/data/relation_model.json).",
)
@click.option(
    "--cv",
    "k",
    type=click.IntRange(min=2),
    default=None,
    help="Also run K-fold cross-validation over the documents and print rules-only vs "
    "rules+model relation P/R/F1 per property.",
)
@click.option(
    "--graphs",
    type=click.Path(path_type=Path),
    default=None,
    help="With --cv: write the cross-validated graphs (rules.ttl, model.ttl) here.",
)
@click.option(
    "--confidence",
    "confidence_path",
    type=click.Path(path_type=Path),
    default=None,
    help="With --out: also write the model's cross-validated precision per relation as the "
    "model:* entries of this confidence table (the shipped one: kg/data/confidence.json).",
)
@click.option(
    "--model", default=None, help="spaCy pipeline name or path (default: best installed)."
)
def train_command(
    corpora: tuple[Path, ...],
    golds: tuple[Path, ...],
    out: Path | None,
    k: int | None,
    graphs: Path | None,
    confidence_path: Path | None,
    model: str | None,
) -> None:
    """Train the relation model (logistic regression over same-sentence candidate pairs)
    from gold annotations, and/or cross-validate it.

    Each --corpus pairs with the --gold at the same position. The model's decision
    thresholds and confidence come from cross-validation inside the training documents.
    With --cv K, every document is scored by a model trained without its fold, through the
    real resolver and `kg eval`'s scorer. The same gold always gives the same model file.
    """
    from kg.evaluation.crossval import cross_validate, format_cv
    from kg.extract.nlp import load_pipeline
    from kg.learn.train import collect, train_model

    if len(corpora) != len(golds):
        raise KgError(
            E.E040,
            detail=f"{len(corpora)} --corpus but {len(golds)} --gold: give one --corpus per "
            "--gold, in the same order",
        )
    if out is None and k is None:
        raise KgError(E.E040, detail="nothing to do: pass --out FILE, --cv K or both")
    if confidence_path is not None and out is None:
        raise KgError(E.E040, detail="--confidence needs --out: it records the trained model")
    sets = list(zip(corpora, golds, strict=True))
    docs = collect(sets, load_pipeline(model))
    if k is not None:
        if k > len(docs):
            raise KgError(E.E040, detail=f"--cv {k} needs at least {k} gold documents")
        click.echo(format_cv(cross_validate(docs, sets, k, graphs)))
    if out is not None:
        trained = train_model(docs)
        fd, tmp = temp_file(out)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(trained.to_json())
            os.replace(tmp, out)
        except OSError as err:
            Path(tmp).unlink(missing_ok=True)
            raise KgError(E.E012, out, err.strerror or str(err)) from None
        click.echo(f"wrote {out} ({len(docs)} documents)")
        if confidence_path is not None:
            from kg.extract.confidence import write_model_entries

            write_model_entries(confidence_entries(trained), confidence_path)
            click.echo(f"wrote the model:* entries of {confidence_path}")
