"""Read the ontology and alias data from ``ontology/*.ttl``.

This is the only module that knows the vocabulary: classes (with their parents and
lexical cues), properties (domain, range, triggers) and aliases. Everything is data in
Turtle files, so a user extends the vocabulary without touching Python.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection

from .errors import OntologyError

KG = "https://w3id.org/histkg/ontology#"
RES = "https://w3id.org/histkg/resource/"
OPEN = "https://w3id.org/histkg/open#"
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "ontology"
PACKAGED_DIR = Path(__file__).resolve().parent / "data" / "ontology"


def default_ontology_files() -> list[Path]:
    """The repository's ``ontology/*.ttl`` (or the copy packaged inside ``graph/``)."""
    for d in (DEFAULT_DIR, PACKAGED_DIR):
        files = sorted(p for p in d.glob("*.ttl") if not p.name.startswith("shapes"))
        if files:
            return files
    raise OntologyError(f"no ontology files found in {DEFAULT_DIR}")


def fold(text: str) -> str:
    """Fold a name for matching: case, diacritics, dots, possessives, articles, quotes.

    >>> fold("the M.E.W.'s")
    'mew'
    >>> fold("Pölitz")
    'politz'
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"(?<=s)'(?=\s|$)", "", t)
    t = t.replace(".", "")
    t = re.sub(r"[^\w\s-]", " ", t).replace("-", " ")
    toks = t.split()
    while toks and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    return " ".join(toks)


@dataclass
class OntClass:
    name: str  # local name
    parents: list[str] = field(default_factory=list)
    head_nouns: set[str] = field(default_factory=set)
    # head nouns of the class only when sent somewhere ("Spaatz's message to Doolittle", not "softened his message")
    addressed_head_nouns: set[str] = field(default_factory=set)
    name_words: set[str] = field(default_factory=set)
    name_suffixes: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    ner_labels: set[str] = field(default_factory=set)
    lexical_entries: set[str] = field(default_factory=set)
    label: str = ""


@dataclass
class OntProperty:
    name: str
    kind: str  # "object" | "datatype"
    domain: set[str] = field(default_factory=set)  # empty = anything
    range: set[str] = field(default_factory=set)
    verb_triggers: list[tuple[str, str | None]] = field(default_factory=list)  # (lemma, prep)
    # "X came under attack from Y": Y property X (subject and prepositional object swap roles)
    inverse_verb_triggers: list[tuple[str, str | None]] = field(default_factory=list)
    noun_triggers: list[tuple[str, str]] = field(default_factory=list)
    # "tasked with the repair of the works": a doing that, as the object, stands for its "of" object
    content_nouns: list[tuple[str, str]] = field(default_factory=list)
    adjective_triggers: list[tuple[str, str]] = field(default_factory=list)
    # "refused to accept the view of the Ministry": a verb whose denial gives the property
    negated_triggers: list[tuple[str, str | None]] = field(default_factory=list)
    # "defended the area offensive": a verb that gives the property only to a plan, paper or statement
    plan_verb_triggers: list[tuple[str, str | None]] = field(default_factory=list)
    negated_noun_triggers: list[tuple[str, str]] = field(default_factory=list)
    obligation_triggers: list[tuple[str, ...]] = field(default_factory=list)
    apposition_triggers: list[tuple[str, str]] = field(default_factory=list)
    prep_triggers: set[str] = field(default_factory=set)
    inverse_prep_triggers: set[str] = field(default_factory=set)  # "X under Y": Y property X
    document_preps: set[str] = field(default_factory=set)
    possessed_classes: set[str] = field(default_factory=set)
    speech_verbs: set[str] = field(default_factory=set)
    # "urged that the bombers be turned against oil", "proposed that X take precedence"
    proposal_verbs: set[str] = field(default_factory=set)
    # "urged that the bombers be concentrated on communications": what a proposal's clause aims at
    proposal_triggers: list[tuple[str, str | None]] = field(default_factory=list)
    # "Its members included Bufton": the group's members have the property to its owner
    group_nouns: set[str] = field(default_factory=set)
    # "a spokesman for the Eighth Air Force said": the body speaks
    spokes_nouns: list[tuple[str, str]] = field(default_factory=list)
    speech_nouns: set[str] = field(default_factory=set)  # "Harris's claim that ..."
    priority_phrases: list[tuple[str, ...]] = field(default_factory=list)
    priority_nouns: set[str] = field(default_factory=set)  # "made oil the primary aim"
    making_verbs: set[str] = field(default_factory=set)
    group_verbs: set[str] = field(default_factory=set)  # "Its members included ..."
    role_nouns: set[str] = field(default_factory=set)  # "was given the plants as its task"
    agent_nouns: set[str] = field(default_factory=set)  # "was the oil plan's most persistent advocate"
    maker_nouns: set[str] = field(default_factory=set)  # "The directive was the work of the Directorate"
    verdict_nouns: set[str] = field(default_factory=set)  # "said the oil plan was a panacea"
    complaint_verbs: set[str] = field(default_factory=set)  # "complained that the Air Ministry was interfering"
    infinitive_triggers: set[str] = field(default_factory=set)  # "told Bottomley to draft a letter"
    # "handed over command of the Eighth to Doolittle": (lemma and words, prep); the one handed it to holds it
    handover_triggers: list[tuple[str, str | None]] = field(default_factory=list)
    placing_verbs: set[str] = field(default_factory=set)  # "were begun in the Harz"
    placing_nouns: set[str] = field(default_factory=set)  # "the dispersal of the plants into the hills"
    # "a meeting in Berlin": an event noun that any place phrase places (not "the war in Europe")
    gathering_nouns: set[str] = field(default_factory=set)
    amount_verbs: set[str] = field(default_factory=set)  # "were producing 316,000 tons a month"
    amount_units: set[str] = field(default_factory=set)
    label: str = ""


@dataclass
class Alias:
    iri: str
    pref_label: str
    alt_labels: list[str]
    types: list[str]
    same_as: list[str]


@dataclass
class Ontology:
    classes: dict[str, OntClass]
    properties: dict[str, OntProperty]
    aliases: list[Alias]
    graph: Graph  # the vocabulary itself (classes and properties), without alias entries
    files: list[str]

    # ---- class hierarchy
    def ancestors(self, name: str) -> list[str]:
        out, todo = [], [name]
        while todo:
            c = todo.pop()
            if c in out:
                continue
            out.append(c)
            todo.extend(self.classes[c].parents if c in self.classes else [])
        return out

    def is_a(self, cls: str, target: str) -> bool:
        return target in self.ancestors(cls)

    def fits(self, types: list[str], allowed: set[str]) -> bool:
        """True when ``allowed`` is empty (anything) or one of ``types`` falls under it."""
        if not allowed:
            return True
        return any(self.is_a(t, a) for t in types for a in allowed)

    def depth(self, name: str) -> int:
        return len(self.ancestors(name))

    # ---- lexical look-ups (built once)
    @property
    def head_noun_index(self) -> dict[str, str]:
        return self._index("head_nouns")

    @property
    def addressed_head_noun_index(self) -> dict[str, str]:
        return self._index("addressed_head_nouns")

    @property
    def name_word_index(self) -> dict[str, str]:
        return self._index("name_words")

    @property
    def name_suffix_index(self) -> dict[str, str]:
        return self._index("name_suffixes")

    @property
    def ner_index(self) -> dict[str, str]:
        return self._index("ner_labels")

    @property
    def lexical_index(self) -> dict[str, str]:
        return self._index("lexical_entries")

    @property
    def given_names(self) -> dict[str, str]:
        return self._index("given_names")

    @property
    def titles(self) -> set[str]:
        return {t for c in self.classes.values() for t in c.titles}

    def _index(self, attr: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_cache", {})
        if attr not in cache:
            idx: dict[str, str] = {}
            # deeper (more specific) classes win when two claim the same word
            for c in sorted(self.classes.values(), key=lambda c: -self.depth(c.name)):
                for w in getattr(c, attr):
                    idx.setdefault(w, c.name)
            cache[attr] = idx
        return cache[attr]

    @property
    def speech_verbs(self) -> set[str]:
        return {v for p in self.properties.values() for v in p.speech_verbs}

    @property
    def document_verbs(self) -> set[str]:
        """Verbs by which someone makes or sends a document (the verb triggers of properties from
        a person or body to a Document: write, sign, issue, send, ...)."""
        return {lemma.split()[0] for p in self.properties.values() if p.range == {"Document"}
                and "Document" not in p.domain for lemma, _ in p.verb_triggers}


def _local(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _strings(g: Graph, s, p: str) -> list[str]:
    return sorted(str(o).strip().lower() for o in g.objects(s, URIRef(KG + p)) if isinstance(o, Literal))


def _locate(paths, node) -> str:
    """'FILE:LINE: ' of the first line that names ``node`` (full IRI or prefixed local name)."""
    local = _local(node)
    for p in paths:
        try:
            lines = Path(p).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for i, line in enumerate(lines, 1):
            if str(node) in line or re.search(rf"(^|\s)\w*:{re.escape(local)}\b", line):
                return f"{p}:{i}: "
    return ""


def _class_set(g: Graph, node) -> set[str]:
    """Local names of a class expression: a named class or an owl:unionOf list."""
    if node is None:
        return set()
    if isinstance(node, URIRef):
        return set() if node == OWL.Thing else {_local(node)}
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return {_local(c) for c in Collection(g, union)}
    return set()


def _parse(paths: list[Path]) -> Graph:
    g = Graph()
    for p in paths:
        try:
            g.parse(p, format="turtle")
        except FileNotFoundError:
            raise OntologyError(f"{p}: no such ontology file") from None
        except Exception as e:  # rdflib raises several parser exception types
            msg = " ".join(str(e).split()).replace(" of <>:", ":") or type(e).__name__
            raise OntologyError(f"{p}: malformed Turtle: {msg[:240]}") from None
    return g


def load_ontology(paths: list[Path] | None = None) -> Ontology:
    """Read classes, properties and aliases from Turtle files (default: ``ontology/*.ttl``)."""
    paths = [Path(p) for p in (paths or default_ontology_files())]
    return _load_cached(tuple(str(p.resolve()) for p in paths))


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...]) -> Ontology:
    g = _parse([Path(p) for p in paths])
    classes: dict[str, OntClass] = {}
    for c in g.subjects(RDF.type, OWL.Class):
        if not isinstance(c, URIRef) or not str(c).startswith(KG):
            continue
        name = _local(c)
        classes[name] = OntClass(
            name=name,
            parents=sorted(_local(p) for p in g.objects(c, RDFS.subClassOf)
                           if isinstance(p, URIRef) and str(p).startswith(KG)),
            head_nouns=set(_strings(g, c, "headNoun")) | set(_strings(g, c, "addressedHeadNoun")),
            addressed_head_nouns=set(_strings(g, c, "addressedHeadNoun")),
            name_words=set(_strings(g, c, "nameWord")),
            name_suffixes=set(_strings(g, c, "nameSuffix")),
            titles=set(_strings(g, c, "title")),
            given_names=set(_strings(g, c, "givenName")),
            ner_labels={s.upper() for s in _strings(g, c, "nerLabel")},
            lexical_entries=set(_strings(g, c, "lexicalEntry")),
            label=str(g.value(c, RDFS.label) or name),
        )
    props: dict[str, OntProperty] = {}
    for kind, cls in (("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty)):
        for p in g.subjects(RDF.type, cls):
            if not str(p).startswith(KG):
                continue
            name = _local(p)

            def pairs(key: str) -> list[tuple[str, str | None]]:
                out = []
                for t in _strings(g, p, key):
                    parts = t.split()
                    # "verb prep" where the last word is a preposition; else the whole lemma
                    if len(parts) > 1 and parts[-1] in _PREPS:
                        out.append((" ".join(parts[:-1]), parts[-1]))
                    else:
                        out.append((t, None))
                return out

            props[name] = OntProperty(
                name=name, kind=kind,
                domain=_class_set(g, g.value(p, RDFS.domain)),
                range=_class_set(g, g.value(p, RDFS.range)),
                verb_triggers=pairs("verbTrigger"),
                inverse_verb_triggers=[(a, b) for a, b in pairs("inverseVerbTrigger") if b],
                noun_triggers=[(a, b) for a, b in pairs("nounTrigger") if b],
                content_nouns=[(a, b) for a, b in pairs("contentNoun") if b],
                adjective_triggers=[(a, b) for a, b in pairs("adjectiveTrigger") if b],
                negated_triggers=pairs("negatedTrigger"),
                plan_verb_triggers=pairs("planVerbTrigger"),
                negated_noun_triggers=[(a, b) for a, b in pairs("negatedNounTrigger") if b],
                obligation_triggers=[tuple(t.split()) for t in _strings(g, p, "obligationTrigger")],
                apposition_triggers=[(a, b) for a, b in pairs("appositionTrigger") if b],
                prep_triggers=set(_strings(g, p, "prepTrigger")),
                inverse_prep_triggers=set(_strings(g, p, "inversePrepTrigger")),
                document_preps=set(_strings(g, p, "documentPrep")),
                possessed_classes={_local(o) for o in g.objects(p, URIRef(KG + "possessedClass"))},
                speech_verbs=set(_strings(g, p, "speechVerb")),
                proposal_verbs=set(_strings(g, p, "proposalVerb")),
                proposal_triggers=pairs("proposalTrigger"),
                group_nouns=set(_strings(g, p, "groupNoun")),
                role_nouns=set(_strings(g, p, "roleNoun")),
                agent_nouns=set(_strings(g, p, "agentNoun")),
                maker_nouns=set(_strings(g, p, "makerNoun")),
                verdict_nouns=set(_strings(g, p, "verdictNoun")),
                complaint_verbs=set(_strings(g, p, "complaintVerb")),
                infinitive_triggers=set(_strings(g, p, "infinitiveTrigger")),
                handover_triggers=[(a, b) for a, b in pairs("handoverTrigger") if b],
                spokes_nouns=[(a, b) for a, b in pairs("spokesNoun") if b],
                speech_nouns=set(_strings(g, p, "speechNoun")),
                priority_phrases=[tuple(t.split()) for t in _strings(g, p, "priorityPhrase")],
                priority_nouns=set(_strings(g, p, "priorityNoun")),
                making_verbs=set(_strings(g, p, "makingVerb")),
                group_verbs=set(_strings(g, p, "groupVerb")),
                placing_verbs=set(_strings(g, p, "placingVerb")),
                placing_nouns=set(_strings(g, p, "placingNoun")),
                gathering_nouns=set(_strings(g, p, "gatheringNoun")),
                amount_verbs=set(_strings(g, p, "amountVerb")),
                amount_units=set(_strings(g, p, "amountUnit")),
                label=str(g.value(p, RDFS.label) or name),
            )
    aliases: list[Alias] = []
    alias_subjects = set(g.subjects(SKOS.prefLabel, None))
    for s in sorted(alias_subjects, key=str):
        if str(s).startswith(KG):
            continue
        pref = g.value(s, SKOS.prefLabel)
        types = [_local(t) for t in g.objects(s, RDF.type) if _local(t) in classes]
        if not types:
            where = _locate(paths, s)
            raise OntologyError(f"{where}alias entry {s} has no class of the ontology as rdf:type")
        aliases.append(Alias(iri=str(s), pref_label=str(pref),
                             alt_labels=sorted(str(a) for a in g.objects(s, SKOS.altLabel)),
                             types=types, same_as=sorted(str(o) for o in g.objects(s, OWL.sameAs))))
    if not classes or not props:
        raise OntologyError("ontology files define no kg: classes or properties: " + ", ".join(paths))
    vocab = Graph()
    for t in g:
        if t[0] not in alias_subjects or str(t[0]).startswith(KG):
            vocab.add(t)
    for prefix, ns in g.namespaces():
        vocab.bind(prefix, ns, override=False)
    return Ontology(classes=classes, properties=props, aliases=aliases, graph=vocab, files=list(paths))


_PREPS = {"to", "with", "of", "on", "for", "in", "at", "about", "from", "by", "near", "into", "against",
          "toward", "towards", "over", "back", "out"}
