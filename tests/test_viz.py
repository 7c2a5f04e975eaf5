"""The interactive graph page without a browser: data, filters, offline-ness, safety, bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from kg.errors import KgError
from kg.graph.iris import IriMinter, slugify
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS, WIKIDATA
from kg.web.netgraph import graph_to_networkx, synthetic_graph
from kg.web.viz import VizOptions, render_html

MINT = IriMinter()
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "Officials said </script><script>window.__pwned=1</script> & more <b>bold</b>."


# ------------------------------------------------------------ graph builders (docs/rdf-model.md)


def add_doc(g: rdflib.Graph, doc_id: str, title: str, date: str, source: str | None) -> URIRef:
    doc = MINT.document(doc_id)
    g.add((doc, RDF.type, KF.Document))
    g.add((doc, DCTERMS.title, Literal(title)))
    g.add((doc, DCTERMS.date, Literal(date, datatype=XSD.date)))
    if source:
        g.add((doc, DCTERMS.source, URIRef(source)))
    g.add((doc, KF.sha256, Literal(doc_id * 4)))
    g.add((doc, KF.fileName, Literal(f"{doc_id}.txt")))
    return doc


def add_entity(
    g: rdflib.Graph,
    cls: str,
    label: str,
    docs: tuple[URIRef, ...] = (),
    aliases: tuple[str, ...] = (),
    titles: tuple[str, ...] = (),
    qid: str | None = None,
) -> URIRef:
    iri = MINT.entity(cls, slugify(label))
    g.add((iri, RDF.type, KF[cls]))
    g.add((iri, RDFS.label, Literal(label)))
    for alias in aliases:
        g.add((iri, SKOS.altLabel, Literal(alias)))
    for title in titles:
        g.add((iri, KF.title, Literal(title)))
    for doc in docs:
        g.add((iri, KF.mentionedIn, doc))
    if qid:
        g.add((iri, OWL.sameAs, WIKIDATA[qid]))
    return iri


def add_relation(
    g: rdflib.Graph, subj: URIRef, pred: str, obj: URIRef, sentence: str | None, doc: URIRef | None
) -> None:
    g.add((subj, KF[pred], obj))
    source = doc if doc is not None else MINT.source("gazetteer")
    assertion = MINT.assertion(str(subj), pred, str(obj), str(source), 0)
    g.add((assertion, RDF.type, KF.Assertion))
    g.add((assertion, RDF.subject, subj))
    g.add((assertion, RDF.predicate, KF[pred]))
    g.add((assertion, RDF.object, obj))
    g.add((assertion, PROV.wasDerivedFrom, source))
    if sentence is not None:
        g.add((assertion, KF.sentence, Literal(sentence)))
        g.add((assertion, KF.charStart, Literal(0)))
        g.add((assertion, KF.charEnd, Literal(len(sentence))))
    g.add((assertion, KF.extractor, Literal("visit" if doc is not None else "gazetteer")))
    g.add((assertion, KF.confidence, Literal(0.85 if doc is not None else 1.0)))


VISIT_SENTENCE = (
    "Shi Xiaolin, Deputy Secretary of the CPC Sichuan Provincial Committee and "
    "Governor of Sichuan, visits Sichuan Injet Electric Co., Ltd. in Deyang City."
)


def sample_graph() -> rdflib.Graph:
    """A small, realistic graph: 12 entities (one isolated), 10 relations, 3 documents."""
    g = rdflib.Graph()
    d1 = add_doc(
        g,
        "534cf0e1e1f21b08",
        "Shi Xiaolin visits enterprises in Deyang",
        "2025-04-16",
        "https://www.sc.gov.cn/news/2025-04-16.html",
    )
    d2 = add_doc(
        g,
        "1a2b3c4d5e6f7081",
        "Sichuan expands China-Europe Railway Express",
        "2025-05-02",
        "https://www.example.cn/railway",
    )
    d3 = add_doc(
        g, "99aa88bb77cc66dd", "Chengdu trade fair draws foreign investors", "2025-06-10", None
    )
    shi = add_entity(
        g,
        "Official",
        "Shi Xiaolin",
        (d1, d2),
        aliases=("Governor Shi Xiaolin",),
        titles=("Governor of the People's Government of Sichuan Province",),
    )
    sichuan = add_entity(
        g, "Province", "Sichuan", (d1, d2, d3), aliases=("Sichuan Province",), qid="Q19770"
    )
    china = add_entity(g, "Country", "China", (d2,), qid="Q148")
    germany = add_entity(g, "Country", "Germany", (d2,), qid="Q183")
    deyang = add_entity(g, "City", "Deyang", (d1,), qid="Q1025430")
    chengdu = add_entity(g, "City", "Chengdu", (d2, d3), qid="Q30002")
    injet = add_entity(g, "Enterprise", "Sichuan Injet Electric Co., Ltd.", (d1,))
    gov = add_entity(g, "GovernmentBody", "People's Government of Sichuan Province", (d1,))
    railway = add_entity(
        g, "Initiative", "China-Europe Railway Express", (d2,), aliases=("CR Express",)
    )
    fair = add_entity(g, "Event", "Western China International Fair", (d3,))
    zone = add_entity(g, "Zone", "Sichuan Pilot Free Trade Zone", (d3,))
    add_entity(g, "Person", "Li Ming", (d3,))  # mentioned, but in no relation
    add_relation(g, shi, "visited", injet, VISIT_SENTENCE, d1)
    add_relation(g, shi, "holdsPositionIn", gov, VISIT_SENTENCE, d1)
    add_relation(g, shi, "servesIn", sichuan, VISIT_SENTENCE, d1)
    add_relation(g, injet, "locatedIn", deyang, VISIT_SENTENCE, d1)
    add_relation(g, deyang, "locatedIn", sichuan, None, None)
    add_relation(g, chengdu, "locatedIn", sichuan, None, None)
    add_relation(g, sichuan, "locatedIn", china, None, None)
    add_relation(
        g,
        sichuan,
        "implements",
        railway,
        "Sichuan has run more than 5,000 China-Europe Railway Express trains.",
        d2,
    )
    add_relation(
        g,
        china,
        "tradesWith",
        germany,
        "China and Germany trade via the China-Europe Railway Express.",
        d2,
    )
    add_relation(
        g,
        germany,
        "participatesIn",
        fair,
        "A German delegation took part in the Western China International Fair.",
        d3,
    )
    add_relation(g, chengdu, "supports", zone, "Chengdu supports the pilot free trade zone.", d3)
    return g


def xss_graph() -> rdflib.Graph:
    """Hostile text everywhere a corpus string can appear."""
    g = rdflib.Graph()
    doc = add_doc(
        g,
        "0badc0de0badc0de",
        "</script><script>window.__pwned=1</script>",
        "2025-01-01",
        "javascript:window.__pwned=1",
    )
    evil = add_entity(
        g,
        "Official",
        XSS_LABEL,
        (doc,),
        aliases=('"><svg onload=alert(2)>',),
        titles=("</title><script>alert(3)</script>",),
    )
    city = add_entity(g, "City", "Safe City & <Sons>", (doc,))
    add_relation(g, evil, "visited", city, XSS_SENTENCE, doc)
    return g


def count_entities(g: rdflib.Graph) -> int:
    return len({s for c in ENTITY_CLASSES for s in g.subjects(RDF.type, KF[c])})


def count_relations(g: rdflib.Graph) -> int:
    return sum(1 for r in RELATIONS for _ in g.subject_objects(KF[r]))


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


# ------------------------------------------------------------------ graph_to_networkx


def test_graph_to_networkx_counts_and_attributes() -> None:
    g = sample_graph()
    nxg = graph_to_networkx(g)
    assert nxg.number_of_nodes() == count_entities(g) == 12
    assert nxg.number_of_edges() == count_relations(g) == 11
    shi = str(MINT.entity("Official", "shi-xiaolin"))
    attrs = nxg.nodes[shi]
    assert attrs["label"] == "Shi Xiaolin" and attrs["cls"] == "Official"
    assert attrs["aliases"] == ["Governor Shi Xiaolin"]
    assert attrs["titles"] == ["Governor of the People's Government of Sichuan Province"]
    assert [d["date"] for d in attrs["docs"]] == ["2025-04-16", "2025-05-02"]
    assert nxg.nodes[str(MINT.entity("Province", "sichuan"))]["wikidata"] == str(WIKIDATA.Q19770)
    injet = str(MINT.entity("Enterprise", "sichuan-injet-electric-co-ltd"))
    edge = nxg.edges[shi, injet, "visited"]
    assert edge["pred"] == "visited"
    assert edge["evidence"] == [
        {
            "sentence": VISIT_SENTENCE,
            "title": "Shi Xiaolin visits enterprises in Deyang",
            "date": "2025-04-16",
            "source": "https://www.sc.gov.cn/news/2025-04-16.html",
            "extractor": "visit",
        }
    ]
    deyang, sichuan = (str(MINT.entity("City", "deyang")), str(MINT.entity("Province", "sichuan")))
    gazetteer = nxg.edges[deyang, sichuan, "locatedIn"]["evidence"]
    assert gazetteer == [
        {"sentence": None, "title": None, "date": None, "source": None, "extractor": "gazetteer"}
    ]


# ------------------------------------------------------------------ options


def render(tmp_path: Path, g: rdflib.Graph, **kwargs: object) -> tuple[dict, str]:
    out = tmp_path / "graph.html"
    report = render_html(g, out, VizOptions(**kwargs))  # type: ignore[arg-type]
    html = out.read_text(encoding="utf-8")
    data = page_data(html)
    assert report.path == out
    assert (report.nodes, report.edges) == (len(data["nodes"]), len(data["edges"]))
    assert report.omitted_nodes == data["meta"]["omitted"]
    return data, html


def labels(data: dict) -> set[str]:
    return {n["label"] for n in data["nodes"]}


def test_full_render_has_everything(tmp_path: Path) -> None:
    data, _ = render(tmp_path, sample_graph())
    assert len(data["nodes"]) == 12 and len(data["edges"]) == 11
    assert data["meta"]["omitted"] == 0 and data["meta"]["physics"] is True
    # Live physics starts from the build-time layout, so even small pages are reproducible.
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert data["meta"]["hideIsolated"] is False  # 12 entities: the isolated one stays


def test_past_the_browser_limit_the_hubs_stay_and_the_page_says_how_to_focus(
    tmp_path: Path,
) -> None:
    g = synthetic_graph(5200, seed=3)
    data, html = render(tmp_path, g)
    assert len(data["nodes"]) == 5000 and data["meta"]["omitted"] == 200
    assert data["meta"]["hideIsolated"] is True
    kept = min(n["degree"] for n in data["nodes"])
    nx_graph = graph_to_networkx(g)
    left_out = [d for n, d in nx_graph.degree() if n not in {m["id"] for m in data["nodes"]}]
    assert max(left_out) <= kept  # the best-connected are the ones shown
    note = " ".join(data["meta"]["notes"])
    assert "200 more left out" in note and "--focus" in note


def test_focus_by_alias_and_depth(tmp_path: Path) -> None:
    data, _ = render(tmp_path, sample_graph(), focus="governor shi xiaolin", depth=1)
    assert labels(data) == {
        "Shi Xiaolin",
        "Sichuan Injet Electric Co., Ltd.",
        "Sichuan",
        "People's Government of Sichuan Province",
    }
    data, _ = render(tmp_path, sample_graph(), focus="Shi Xiaolin", depth=2)
    assert {"Deyang", "China", "Chengdu", "China-Europe Railway Express"} <= labels(data)
    assert "Germany" not in labels(data)
    assert data["meta"]["omitted"] == 12 - len(data["nodes"])


def test_unknown_focus_suggests_names(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="Shi Xiaolin"):
        render_html(sample_graph(), tmp_path / "x.html", VizOptions(focus="Shi Xiaolim"))


def test_classes_and_min_degree(tmp_path: Path) -> None:
    data, _ = render(tmp_path, sample_graph(), classes=("City", "Province"))
    assert labels(data) == {"Sichuan", "Deyang", "Chengdu"}
    assert {e["pred"] for e in data["edges"]} == {"locatedIn"}
    data, _ = render(tmp_path, sample_graph(), min_degree=3)
    assert labels(data) == {"Shi Xiaolin", "Sichuan"}
    with pytest.raises(KgError, match="unknown class"):
        render_html(sample_graph(), tmp_path / "x.html", VizOptions(classes=("Planet",)))


def test_max_nodes_keeps_hubs_and_says_how_many_were_cut(tmp_path: Path) -> None:
    data, html = render(tmp_path, sample_graph(), max_nodes=4)
    assert labels(data) == {"Sichuan", "Shi Xiaolin", "China", "Chengdu"}
    assert data["meta"]["omitted"] == 8
    assert any("8 more left out by --max-nodes 4" in note for note in data["meta"]["notes"])
    assert 'id="notice"' in html


def test_large_graph_is_laid_out_in_python(tmp_path: Path) -> None:
    g = synthetic_graph(400, seed=1)
    data, _ = render(tmp_path, g, size_by="pagerank")
    assert data["meta"]["physics"] is False
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 390  # no pile-ups
    assert len(data["nodes"]) == count_entities(g)


# ------------------------------------------------------------------ offline, deterministic, safe


def test_page_is_self_contained(tmp_path: Path) -> None:
    _, html = render(tmp_path, sample_graph())
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I)
    assert not re.search(r"<link[^>]*\bhref=[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"@import", html, re.I)
    assert not re.search(r"url\(\s*[\"']?(https?:)?//", html, re.I)
    assert "bootstrap" not in html.lower()
    assert "new vis.Network" in html and "vis-network" in html  # vis inlined, not linked


def test_render_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render_html(sample_graph(), a)
    render_html(sample_graph(), b)
    assert a.read_bytes() == b.read_bytes()
    big = synthetic_graph(350, seed=3)
    render_html(big, a)
    render_html(synthetic_graph(350, seed=3), b)
    assert a.read_bytes() == b.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temp files


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    data, html = render(tmp_path, xss_graph())
    script = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert script
    raw = script.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert html.count("</script>") == 3  # data block + vis + ours: nothing broke out
    assert "<img src=x" not in html and "window.__pwned=1</script>" not in html
    assert XSS_LABEL in labels(data)  # still the literal text once parsed
    assert data["edges"][0]["evidence"][0]["sentence"] == XSS_SENTENCE
    ours = html.split("<script>")[-1]  # our script builds its DOM with textContent
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", ours)


def test_cli(tmp_path: Path) -> None:
    from kg.cli import cli
    from kg.cli import viz as _viz  # noqa: F401  (registers the command)

    ttl = tmp_path / "g.ttl"
    sample_graph().serialize(ttl, format="turtle")
    out = tmp_path / "out" / "graph.html"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["viz", str(ttl), "--out", str(out), "--classes", "Official,Province", "--max-nodes", "1"],
    )
    assert result.exit_code == 0, result.output
    assert out.exists() and "1 nodes" in result.output and "11 left out" in result.output
    help_text = runner.invoke(cli, ["viz", "--help"]).output
    assert "--focus" in help_text and "--size-by" in help_text
    bad = runner.invoke(cli, ["viz", str(tmp_path / "missing.ttl"), "--out", str(out)])
    assert bad.exit_code != 0
