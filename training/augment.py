"""NER data augmentation: mention replacement on the NER-annotated training documents.

Each variant keeps a document's words but swaps every entity for another entity of the
same label drawn from the training inventory (and lower-cases a share of the variants, as
web text does). Variants carry only words and entities: no tags or dependencies, which
spaCy treats as missing, so the tagger and parser learn nothing from them.

Usage: python training/augment.py training/corpus/ner-train.spacy training/corpus/ner-aug.spacy --variants 4
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict

import spacy
from spacy.tokens import Doc, DocBin, Span


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--variants", type=int, default=4)
    ap.add_argument("--lower", type=float, default=0.2, help="share of variants lower-cased")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(a.src).get_docs(nlp.vocab))
    inventory: dict[str, list[list[str]]] = defaultdict(list)
    for d in docs:
        for e in d.ents:
            inventory[e.label_].append([t.text for t in e])
    out = DocBin()
    for d in docs:
        if not d.ents:
            continue
        for v in range(a.variants):
            words, spaces, spans = [], [], []
            ents = {e.start: e for e in d.ents}
            i = 0
            while i < len(d):
                if i in ents:
                    e = ents[i]
                    new = rng.choice(inventory[e.label_])
                    start = len(words)
                    words += new
                    spaces += [True] * (len(new) - 1) + [d[e.end - 1].whitespace_ != ""]
                    spans.append((start, len(words), e.label_))
                    i = e.end
                else:
                    words.append(d[i].text)
                    spaces.append(d[i].whitespace_ != "")
                    i += 1
            if rng.random() < a.lower:
                words = [w.lower() for w in words]
            nd = Doc(nlp.vocab, words=words, spaces=spaces)
            nd.ents = [Span(nd, s, e, label=lab) for s, e, lab in spans]
            out.add(nd)
    out.to_disk(a.out)
    print(f"{len(out)} augmented documents from {len(docs)}")


if __name__ == "__main__":
    main()
