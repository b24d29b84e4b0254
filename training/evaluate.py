"""Evaluate a trained pipeline on the held-out test split and write evaluation.json.

Runs spaCy's own scorer (the same numbers as ``python -m spacy evaluate MODEL
training/corpus/test.spacy``) on UD EWT test with the UNER test entities, which training never
saw (with ``convert.py --test-ner-every N`` > 1 only every N-th document keeps its entities;
spaCy's scorer skips documents without entity annotation), and stores the accuracies inside
the model folder (``kg model info`` reports them).

Usage: python training/evaluate.py MODEL_DIR training/corpus/test.spacy
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example


def main(model: str, test: str) -> dict:
    nlp = spacy.load(model)
    docs = list(DocBin().from_disk(test).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples)
    secs = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    out = {
        "test_data": "UD English EWT test (en_ewt-ud-test.conllu) with Universal NER EWT test entities"
                     + ("" if all(d.has_annotation("ENT_IOB") for d in docs) else
                        " on the held-out documents only (training/convert.py --test-ner-every)"),
        "sentences": sum(len(list(d.sents)) for d in docs),
        "words": words,
        "ner_test_sentences": sum(len(list(d.sents)) for d in docs if d.has_annotation("ENT_IOB")),
        "ner_test_entities": sum(len(d.ents) for d in docs if d.has_annotation("ENT_IOB")),
        "upos_accuracy": round(scores["pos_acc"], 4),
        "xpos_accuracy": round(scores["tag_acc"], 4),
        "morph_accuracy": round(scores["morph_acc"], 4),
        "lemma_accuracy": round(scores["lemma_acc"], 4),
        "uas": round(scores["dep_uas"], 4),
        "las": round(scores["dep_las"], 4),
        "sentence_f": round(scores["sents_f"], 4),
        "ner_f": round(scores["ents_f"], 4),
        "ner_p": round(scores["ents_p"], 4),
        "ner_r": round(scores["ents_r"], 4),
        "ner_per_type": {k: {m: round(v, 4) for m, v in d.items()} for k, d in scores["ents_per_type"].items()},
        "words_per_second_during_eval": round(words / secs),
    }
    Path(model, "evaluation.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    print(json.dumps(main(sys.argv[1], sys.argv[2]), indent=2))
