"""SHACL validation of Kaifang graphs against ``ontology/shapes.ttl``.

``validate_graph`` is the one entry point (used by ``kg validate`` and ``kg build``). It runs
pyshacl without inference: the builder types every entity with exactly one concrete class and
the shapes list concrete classes, so results do not depend on a reasoner.

Class constraints are checked by ``kg.graph.classchecks`` in one pass (pyshacl builds a full
result for every failing ``sh:or`` alternative), and property shapes are lifted to the top
level (``kg.graph.liftshapes``: pyshacl checks them once, not once per focus node).
Node-level SPARQL constraints are taken out of pyshacl's hands and run once per graph on an
in-memory Oxigraph store (see ``_split_sparql``): pyshacl evaluates them per focus node with
rdflib, which is quadratic and took minutes on a few thousand entities. A test checks that
both paths report identical results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg.errors import E, KgError
from kg.graph.classchecks import run_class_checks, split_class_checks
from kg.graph.liftshapes import lift_property_shapes
from kg.vocab import DEFAULT_ONTOLOGY_NS as KF_NS
from kg.vocab import ONTOLOGY_FILE, SHAPES_FILE


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


def _make_violation(
    focus: Node | None, path: str | Node | None, value: Node | None, message: str, severity: str
) -> Violation:
    """One Violation; the offending value is appended to the message when it is not the focus."""
    if value is not None and value != focus:
        shown = _term(value) or "[]"
        message = f"{message} (value: {_short(shown) if isinstance(value, URIRef) else shown})"
    return Violation(
        focus=_term(focus) or "[]",
        # URIRef subclasses str: normalise to a plain str so results compare equal.
        path=None if path is None else str(path) if not isinstance(path, BNode) else "[]",
        message=message,
        severity=severity,
    )


def _violations(report: Graph) -> list[Violation]:
    out: set[Violation] = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        message = "; ".join(messages) or "constraint violated"
        level = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        out.add(_make_violation(focus, _path(report, result), value, message, level))
    # Sort with None paths first so the order is total and deterministic.
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message, v.severity))


@dataclass(frozen=True)
class _SparqlCheck:
    """A node-level SPARQL constraint, evaluated once per graph instead of once per focus node."""

    shape: Node
    query: str  # PREFIX lines + the sh:select text, $this left free
    messages: tuple[str, ...]
    severity: str


# In node shapes only $this, $currentShape and $shapesGraph are pre-bound ($value and $PATH
# belong to property shapes, which stay with pyshacl); the latter two need pyshacl too.
_OTHER_PREBOUND = re.compile(r"[$?](shapesGraph|currentShape)\b|\$PATH\b")
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _split_sparql(shapes: Graph) -> tuple[Graph, list[_SparqlCheck]]:
    """Copy ``shapes`` without the node-level SPARQL constraints, and return those separately.

    Why: pyshacl re-parses a constraint's query text for every focus node, which took minutes
    on graphs of a few thousand entities. Evaluating each query once with all focus nodes
    bound through VALUES gives the same solutions (VALUES joins exactly like pre-binding).
    """
    core = Graph()
    for triple in shapes:
        core.add(triple)
    checks: list[_SparqlCheck] = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        select = shapes.value(constraint, SH.select)
        if (
            select is None
            or (shape, SH.path, None) in shapes
            or shapes.value(constraint, SH.deactivated) == Literal(True)
            or _OTHER_PREBOUND.search(str(select))
            or not _WHERE_OPEN.search(str(select))
        ):
            continue
        prefixes = [
            f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>"
            for ontology in shapes.objects(constraint, SH.prefixes)
            for decl in shapes.objects(ontology, SH.declare)
        ]
        messages = tuple(sorted(str(m) for m in shapes.objects(constraint, SH.message)))
        severity = shapes.value(shape, SH.severity) or SH.Violation
        checks.append(
            _SparqlCheck(
                shape=shape,
                query="\n".join(sorted(set(prefixes))) + "\n" + str(select),
                messages=messages or ("SPARQL constraint violated",),
                severity=str(severity).rsplit("#", 1)[-1],
            )
        )
        core.remove((shape, SH.sparql, constraint))
    return core, checks


def _focus_nodes(data: Graph, shapes: Graph, shape: Node) -> set[Node]:
    """SHACL targets of a node shape, without inference (rdfs:subClassOf* in the data only)."""
    nodes: set[Node] = set(shapes.objects(shape, SH.targetNode))
    for cls in shapes.objects(shape, SH.targetClass):
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            nodes.update(data.subjects(RDF.type, sub))
    for prop in shapes.objects(shape, SH.targetSubjectsOf):
        nodes.update(data.subjects(prop, None))
    for prop in shapes.objects(shape, SH.targetObjectsOf):
        nodes.update(data.objects(None, prop))
    return nodes


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _from_ox(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # a plain literal, as rdflib (pyshacl) has it
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode()  # only ever rendered as "[]"


class _Engine:
    """Runs SELECT queries on the data: Oxigraph when the graph loads there, else rdflib."""

    def __init__(self, data: Graph) -> None:
        self.data = data
        self.store: pyoxigraph.Store | None = pyoxigraph.Store()
        try:
            self.store.load(
                data.serialize(format="nt", encoding="utf-8"),
                format=pyoxigraph.RdfFormat.N_TRIPLES,
            )
        except (SyntaxError, ValueError):
            # IRIs rdflib tolerates but Oxigraph rejects (spaces...): slower but still correct.
            self.store = None

    def select(self, query: str, this: Node | None = None) -> list[dict[str, Node]]:
        if self.store is not None and this is None:
            solutions = self.store.query(query)
            assert isinstance(solutions, pyoxigraph.QuerySolutions)
            names = [v.value for v in solutions.variables]
            rows = []
            for sol in solutions:
                row = {n: _from_ox(sol[n]) for n in names}
                rows.append({k: v for k, v in row.items() if v is not None})
            return rows
        bindings = {"this": this} if this is not None else None
        return [
            {str(k): v for k, v in row.asdict().items()}
            for row in self.data.query(query, initBindings=bindings)
        ]


def _run_sparql_checks(data: Graph, shapes: Graph, checks: list[_SparqlCheck]) -> set[Violation]:
    out: set[Violation] = set()
    engine: _Engine | None = None
    for check in checks:
        focus = _focus_nodes(data, shapes, check.shape)
        if not focus:
            continue
        engine = engine or _Engine(data)
        iris = sorted(n for n in focus if isinstance(n, URIRef))
        rows: list[dict[str, Node]] = []
        if iris:
            where = _WHERE_OPEN.search(check.query)
            assert where is not None
            values = "VALUES $this { " + " ".join(f"<{i}>" for i in iris) + " } "
            query = check.query[: where.end()] + values + check.query[where.end() :]
            rows += engine.select(query)
        for node in focus - set(iris):  # blank nodes cannot be written in VALUES
            rows += [{**r, "this": node} for r in engine.select(check.query, this=node)]
        for row in rows:
            this = row.get("this")
            if this is None or this not in focus:
                continue
            value = row.get("value", this)
            message = "; ".join(_substitute(m, row) for m in check.messages)
            out.add(_make_violation(this, row.get("path"), value, message, check.severity))
    return out


def _substitute(message: str, row: dict[str, Node]) -> str:
    """SHACL message templates: {?var} / {$var} become the bound value (as pyshacl does)."""
    for var, val in row.items():
        message = re.sub(r"\{[?$]" + re.escape(var) + r"\}", lambda _m, v=val: str(v), message)
    return message


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the project shapes), without inference."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    core_shapes, sparql_checks = _split_sparql(shapes_graph)
    core_shapes, class_checks = split_class_checks(core_shapes)
    core_shapes = lift_property_shapes(core_shapes)
    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=core_shapes,
        inference="none",
        abort_on_first=False,
        advanced=False,  # no SHACL-AF features; SHACL-SPARQL works without it
        meta_shacl=False,
    )
    if not isinstance(report, Graph):
        # pyshacl returns a ValidationFailure instead of a report when the shapes are invalid.
        raise KgError(E.E049, detail=" ".join(str(report).split())[:300])
    sparql_found = _run_sparql_checks(data, shapes_graph, sparql_checks)
    run_class_checks(data, class_checks, lambda shape: _focus_nodes(data, shapes_graph, shape),
                     lambda *result: sparql_found.add(_make_violation(*result)))
    found = set(_violations(report)) | sparql_found
    violations = sorted(found, key=lambda v: (v.focus, v.path or "", v.message, v.severity))
    # Same rule as pyshacl's: any result, whatever its severity, means non-conformance.
    return ValidationResult(conforms=bool(conforms) and not sparql_found, violations=violations)


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
