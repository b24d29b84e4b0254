"""networkx views of the RDF graph (entities as nodes, ontology facts as typed edges)."""
from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from .ontology import KG, OPEN

SKIP = {"date", "quantity", "holdsPosition", "text", "sentence", "startOffset", "endOffset", "rule",
        "confidence", "attributedTo"}


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(g: Graph, open_relations: bool = False) -> nx.MultiDiGraph:
    """Project the graph: one node per typed entity, one edge per fact, with the first
    evidence sentence as the edge's ``title``.

    >>> from rdflib import Graph
    >>> to_networkx(Graph()).number_of_nodes()
    0
    """
    out = nx.MultiDiGraph()
    statements = set(g.subjects(RDF.type, RDF.Statement))
    for s, o in g.subject_objects(RDF.type):
        if s in statements or not str(o).startswith(KG) or _local(o) in ("SourceDocument",):
            continue
        label = g.value(s, SKOS.prefLabel) or g.value(s, RDFS.label) or _local(s)
        out.add_node(str(s), label=str(label), type=_local(o), title=f"{label} ({_local(o)})")
    evidence: dict[tuple, str] = {}
    for st in statements:
        key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        sent = g.value(st, URIRef(KG + "sentence"))
        if sent is not None and key not in evidence:
            evidence[key] = str(sent)
    for s, p, o in g:
        if s in statements or isinstance(o, Literal) or p == RDF.type:
            continue
        ps = str(p)
        if not (ps.startswith(KG) or (open_relations and ps.startswith(OPEN))) or _local(p) in SKIP:
            continue
        if str(s) not in out or str(o) not in out:
            continue
        out.add_edge(str(s), str(o), key=_local(p), label=_local(p), title=evidence.get((s, p, o), ""))
    return out


def summary(nxg: nx.MultiDiGraph, top: int = 10) -> dict:
    """Degree, PageRank and connected components of the projection."""
    simple = nx.DiGraph(nxg)
    pr = nx.pagerank(simple) if simple.number_of_edges() else {n: 0.0 for n in simple}
    deg = sorted(nxg.degree(), key=lambda x: (-x[1], nxg.nodes[x[0]].get("label", "")))
    comps = list(nx.weakly_connected_components(nxg)) if nxg.number_of_nodes() else []
    return {
        "nodes": nxg.number_of_nodes(), "edges": nxg.number_of_edges(),
        "components": len(comps),
        "most_connected": [(nxg.nodes[n].get("label", n), d, round(pr.get(n, 0.0), 4)) for n, d in deg[:top]],
    }
