"""Words per second of the shipped spaCy pipeline on one process (EWT test text).

Usage: python benchmarks/bench_pipeline.py [--sentences N] [--model NAME|PATH]
Prints load time, words/s and the ratio to the 5,000 words/s target.
"""
from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one process, one core

from common import ewt_test_sentences  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=3000)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    from graph.nlp import resolve_model

    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(resolve_model(args.model))
    load_s = time.perf_counter() - t0
    texts = ewt_test_sentences(args.sentences)
    # group sentences into paragraphs of 10, as documents arrive
    docs = [" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10)]
    list(nlp.pipe(docs[:5]))  # warm up
    t0 = time.perf_counter()
    words = sum(sum(1 for t in d if not t.is_space) for d in nlp.pipe(docs, batch_size=64))
    secs = time.perf_counter() - t0
    wps = words / secs
    print(f"model: {resolve_model(args.model)}")
    print(f"load time: {load_s:.2f} s (target < 2 s, ratio {2 / load_s:.2f}x)")
    print(f"{words} words in {secs:.2f} s: {wps:,.0f} words/s on one process "
          f"(target 5,000: ratio {wps / 5000:.2f}x)")


if __name__ == "__main__":
    main()
