"""Class constraints (``sh:class C`` and ``sh:or ( [ sh:class A ] [ sh:class B ] ... )``)
checked in one pass over the data instead of by pyshacl.

Why: the shapes check the class of every relation's subject and object, of every mention's
entity and every figure's place with ``sh:or`` lists of ``sh:class``; pyshacl evaluates each
alternative per value node and builds a full result (message, stringified nodes) for every
alternative that fails, even when the ``sh:or`` as a whole holds. That was half of a build's
validation (about 4.4 CPU s on 100 articles, more than half the parse's cost). Here each class
list becomes one set of instances, and a value is checked by one lookup.

Same semantics as pyshacl without inference: a node is an instance of C when it has an
``rdf:type`` that is C or reaches C by ``rdfs:subClassOf*`` in the data graph. Only the plain
cases are taken out of pyshacl's hands (a top-level node shape with targets, or its property
shape with a predicate path, with an ``sh:message``, nothing deactivated); anything else stays
with pyshacl. tests/test_validate.py checks that the results equal plain pyshacl's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@dataclass(frozen=True)
class ClassCheck:
    """Values of ``path`` (or the focus node itself when None) of the focus nodes of
    ``node_shape`` must be instances of one of ``classes``."""

    node_shape: Node
    path: URIRef | None
    classes: frozenset[Node]
    messages: tuple[str, ...]
    severity: str


def _class_list(shapes: Graph, head: Node) -> frozenset[Node] | None:
    """The classes of an ``sh:or`` list whose every member is ``[ sh:class C ]``, else None."""
    try:
        members = list(Collection(shapes, head))
    except Exception:  # noqa: BLE001 - a malformed list: pyshacl reports it
        return None
    classes = []
    for member in members:
        pairs = list(shapes.predicate_objects(member))
        if not isinstance(member, BNode) or len(pairs) != 1 or pairs[0][0] != SH["class"]:
            return None
        if sum(1 for _ in shapes.subjects(None, member)) != 1:  # shared with another list
            return None
        classes.append(pairs[0][1])
    return frozenset(classes) if classes else None


def _list_triples(shapes: Graph, head: Node) -> list[tuple[Node, Node, Node]]:
    """The cells of an RDF list and the triples of its (blank-node) members."""
    out: list[tuple[Node, Node, Node]] = []
    while head != RDF.nil:
        member, rest = shapes.value(head, RDF.first), shapes.value(head, RDF.rest)
        out += [(head, RDF.first, member), (head, RDF.rest, rest)]
        out += [(member, p, o) for p, o in shapes.predicate_objects(member)]
        head = rest
    return out


def _referenced_once(shapes: Graph, node: Node) -> bool:
    return sum(1 for _ in shapes.subject_predicates(node)) <= 1


def _usable(shapes: Graph, shape: Node) -> bool:
    return (shapes.value(shape, SH.deactivated) != Literal(True)
            and bool(list(shapes.objects(shape, SH.message))))


def _checks_on(shapes: Graph, shape: Node, node_shape: Node,
               path: URIRef | None) -> list[tuple[ClassCheck, list[tuple[Node, Node, Node]]]]:
    """The class checks written on ``shape`` and the shape triples they replace."""
    messages = tuple(sorted(str(m) for m in shapes.objects(shape, SH.message)))
    severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
    found = []
    for head in shapes.objects(shape, SH["or"]):
        classes = _class_list(shapes, head)
        if classes is not None:
            check = ClassCheck(node_shape, path, classes, messages, severity)
            found.append((check, [(shape, SH["or"], head), *_list_triples(shapes, head)]))
    if path is not None:
        for cls in shapes.objects(shape, SH["class"]):
            check = ClassCheck(node_shape, path, frozenset([cls]), messages, severity)
            found.append((check, [(shape, SH["class"], cls)]))
    return found


def top_level_node_shapes(shapes: Graph) -> list[Node]:
    """Node shapes with targets that pyshacl reaches only through those targets: no other
    shape (or anything else) refers to them, they are not deactivated, not property shapes,
    and not also classes (which would give them implicit targets)."""
    found = {s for t in TARGETS for s in shapes.subjects(t, None)}
    return sorted(
        (s for s in found
         if shapes.value(s, SH.deactivated) != Literal(True)
         and (None, None, s) not in shapes and (s, SH.path, None) not in shapes
         and not any((s, RDF.type, c) in shapes for c in (RDFS.Class, OWL.Class))),
        key=str)


def split_class_checks(shapes: Graph) -> tuple[Graph, list[ClassCheck]]:
    """A copy of ``shapes`` without the class constraints this module checks, and those."""
    checks: list[ClassCheck] = []
    removed: list[tuple[Node, Node, Node]] = []
    for node_shape in top_level_node_shapes(shapes):
        if _usable(shapes, node_shape):  # its own sh:or lists
            for check, triples in _checks_on(shapes, node_shape, node_shape, None):
                checks.append(check)
                removed += triples
        for prop in shapes.objects(node_shape, SH.property):
            path = shapes.value(prop, SH.path)
            if (isinstance(prop, BNode) and isinstance(path, URIRef) and _usable(shapes, prop)
                    and _referenced_once(shapes, prop)):
                for check, triples in _checks_on(shapes, prop, node_shape, path):
                    checks.append(check)
                    removed += triples
    core = Graph()
    drop = set(removed)
    for prefix, namespace in shapes.namespaces():  # default messages name shapes by them
        core.bind(prefix, namespace, override=True, replace=True)
    for triple in shapes:
        if triple not in drop:
            core.add(triple)
    return core, checks


Found = Callable[[Node, str | None, Node, str, str], object]


def run_class_checks(data: Graph, checks: Iterable[ClassCheck],
                     focus_nodes: Callable[[Node], set[Node]], found: Found) -> None:
    """Call ``found(focus, path, value, message, severity)`` for every value that is not an
    instance of any of its check's classes (``focus_nodes(shape)``: a shape's targets)."""
    instances: dict[Node, set[Node]] = {}

    def members(cls: Node) -> set[Node]:
        if cls not in instances:
            types = set(data.transitive_subjects(RDFS.subClassOf, cls))
            instances[cls] = {s for t in types for s in data.subjects(RDF.type, t)}
        return instances[cls]

    for check in checks:
        allowed = set().union(*(members(c) for c in check.classes))
        message = "; ".join(check.messages)
        path = None if check.path is None else str(check.path)
        for focus in focus_nodes(check.node_shape):
            values: Iterable[Node] = ((focus,) if check.path is None
                                      else data.objects(focus, check.path))
            for value in values:
                if value not in allowed:
                    found(focus, path, value, message, check.severity)
