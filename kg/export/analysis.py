"""Network views of the knowledge graph for exports and the exploration notebook.

Everything returns plain data (networkx graphs, lists and dicts of str/float), so callers can
print it, test it or feed it to any plotting library.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.errors import E, KgError
from kg.vocab import ENTITY_CLASSES, KF, RELATIONS

RELATION_IRIS: dict[URIRef, str] = {KF[name]: name for name in RELATIONS}
CLASS_IRIS: dict[URIRef, str] = {KF[name]: name for name in ENTITY_CLASSES}


def load_graph(path: Path) -> Graph:
    """Parse a Turtle file with rdflib (``E008`` if it is missing or malformed)."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise KgError(E.E008, path, "file not found") from None
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(E.E008, path, " ".join(str(err).split())[:300]) from None
    return graph


def entity_graph(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes (``label``, ``class``), the ten relations as keyed edges.

    Edge attributes come from the relation's ``kf:Assertion`` records: ``confidence`` (the
    best), ``documents`` (space-separated document IRIs) and ``assertions`` (how many).
    """
    out = nx.MultiDiGraph()
    for subject, cls in graph.subject_objects(RDF.type):
        if cls in CLASS_IRIS and isinstance(subject, URIRef):
            label = graph.value(subject, RDFS.label)
            out.add_node(str(subject), label=str(label or subject), **{"class": CLASS_IRIS[cls]})

    evidence: dict[tuple[str, str, str], list[tuple[float, str]]] = defaultdict(list)
    for assertion in graph.subjects(RDF.type, KF.Assertion):
        s, p, o = (graph.value(assertion, t) for t in (RDF.subject, RDF.predicate, RDF.object))
        conf = graph.value(assertion, KF.confidence)
        doc = graph.value(assertion, PROV.wasDerivedFrom)
        confidence = float(conf.toPython()) if isinstance(conf, Literal) else 0.0
        evidence[(str(s), str(p), str(o))].append((confidence, str(doc or "")))

    for predicate, name in RELATION_IRIS.items():
        for s, o in graph.subject_objects(predicate):
            if str(s) not in out or str(o) not in out:
                continue
            found = evidence.get((str(s), str(predicate), str(o)), [])
            docs = sorted({d for _, d in found if d})
            out.add_edge(
                str(s),
                str(o),
                key=name,
                property=name,
                confidence=max((c for c, _ in found), default=0.0),
                documents=" ".join(docs),
                assertions=len(found),
            )
    return out


def centrality(
    net: nx.MultiDiGraph, classes: tuple[str, ...] = ("Official", "Province"), top: int = 10
) -> list[dict[str, Any]]:
    """Degree and betweenness (on the undirected simple graph) of nodes of ``classes``."""
    simple = nx.Graph(net.to_undirected())
    betweenness = nx.betweenness_centrality(simple)
    rows = [
        {
            "label": data["label"],
            "class": data["class"],
            "degree": simple.degree(node),
            "betweenness": round(betweenness[node], 4),
        }
        for node, data in net.nodes(data=True)
        if data["class"] in classes
    ]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))
    return rows[:top]


def province_initiatives(net: nx.MultiDiGraph) -> dict[str, Any]:
    """The bipartite Province--Initiative view (``kf:implements``) and its province projection.

    Returns ``{"implements": {province: [initiatives]}, "shared": [(p1, p2, [initiatives])]}``.
    """
    bipartite = nx.Graph()
    for s, o, key in net.edges(keys=True):
        sd, od = net.nodes[s], net.nodes[o]
        if key == "implements" and sd["class"] == "Province" and od["class"] == "Initiative":
            bipartite.add_node(sd["label"], side="province")
            bipartite.add_node(od["label"], side="initiative")
            bipartite.add_edge(sd["label"], od["label"])
    provinces = sorted(n for n, d in bipartite.nodes(data=True) if d["side"] == "province")
    implements = {p: sorted(bipartite.neighbors(p)) for p in provinces}
    shared = [
        (a, b, sorted(set(implements[a]) & set(implements[b])))
        for i, a in enumerate(provinces)
        for b in provinces[i + 1 :]
        if set(implements[a]) & set(implements[b])
    ]
    return {"implements": implements, "shared": shared}


def components(net: nx.MultiDiGraph, sample: int = 5) -> list[dict[str, Any]]:
    """Weakly connected components, largest first: size, classes and a few labels."""
    out = []
    for nodes in sorted(nx.weakly_connected_components(net), key=len, reverse=True):
        labels = sorted(net.nodes[n]["label"] for n in nodes)
        classes: dict[str, int] = defaultdict(int)
        for n in nodes:
            classes[net.nodes[n]["class"]] += 1
        out.append({"size": len(nodes), "classes": dict(classes), "labels": labels[:sample]})
    return out


def iframe_html(page: Path, height: int = 600) -> str:
    """An ``<iframe srcdoc>`` embedding a self-contained HTML page (e.g. ``graph.html``)."""
    content = page.read_text(encoding="utf-8")
    return (
        f'<iframe srcdoc="{html.escape(content, quote=True)}" '
        f'style="width:100%;height:{height}px;border:1px solid #ccc"></iframe>'
    )


def degrees_by_class(net: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per entity: label, class and degree (relation edges in and out), for plots of
    how connected each class is."""
    return sorted(
        ({"label": d["label"], "class": d["class"], "degree": net.degree(n)}
         for n, d in net.nodes(data=True)),
        key=lambda r: (r["class"], -r["degree"], r["label"]),
    )


def relations_by_province(net: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """How many relation edges of each kind touch each province (either end): rows of
    ``{"province", "relation", "count"}``, provinces with the most edges first."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for s, o, key in net.edges(keys=True):
        for node in {s, o}:
            if net.nodes[node]["class"] == "Province":
                counts[(net.nodes[node]["label"], key)] += 1
    totals: dict[str, int] = defaultdict(int)
    for (province, _), n in counts.items():
        totals[province] += n
    return [
        {"province": p, "relation": r, "count": n}
        for (p, r), n in sorted(counts.items(), key=lambda x: (-totals[x[0][0]], x[0]))
    ]
