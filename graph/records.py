"""Typed records passed between the pipeline stages (documents → facts).

Every stage takes and returns these dataclasses, so each can be tested alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A source file after decoding and clean-up.

    ``char_map[i]`` is the offset in ``original`` of character ``i`` of ``text``
    (one extra entry maps ``len(text)`` to ``len(original)``), so provenance offsets
    always point into the file as the user has it.
    """

    doc_id: str
    path: str
    original: str
    text: str
    char_map: tuple[int, ...]
    warnings: tuple[str, ...] = ()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the cleaned text to the original text."""
        end = max(end, start)
        o_start = self.char_map[start]
        o_end = self.char_map[end - 1] + 1 if end > start else o_start
        return o_start, o_end


@dataclass
class Mention:
    """A span of text that names (or refers to) an entity."""

    start: int  # token index in the spaCy Doc (inclusive)
    end: int  # token index (exclusive)
    text: str  # surface form as written
    label: str  # canonical label candidate (determiners, counts, dates stripped)
    types: list[str] = field(default_factory=list)  # candidate class local names, best first
    source: str = ""  # what found it: ner, propn, noun, alias, pronoun, ...
    head: int = -1  # token index of the syntactic head
    quantity: str | None = None  # "11", "70 percent" where the phrase gives one
    date: str | None = None  # lexical form of an XSD date literal where the phrase carries one
    date_type: str | None = None  # its XSD type: date, gYearMonth, gMonthDay, gYear
    position: str | None = None  # a post in the name's title: "Secretary of War" (Henry Stimson)
    weak_type: bool = False  # types come from the NER guess alone; a relation may correct them
    owner: int | None = None  # token index of the possessor ("Bufton's draft", "his message")
    entity_key: str | None = None  # set by coreference/resolution
    alias_iri: str | None = None  # IRI from alias data when it matched


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from."""

    doc_id: str
    path: str
    sentence: str
    start: int  # offsets into the original file text
    end: int
    rule: str
    confidence: float
    attributed_to: str | None = None  # entity key of who stated it (reported speech)


@dataclass
class Fact:
    """subject –property→ object, with evidence. Objects are entity keys or literals."""

    subject: str
    prop: str
    obj: str
    evidence: Evidence
    literal: bool = False
    datatype: str | None = None  # XSD local name for literals
    open_relation: bool = False  # True: the relation is not an ontology property
    quantity: str | None = None  # "70 percent" where the object phrase gave one


@dataclass
class Entity:
    """A resolved real-world entity."""

    key: str  # stable key, also the local part of its IRI
    pref_label: str
    alt_labels: set[str] = field(default_factory=set)
    types: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    iri: str | None = None  # set when alias data provides the IRI
    documents: set[str] = field(default_factory=set)
    quantity: str | None = None
    text: str | None = None  # for Statements: the quoted words


@dataclass
class DocumentResult:
    """Everything extracted from one document before cross-document resolution."""

    document: Document
    mentions: list[Mention]
    facts: list[Fact]
    entities: dict[str, Entity]
    sentences: int = 0
    words: int = 0


# ---------------------------------------------------------------- relation stage output
# Confidence of each pattern family (recorded on every fact's provenance).
CONFIDENCE = {"verb": 0.85, "noun": 0.75, "obligation": 0.65, "appos": 0.75, "prep": 0.7, "docprep": 0.75,
              "possessive": 0.7, "quote": 0.8, "speech": 0.7}


@dataclass
class RawFact:
    """A fact over mentions, before entity resolution."""

    subject: Mention
    prop: str
    obj: Mention | None  # None for literal facts
    token: int  # the trigger token (for the evidence sentence)
    rule: str
    confidence: float
    literal: str | None = None
    datatype: str | None = None
    attributed_to: Mention | None = None
    quantity: str | None = None


@dataclass
class Quote:
    start: int  # char offsets in the cleaned text, excluding the quote marks
    end: int
    text: str


@dataclass
class Extraction:
    facts: list[RawFact] = field(default_factory=list)
    statements: list[tuple[Mention, Mention, list[Quote], int]] = field(default_factory=list)
    negated: int = 0
