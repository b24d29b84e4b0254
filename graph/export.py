"""Export a built graph: RDF syntaxes (rdflib), GraphML/GEXF (networkx), CSV of facts."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
from rdflib import RDF, SKOS, Dataset, Graph, Literal, URIRef

from .analyze import to_networkx
from .errors import InputError
from .ontology import KG
from .outputs import write_all

FORMATS = ("turtle", "nt", "jsonld", "trig", "graphml", "gexf", "csv")
_RDFLIB = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def read_graph(path: Path) -> Graph:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:  # noqa: BLE001 - any parser error becomes one line
        raise InputError(f"{path}: cannot read as Turtle: {str(e).splitlines()[0][:200]}") from None


def load_graph(graph_file: Path | None = None, out_dir: Path = Path("output")) -> Graph:
    """The graph to analyse, draw or export: ``graph_file`` (Turtle) when given, else the
    embedded store under ``out_dir``, else ``out_dir/graph.ttl``."""
    if graph_file is not None:
        return read_graph(graph_file)
    from .store import store_graph

    g = store_graph(out_dir)
    return g if g is not None else read_graph(Path(out_dir) / "graph.ttl")


def _flat(nxg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML/GEXF need plain string attributes."""
    out = nx.MultiDiGraph()
    for n, d in nxg.nodes(data=True):
        out.add_node(n, **{k: str(v) for k, v in d.items()})
    for u, v, k, d in nxg.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **{a: str(b) for a, b in d.items()})
    return out


def facts_csv(g: Graph) -> str:
    """One row per fact: subject, property, object (labels and IRIs), sentence, document."""
    labels = {s: str(o) for s, o in g.subject_objects(SKOS.prefLabel)}
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["subject", "property", "object", "subject_iri", "object_iri", "sentence", "document",
                "start", "end", "rule", "confidence"])
    statements = sorted(set(g.subjects(RDF.type, RDF.Statement)), key=str)
    for st in statements:
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        obj = str(o) if isinstance(o, Literal) else labels.get(o, str(o))
        w.writerow([labels.get(s, str(s)), str(p).rsplit("#", 1)[-1], obj, str(s),
                    "" if isinstance(o, Literal) else str(o),
                    str(g.value(st, URIRef(KG + "sentence")) or ""), str(g.value(st, URIRef(
                        "http://www.w3.org/ns/prov#wasDerivedFrom")) or ""),
                    str(g.value(st, URIRef(KG + "startOffset")) or ""), str(g.value(st, URIRef(KG + "endOffset")) or ""),
                    str(g.value(st, URIRef(KG + "rule")) or ""), str(g.value(st, URIRef(KG + "confidence")) or "")])
    return buf.getvalue()


def export(g: Graph, fmt: str) -> str | bytes:
    """The graph in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt in _RDFLIB:
        if fmt == "trig":
            ds = Dataset()
            for prefix, ns in g.namespaces():
                ds.bind(prefix, ns)
            for t in g:
                ds.add(t)
            return ds.serialize(format="trig")
        return g.serialize(format=_RDFLIB[fmt])
    if fmt in ("graphml", "gexf"):
        nxg = _flat(to_networkx(g))
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(nxg, buf)
        return buf.getvalue()
    if fmt == "csv":
        return facts_csv(g)
    raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export_file(graph_path: Path | None, fmt: str, out: Path | None,
                out_dir: Path = Path("output")) -> str | bytes | None:
    """Export to ``out`` (atomically) or return the data when ``out`` is None. The graph is
    ``graph_path`` (Turtle) or, when that is None, the build under ``out_dir`` (see :func:`load_graph`)."""
    data = export(load_graph(graph_path, out_dir), fmt)
    if out is None:
        return data
    write_all({Path(out): data})
    return None
