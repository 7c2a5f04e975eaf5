"""SHACL validation of Kaifang graphs against ``ontology/shapes.ttl``.

``validate_graph`` is the one entry point (used by ``kg validate`` and ``kg build``). It runs
pyshacl without inference: the builder types every entity with exactly one concrete class and
the shapes list concrete classes, so results do not depend on a reasoner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SH, SKOS
from rdflib.term import Node

import kg
from kg.errors import E, KgError
from kg.vocab import DEFAULT_ONTOLOGY_NS as KF_NS

ONTOLOGY_DIR = Path(kg.__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kaifang.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result; ``focus`` and ``path`` are full IRIs (``[]`` for a blank node)."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"


@dataclass
class ValidationResult:
    """Outcome of one validation: ``conforms`` and the sorted violations behind it."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def _load(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        # rdflib's Turtle parser raises BadSyntax, a SyntaxError subclass.
        raise KgError(E.E008, path, str(err).strip().splitlines()[0] if str(err) else "") from err
    return graph


def load_shapes() -> Graph:
    """The project's SHACL shapes (``ontology/shapes.ttl``)."""
    return _load(SHAPES_FILE)


def load_ontology() -> Graph:
    """The project's OWL ontology (``ontology/kaifang.ttl``)."""
    return _load(ONTOLOGY_FILE)


def load_graph(path: str | Path) -> Graph:
    """Parse a data graph, guessing the RDF syntax from the extension (Turtle by default).

    Raises ``KgError(E008)`` for a missing, unreadable or malformed file.
    """
    from rdflib.util import guess_format

    p = Path(path)
    if not p.is_file():
        raise KgError(E.E008, p, "no such file")
    graph = Graph()
    try:
        graph.parse(p, format=guess_format(str(p)) or "turtle")
    except Exception as err:  # noqa: BLE001 - parser errors have no common base class
        lines = str(err).strip().splitlines()
        raise KgError(E.E008, p, lines[0] if lines else type(err).__name__) from err
    return graph


# Well-known prefixes for literal datatypes and report paths; fixed so output never depends on
# the data graph's own bindings.
_NAMES = Graph(bind_namespaces="core")
_NAMES.bind("kf", KF_NS)
_NAMES.bind("skos", SKOS)
_NAMES.bind("prov", PROV)
_NAMES.bind("dcterms", DCTERMS)


def _term(node: Node | None) -> str | None:
    """Full IRI for IRIs, N3 for literals, '[]' for blank nodes (their labels vary per run)."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, Literal):
        return node.n3(_NAMES.namespace_manager)
    return "[]"


def _short(iri: str) -> str:
    """``kf:visited`` for IRIs in a well-known namespace, the IRI itself otherwise."""
    for prefix, ns in _NAMES.namespace_manager.namespaces():
        if prefix and iri.startswith(str(ns)) and iri != str(ns):
            local = iri[len(str(ns)) :]
            if local.replace("_", "").replace("-", "").isalnum():
                return f"{prefix}:{local}"
    return iri


def _path(report: Graph, result: Node) -> str | None:
    path = report.value(result, SH.resultPath)
    if path is None:
        return None
    if isinstance(path, BNode):
        # Only sh:inversePath occurs in practice; anything fancier is summarised.
        inverse = report.value(path, SH.inversePath)
        return f"^{_term(inverse)}" if inverse is not None else "[complex path]"
    return _term(path)


def _violations(report: Graph) -> list[Violation]:
    out: set[Violation] = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        message = "; ".join(messages) or "constraint violated"
        if value is not None and value != focus and "{?" not in message:
            shown = _term(value)
            message = f"{message} (value: {_short(shown) if isinstance(value, URIRef) else shown})"
        out.add(
            Violation(
                focus=_term(focus) or "[]",
                path=_path(report, result),
                message=message,
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    # Sort with None paths first so the order is total and deterministic.
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message, v.severity))


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the project shapes), without inference."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        abort_on_first=False,
        advanced=True,
        meta_shacl=False,
    )
    if not isinstance(report, Graph):
        # pyshacl returns a ValidationFailure instead of a report when the shapes are invalid.
        raise KgError(E.E015, detail=f"invalid SHACL shapes: {report}")
    violations = _violations(report)
    return ValidationResult(conforms=bool(conforms), violations=violations)


def format_report(result: ValidationResult) -> str:
    """Human-readable report: one ``focus | path | message`` line per violation, then a summary."""
    lines = [
        f"{v.focus} | {_short(v.path) if v.path else '-'} | {v.message}" for v in result.violations
    ]
    if result.conforms:
        lines.append("Conforms: 0 violations.")
    else:
        n = len(result.violations)
        lines.append(f"Does not conform: {n} violation{'s' if n != 1 else ''}.")
    return "\n".join(lines)
