"""`kg eval --gold DIR[:CORPUS] ... [--graph FILE ...]`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.buildpaths import graph_path
from kg.cli.app import cli
from kg.evaluation.byrule import (
    by_rule_json,
    entity_rule_stats,
    format_by_rule,
    format_entity_rules,
    rule_stats,
    threshold_stats,
)
from kg.evaluation.sets import (
    evaluate_sets,
    format_report,
    gold_set,
    load_graphs,
    parse_gold_spec,
    read_graph,
    report_json,
)

__all__ = ["eval_cli", "read_graph"]


@cli.command("eval")
@click.option(
    "--gold",
    "golds",
    multiple=True,
    required=True,
    metavar="DIR[:CORPUS]",
    help="Directory of gold .json files (SCHEMA.md format), optionally with the corpus "
    "directory holding its documents. Repeat for several gold sets.",
)
@click.option(
    "--graph",
    "graphs",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("build/graph.ttl")],
    show_default=True,
    help="Graph to score. Repeat for several: each gold set is scored against the graph "
    "that holds most of its documents.",
)
@click.option(
    "--corpus",
    "corpora",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[Path("corpus")],
    show_default=True,
    help="Where to find the documents of a gold set given without :CORPUS (the first "
    "directory holding all of them). Repeatable.",
)
@click.option("--details", is_flag=True, help="List missed and false entities and relations.")
@click.option(
    "--by-rule",
    is_flag=True,
    help="Also give precision and recall per extraction rule and property (pooled), how "
    "precise the statements with confidence >= 0.8 are, and precision per mention rule.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_cli(
    golds: tuple[str, ...],
    graphs: tuple[Path, ...],
    corpora: tuple[Path, ...],
    details: bool,
    by_rule: bool,
    as_json: bool,
) -> None:
    """Score built graphs against gold annotations: P/R/F1 per set, per class and property.

    The scoring rules are those of the reference scorer (shared/spec/score.py). With several
    gold sets, each is reported on its own and then pooled (TP/FP/FN summed over the sets).
    A gold set none of whose documents is in any graph is an error (E017).
    """
    loaded = load_graphs(tuple(graph_path(g) for g in graphs))
    sets = [gold_set(*parse_gold_spec(spec), corpora) for spec in golds]
    report = evaluate_sets(sets, loaded)
    for sr in report.sets:
        if sr.missing:  # their gold entities and relations all count as misses
            click.echo(
                f"kg: warning: {len(sr.missing)} of {len(sr.gold_set.docs)} documents of "
                f"{sr.gold_set.gold} are not in {sr.graph} ({', '.join(sr.missing[:3])}"
                f"{', ...' if len(sr.missing) > 3 else ''}); scored as missed",
                err=True,
            )
    results = [sr.result for sr in report.sets]
    stats, threshold = rule_stats(results), threshold_stats(results)
    entity_rules = entity_rule_stats(results)
    if as_json:
        data = report_json(report, details)
        if by_rule:
            data["by_rule"] = by_rule_json(stats, threshold, entity_rules)
        click.echo(json.dumps(data, indent=1, ensure_ascii=False))
    else:
        click.echo(format_report(report, details))
        if by_rule:
            click.echo(f"\n== by rule{' (pooled)' if len(sets) > 1 else ''}")
            click.echo(format_by_rule(stats, threshold))
            for sr in report.sets if len(sets) > 1 else []:
                t = threshold_stats([sr.result])
                click.echo(
                    f"  {sr.gold_set.name}: {t.statements} of {t.total} ({t.share:.1%}), "
                    f"precision {t.precision:.3f}"
                )
            click.echo("")
            click.echo(format_entity_rules(entity_rules))
