"""Rebuild after changing 1 document out of N, against a full build of the same corpus.

Usage: python benchmarks/bench_incremental.py [--docs 200] [--sentences-per-doc 40]
Prints both times and the ratio (target <= 0.05).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--sentences-per-doc", type=int, default=40)
    a = ap.parse_args()
    from graph.build import build
    from graph.nlp import load

    load(None)
    with tempfile.TemporaryDirectory() as d:
        src, out = Path(d) / "in", Path(d) / "out"
        paths = make_corpus(src, a.docs, a.sentences_per_doc)
        t0 = time.perf_counter()
        res = build([src], out_dir=out)
        full = time.perf_counter() - t0
        paths[len(paths) // 2].write_text("Tedder criticized Spaatz. Harris attacked Leuna.\n", encoding="utf-8")
        t0 = time.perf_counter()
        build([src], out_dir=out)
        inc = time.perf_counter() - t0
    print(f"corpus: {a.docs} documents, {res.stats['words']} words, {len(res.graph)} triples")
    print(f"full build: {full:.2f} s")
    print(f"rebuild after 1 changed document: {inc:.2f} s")
    print(f"ratio: {inc / full:.3f} (target <= 0.05)")


if __name__ == "__main__":
    main()
