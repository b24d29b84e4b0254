"""Load time and the queries/ examples at N triples: Oxigraph (the embedded store) vs
rdflib's in-memory graph, side by side.

Usage: python benchmarks/bench_store.py [--sizes 100000,1000000] [--timeout 600]
The graph is the seed build replicated with renamed entities until it has N triples
(generated here, nothing downloaded). Prints seconds per step and the speed-up ratio.
"""
from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def make_graph(n: int, out: Path) -> int:
    """Write N-Triples with about ``n`` triples: copies of the seed graph, IRIs suffixed."""
    from graph.build import extract_graph

    seed = extract_graph([ROOT / "seeds"]).graph.serialize(format="nt").splitlines()
    seed = [line for line in seed if line.strip()]
    copies = max(1, n // len(seed))
    with out.open("w", encoding="utf-8") as f:
        for i in range(copies):
            tag = f"_c{i}>"
            for line in seed:
                # rename the subject entity of each copy: "<.../resource/X>" -> "<.../resource/X_c7>"
                f.write(line.replace(">", tag, 1) if line.startswith("<https://w3id.org/histkg/resource/") else line)
                f.write("\n")
    return copies * len(seed)


class Timeout(Exception):
    pass


def timed(fn, limit):
    def alarm(*_):
        raise Timeout()
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(limit)
    t0 = time.perf_counter()
    try:
        fn()
        return time.perf_counter() - t0
    except Timeout:
        return None
    finally:
        signal.alarm(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--timeout", type=int, default=600, help="seconds allowed per rdflib step")
    a = ap.parse_args()
    import pyoxigraph as ox
    from rdflib import Graph

    from graph.sparql import PREFIXES

    prefix = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    queries = {q.name: q.read_text(encoding="utf-8") for q in sorted((ROOT / "queries").glob("*.rq"))}
    for n in [int(x) for x in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as d:
            nt = Path(d) / "g.nt"
            real = make_graph(n, nt)
            print(f"== {real:,} triples")
            store = ox.Store(str(Path(d) / "store"))
            t_ox = timed(lambda: store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES), a.timeout)
            g = Graph()
            t_rdf = timed(lambda: g.parse(nt, format="nt"), a.timeout)
            print(f"load: oxigraph {t_ox:.2f} s, rdflib {_s(t_rdf)}, ratio {_r(t_rdf, t_ox)}")
            for name, q in queries.items():
                t_o = timed(lambda: list(store.query(prefix + q)), a.timeout)
                t_r = timed(lambda: list(g.query(prefix + q)), a.timeout) if t_rdf is not None else None
                print(f"{name}: oxigraph {t_o:.3f} s, rdflib {_s(t_r)}, ratio {_r(t_r, t_o)}")
            store = None  # close it before the folder goes


def _s(t):
    return "timed out" if t is None else f"{t:.3f} s"


def _r(slow, fast):
    if slow is None:
        return "> timeout / oxigraph"
    return f"{slow / max(fast, 1e-6):.0f}x"


if __name__ == "__main__":
    main()
