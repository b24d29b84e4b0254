"""End-to-end build throughput against the bare spaCy pipeline, and peak memory vs corpus size.

Usage: python benchmarks/bench_build.py [--docs 200] [--memory 50,500]
Prints (a) words/s of `extract_graph` and of `nlp.pipe` alone on the same generated
corpus, and their ratio (target >= 0.60); (b) peak RSS of a build at each corpus size,
each in a fresh process, and the ratio largest/smallest (target <= 1.20: flat).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import peak_rss_mb  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def throughput(docs: int) -> None:
    from graph.build import extract_graph
    from graph.nlp import load

    with tempfile.TemporaryDirectory() as d:
        paths = make_corpus(Path(d), docs)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        nlp = load(None)
        list(nlp.pipe(texts[:3]))
        t0 = time.perf_counter()
        words = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts, batch_size=16))
        bare = words / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        res = extract_graph([Path(d)])
        full = res.stats["words"] / (time.perf_counter() - t0)
    print(f"corpus: {docs} documents, {words} words")
    print(f"bare spaCy pipeline: {bare:,.0f} words/s")
    print(f"kg build (extract_graph): {full:,.0f} words/s, {len(res.graph)} triples")
    print(f"ratio build/bare: {full / bare:.2f} (target >= 0.60)")


def memory_child(docs: int) -> None:
    from graph.build import extract_graph

    with tempfile.TemporaryDirectory() as d:
        make_corpus(Path(d), docs)
        base = peak_rss_mb()
        extract_graph([Path(d)])
        print(json.dumps({"docs": docs, "peak_rss_mb": peak_rss_mb(), "before_mb": base}))


def memory(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--memory-child", str(n)], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()[-1]
        rows.append(json.loads(out))
        print(f"{n:>5} documents: peak RSS {rows[-1]['peak_rss_mb']:.0f} MB")
    print(f"ratio peak RSS {sizes[-1]}/{sizes[0]} documents: "
          f"{rows[-1]['peak_rss_mb'] / rows[0]['peak_rss_mb']:.2f} (target <= 1.20)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--memory", default="50,500")
    ap.add_argument("--memory-child", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.memory_child:
        memory_child(a.memory_child)
    else:
        throughput(a.docs)
        if a.memory:
            memory([int(x) for x in a.memory.split(",")])
