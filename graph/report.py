"""The Markdown build report: counts per class and property, hubs, warnings."""
from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph

from .analyze import _local, summary, to_networkx
from .ontology import KG


def _esc(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def render_report(g: Graph, documents: list[str], warnings: list[str], stats: dict, nx_graph=None) -> str:
    """The report's Markdown. ``nx_graph``: ``to_networkx(g)`` when the caller has it already."""
    statements = set(g.subjects(RDF.type, RDF.Statement))
    classes = Counter(_local(o) for s, o in g.subject_objects(RDF.type)
                      if str(o).startswith(KG) and s not in statements and _local(o) != "SourceDocument")
    props = Counter(_local(p) for s, p, o in g if str(p).startswith(KG) and s not in statements
                    and p != RDF.type and _local(p) not in ("sentence", "startOffset", "endOffset", "rule",
                                                            "confidence"))
    nxs = summary(nx_graph if nx_graph is not None else to_networkx(g))
    lines = ["# Knowledge graph build report", "",
             f"- documents: {len(documents)}", f"- words: {stats.get('words', 0)}",
             f"- sentences: {stats.get('sentences', 0)}", f"- entities: {sum(classes.values())}",
             f"- facts (ontology properties): {sum(v for k, v in props.items() if k not in ('text',))}",
             f"- negated predicates skipped: {stats.get('negated', 0)}",
             f"- triples: {len(g)}", f"- build time: {stats.get('seconds', 0):.1f} s", "",
             "## Entities per class", "", "| class | count |", "|---|---|"]
    lines += [f"| {_esc(k)} | {v} |" for k, v in sorted(classes.items())]
    lines += ["", "## Facts per property", "", "| property | count |", "|---|---|"]
    lines += [f"| {_esc(k)} | {v} |" for k, v in sorted(props.items())]
    lines += ["", "## Most connected entities", "", "| entity | degree | PageRank |", "|---|---|---|"]
    lines += [f"| {_esc(label)} | {d} | {pr} |" for label, d, pr in nxs["most_connected"]]
    lines += ["", f"Connected components: {nxs['components']}", "", "## Documents", ""]
    lines += [f"- {_esc(d)}" for d in documents]
    lines += ["", "## Warnings", ""]
    lines += [f"- {_esc(w)}" for w in warnings] or ["- none"]
    return "\n".join(lines) + "\n"
