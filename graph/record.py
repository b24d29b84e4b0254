"""A document's extraction as plain data, so it can be cached on disk (incremental builds)
and sent between processes (parallel builds).

The record holds everything entity resolution needs — mentions, pronoun links, raw facts
over mention indices, statements and the evidence sentences (already mapped to offsets in
the original file) — and nothing that ties it to a spaCy ``Doc``.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import asdict, dataclass, field, fields

from .extract import DocExtraction
from .records import Mention, RawFact

FORMAT = 1  # bump when the record layout changes: old cache entries are then ignored


@dataclass
class DocRecord:
    doc_id: str
    path: str
    words: int
    sentences: int
    negated: int
    warnings: list[str]
    mentions: list[dict]
    coref: dict[str, int]  # pronoun token index (as text, for JSON) -> mention index
    facts: list[dict]
    statements: list[list[int]]  # [speaker mention, statement mention, verb token]
    evidence: dict[str, list]  # token index -> [sentence text, start, end] in the original file
    format: int = FORMAT
    extra: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "DocRecord":
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("record format changed")
        return cls(**data)

    # ---- back to the objects resolution works on
    def objects(self):
        """(mentions, coref, raw facts, statements, evidence) for :meth:`Resolver.add`."""
        names = {f.name for f in fields(Mention)}
        mentions = [Mention(**{k: v for k, v in m.items() if k in names}) for m in self.mentions]
        coref = {int(k): mentions[v] for k, v in self.coref.items()}
        facts = []
        for f in self.facts:
            facts.append(RawFact(subject=mentions[f["s"]], prop=f["p"],
                                 obj=None if f["o"] is None else mentions[f["o"]], token=f["token"],
                                 rule=f["rule"], confidence=f["confidence"], literal=f["literal"],
                                 datatype=f["datatype"],
                                 attributed_to=None if f["att"] is None else mentions[f["att"]],
                                 quantity=f["quantity"]))
        statements = [(mentions[a], mentions[b], [], v) for a, b, v in self.statements]
        evidence = {int(k): tuple(v) for k, v in self.evidence.items()}
        return mentions, coref, facts, statements, evidence


def to_record(ex: DocExtraction) -> DocRecord:
    """Flatten one document's extraction (drops the spaCy Doc)."""
    document, doc = ex.document, ex.doc
    mentions: list[Mention] = list(ex.mentions)
    index = {id(m): i for i, m in enumerate(mentions)}

    def idx(m: Mention | None) -> int | None:
        if m is None:
            return None
        if id(m) not in index:
            index[id(m)] = len(mentions)
            mentions.append(m)
        return index[id(m)]

    sents = list(doc.sents)
    starts = [s.start for s in sents]
    evidence: dict[str, list] = {}

    def sentence_of(tok: int) -> None:
        if str(tok) in evidence:
            return
        s = sents[max(0, bisect.bisect_right(starts, tok) - 1)]
        text, start, end = s.text, s.start_char, s.end_char
        # a quote mark left over from the previous sentence is not part of this one
        while text and text[0] in "\"' " and text.count('"') % 2 == 1:
            text, start = text[1:], start + 1
        o_start, o_end = document.original_span(start, end)
        evidence[str(tok)] = [text, o_start, o_end]

    facts = []
    for f in ex.extraction.facts:
        facts.append({"s": idx(f.subject), "p": f.prop, "o": idx(f.obj), "token": f.token, "rule": f.rule,
                      "confidence": f.confidence, "literal": f.literal, "datatype": f.datatype,
                      "att": idx(f.attributed_to), "quantity": f.quantity})
        sentence_of(f.token)
    statements = [[idx(sp), idx(st), v] for sp, st, _q, v in ex.extraction.statements]
    for m in mentions:
        if m.date:
            sentence_of(m.head)
    coref = {str(k): idx(v) for k, v in ex.coref.items()}
    return DocRecord(doc_id=document.doc_id, path=document.path,
                     words=sum(1 for t in doc if not t.is_space), sentences=len(sents),
                     negated=ex.extraction.negated, warnings=list(document.warnings),
                     mentions=[asdict(m) for m in mentions], coref=coref, facts=facts,
                     statements=statements, evidence=evidence)
