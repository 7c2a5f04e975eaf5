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

from rdflib import BNode, Graph
from rdflib.namespace import SH

from kg.graph.classchecks import TARGETS, top_level_node_shapes


def lift_property_shapes(shapes: Graph) -> Graph:
    """A copy of ``shapes`` in which each liftable property shape has its node shape's
    targets instead of being reached through ``sh:property``."""
    out = Graph()
    for prefix, namespace in shapes.namespaces():  # default messages name shapes by them
        out.bind(prefix, namespace, override=True, replace=True)
    for triple in shapes:
        out.add(triple)
    for node_shape in top_level_node_shapes(shapes):
        targets = [(t, o) for t in TARGETS for o in shapes.objects(node_shape, t)]
        for prop in list(shapes.objects(node_shape, SH.property)):
            if not isinstance(prop, BNode) or sum(1 for _ in shapes.subject_predicates(prop)) != 1:
                continue
            out.remove((node_shape, SH.property, prop))
            for t, o in targets:
                out.add((prop, t, o))
    return out
