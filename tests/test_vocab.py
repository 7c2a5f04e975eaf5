"""The code's vocabulary, the ontology, the shapes and SCHEMA.md must name the same terms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg.graph.validate import load_ontology, load_shapes
from kg.vocab import DEFAULT_ONTOLOGY_NS, ENTITY_CLASSES, KF, KFC, MEASURES, RELATIONS, UNITS

REPO = Path(__file__).resolve().parent.parent
SCHEMA_MD = REPO.parent / "shared" / "spec" / "SCHEMA.md"

# SCHEMA.md's shorthands in the subject -> object column (also documented in kaifang.ttl).
PLACES = frozenset({"Province", "City", "Country", "Region", "Zone"})
AGENTS = frozenset({"Official", "Person", "Enterprise", "GovernmentBody", "Organization"})
SHORTHANDS = {"any agent or place": AGENTS | PLACES, "any place": PLACES}

# Vocabularies whose terms count as alignment targets are simply "anything outside kf:".
ALIGNMENT_PREDICATES = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def schema_md() -> str:
    if not SCHEMA_MD.is_file():
        pytest.skip(f"contract not found at {SCHEMA_MD} (the shared spec is not checked out)")
    return SCHEMA_MD.read_text(encoding="utf-8")


def _table_rows(markdown: str, heading: str) -> Iterator[list[str]]:
    """Cells of the data rows of the first table under the '## heading...' section."""
    section = markdown.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        if line.startswith("| `"):
            yield [cell.strip() for cell in line.strip().strip("|").split("|")]


def _classes_in(cell: str) -> frozenset[str]:
    """'Official, Person' -> {...}; expands 'any place' and 'any agent or place'."""
    names: set[str] = set()
    for part in (p.strip() for p in cell.split(",")):
        names |= SHORTHANDS.get(part, {part})
    unknown = names - set(ENTITY_CLASSES)
    assert not unknown, f"SCHEMA.md names unknown classes {unknown} in {cell!r}"
    return frozenset(names)


@pytest.fixture(scope="module")
def schema_classes(schema_md: str) -> list[str]:
    return [re.sub(r"`", "", row[0]) for row in _table_rows(schema_md, "Entity classes")]


@pytest.fixture(scope="module")
def schema_relations(schema_md: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for row in _table_rows(schema_md, "Relations"):
        subjects, objects = row[1].split("→")
        out[row[0].strip("`")] = (_classes_in(subjects), _classes_in(objects))
    return out


def _kf(local: str) -> URIRef:
    return URIRef(DEFAULT_ONTOLOGY_NS + local)


def _local(node: Node) -> str:
    return str(node)[len(DEFAULT_ONTOLOGY_NS) :]


def _members(graph: Graph, expr: Node) -> frozenset[str]:
    """Local names of a kf class or of an owl:unionOf of kf classes."""
    if isinstance(expr, BNode):
        return frozenset(_local(m) for m in Collection(graph, graph.value(expr, OWL.unionOf)))
    return frozenset({_local(expr)})


def _declared_kf_terms(graph: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        _local(s)
        for kind in kinds
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(DEFAULT_ONTOLOGY_NS)
    }


def _external_alignments(graph: Graph, term: URIRef) -> set[Node]:
    found: set[Node] = set()
    for pred in ALIGNMENT_PREDICATES:
        found |= {o for o in graph.objects(term, pred) if isinstance(o, URIRef)}
        found |= {s for s in graph.subjects(pred, term) if isinstance(s, URIRef)}
    if (term, OWL.propertyChainAxiom, None) in graph:
        found.add(OWL.propertyChainAxiom)
    return {t for t in found if not str(t).startswith(DEFAULT_ONTOLOGY_NS)}


# --- vocab.py <-> ontology -------------------------------------------------------------------


def test_every_vocab_term_is_declared_in_the_ontology(onto: Graph) -> None:
    vocab_terms = set(KF.__annotations__)
    missing = vocab_terms - _declared_kf_terms(onto)
    assert not missing, f"kg/vocab.py terms missing from ontology/kaifang.ttl: {sorted(missing)}"


def test_every_ontology_term_is_in_vocab(onto: Graph) -> None:
    extra = _declared_kf_terms(onto) - set(KF.__annotations__)
    assert not extra, f"ontology terms the code cannot emit (add to kg/vocab.py): {sorted(extra)}"


def test_vocab_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = KF.vistied  # noqa: B018 - the typo must raise, not mint a term


# --- SCHEMA.md <-> vocab.py / ontology -------------------------------------------------------


def test_schema_tables_match_vocab(
    schema_classes: list[str], schema_relations: dict[str, object]
) -> None:
    assert len(schema_classes) == 12 and len(schema_relations) == 10
    assert set(schema_classes) == set(ENTITY_CLASSES)
    assert set(schema_relations) == set(RELATIONS)


def test_schema_classes_are_documented_and_aligned(onto: Graph, schema_classes: list[str]) -> None:
    for name in schema_classes:
        term = _kf(name)
        assert (term, RDF.type, OWL.Class) in onto, name
        assert onto.value(term, RDFS.label), f"{name}: no rdfs:label"
        assert onto.value(term, SKOS.definition), f"{name}: no skos:definition"
        assert (term, RDFS.subClassOf, KF.Entity) in onto, f"{name}: not under kf:Entity"
        assert _external_alignments(onto, term), f"{name}: no alignment outside kf:"


def test_schema_relations_have_literal_domain_and_range(
    onto: Graph, schema_relations: dict[str, tuple[frozenset[str], frozenset[str]]]
) -> None:
    for name, (subjects, objects) in schema_relations.items():
        term = _kf(name)
        assert (term, RDF.type, OWL.ObjectProperty) in onto, name
        assert onto.value(term, RDFS.label), f"{name}: no rdfs:label"
        assert onto.value(term, SKOS.definition), f"{name}: no skos:definition"
        domains = list(onto.objects(term, RDFS.domain))
        ranges = list(onto.objects(term, RDFS.range))
        # One axiom each: two rdfs:domain triples would mean the intersection, not the union.
        assert len(domains) == 1 and len(ranges) == 1, name
        assert _members(onto, domains[0]) == subjects, f"{name}: domain differs from SCHEMA.md"
        assert _members(onto, ranges[0]) == objects, f"{name}: range differs from SCHEMA.md"
        assert _external_alignments(onto, term), f"{name}: no alignment outside kf:"


# --- SCHEMA.md <-> shapes --------------------------------------------------------------------


def _or_classes(shapes: Graph, shape: Node) -> frozenset[str]:
    lst = shapes.value(shape, SH["or"])
    assert lst is not None, f"shape {shape} has no sh:or"
    return frozenset(
        _local(shapes.value(member, SH["class"])) for member in Collection(shapes, lst)
    )


def test_shapes_allow_exactly_the_schema_classes(
    schema_relations: dict[str, tuple[frozenset[str], frozenset[str]]],
) -> None:
    shapes = load_shapes()
    for name, (subjects, objects) in schema_relations.items():
        term = _kf(name)
        node_shapes = [
            s for s in shapes.subjects(SH.targetSubjectsOf, term) if (s, SH["or"], None) in shapes
        ]
        assert len(node_shapes) == 1, f"{name}: expected one subject-class shape"
        assert _or_classes(shapes, node_shapes[0]) == subjects, f"{name}: subject classes"
        prop_shapes = [
            p
            for p in shapes.objects(node_shapes[0], SH.property)
            if shapes.value(p, SH.path) == term
        ]
        assert len(prop_shapes) == 1, f"{name}: expected one object-class property shape"
        assert _or_classes(shapes, prop_shapes[0]) == objects, f"{name}: object classes"


def test_shapes_target_every_entity_class() -> None:
    shapes = load_shapes()
    targeted = {_local(c) for c in shapes.objects(None, SH.targetClass)}
    assert set(ENTITY_CLASSES) <= targeted
    assert {"Assertion", "Mention", "Document"} <= targeted


def test_code_lists_are_declared_and_closed(onto: Graph) -> None:
    qb_dsd = URIRef("http://purl.org/linked-data/cube#DataStructureDefinition")
    kinds = (SKOS.Concept, SKOS.ConceptScheme, qb_dsd)
    for name in KFC.__annotations__:
        term = KFC[name]
        assert any((term, RDF.type, k) in onto for k in kinds), name
        assert onto.value(term, RDFS.label) and onto.value(term, SKOS.definition), name
    indicators = {str(c) for c in onto.subjects(SKOS.inScheme, KFC.indicators)}
    units = {str(c) for c in onto.subjects(SKOS.inScheme, KFC.units)}
    assert indicators == {str(KFC[m]) for m in MEASURES}
    assert units == {str(KFC[u]) for u in UNITS}
    with pytest.raises(AttributeError):
        _ = KFC.tourism  # noqa: B018 - not on the closed list
