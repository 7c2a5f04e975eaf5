"""ontology/kaifang.ttl: parses everywhere, is documented, reasons without inconsistency."""

from __future__ import annotations

import re
from pathlib import Path

import owlrl
import pyoxigraph
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS

from kg.graph import ontodoc
from kg.graph.validate import ONTOLOGY_FILE, load_ontology, validate_graph
from kg.vocab import KF, ONTOLOGY_IRI

REPO = Path(__file__).resolve().parent.parent
SCHEMA_ORG = "http://schema.org/"

# A valid graph in exactly the shape of docs/rdf-model.md: text relations, a gazetteer fact,
# a mention, a document and a Wikidata link.
EXAMPLE = """
@prefix kf: <https://w3id.org/kaifang/ontology#> .
@prefix res: <https://w3id.org/kaifang/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

res:official\\/shi-xiaolin a kf:Official ;
    rdfs:label "Shi Xiaolin" ; skos:altLabel "Governor Shi Xiaolin" ;
    kf:title "Governor of the People's Government of Sichuan Province" ;
    kf:mentionedIn res:doc\\/534cf0e1e1f21b08 ;
    kf:visited res:enterprise\\/injet ; kf:servesIn res:province\\/sichuan .
res:enterprise\\/injet a kf:Enterprise ; rdfs:label "Sichuan Injet Electric Co., Ltd." ;
    kf:mentionedIn res:doc\\/534cf0e1e1f21b08 ; kf:locatedIn res:city\\/deyang .
res:city\\/deyang a kf:City ; rdfs:label "Deyang" ; kf:mentionedIn res:doc\\/534cf0e1e1f21b08 ;
    owl:sameAs <http://www.wikidata.org/entity/Q1015649> .
res:province\\/sichuan a kf:Province ; rdfs:label "Sichuan" ;
    kf:mentionedIn res:doc\\/534cf0e1e1f21b08 ;
    owl:sameAs <http://www.wikidata.org/entity/Q19770> ; kf:locatedIn res:country\\/china .
res:country\\/china a kf:Country ; rdfs:label "China" ;
    owl:sameAs <http://www.wikidata.org/entity/Q148> .

res:assertion\\/a1 a kf:Assertion ; rdf:subject res:official\\/shi-xiaolin ;
    rdf:predicate kf:visited ; rdf:object res:enterprise\\/injet ;
    prov:wasDerivedFrom res:doc\\/534cf0e1e1f21b08 ;
    kf:sentence "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City." ;
    kf:charStart 0 ; kf:charEnd 67 ; kf:extractor "visit" ; kf:confidence 0.85 .
res:assertion\\/a2 a kf:Assertion ; rdf:subject res:official\\/shi-xiaolin ;
    rdf:predicate kf:servesIn ; rdf:object res:province\\/sichuan ;
    prov:wasDerivedFrom res:doc\\/534cf0e1e1f21b08 ;
    kf:sentence "Shi Xiaolin, Governor of Sichuan, ..." ;
    kf:charStart 0 ; kf:charEnd 36 ; kf:extractor "title" ; kf:confidence 0.9 .
res:assertion\\/a3 a kf:Assertion ; rdf:subject res:enterprise\\/injet ;
    rdf:predicate kf:locatedIn ; rdf:object res:city\\/deyang ;
    prov:wasDerivedFrom res:doc\\/534cf0e1e1f21b08 ;
    kf:sentence "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City." ;
    kf:charStart 0 ; kf:charEnd 67 ; kf:extractor "located" ; kf:confidence 0.7 .
res:assertion\\/a4 a kf:Assertion ; rdf:subject res:province\\/sichuan ;
    rdf:predicate kf:locatedIn ; rdf:object res:country\\/china ;
    prov:wasDerivedFrom res:source\\/gazetteer ; kf:extractor "gazetteer" ; kf:confidence 1.0 .

res:mention\\/m1 a kf:Mention ; kf:mentionOf res:official\\/shi-xiaolin ;
    prov:wasDerivedFrom res:doc\\/534cf0e1e1f21b08 ; kf:surfaceForm "Shi Xiaolin" ;
    kf:sentence "Shi Xiaolin visits Sichuan Injet Electric Co., Ltd. in Deyang City." ;
    kf:charStart 0 ; kf:charEnd 11 ; kf:extractor "ner" ; kf:confidence 0.8 .

res:doc\\/534cf0e1e1f21b08 a kf:Document ; dcterms:title "Shi Xiaolin visits Deyang" ;
    dcterms:date "2025-04-16"^^xsd:date ; dcterms:source <https://example.org/news/1> ;
    kf:sha256 "534cf0e1e1f21b08aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" ;
    kf:fileName "004_534cf0e1e1f21b08.txt" .
"""

RES = "https://w3id.org/kaifang/resource/"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def _example() -> Graph:
    return Graph().parse(data=EXAMPLE, format="turtle")


def _closure(*graphs: Graph) -> Graph:
    merged = Graph()
    for g in graphs:
        for triple in g:
            merged.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(merged)
    return merged


def _inconsistencies(closed: Graph) -> list[str]:
    """owlrl reports clashes as err:ErrorMessage nodes; members of owl:Nothing also mean one."""
    errors = [str(m) for m in closed.objects(None, ERRNS.error)]
    errors += [f"{s} is an owl:Nothing" for s in closed.subjects(RDF.type, OWL.Nothing)]
    return sorted(errors)


# --- syntax ----------------------------------------------------------------------------------


def test_parses_in_rdflib_and_pyoxigraph(onto: Graph) -> None:
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(onto) > 300


def test_ontology_header(onto: Graph) -> None:
    iri = URIRef(ONTOLOGY_IRI)
    assert (iri, RDF.type, OWL.Ontology) in onto
    version_iri = onto.value(iri, OWL.versionIRI)
    version = onto.value(iri, OWL.versionInfo)
    assert version_iri is not None and str(version_iri).endswith(str(version))
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert onto.value(iri, prop) is not None, prop


# --- documentation ---------------------------------------------------------------------------


def test_every_kf_term_has_label_definition_domain_range(onto: Graph) -> None:
    for name in KF.__annotations__:
        term = KF[name]
        assert onto.value(term, RDFS.label), f"{name}: no rdfs:label"
        assert onto.value(term, SKOS.definition), f"{name}: no skos:definition"
        if (term, RDF.type, OWL.Class) not in onto:
            assert onto.value(term, RDFS.domain) is not None, f"{name}: no rdfs:domain"
            assert onto.value(term, RDFS.range) is not None, f"{name}: no rdfs:range"


def test_required_alignments(onto: Graph) -> None:
    schema = lambda local: URIRef(SCHEMA_ORG + local)  # noqa: E731
    expected = [
        (KF.Official, FOAF.Person),
        (KF.Person, schema("Person")),
        (KF.Province, schema("AdministrativeArea")),
        (KF.Country, schema("Country")),
        (KF.Region, schema("Place")),
        (KF.Enterprise, schema("Corporation")),
        (KF.GovernmentBody, schema("GovernmentOrganization")),
        (KF.Organization, schema("Organization")),
        (KF.Event, schema("Event")),
        (KF.Assertion, RDF.Statement),
        (KF.Assertion, PROV.Entity),
        (KF.Document, PROV.Entity),
        (schema("City"), KF.City),
    ]
    for sub, sup in expected:
        assert (sub, RDFS.subClassOf, sup) in onto, f"{sub} subClassOf {sup}"
    org = "http://www.w3.org/ns/org#"
    assert (KF.holdsPositionIn, RDFS.subPropertyOf, URIRef(org + "memberOf")) in onto
    assert "org:role" in str(onto.value(KF.title, RDFS.comment))


def test_official_and_person_are_siblings_not_sub_or_disjoint(onto: Graph) -> None:
    # SCHEMA.md: Person is "any OTHER named person"; a reasoner must not retype officials.
    assert (KF.Official, RDFS.subClassOf, KF.Person) not in onto
    assert (KF.Official, OWL.disjointWith, KF.Person) not in onto
    assert (KF.Person, OWL.disjointWith, KF.Official) not in onto
    assert (KF.Official, OWL.disjointWith, KF.Province) in onto


def test_assertion_comment_documents_provenance_query(onto: Graph) -> None:
    model = (REPO / "docs" / "rdf-model.md").read_text(encoding="utf-8")
    match = re.search(r"```sparql\n(.*?)```", model, re.S)
    assert match, "docs/rdf-model.md lost its SPARQL example"
    comment = str(onto.value(KF.Assertion, RDFS.comment))
    assert " ".join(match.group(1).split()) in " ".join(comment.split())
    assert "gazetteer" in comment


def test_example_graph_is_valid_and_sparql_finds_the_sentence() -> None:
    data = _example()
    assert validate_graph(data).conforms
    model = (REPO / "docs" / "rdf-model.md").read_text(encoding="utf-8")
    query = re.search(r"```sparql\n(.*?)```", model, re.S)
    assert query
    rows = list(data.query(query.group(1)))
    assert len(rows) == 1
    assert str(rows[0][2]) == "Shi Xiaolin visits Deyang"


# --- reasoning -------------------------------------------------------------------------------


def test_owlrl_closure_of_ontology_alone_is_consistent(onto: Graph) -> None:
    assert _inconsistencies(_closure(onto)) == []


def test_owlrl_closure_with_example_graph_is_consistent(onto: Graph) -> None:
    closed = _closure(onto, _example())
    assert _inconsistencies(closed) == []
    official = URIRef(RES + "official/shi-xiaolin")
    # The alignments do reach the data: the official is a foaf:Person, never a kf:Person.
    assert (official, RDF.type, FOAF.Person) in closed
    assert (official, RDF.type, KF.Entity) in closed
    assert (official, RDF.type, KF.Person) not in closed
    assert (URIRef(RES + "assertion/a1"), RDF.type, RDF.Statement) in closed


def test_owlrl_detects_a_disjointness_clash(onto: Graph) -> None:
    # Guards the check above: a clash must surface as an error, not pass silently.
    broken = _example()
    broken.add((URIRef(RES + "official/shi-xiaolin"), RDF.type, KF.Province))
    assert any("Disjoint" in e for e in _inconsistencies(_closure(onto, broken)))


def test_org_post_pattern_entails_holds_position_in(onto: Graph) -> None:
    org = "http://www.w3.org/ns/org#"
    data = _example()
    person, post = URIRef(RES + "person/wu-xinfeng"), URIRef(RES + "post/chairman")
    body = URIRef(RES + "enterprise/injet")
    data.add((person, URIRef(org + "holds"), post))
    data.add((post, URIRef(org + "postIn"), body))
    data.add((person, RDF.type, KF.Person))
    data.add((person, RDFS.label, Literal("Wu Xinfeng")))
    closed = _closure(onto, data)
    assert (person, KF.holdsPositionIn, body) in closed
    assert _inconsistencies(closed) == []


# --- generated docs --------------------------------------------------------------------------


def test_docs_ontology_md_is_up_to_date(onto: Graph) -> None:
    committed = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert committed == ontodoc.render_markdown(onto), "run: python -m kg.graph.ontodoc"


def test_render_is_deterministic_and_complete(onto: Graph) -> None:
    reparsed = Graph().parse(data=onto.serialize(format="nt"), format="nt")
    text = ontodoc.render_markdown(onto)
    assert text == ontodoc.render_markdown(reparsed)
    for name in KF.__annotations__:
        assert f"### kf:{name}\n" in text, name
    assert "_:" not in text  # blank-node ids would change on every parse


def test_ontodoc_main_writes_file(tmp_path: Path) -> None:
    target = tmp_path / "ontology.md"
    assert ontodoc.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Kaifang KG ontology\n")
