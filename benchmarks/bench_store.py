"""Load time and the queries/ examples at N triples: Oxigraph (the embedded store) vs
rdflib's in-memory graph, side by side.

Usage: python benchmarks/bench_store.py [--sizes 100000,1000000] [--timeout 600]
The graph is the seed build copied under new document IRIs until it has about N triples
(see make_graph; generated here, nothing downloaded). Prints seconds per step and the speed-up ratio.
"""
from __future__ import annotations

import argparse
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _seed_quads() -> tuple[list, list]:
    """The seed's build as the store holds it: (entity-graph quads, per-document quads)."""
    import pyoxigraph as ox

    from graph.build import build
    from graph.store import ENTITIES_GRAPH, open_store

    with tempfile.TemporaryDirectory() as d:
        build([ROOT / "seeds"], out_dir=Path(d))
        store = open_store(Path(d))
        quads = [q for q in store.quads_for_pattern(None, None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph)]
        del store
    ents = [q for q in quads if q.graph_name.value == ENTITIES_GRAPH]
    docs = [q for q in quads if q.graph_name.value != ENTITIES_GRAPH]
    return ents, docs


def make_graph(n: int, nq: Path, nt: Path) -> int:
    """Write about ``n`` triples in the store's layout (``nq``: one named graph per document,
    the entities graph, the merged default graph) and as plain N-Triples (``nt``, the merge).

    The corpus is the seed document copied under new document IRIs: each copy's facts,
    statements, events and sentences are its own, while the entities (Harris, Portal, ...)
    are shared, as entity resolution shares them across the documents of a real archive.
    """
    import pyoxigraph as ox

    ents, docs = _seed_quads()
    entity_iris = {q.subject for q in ents}
    local = {q.subject for q in docs if q.subject not in entity_iris} | {q.graph_name for q in docs}
    # documents, events and quotations get IRIs minted per source document ("..._9c1df277")
    local |= {t for t in entity_iris if re.search(r"_[0-9a-f]{8}(_|$)", t.value)}
    local |= {q.object for q in ents if isinstance(q.object, ox.NamedNode) and "/histkg/doc/" in q.object.value}
    # entity descriptions that name a document (dcterms:source) are repeated per copy
    shared = [q for q in ents if q.subject not in local and q.object not in local]
    docs = docs + [q for q in ents if q.subject in local or q.object in local]
    ents = shared

    def rename(term, i):
        return ox.NamedNode(f"{term.value}_c{i}") if term in local else term

    merged = {(q.subject, q.predicate, q.object) for q in ents}
    per_copy = len({(q.subject, q.predicate, q.object) for q in docs if q.subject in local})
    copies = max(1, (n - len(merged)) // max(1, per_copy))
    with nq.open("wb") as out:
        out.write(ox.serialize(ents, format=ox.RdfFormat.N_QUADS))
        for i in range(copies):
            quads = [ox.Quad(rename(q.subject, i), q.predicate, rename(q.object, i), rename(q.graph_name, i))
                     for q in docs]
            out.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            merged.update((q.subject, q.predicate, q.object) for q in quads)
        out.write(ox.serialize([ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in merged],
                               format=ox.RdfFormat.N_QUADS))
    with nt.open("wb") as out:
        out.write(ox.serialize([ox.Triple(s, p, o) for s, p, o in merged], format=ox.RdfFormat.N_TRIPLES))
    return len(merged)


class Timeout(Exception):
    pass


def timed(fn, limit, repeat=1, out=None):
    """Best wall time of ``repeat`` runs of ``fn`` (None past ``limit`` seconds); the last
    run's return value goes into ``out``."""
    def alarm(*_):
        raise Timeout()
    signal.signal(signal.SIGALRM, alarm)
    best = None
    for _ in range(repeat):
        signal.alarm(limit)
        t0 = time.perf_counter()
        try:
            value = fn()
            t = time.perf_counter() - t0
        except Timeout:
            return None
        finally:
            signal.alarm(0)
        best = t if best is None else min(best, t)
        if out is not None:
            out[:] = [value]
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--timeout", type=int, default=600, help="seconds allowed per rdflib step")
    ap.add_argument("--repeat", type=int, default=3, help="runs per query and engine; the best is reported")
    a = ap.parse_args()
    import pyoxigraph as ox
    from rdflib import Graph

    from graph.sparql import PREFIXES

    prefix = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    queries = {q.name: q.read_text(encoding="utf-8") for q in sorted((ROOT / "queries").glob("*.rq"))}
    for n in [int(x) for x in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as d:
            nq, nt = Path(d) / "g.nq", Path(d) / "g.nt"
            real = make_graph(n, nq, nt)
            print(f"== {real:,} triples (the store also holds them in one named graph per document)")
            store = ox.Store(str(Path(d) / "store"))
            # as kg build leaves it: loaded, then compacted (graph/store.py optimises after big changes)
            t_ox = timed(lambda: (store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS), store.optimize()),
                         a.timeout)
            g = Graph()
            t_rdf = timed(lambda: g.parse(nt, format="nt"), a.timeout)
            print(f"load: oxigraph {t_ox:.2f} s, rdflib {_s(t_rdf)}, ratio {_r(t_rdf, t_ox)}")
            for name, q in queries.items():
                got_o, got_r = [], []
                t_o = timed(lambda: len(list(store.query(prefix + q))), a.timeout, a.repeat, got_o)
                t_r = (timed(lambda: len(list(g.query(prefix + q))), a.timeout, a.repeat, got_r)
                       if t_rdf is not None else None)
                rows = f"{got_o[0]:,} rows" + ("" if not got_r or got_r == got_o else f" (rdflib: {got_r[0]:,}!)")
                print(f"{name}: {rows}; oxigraph {t_o:.3f} s, rdflib {_s(t_r)}, ratio {_r(t_r, t_o)}")
            store = None  # close it before the folder goes


def _s(t):
    return "timed out" if t is None else f"{t:.3f} s"


def _r(slow, fast):
    if slow is None:
        return "> timeout / oxigraph"
    return f"{slow / max(fast, 1e-6):.0f}x"


if __name__ == "__main__":
    main()
