"""Convert UD English EWT (CoNLL-U) and Universal NER EWT (IOB2) into spaCy DocBins.

Each UD sentence keeps its words, spacing, UPOS, XPOS, morphology, lemma and
dependency tree. Where UNER annotates the same sentence (matched by ``sent_id``),
its PER/ORG/LOC spans are added; sentences without UNER annotation carry *no* entity
annotation, which spaCy treats as missing (not as "no entities").

Sentences are grouped into documents of at most ``--doc-size`` sentences along UD's
``newdoc`` boundaries, so the parser learns sentence boundaries across sentences.

Outputs (in OUT_DIR):
  train.spacy     UD train + UD dev minus the held-out dev documents (NER from UNER dev)
  dev.spacy       held-out UD dev documents (every ``--dev-every``-th), used to pick the best model
  test.spacy      UD test, with UNER test entities on the held-out NER documents
                  (every ``--test-ner-every``-th UD test document; by default all): the evaluation set
  train-ner.spacy train.spacy plus, with ``--test-ner-every`` > 1, the other UD test documents with
                  their UNER entities only (words and entities, no tags or parse: UD test's syntax
                  stays held out); the experiment in the model card, not the shipped recipe
  ner-train.spacy UNER documents used for NER (inside train-ner.spacy), for inspection

Usage: python training/convert.py ../shared/data training/corpus
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span


@dataclass
class Sentence:
    sent_id: str
    newdoc: bool
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    ents: list[str] | None = None  # IOB2 tags, or None when not annotated


def read_conllu(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: Sentence | None = None
    newdoc = False
    sent_id = ""
    mwt_space: dict[int, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            newdoc = True
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if cur is not None and cur.words:
                sents.append(cur)
            cur = None
            mwt_space = {}
        else:
            cols = line.split("\t")
            if cur is None:
                cur = Sentence(sent_id=sent_id, newdoc=newdoc)
                newdoc = False
            tid = cols[0]
            if "." in tid:  # empty nodes of enhanced UD
                continue
            if "-" in tid:
                start, end = (int(x) for x in tid.split("-"))
                mwt_space[end] = "SpaceAfter=No" not in cols[9]
                for i in range(start, end):
                    mwt_space[i] = False
                continue
            i = int(tid)
            cur.words.append(cols[1])
            cur.lemmas.append(cols[2])
            cur.pos.append(cols[3])
            cur.tags.append(cols[4])
            cur.morphs.append("" if cols[5] == "_" else cols[5])
            cur.heads.append(int(cols[6]))
            cur.deps.append(cols[7])
            space = mwt_space[i] if i in mwt_space else "SpaceAfter=No" not in cols[9]
            cur.spaces.append(space)
    if cur is not None and cur.words:
        sents.append(cur)
    return sents


def read_iob2(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    sent_id = ""
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if tags:
                out[sent_id] = tags
            tags = []
        else:
            cols = line.split("\t")
            tags.append(cols[2])
    if tags:
        out[sent_id] = tags
    return out


def group(sents: list[Sentence], doc_size: int) -> list[list[Sentence]]:
    docs: list[list[Sentence]] = []
    for s in sents:
        if s.newdoc or not docs or len(docs[-1]) >= doc_size:
            docs.append([])
        docs[-1].append(s)
    return docs


def to_doc(vocab, sents: list[Sentence], with_syntax: bool = True) -> Doc:
    words, spaces, lemmas, pos, tags, morphs, heads, deps, starts, iob = ([] for _ in range(10))
    has_ents = all(s.ents is not None for s in sents)
    for s in sents:
        offset = len(words)
        words += s.words
        sp = list(s.spaces)
        sp[-1] = True  # sentences are separated by a space in the running text
        spaces += sp
        lemmas += s.lemmas
        pos += s.pos
        tags += s.tags
        morphs += s.morphs
        heads += [offset + h - 1 if h > 0 else offset + i for i, h in enumerate(s.heads)]
        deps += s.deps
        starts += [True] + [False] * (len(s.words) - 1)
        if has_ents:
            if len(s.ents) != len(s.words):
                raise ValueError(f"token mismatch UD/UNER in {s.sent_id}")
            iob += s.ents
    kwargs = dict(words=words, spaces=spaces)
    if with_syntax:
        kwargs.update(lemmas=lemmas, pos=pos, tags=tags, morphs=morphs, heads=heads, deps=deps,
                      sent_starts=starts)
    doc = Doc(vocab, **kwargs)
    if has_ents:
        doc.ents = iob_to_spans(doc, iob)
    return doc


def iob_to_spans(doc: Doc, iob: list[str]) -> list[Span]:
    spans, start, label = [], None, None
    for i, tag in enumerate(iob + ["O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if start is not None:
            spans.append(Span(doc, start, i, label=label))
            start, label = None, None
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="folder holding ud-ewt/ and uner-ewt/")
    ap.add_argument("out", type=Path)
    ap.add_argument("--doc-size", type=int, default=10)
    ap.add_argument("--dev-every", type=int, default=7, help="every n-th UD dev document is held out as dev")
    ap.add_argument("--ner-upsample", type=int, default=3, help="repeat NER-annotated docs in train")
    ap.add_argument("--test-ner-every", type=int, default=1,
                    help="every n-th UD test document keeps its UNER entities for evaluation; the others' "
                         "entities (not their syntax) go into train-ner.spacy as NER training data; 1 (the "
                         "shipped model's split) holds out all of UNER test")
    args = ap.parse_args()
    nlp = spacy.blank("en")
    ud = args.data / "ud-ewt"
    uner = args.data / "uner-ewt"
    args.out.mkdir(parents=True, exist_ok=True)

    train = read_conllu(ud / "en_ewt-ud-train.conllu")
    dev = read_conllu(ud / "en_ewt-ud-dev.conllu")
    test = read_conllu(ud / "en_ewt-ud-test.conllu")
    for sents, iob_path in ((dev, uner / "en_ewt-ud-dev.iob2"), (test, uner / "en_ewt-ud-test.iob2")):
        ents = read_iob2(iob_path)
        for s in sents:
            if s.sent_id in ents and len(ents[s.sent_id]) == len(s.words):
                s.ents = ents[s.sent_id]

    dev_docs = group(dev, args.doc_size)
    held = [d for i, d in enumerate(dev_docs) if i % args.dev_every == 0]
    dev_train = [d for i, d in enumerate(dev_docs) if i % args.dev_every != 0]

    train_bin = DocBin(store_user_data=False)
    for d in group(train, args.doc_size):
        train_bin.add(to_doc(nlp.vocab, d))
    ner_bin = DocBin()
    for d in dev_train:
        doc = to_doc(nlp.vocab, d)
        for _ in range(args.ner_upsample if doc.has_annotation("ENT_IOB") else 1):
            train_bin.add(doc)
        if doc.has_annotation("ENT_IOB"):
            ner_bin.add(doc)
    dev_bin = DocBin()
    for d in held:
        dev_bin.add(to_doc(nlp.vocab, d))
    test_bin = DocBin()
    ner_test_train: list[Doc] = []
    for i, d in enumerate(group(test, args.doc_size)):
        if i % args.test_ner_every == 0:
            test_bin.add(to_doc(nlp.vocab, d))
            continue
        doc = to_doc(nlp.vocab, d)
        if doc.has_annotation("ENT_IOB"):
            # words and entities only: the parse and tags of UD test are never trained on
            ner_test_train.append(to_doc(nlp.vocab, d, with_syntax=False))
            doc = to_doc(nlp.vocab, [Sentence(**{**vars(s), "ents": None}) for s in d])
        test_bin.add(doc)
    train_bin.to_disk(args.out / "train.spacy")
    for doc in ner_test_train:
        for _ in range(args.ner_upsample):
            train_bin.add(doc)
        ner_bin.add(doc)
    train_bin.to_disk(args.out / "train-ner.spacy")
    dev_bin.to_disk(args.out / "dev.spacy")
    test_bin.to_disk(args.out / "test.spacy")
    ner_bin.to_disk(args.out / "ner-train.spacy")
    print(f"train docs {len(train_bin)}, dev docs {len(dev_bin)}, test docs {len(test_bin)}, "
          f"NER train docs {len(ner_bin)} ({len(ner_test_train)} of them from UNER test)")


if __name__ == "__main__":
    main()
