"""Turn the English Brown clusters of ``spacy-lookups-data`` into static word vectors.

The NER has only about a thousand annotated mentions to learn from (UNER EWT dev), so
on its own it cannot know that "Harris", "Cheney" and "Okafor" are names of people, or
that "Basra" is a place, unless the training sentences say so. Brown clusters, learnt
from a large unannotated corpus and shipped in ``spacy-lookups-data`` (MIT licence,
table ``en_lexeme_cluster``: 1,000 clusters over about a million word forms), carry that
distributional knowledge: names of people fall into a few clusters, places into others.

spaCy reads such knowledge through its ordinary static-vectors layer, so the trained
pipeline needs no custom code (``spacy evaluate`` loads it as it is). Each cluster gets one
row: the sum of fixed random vectors, one per prefix of the cluster's path in the
cluster tree (2, 4, ..., 18 bits), so that clusters close in the tree get similar vectors.
Every word form maps to its cluster's row; only the ``--words`` most frequent forms (by
the ``en_lexeme_prob`` table) are kept, which bounds the size of the shipped model.

The cluster IDs in the table are the bit paths read in reverse (spaCy 1.x's convention),
so the first ``k`` bits of a path are ``cluster_id & (2**k - 1)``.

Unless ``--no-gazetteers`` is given, four more columns hold the name-list bits of
``gazetteers.py`` (place names, first names, surnames), and listed names outside the kept
forms are added; each distinct (cluster, bits) pair is one row.

Usage: python training/clusters.py training/corpus/clusters [--words 250000] [--width 96] [--no-gazetteers]
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy
import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors


def _table(name: str) -> dict:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"en_{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def cluster_rows(ids: list[int], width: int, seed: int = 0) -> numpy.ndarray:
    """One vector per cluster ID: the normalised sum of random vectors of its path prefixes."""
    rng = numpy.random.default_rng(seed)
    prefix_vec: dict[tuple[int, int], numpy.ndarray] = {}
    rows = numpy.zeros((len(ids), width), dtype="float32")
    for r, cid in enumerate(ids):
        for k in range(2, 20, 2):
            key = (k, cid & ((1 << k) - 1))
            if key not in prefix_vec:
                prefix_vec[key] = rng.standard_normal(width).astype("float32")
            rows[r] += prefix_vec[key]
        rows[r] /= numpy.linalg.norm(rows[r])
    return rows


def build(out: Path, n_words: int, width: int, gazetteers: bool = True) -> None:
    clusters = _table("lexeme_cluster")
    prob = _table("lexeme_prob")
    words = sorted(clusters, key=lambda w: -prob.get(w, -99.0))[:n_words]
    codes: dict[str, int] = {}
    if gazetteers:
        from gazetteers import BITS, word_codes

        codes = word_codes(prob)
        # listed names outside the kept forms are added too (with their cluster, if any)
        kept = set(words)
        words += sorted(w for w in codes if w not in kept)
    n_bits = len(BITS) if gazetteers else 0
    # one row per (cluster, gazetteer code) pair that occurs; -1: no cluster
    pairs = sorted({(clusters.get(w, -1), codes.get(w, 0)) for w in words})
    row_of = {pair: i for i, pair in enumerate(pairs)}
    ids = sorted({cid for cid, _ in pairs if cid >= 0})
    cluster_vec = dict(zip(ids, cluster_rows(ids, width)))
    data = numpy.zeros((len(pairs), width + n_bits), dtype="float32")
    for i, (cid, code) in enumerate(pairs):
        if cid >= 0:
            data[i, :width] = cluster_vec[cid]
        for b in range(n_bits):
            data[i, width + b] = float(code >> b & 1)
    nlp = spacy.blank("en")
    vectors = Vectors(strings=nlp.vocab.strings, data=data, name="histkg_brown")
    for w in words:
        # hashes only: the strings themselves would add megabytes to the shipped vocab
        vectors.add(hash_string(w), row=row_of[(clusters.get(w, -1), codes.get(w, 0))])
    nlp.vocab.vectors = vectors
    nlp.to_disk(out)
    print(f"{len(words)} word forms ({sum(1 for w in words if codes.get(w))} in name lists), "
          f"{len(pairs)} rows of width {width} + {n_bits} name-list bits -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=250_000, help="most frequent word forms kept")
    ap.add_argument("--width", type=int, default=96, help="vector width")
    ap.add_argument("--no-gazetteers", dest="gazetteers", action="store_false",
                    help="leave out the name-list bits of gazetteers.py")
    args = ap.parse_args()
    build(args.out, args.words, args.width, args.gazetteers)


if __name__ == "__main__":
    main()
