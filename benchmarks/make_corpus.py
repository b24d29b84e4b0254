"""Generate a benchmark corpus by recombining real sentences (seeds + EWT test).

Usage: python benchmarks/make_corpus.py OUT_DIR --docs N [--sentences-per-doc K] [--seed S]
Nothing is downloaded: sentences come from seeds/ and ../shared/data/ud-ewt.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from common import ROOT, ewt_test_sentences


def sentence_pool() -> list[str]:
    pool = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        pool += [s.strip() for s in re.split(r"(?<=[.!?])\s+", f.read_text(encoding="utf-8")) if len(s.split()) > 4]
    return pool + ewt_test_sentences()


def make_corpus(out: Path, docs: int, per_doc: int = 25, seed: int = 0) -> list[Path]:
    rng = random.Random(seed)
    pool = sentence_pool()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        p = out / f"doc{i:05d}.txt"
        p.write_text(" ".join(rng.choice(pool) for _ in range(per_doc)) + "\n", encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--sentences-per-doc", type=int, default=25)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(len(make_corpus(a.out, a.docs, a.sentences_per_doc, a.seed)), "documents in", a.out)
