"""One document through the language stages: Doc → mentions → coreference → facts."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .aliases import AliasIndex
from .coref import resolve_pronouns
from .mentions import MentionFinder
from .ontology import Ontology
from .records import Document, Extraction, Mention
from .relations import RelationExtractor
from .speech import find_quotes


@dataclass
class DocExtraction:
    document: Document
    doc: Doc
    mentions: list[Mention]
    coref: dict[int, Mention]
    extraction: Extraction


class Extractor:
    """Holds the compiled vocabulary; ``run`` extracts from one parsed document."""

    def __init__(self, ont: Ontology):
        self.ont = ont
        self.aliases = AliasIndex.build(ont)
        self.mentions = MentionFinder(ont, self.aliases)
        self.relations = RelationExtractor(ont)

    def run(self, document: Document, doc: Doc) -> DocExtraction:
        mentions = self.mentions.find(doc)
        coref = resolve_pronouns(doc, mentions)
        originals = [document.original[document.char_map[i]] for i in range(len(document.text))]
        quotes = find_quotes(document.text, originals)
        ex = self.relations.extract(doc, mentions, coref, quotes)
        return DocExtraction(document, doc, mentions, coref, ex)
