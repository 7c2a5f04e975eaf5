"""kg.graph.validate and `kg validate`: SHACL checks on graphs shaped like docs/rdf-model.md."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

import kg.cli
from kg.cli import cli
from kg.cli.validate import validate_command
from kg.errors import KgError
from kg.graph.iris import IriMinter
from kg.graph.validate import (
    ValidationResult,
    Violation,
    format_report,
    load_graph,
    validate_graph,
)
from kg.vocab import KF, WIKIDATA

# Not `import XSD`: pytest probes module globals and rdflib's XSD warns on unknown names.
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

REPO = Path(__file__).resolve().parent.parent
IRI = IriMinter()
DOC_ID = "534cf0e1e1f21b08"
SHA = DOC_ID + "0" * 48

DOC = IRI.document(DOC_ID)
SHI = IRI.entity("Official", "shi-xiaolin")
INJET = IRI.entity("Enterprise", "sichuan-injet-electric-co-ltd")
SICHUAN = IRI.entity("Province", "sichuan")
CHINA = IRI.entity("Country", "china")
BRI = IRI.entity("Initiative", "belt-and-road-initiative")
GAZETTEER = IRI.source("gazetteer")
SENTENCE = "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City, April 16, 2025."


def _entity(g: Graph, node: URIRef, cls: URIRef, label: str, *alts: str) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(label)))
    for alt in alts:
        g.add((node, SKOS.altLabel, Literal(alt)))
    g.add((node, KF.mentionedIn, DOC))


def _relation(
    g: Graph, s: URIRef, p: URIRef, o: URIRef, *, extractor: str = "visit", start: int = 0
) -> URIRef:
    """The plain triple plus one kf:Assertion from the document, as the builder emits them."""
    g.add((s, p, o))
    a = IRI.assertion(str(s), str(p), str(o), DOC_ID, start)
    g.add((a, RDF.type, KF.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, PROV.wasDerivedFrom, DOC))
    g.add((a, KF.sentence, Literal(SENTENCE)))
    g.add((a, KF.charStart, Literal(start)))
    g.add((a, KF.charEnd, Literal(start + len(SENTENCE))))
    g.add((a, KF.extractor, Literal(extractor)))
    g.add((a, KF.confidence, Literal(Decimal("0.85"))))
    return a


def valid_graph() -> Graph:
    g = Graph()
    g.bind("kf", str(KF))
    g.add((DOC, RDF.type, KF.Document))
    g.add((DOC, DCTERMS.title, Literal("Shi Xiaolin visits Deyang")))
    g.add((DOC, DCTERMS.date, Literal("2025-04-16", datatype=XSD_DATE)))
    g.add((DOC, DCTERMS.source, URIRef("https://example.org/news/534cf0e1")))
    g.add((DOC, KF.sha256, Literal(SHA)))
    g.add((DOC, KF.fileName, Literal("004_534cf0e1e1f21b08.txt")))

    _entity(g, SHI, KF.Official, "Shi Xiaolin", "Governor Shi Xiaolin")
    g.add((SHI, KF.title, Literal("Governor of the People's Government of Sichuan Province")))
    _entity(g, INJET, KF.Enterprise, "Sichuan Injet Electric Co., Ltd.")
    _entity(g, SICHUAN, KF.Province, "Sichuan", "Sichuan Province")
    g.add((SICHUAN, OWL.sameAs, WIKIDATA.Q19770))
    _entity(g, BRI, KF.Initiative, "Belt and Road Initiative")
    # China is added by the gazetteer only: no kf:mentionedIn, traced by its assertion.
    g.add((CHINA, RDF.type, KF.Country))
    g.add((CHINA, RDFS.label, Literal("China")))
    g.add((CHINA, OWL.sameAs, WIKIDATA.Q148))

    _relation(g, SHI, KF.visited, INJET)
    _relation(g, SHI, KF.servesIn, SICHUAN, extractor="title")
    _relation(g, SICHUAN, KF.implements, BRI, extractor="implement", start=200)

    # Gazetteer fact: source IRI instead of a document, no sentence or span.
    g.add((SICHUAN, KF.locatedIn, CHINA))
    gaz = IRI.assertion(str(SICHUAN), str(KF.locatedIn), str(CHINA), "gazetteer", 0)
    g.add((gaz, RDF.type, KF.Assertion))
    g.add((gaz, RDF.subject, SICHUAN))
    g.add((gaz, RDF.predicate, KF.locatedIn))
    g.add((gaz, RDF.object, CHINA))
    g.add((gaz, PROV.wasDerivedFrom, GAZETTEER))
    g.add((gaz, KF.extractor, Literal("gazetteer")))
    g.add((gaz, KF.confidence, Literal(Decimal("1.0"))))

    m = IRI.mention(str(SHI), DOC_ID, 0)
    g.add((m, RDF.type, KF.Mention))
    g.add((m, KF.mentionOf, SHI))
    g.add((m, PROV.wasDerivedFrom, DOC))
    g.add((m, KF.surfaceForm, Literal("Shi Xiaolin")))
    g.add((m, KF.sentence, Literal(SENTENCE)))
    g.add((m, KF.charStart, Literal(0)))
    g.add((m, KF.charEnd, Literal(11)))
    g.add((m, KF.extractor, Literal("ner")))
    g.add((m, KF.confidence, Literal(Decimal("0.8"))))
    return g


def _visit_assertion(g: Graph) -> URIRef:
    a = next(g.subjects(RDF.predicate, KF.visited))
    assert isinstance(a, URIRef)
    return a


# --- the valid graph -------------------------------------------------------------------------


def test_valid_graph_conforms() -> None:
    result = validate_graph(valid_graph())
    assert result.violations == [], format_report(result)
    assert result.conforms
    assert format_report(result) == "Conforms: 0 violations."


# --- broken graphs: (mutation, expected focus, expected path, message fragment) ---------------


def _missing_label(g: Graph) -> None:
    g.remove((INJET, RDFS.label, None))


def _two_labels(g: Graph) -> None:
    g.add((INJET, RDFS.label, Literal("Injet")))


def _lang_label(g: Graph) -> None:
    g.set((INJET, RDFS.label, Literal("Injet", lang="en")))


def _wrong_range(g: Graph) -> None:
    # kf:visited may not point at an Initiative (SCHEMA.md); provenance is fine here.
    _relation(g, SHI, KF.visited, BRI, start=400)


def _wrong_domain(g: Graph) -> None:
    _relation(g, INJET, KF.servesIn, SICHUAN, start=500)


def _confidence_too_high(g: Graph) -> None:
    g.set((_visit_assertion(g), KF.confidence, Literal(Decimal("1.7"))))


def _confidence_double(g: Graph) -> None:
    g.set((_visit_assertion(g), KF.confidence, Literal(0.85)))  # xsd:double, not xsd:decimal


def _relation_without_assertion(g: Graph) -> None:
    g.add((INJET, KF.locatedIn, SICHUAN))


def _document_without_sha256(g: Graph) -> None:
    g.remove((DOC, KF.sha256, None))


def _bad_sha256(g: Graph) -> None:
    g.set((DOC, KF.sha256, Literal("not-a-hash")))


def _date_not_xsd_date(g: Graph) -> None:
    g.set((DOC, DCTERMS.date, Literal("April 16, 2025")))


def _two_classes(g: Graph) -> None:
    g.add((BRI, RDF.type, KF.Event))


def _no_mention_no_gazetteer(g: Graph) -> None:
    g.remove((INJET, KF.mentionedIn, None))


def _negative_offset(g: Graph) -> None:
    g.set((_visit_assertion(g), KF.charStart, Literal(-3)))


def _orphan_assertion(g: Graph) -> None:
    g.remove((SHI, KF.visited, INJET))


def _bad_predicate(g: Graph) -> None:
    g.set((_visit_assertion(g), RDF.predicate, RDFS.seeAlso))
    g.add((SHI, RDFS.seeAlso, INJET))  # keep the reified triple present


def _text_assertion_without_sentence(g: Graph) -> None:
    a = _visit_assertion(g)
    for p in (KF.sentence, KF.charStart, KF.charEnd):
        g.remove((a, p, None))


def _visit_assertion_iri() -> str:
    return str(_visit_assertion(valid_graph()))


CASES: list[tuple[str, Callable[[Graph], None], str, str | None, str]] = [
    ("missing label", _missing_label, str(INJET), str(RDFS.label), "exactly one rdfs:label"),
    ("two labels", _two_labels, str(INJET), str(RDFS.label), "exactly one rdfs:label"),
    ("language-tagged label", _lang_label, str(INJET), str(RDFS.label), "plain string"),
    ("visited -> Initiative", _wrong_range, str(SHI), str(KF.visited), "object must be"),
    ("Enterprise servesIn", _wrong_domain, str(INJET), None, "subject must be an Official"),
    ("confidence 1.7", _confidence_too_high, "ASSERTION", str(KF.confidence), "[0, 1]"),
    ("confidence as double", _confidence_double, "ASSERTION", str(KF.confidence), "xsd:decimal"),
    ("no provenance", _relation_without_assertion, str(INJET), str(KF.locatedIn), "kf:Assertion"),
    ("no sha256", _document_without_sha256, str(DOC), str(KF.sha256), "kf:sha256"),
    ("bad sha256", _bad_sha256, str(DOC), str(KF.sha256), "64 lower-case hex"),
    ("date not xsd:date", _date_not_xsd_date, str(DOC), str(DCTERMS.date), "xsd:date"),
    ("two classes", _two_classes, str(BRI), None, "exactly one Kaifang class"),
    ("no mentionedIn", _no_mention_no_gazetteer, str(INJET), str(KF.mentionedIn), "mentionedIn"),
    ("negative offset", _negative_offset, "ASSERTION", str(KF.charStart), ">= 0"),
    ("orphan assertion", _orphan_assertion, "ASSERTION", None, "not in the graph"),
    ("bad predicate", _bad_predicate, "ASSERTION", str(RDF.predicate), "10 Kaifang relations"),
    ("no sentence", _text_assertion_without_sentence, "ASSERTION", None, "kf:sentence"),
]


@pytest.mark.parametrize(
    ("mutate", "focus", "path", "fragment"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_broken_graph_is_reported_at_the_right_node(
    mutate: Callable[[Graph], None], focus: str, path: str | None, fragment: str
) -> None:
    g = valid_graph()
    expected_focus = _visit_assertion_iri() if focus == "ASSERTION" else focus
    mutate(g)
    result = validate_graph(g)
    assert not result.conforms
    hits = [
        v
        for v in result.violations
        if v.focus == expected_focus and v.path == path and fragment in v.message
    ]
    assert hits, format_report(result)
    assert all(v.severity == "Violation" for v in result.violations)


def test_gazetteer_assertion_needs_a_source_iri() -> None:
    g = valid_graph()
    gaz = next(g.subjects(PROV.wasDerivedFrom, GAZETTEER))
    g.set((gaz, PROV.wasDerivedFrom, Literal("gazetteer")))
    result = validate_graph(g)
    assert [v.path for v in result.violations if v.focus == str(gaz)] == [str(PROV.wasDerivedFrom)]


def test_violations_are_sorted_and_deterministic() -> None:
    g = valid_graph()
    for mutate in (_two_labels, _document_without_sha256, _confidence_too_high, _wrong_range):
        mutate(g)
    first = validate_graph(g)
    again = validate_graph(Graph().parse(data=g.serialize(format="nt"), format="nt"))
    assert first.violations == again.violations
    keys = [(v.focus, v.path or "", v.message) for v in first.violations]
    assert keys == sorted(keys)


def test_format_report_lines() -> None:
    result = ValidationResult(
        conforms=False,
        violations=[
            Violation(str(DOC), str(KF.sha256), "a document needs exactly one kf:sha256"),
            Violation(str(BRI), None, "an entity must have exactly one Kaifang class"),
        ],
    )
    assert format_report(result).splitlines() == [
        f"{DOC} | kf:sha256 | a document needs exactly one kf:sha256",
        f"{BRI} | - | an entity must have exactly one Kaifang class",
        "Does not conform: 2 violations.",
    ]


def test_load_graph_errors(tmp_path: Path) -> None:
    with pytest.raises(KgError) as missing:
        load_graph(tmp_path / "nope.ttl")
    assert missing.value.code.name == "E008"
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .", encoding="utf-8")
    with pytest.raises(KgError) as broken:
        load_graph(bad)
    assert broken.value.code.name == "E008" and "\n" not in broken.value.message


# --- CLI -------------------------------------------------------------------------------------


@pytest.fixture()
def graph_files(tmp_path: Path) -> tuple[Path, Path]:
    good = tmp_path / "good.ttl"
    valid_graph().serialize(good, format="turtle")
    broken = valid_graph()
    _wrong_range(broken)
    bad = tmp_path / "bad.ttl"
    broken.serialize(bad, format="turtle")
    return good, bad


def test_cli_exit_codes(graph_files: tuple[Path, Path]) -> None:
    good, bad = graph_files
    assert "validate" in cli.commands and cli.commands["validate"] is validate_command
    runner = CliRunner()
    ok = runner.invoke(cli, ["validate", str(good)])
    assert ok.exit_code == 0, ok.output
    assert "Conforms" in ok.output
    failed = runner.invoke(cli, ["validate", str(bad)])
    assert failed.exit_code == 1
    assert f"{SHI} | kf:visited | kf:visited: object must be" in failed.output


def test_cli_missing_file_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Goes through kg.cli.main (the console entry point), registering only this command so
    # the test does not depend on other commands' modules.
    monkeypatch.setattr(kg.cli, "_register", lambda: None)
    with pytest.raises(SystemExit) as exc:
        kg.cli.main(["validate", str(tmp_path / "missing.ttl")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kg: error: E008:")
    assert "Traceback" not in err


def test_help_has_docstring() -> None:
    result = CliRunner().invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0 and "SHACL" in result.output


def _console_script_works() -> bool:
    kg_bin = Path(sys.executable).parent / "kg"
    if not kg_bin.exists():
        return False
    probe = subprocess.run([str(kg_bin), "--help"], capture_output=True, text=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _console_script_works(),
    reason="`kg` console script missing or other commands not importable yet "
    "(pip install -e . --no-deps)",
)
def test_console_script(graph_files: tuple[Path, Path], tmp_path: Path) -> None:
    kg_bin = str(Path(sys.executable).parent / "kg")
    good, bad = graph_files
    run = lambda *a: subprocess.run([kg_bin, *a], capture_output=True, text=True, check=False)  # noqa: E731
    assert run("validate", str(good)).returncode == 0
    assert run("validate", str(bad)).returncode == 1
    missing = run("validate", str(tmp_path / "missing.ttl"))
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr


def test_fast_sparql_path_matches_plain_pyshacl() -> None:
    # validate_graph evaluates SPARQL constraints once per graph (see
    # kg.graph.validate._split_sparql); plain pyshacl evaluates them per focus node. Both must
    # report the same results.
    import pyshacl

    from kg.graph.validate import _violations, load_shapes

    g = valid_graph()
    for mutate in (
        _relation_without_assertion,
        _two_classes,
        _no_mention_no_gazetteer,
        _orphan_assertion,
        _text_assertion_without_sentence,
        _wrong_range,
    ):
        mutate(g)
    _conforms, report, _text = pyshacl.validate(
        g, shacl_graph=load_shapes(), inference="none", advanced=True
    )
    assert isinstance(report, Graph)
    assert validate_graph(g).violations == _violations(report)
