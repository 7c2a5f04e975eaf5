"""Markdown reference docs for the Kaifang ontology.

``render_markdown`` turns ``ontology/kaifang.ttl`` into ``docs/ontology.md``; the output is
deterministic (sorted, no timestamps, no blank-node ids) so a test can compare the committed
file with a fresh render. Regenerate with ``python -m kg.graph.ontodoc``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.vocab import DEFAULT_ONTOLOGY_NS, ONTOLOGY_IRI

DOCS_FILE = Path(__file__).resolve().parents[2] / "docs" / "ontology.md"

# Fixed prefix table: rendering must not depend on the parser's (or rdflib's) bindings.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("kf", DEFAULT_ONTOLOGY_NS),
    ("rdf", str(RDF)),
    ("rdfs", str(RDFS)),
    ("owl", str(OWL)),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", str(SKOS)),
    ("dcterms", str(DCTERMS)),
    ("dcmitype", "http://purl.org/dc/dcmitype/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("schema", "http://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
    ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
    ("nfo", "http://www.semanticdesktop.org/ontologies/2007/03/22/nfo#"),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("qb", "http://purl.org/linked-data/cube#"),
    ("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#"),
    ("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#"),
    ("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#"),
)

# Axioms that link a kf: term to an outside vocabulary, in display order.
ALIGNMENT_PREDICATES: tuple[URIRef, ...] = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    OWL.sameAs,
)


def curie(node: Node) -> str:
    """``kf:Official`` for known namespaces, ``<iri>`` otherwise."""
    text = str(node)
    for prefix, ns in PREFIXES:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return f"<{text}>"


def _is_kf(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(DEFAULT_ONTOLOGY_NS)


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str:
    """The English (or untagged) value, whitespace-collapsed; '' if absent."""
    values = sorted(
        (o for o in graph.objects(subject, predicate) if isinstance(o, Literal)),
        key=lambda lit: (lit.language not in (None, "en"), str(lit)),
    )
    return " ".join(str(values[0]).split()) if values else ""


def _class_expr(graph: Graph, node: Node) -> str:
    """A class or datatype, rendering owl:unionOf lists as 'A or B'."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        if members is not None:
            return " or ".join(f"`{curie(m)}`" for m in Collection(graph, members))
        return "(anonymous class)"
    return f"`{curie(node)}`"


def _joined(graph: Graph, nodes: Iterable[Node]) -> str:
    rendered = sorted(_class_expr(graph, n) for n in nodes)
    return ", ".join(rendered) if rendered else "—"


def _alignments(graph: Graph, term: URIRef) -> list[str]:
    """External axioms about ``term`` (both directions for subclassing), sorted."""
    out: set[str] = set()
    for pred in ALIGNMENT_PREDICATES:
        for obj in graph.objects(term, pred):
            if isinstance(obj, URIRef) and not _is_kf(obj):
                out.add(f"{curie(pred)} `{curie(obj)}`")
        for subj in graph.subjects(pred, term):
            if isinstance(subj, URIRef) and not _is_kf(subj):
                out.add(f"`{curie(subj)}` {curie(pred)} this")
    chain = graph.value(term, OWL.propertyChainAxiom)
    if chain is not None:
        steps = " / ".join(f"`{curie(p)}`" for p in Collection(graph, chain))
        out.add(f"owl:propertyChainAxiom ({steps})")
    return sorted(out)


def kf_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    terms = {t for t in graph.subjects(RDF.type, kind) if _is_kf(t)}
    return sorted(terms, key=lambda t: str(t).lower())


def _anchor(term: URIRef) -> str:
    # GitHub's heading slug for "### kf:Official" drops the colon: "kfofficial".
    return "kf" + str(term)[len(DEFAULT_ONTOLOGY_NS) :].lower()


def term_rows(graph: Graph, term: URIRef, kind: URIRef) -> list[tuple[str, str]]:
    """The facts shown about ``term`` (of ``kind``, one of GROUPS'): (name, value) pairs whose
    values are Markdown: terms in `backticks`, lists joined by ', ', '—' for none. The
    Markdown reference and ``kg serve``'s /ontology page both render these."""
    rows: list[tuple[str, str]] = [
        ("IRI", f"`{term}`"),
        ("Label", _text(graph, term, RDFS.label) or "—"),
        ("Definition", _text(graph, term, SKOS.definition) or "—"),
    ]
    if kind == OWL.Class:
        supers = [o for o in graph.objects(term, RDFS.subClassOf) if _is_kf(o)]
        subs = [s for s in graph.subjects(RDFS.subClassOf, term) if _is_kf(s)]
        disjoint = list(graph.objects(term, OWL.disjointWith))
        disjoint += list(graph.subjects(OWL.disjointWith, term))
        for group in graph.subjects(RDF.type, OWL.AllDisjointClasses):
            members = list(Collection(graph, graph.value(group, OWL.members)))
            if term in members:
                disjoint += [m for m in members if m != term]
        rows += [
            ("Superclasses (kf)", _joined(graph, supers)),
            ("Subclasses (kf)", _joined(graph, subs)),
            ("Disjoint with", _joined(graph, set(disjoint))),
        ]
    elif kind in _INDIVIDUALS:
        rows += [
            ("Type", _joined(graph, graph.objects(term, RDF.type))),
            ("In scheme", _joined(graph, graph.objects(term, SKOS.inScheme))),
            ("Notation", ", ".join(sorted(str(o) for o in graph.objects(term, SKOS.notation)))
             or "—"),
        ]
    else:
        characteristics = sorted(
            curie(t)
            for t in graph.objects(term, RDF.type)
            if t not in (OWL.ObjectProperty, OWL.DatatypeProperty)
        )
        rows += [
            ("Domain", _joined(graph, graph.objects(term, RDFS.domain))),
            ("Range", _joined(graph, graph.objects(term, RDFS.range))),
        ]
        if characteristics:
            rows.append(("Characteristics", ", ".join(f"`{c}`" for c in characteristics)))
    rows.append(("Alignments", "; ".join(_alignments(graph, term)) or "—"))
    see_also = sorted(f"`{curie(o)}`" for o in graph.objects(term, RDFS.seeAlso))
    if see_also:
        rows.append(("See also", ", ".join(see_also)))
    examples = sorted(str(o) for o in graph.objects(term, SKOS.example))
    if examples:
        rows.append(("Examples", "; ".join(examples)))
    return rows


def term_kind(graph: Graph, term: URIRef) -> URIRef | None:
    """The GROUPS kind ``term`` is documented under, or None if it is none of them."""
    for _heading, kind in GROUPS:
        if (term, RDF.type, kind) in graph:
            return kind
    return None


def _section(graph: Graph, term: URIRef, kind: URIRef) -> list[str]:
    lines = [f"### {curie(term)}", ""]
    rows = term_rows(graph, term, kind)
    lines += ["| | |", "|---|---|"]
    lines += [f"| {key} | {_cell(value)} |" for key, value in rows]
    comment = str(graph.value(term, RDFS.comment) or "").strip()
    if comment:
        # Comments may hold SPARQL or Turtle; keep their line breaks in a quoted block.
        lines += ["", *_comment_block(comment)]
    lines.append("")
    return lines


_QB_DSD = URIRef("http://purl.org/linked-data/cube#DataStructureDefinition")
_INDIVIDUALS = (SKOS.ConceptScheme, SKOS.Concept, _QB_DSD)
# The reference's sections: (heading, rdf:type of the kf: terms listed under it).
GROUPS: tuple[tuple[str, URIRef], ...] = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Data structure of figures", _QB_DSD),
    ("Code lists", SKOS.ConceptScheme),
    ("Codes", SKOS.Concept),
)


def _cell(value: str) -> str:
    """Escape pipes so a value cannot split a Markdown table cell."""
    return value.replace("|", "\\|")


def _comment_block(comment: str) -> list[str]:
    out: list[str] = []
    in_code = False
    for raw in comment.splitlines():
        line = raw.rstrip()
        starts_code = line.startswith(("PREFIX", "SELECT")) and not in_code
        if starts_code:
            out += ["```sparql"]
            in_code = True
        out.append(line)
    if in_code:
        out.append("```")
    return out


def render_markdown(ontology: Graph) -> str:
    """Markdown reference for every kf: class and property in ``ontology``."""
    onto = URIRef(ONTOLOGY_IRI)
    title = _text(ontology, onto, DCTERMS.title) or "Kaifang ontology"
    lines = [
        f"# {title}",
        "",
        "<!-- Generated by `python -m kg.graph.ontodoc` from ontology/kaifang.ttl."
        " Do not edit. -->",
        "",
        "| | |",
        "|---|---|",
        f"| Ontology IRI | `{onto}` |",
        f"| Version IRI | `{ontology.value(onto, OWL.versionIRI) or '—'}` |",
        f"| Version | {ontology.value(onto, OWL.versionInfo) or '—'} |",
        f"| License | <{ontology.value(onto, DCTERMS.license) or '—'}> |",
        f"| Namespace | `{DEFAULT_ONTOLOGY_NS}` (prefix `kf:`) |",
        "",
        _text(ontology, onto, DCTERMS.description),
        "",
        "Validation shapes: `ontology/shapes.ttl` (`kg validate GRAPH`). "
        "Emitted shape of the data: `docs/rdf-model.md`.",
        "",
        "## Prefixes",
        "",
        "| prefix | namespace |",
        "|---|---|",
        *[f"| `{p}:` | `{ns}` |" for p, ns in PREFIXES],
        "",
    ]
    for heading, kind in GROUPS:
        terms = kf_terms(ontology, kind)
        lines += [f"## {heading}", ""]
        lines += [", ".join(f"[{curie(t)}](#{_anchor(t)})" for t in terms), ""]
        for term in terms:
            lines += _section(ontology, term, kind)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/ontology.md (or the path given as the only argument)."""
    from kg.graph.validate import load_ontology

    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DOCS_FILE
    target.write_text(render_markdown(load_ontology()), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
