"""networkx views of the RDF graph (entities as nodes, ontology facts as typed edges)."""
from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from .ontology import KG, OPEN

SKIP = {"date", "quantity", "holdsPosition", "text", "sentence", "startOffset", "endOffset", "rule",
        "confidence", "attributedTo", "degree", "pageRank", "betweenness", "community"}


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
    sources: dict[tuple, str] = {}
    for st in statements:
        key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        sent = g.value(st, URIRef(KG + "sentence"))
        if sent is not None and key not in evidence:
            evidence[key] = str(sent)
            src = g.value(st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
            sources[key] = str(g.value(src, RDFS.label) or src or "")
    for s, p, o in g:
        if s in statements or isinstance(o, Literal) or p == RDF.type:
            continue
        ps = str(p)
        if not (ps.startswith(KG) or (open_relations and ps.startswith(OPEN))) or _local(p) in SKIP:
            continue
        if str(s) not in out or str(o) not in out:
            continue
        out.add_edge(str(s), str(o), key=_local(p), label=_local(p), title=evidence.get((s, p, o), ""),
                     source=sources.get((s, p, o), ""))
    return out


def measures(nxg: nx.MultiDiGraph, seed: int = 0) -> dict[str, dict]:
    """Per node: degree, PageRank, betweenness, Louvain community, component number."""
    simple = nx.Graph(nxg)
    if nxg.number_of_nodes() == 0:
        return {}
    pr = nx.pagerank(nx.DiGraph(nxg)) if nxg.number_of_edges() else {n: 0.0 for n in nxg}
    bc = nx.betweenness_centrality(simple, k=min(500, len(simple)) if len(simple) > 2000 else None, seed=seed)
    comms = nx.community.louvain_communities(simple, seed=seed) if simple.number_of_edges() else [{n} for n in simple]
    comms = sorted(comms, key=lambda c: (-len(c), min(c)))
    comp = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    out = {n: {"degree": nxg.degree(n), "pagerank": pr.get(n, 0.0), "betweenness": bc.get(n, 0.0)} for n in nxg}
    for i, c in enumerate(comms):
        for n in c:
            out[n]["community"] = i
    for i, c in enumerate(comp):
        for n in c:
            out[n]["component"] = i
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


def find_node(nxg: nx.MultiDiGraph, name: str) -> str:
    """The node whose label (or alt label) matches ``name``: exact (folded) first, then a
    unique substring. Raises ValueError with close matches."""
    from .ontology import fold

    want = fold(name)
    exact = [n for n, d in nxg.nodes(data=True) if fold(d.get("label", "")) == want]
    if len(exact) == 1:
        return exact[0]
    part = exact or [n for n, d in nxg.nodes(data=True) if want and want in fold(d.get("label", ""))]
    if len(part) == 1:
        return part[0]
    if not part:
        import difflib

        labels = sorted({d.get("label", "") for _, d in nxg.nodes(data=True)})
        close = difflib.get_close_matches(name, labels, n=5, cutoff=0.5)
        raise ValueError(f"no entity named {name!r}" + (f"; did you mean: {', '.join(close)}" if close else ""))
    names = sorted(nxg.nodes[n].get("label", n) for n in part)[:8]
    raise ValueError(f"{name!r} matches several entities: {', '.join(names)}")


def _edge_order(item) -> tuple:
    """Of parallel facts, show the same one whatever order the graph was read in."""
    key, d = item
    return (str(d.get("label", key)), str(d.get("title", "")))


def shortest_path(nxg: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """The shortest chain of facts between two entities (edges in either direction), each
    hop with its property, direction and evidence sentence. Raises ValueError."""
    src, dst = find_node(nxg, a), find_node(nxg, b)
    try:
        nodes = nx.shortest_path(nxg.to_undirected(as_view=True), src, dst)
    except nx.NetworkXNoPath:
        raise ValueError(f"no chain of facts connects {a!r} and {b!r}") from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        if nxg.has_edge(u, v):
            key, d = min(nxg.get_edge_data(u, v).items(), key=_edge_order)
            s, o = u, v
        else:
            key, d = min(nxg.get_edge_data(v, u).items(), key=_edge_order)
            s, o = v, u
        hops.append({"subject": nxg.nodes[s]["label"], "property": d.get("label", key),
                     "object": nxg.nodes[o]["label"], "sentence": d.get("title", ""), "document": d.get("source", "")})
    return hops


def analysis_markdown(nxg: nx.MultiDiGraph, top: int = 15) -> str:
    """The analysis section of report.md."""
    m = measures(nxg)
    lines = ["## Network analysis", "",
             f"Nodes {nxg.number_of_nodes()}, edges {nxg.number_of_edges()}, "
             f"components {len({v['component'] for v in m.values()}) if m else 0}, "
             f"Louvain communities {len({v['community'] for v in m.values()}) if m else 0}.", "",
             "| entity | class | degree | PageRank | betweenness | community |", "|---|---|---|---|---|---|"]
    rank = sorted(m, key=lambda n: (-m[n]["pagerank"], nxg.nodes[n].get("label", "")))[:top]
    for n in rank:
        d = nxg.nodes[n]
        label = str(d.get("label", n)).replace("|", "\\|").replace("<", "&lt;")
        lines.append(f"| {label} | {d.get('type', '')} | {m[n]['degree']} | {m[n]['pagerank']:.4f} | "
                     f"{m[n]['betweenness']:.4f} | {m[n]['community']} |")
    return "\n".join(lines) + "\n"


def annotate(g: Graph, nxg: nx.MultiDiGraph) -> int:
    """Write the measures back into ``g`` as kg:degree/pageRank/betweenness/community."""
    from rdflib import XSD

    m = measures(nxg)
    for n, v in m.items():
        node = URIRef(n)
        for p in ("degree", "pageRank", "betweenness", "community"):
            g.remove((node, URIRef(KG + p), None))
        g.add((node, URIRef(KG + "degree"), Literal(v["degree"], datatype=XSD.integer)))
        g.add((node, URIRef(KG + "pageRank"), Literal(f"{v['pagerank']:.6f}", datatype=XSD.decimal)))
        g.add((node, URIRef(KG + "betweenness"), Literal(f"{v['betweenness']:.6f}", datatype=XSD.decimal)))
        g.add((node, URIRef(KG + "community"), Literal(v["community"], datatype=XSD.integer)))
    return len(m)
