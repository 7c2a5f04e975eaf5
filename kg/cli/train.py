"""`kg train --corpus DIR --gold DIR [...] (--out FILE | --cross-set --score-corpus DIR ... |
--leave-one-out --score-corpus DIR ...)`."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import click

from kg.cli.app import cli
from kg.errors import E, KgError
from kg.files import atomic_write
from kg.learn.model import confidence_entries


def _gold_corpus(spec: str) -> tuple[Path, Path]:
    """``DIR:CORPUS`` -> (corpus, gold), as --corpus and --gold pair them."""
    gold, sep, corpus = spec.partition(":")
    if not (sep and gold and corpus):
        raise KgError(E.E040, detail=f"--confidence-gold {spec}: give DIR:CORPUS (the gold "
                      "directory, a colon, the directory of its texts)")
    return Path(corpus), Path(gold)


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
    "--cross-set",
    is_flag=True,
    help="Train on --corpus/--gold only, then extract --score-corpus and print P/R/F1 per "
    "relation and class against --score-gold: rules only, rules + model, model only, and "
    "the shipped modes.",
)
@click.option(
    "--leave-one-out",
    is_flag=True,
    help="Hold each --score-corpus/--score-gold set out in turn: train on --corpus/--gold and "
    "the other score sets, score the held-out one (rules only, rules + model, model only, "
    "the shipped modes), and print P/R/F1 per relation pooled over the held-out sets.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    help="With --leave-one-out: folds run at once (forked processes).",
)
@click.option(
    "--score-corpus",
    "score_corpora",
    type=click.Path(path_type=Path),
    multiple=True,
    help="With --cross-set or --leave-one-out: directory of texts to score; repeat it, once "
    "per --score-gold.",
)
@click.option(
    "--score-gold",
    "score_golds",
    type=click.Path(path_type=Path),
    multiple=True,
    help="With --cross-set or --leave-one-out: gold .json files for the --score-corpus at "
    "the same position.",
)
@click.option(
    "--graphs",
    type=click.Path(path_type=Path),
    default=None,
    help="With --cross-set: also write the four scored graphs (rules.ttl, combined.ttl, "
    "model.ttl, shipped.ttl) here.",
)
@click.option(
    "--confidence",
    "confidence_path",
    type=click.Path(path_type=Path),
    default=None,
    help="With --out: also write the model's cross-validated precision per relation as the "
    "model:* entries of this confidence table (the shipped one: kg/data/confidence.json), "
    "and the rules' statement kinds measured on the --gold articles (their confidence).",
)
@click.option(
    "--confidence-gold",
    "confidence_golds",
    multiple=True,
    metavar="DIR:CORPUS",
    help="With --confidence (or --cross-set): a further gold set (DIR, its texts in CORPUS) "
    "whose rule statements are counted into the statement kinds too, but which the model "
    "is not trained on: annotated real text, read by the model as new text. Repeatable; "
    "the table records which sets (docs/confidence.md).",
)
@click.option(
    "--people-out",
    type=click.Path(path_type=Path),
    default=None,
    help="Also train the people-typing model (Official or Person, from the words around each "
    "person's mentions) on the --gold articles and write it here (the shipped one: "
    "kg/data/people_model.json).",
)
@click.option(
    "--model", default=None, help="spaCy pipeline name or path (default: best installed)."
)
def train_command(
    corpora: tuple[Path, ...],
    golds: tuple[Path, ...],
    out: Path | None,
    cross_set: bool,
    leave_one_out: bool,
    jobs: int,
    score_corpora: tuple[Path, ...],
    score_golds: tuple[Path, ...],
    graphs: Path | None,
    confidence_path: Path | None,
    confidence_golds: tuple[str, ...],
    people_out: Path | None,
    model: str | None,
) -> None:
    """Train the relation model (one calibrated logistic regression per relation over
    candidate pairs of typed mentions) from gold annotations, and/or measure it cross-set.
    With --people-out, also train the people-typing model (Official or Person).

    Each --corpus pairs with the --gold at the same position. Probabilities are calibrated
    out of fold by article. With --cross-set, the model is trained on the --gold articles
    only and scored on the --score-gold articles, through the real resolver and `kg eval`'s
    scorer. The same gold always gives the same model file.
    """
    from kg.evaluation.crossset import cross_set as run_cross_set
    from kg.evaluation.crossset import format_cross_set
    from kg.extract.nlp import load_pipeline
    from kg.learn.train import collect, train_with_oof

    for a, b, what in ((corpora, golds, ""), (score_corpora, score_golds, "score-")):
        if len(a) != len(b):
            raise KgError(
                E.E040,
                detail=f"{len(a)} --{what}corpus but {len(b)} --{what}gold: give one "
                f"--{what}corpus per --{what}gold, in the same order",
            )
    if out is None and people_out is None and not cross_set and not leave_one_out:
        raise KgError(E.E040, detail="nothing to do: pass --out FILE, --people-out FILE, "
                      "--cross-set or --leave-one-out")
    if leave_one_out and len(score_corpora) < 2:
        raise KgError(E.E040, detail="--leave-one-out needs two or more --score-corpus DIR "
                      "--score-gold DIR sets to hold out in turn")
    if cross_set and not score_corpora:
        raise KgError(E.E040, detail="--cross-set needs --score-corpus DIR --score-gold DIR")
    if confidence_path is not None and out is None:
        raise KgError(E.E040, detail="--confidence needs --out: it records the trained model")
    if confidence_golds and confidence_path is None and not cross_set:
        raise KgError(E.E040, detail="--confidence-gold needs --confidence FILE (it adds to "
                      "the statement kinds that file records) or --cross-set")
    also_sets = [_gold_corpus(spec) for spec in confidence_golds]
    nlp = load_pipeline(model)
    sets = list(zip(corpora, golds, strict=True))
    docs = collect(sets, nlp)
    if cross_set:
        score_sets = list(zip(score_corpora, score_golds, strict=True))
        also = ((collect(also_sets, nlp), also_sets, confidence_golds) if also_sets
                else None)  # fmt: skip
        xs = run_cross_set(docs, sets, collect(score_sets, nlp), score_sets, graphs=graphs,
                           also=also)
        names = " + ".join(str(g) for g in golds)
        scored = " + ".join(str(g) for g in score_golds)
        click.echo(format_cross_set(
            xs, f"cross-set: trained on {names} ({xs.train_documents} documents), "
            f"scored on {scored} ({xs.score_documents} documents)"))
    if leave_one_out:
        from kg.evaluation.loso import Held, format_loso
        from kg.evaluation.loso import leave_one_out as run_loso

        held = [Held(g.parent.name if g.name == "gold" else g.name, collect([(c, g)], nlp),
                     (c, g))
                for c, g in zip(score_corpora, score_golds, strict=True)]
        click.echo(format_loso(run_loso(docs, held, jobs=jobs)))
    if people_out is not None:
        from kg.learn.people_train import train_people

        people = train_people(docs)
        atomic_write(people_out, lambda fh: fh.write(people.to_json().encode("utf-8")))
        click.echo(f"wrote {people_out} ({len(docs)} documents, "
                   f"{(people.meta or {}).get('people', 0)} people)")
    if out is not None:
        trained, oof = train_with_oof(docs)
        atomic_write(out, lambda fh: fh.write(trained.to_json().encode("utf-8")))
        click.echo(f"wrote {out} ({len(docs)} documents)")
        if confidence_path is not None:
            from kg.evaluation.trust import measure_also, measure_kinds
            from kg.extract.confidence import write_kinds, write_model_entries

            write_model_entries(confidence_entries(trained), confidence_path)
            with tempfile.TemporaryDirectory(prefix="kg-kinds-") as tmp:
                kinds = measure_kinds(docs, sets, Path(tmp) / "gold", oof)
                if also_sets:
                    also = measure_also(trained, collect(also_sets, nlp), also_sets,
                                        Path(tmp) / "also", confidence_golds)
                    kinds = replace(kinds, also=also)
                write_kinds(kinds, confidence_path)
            click.echo(f"wrote the model:* entries and statement kinds of {confidence_path}")
