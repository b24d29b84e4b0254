"""The embedded persistent store: Oxigraph on disk under the output folder.

One named graph per source document holds that document's facts and their provenance;
one more holds the entity descriptions (types, labels, links). After each build only the
named graphs whose content changed are replaced, so a document's facts are replaced (or
removed with the document) exactly. A manifest of content hashes, written after the store,
tells the next build what the store holds; a build killed half-way is repaired by the next.

The default graph holds the merge of all named graphs: each triple once, however many
documents assert it. Queries run on it, so a fact stated in two documents is one row, as
in ``graph.ttl`` (Oxigraph's ``use_default_graph_as_union`` would repeat it per graph), and
they need not scan every named graph. ``GRAPH ?g { ... }`` still asks which document said what.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .outputs import write_all
from .rdf import DOC, add_document, add_entities, add_facts, new_graph
from .rdf import from_oxigraph
from .rdf import to_oxigraph as _term

ENTITIES_GRAPH = "https://w3id.org/histkg/graph/entities"
STORE_DIR = "store"
MANIFEST = "store-manifest.json"
OPTIMIZE_AFTER = 100_000  # triples written or dropped by one build
LAYOUT_KEY, LAYOUT = "#layout", "named graph per document + merged default graph, v2"


def _graph_for(iri: str, result, by_doc) -> set:
    """The triples of one named graph. The RDF writers only ``add`` triples, so a plain set
    collects them (an rdflib graph would cost an event per triple for nothing)."""
    g: set = set()
    if iri == ENTITIES_GRAPH:
        add_entities(g, result.entities.values())
    else:
        doc_id = iri[len(str(DOC)):]
        add_document(g, doc_id, result.doc_ids[doc_id])
        add_facts(g, by_doc.get(doc_id, []), result.entities)
    return g


def digests(result, by_doc) -> dict[str, str]:
    """A content hash per named graph, computed from the records that make it (cheap: no
    RDF is built for graphs that did not change)."""
    def h(obj) -> str:
        return hashlib.sha1(repr(obj).encode("utf-8")).hexdigest()

    out = {ENTITIES_GRAPH: h(sorted((k, e.pref_label, sorted(e.alt_labels), e.types, e.same_as, e.iri, e.quantity,
                                     e.text, sorted(e.documents)) for k, e in result.entities.items()))}
    for doc_id, path in result.doc_ids.items():
        facts = sorted((f.subject, f.prop, f.obj, f.literal, f.datatype, f.quantity, f.open_relation,
                        tuple(sorted(vars(f.evidence).items())) if hasattr(f.evidence, "__dict__") else f.evidence)
                       for f in by_doc.get(doc_id, []))
        iris = sorted({result.entities[k].iri or k for f in by_doc.get(doc_id, [])
                       for k in (f.subject, None if f.literal else f.obj) if k in result.entities})
        out[str(DOC[doc_id])] = h((path, facts, iris))
    return out


def sync_store(out_dir: Path, result) -> dict:
    """Bring ``out_dir/store`` in line with ``result``; returns counts of what changed."""
    out_dir = Path(out_dir)
    manifest_path = out_dir / MANIFEST
    try:
        old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    except ValueError:
        old = {}
    by_doc: dict[str, list] = defaultdict(list)
    for f in result.facts:
        by_doc[f.evidence.doc_id].append(f)
    new = digests(result, by_doc)
    store = ox.Store(str(out_dir / STORE_DIR))
    try:
        if old.get(LAYOUT_KEY) != LAYOUT:  # a store written by an older version: start afresh
            store.clear()
            old = {}
        present = {str(g.value) for g in store.named_graphs()}
        changed = [iri for iri in new if new[iri] != old.get(iri) or iri not in present]
        removed = [iri for iri in present if iri not in new]
        dropped: set[tuple] = set()
        written = 0
        for iri in removed:
            gn = ox.NamedNode(iri)
            dropped.update((q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, gn))
            store.remove_graph(gn)
        for iri in changed:
            # write only the difference: the entities graph changes with every document, but little
            gn = ox.NamedNode(iri)
            now = {(_term(s), _term(p), _term(o)) for s, p, o in _graph_for(iri, result, by_doc)}
            before = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, gn)}
            for s, p, o in before - now:
                store.remove(ox.Quad(s, p, o, gn))
            dropped |= before - now
            added = now - before
            store.extend([ox.Quad(s, p, o, gn) for s, p, o in added])
            store.extend([ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in added])
            written += len(added)
        for s, p, o in dropped:  # out of the merge only when no named graph still holds it
            if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in store.quads_for_pattern(s, p, o, None)):
                store.remove(ox.Quad(s, p, o, ox.DefaultGraph()))
        store.flush()
        if written + len(dropped) > OPTIMIZE_AFTER:
            store.optimize()  # compact after big changes: queries at 1M triples ran ~1.5x faster
    finally:
        del store
    new[LAYOUT_KEY] = LAYOUT
    write_all({manifest_path: json.dumps(new, indent=0, sort_keys=True)})
    return {"graphs": len(new) - 1, "replaced": len(changed), "removed": len(removed)}


def open_store(out_dir: Path) -> ox.Store | None:
    """The store under ``out_dir`` opened read-only, or None when there is none."""
    path = Path(out_dir) / STORE_DIR
    if not path.exists():
        return None
    return ox.Store.read_only(str(path))


def store_graph(out_dir: Path) -> Graph | None:
    """The merged default graph of the store under ``out_dir`` as an rdflib graph (for
    networkx analysis, the HTML page and exports), or None when there is no store."""
    store = open_store(out_dir)
    if store is None:
        return None
    try:
        g = new_graph()
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            g.add((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)))
        return g
    finally:
        del store
