"""Property shapes lifted to the top level, so pyshacl checks each once for all its nodes.

pyshacl checks a node shape's ``sh:property`` shapes one focus node at a time: for every
mention, assertion or observation it builds every constraint component of every property
shape again (``sh:in`` re-reads its list each time). A property shape that carries the node
shape's own targets is checked once, with all focus nodes together, and reports the same
results: the same focus nodes, path, values, message and severity (only the result's
``sh:sourceShape``, which ``kg validate`` does not report, differs). On the 100 bench
articles this halves what is left of pyshacl's time.

Only plain cases are lifted: a node shape that no other shape refers to, not deactivated and
not also a class (an implicit target), and its blank-node property shapes referred to from
nowhere else.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SH

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def lift_property_shapes(shapes: Graph) -> Graph:
    """A copy of ``shapes`` in which each liftable property shape has its node shape's
    targets instead of being reached through ``sh:property``."""
    out = Graph()
    for triple in shapes:
        out.add(triple)
    node_shapes = {s for t in _TARGETS for s in shapes.subjects(t, None)}
    for node_shape in node_shapes:
        if (shapes.value(node_shape, SH.deactivated) == Literal(True)
                or (None, None, node_shape) in shapes or (node_shape, SH.path, None) in shapes
                or any((node_shape, RDF.type, c) in shapes for c in (RDFS.Class, OWL.Class))):
            continue  # referred to, a property shape, or with an implicit class target
        targets = [(t, o) for t in _TARGETS for o in shapes.objects(node_shape, t)]
        for prop in list(shapes.objects(node_shape, SH.property)):
            if not isinstance(prop, BNode) or sum(1 for _ in shapes.subject_predicates(prop)) != 1:
                continue
            out.remove((node_shape, SH.property, prop))
            for t, o in targets:
                out.add((prop, t, o))
    return out
