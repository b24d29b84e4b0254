"""The project's scorer (for ``kg eval``): a built graph against gold files.

See ``shared/eval/README.md`` for the gold format.

A gold file holds one JSON object per line: the document ``text``, its ``entities``
(label, type, aliases), required ``triples``, and optionally ``also_ok``, ``absent``,
``same`` and ``dates``. Matching rules:

* names are compared after :func:`graph.ontology.fold` (case, diacritics, articles,
  possessive ``'s``, dots); a predicted label also matches when a gold name is a contiguous
  part of it followed by nothing or a preposition, and vice versa;
* predicates match on their local name;
* precision counts every asserted fact whose predicate's local name is a core property (an
  ontology object property other than ``stated``) that matches no gold or ``also_ok`` triple;
* ``rdf:Statement`` nodes are provenance, never facts;
* typing wants the gold class (or a direct subclass of it: a MilitaryUnit is an
  Organization) on an entity bearing a gold name (exact after folding, else loosely matching); ``same`` wants every surface form on one IRI and on no other
  (exact after folding); ``dates`` wants a ``kg:date``, on an entity bearing a gold name
  (exactly or loosely), whose lexical form contains one of the given strings;
* an ``absent`` check counts only the facts its own passage gave (by their provenance, where
  the graph carries it): in a file of many passages built as one graph, another passage may
  rightly give a fact about the same entities (``score.py``, which scores one text at a time,
  needs no such care).
"""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .errors import GoldError, InputError
from .ontology import KG, load_ontology
from .ontology import fold as _fold

PREPOSITIONS = frozenset(
    "of in at on near to for from by with around outside into over under between against during "
    "about toward towards within across through behind beyond above below inside along among upon "
    "off via".split())
NOT_FACTS = {"stated", "date", "attributedTo"}
DATATYPE_FACTS = {"holdsPosition"}  # literal-valued properties that gold files list as facts  # object/datatype properties never scored as facts
WILDCARD = "*"
REQUIRED = ("text", "entities", "triples")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """:func:`graph.ontology.fold`, cached (the scorer folds the same labels many times)."""
    return _fold(text)


def _local(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


# ------------------------------------------------------------------ gold files

def load_gold(paths: list[Path] | Path) -> list[dict]:
    """Read gold documents from JSON-lines files; raise :class:`GoldError` ("FILE:LINE: why")."""
    docs: list[dict] = []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise GoldError(f"{path}: cannot read gold file: {e.__class__.__name__}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: malformed JSON: {e.msg} (column {e.colno})") from None
            if not isinstance(doc, dict):
                raise GoldError(f"{path}:{n}: expected a JSON object, got {type(doc).__name__}")
            missing = [k for k in REQUIRED if k not in doc]
            if missing:
                raise GoldError(f"{path}:{n}: missing required key(s): {', '.join(missing)}")
            if not isinstance(doc["entities"], list) or not isinstance(doc["triples"], list):
                raise GoldError(f"{path}:{n}: 'entities' and 'triples' must be lists")
            doc.setdefault("id", f"{path.stem}-{n}")
            docs.append(doc)
    if not docs:
        raise GoldError(f"{', '.join(map(str, [paths] if isinstance(paths, (str, Path)) else paths))}: "
                        "no gold documents")
    return docs


# ------------------------------------------------------------------ name matching

def _contains_then_prep(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` occurs contiguously in ``longer``, followed by nothing or a preposition."""
    n = len(shorter)
    for i in range(len(longer) - n + 1):
        if longer[i:i + n] == shorter:
            if i + n == len(longer) or longer[i + n] in PREPOSITIONS:
                return True
    return False


def names_match(predicted: str, gold: str) -> bool:
    """True when a predicted label and a gold name denote the same thing (see module doc).

    >>> names_match("the 11 synthetic plants in Central Germany", "synthetic plants")
    True
    >>> names_match("Ploesti oil fields", "Ploesti")
    False
    >>> names_match("M.E.W.", "MEW")
    True
    """
    p, g = fold(predicted).split(), fold(gold).split()
    if not p or not g:
        return False
    return p == g or _contains_then_prep(p, g) or _contains_then_prep(g, p)


@dataclass
class _Built:
    """The parts of a built graph the scorer reads: entity labels, types, dates and facts."""

    graph: Graph
    labels: dict[URIRef, list[str]] = field(default_factory=dict)
    facts: list[tuple] = field(default_factory=list)  # (s, p local name, o, p IRI)
    sources: dict[tuple, set[str]] = field(default_factory=dict)  # (s, p IRI, o) -> documents it came from

    @classmethod
    def of(cls, g: Graph) -> _Built:
        built = cls(g)
        provenance = set(g.subjects(RDF.type, RDF.Statement))
        for prop in (SKOS.prefLabel, RDFS.label, SKOS.altLabel):
            for s, o in g.subject_objects(prop):
                if isinstance(s, URIRef) and s not in provenance:
                    built.labels.setdefault(s, []).append(str(o))
        built.facts = [(s, _local(p), o, p) for s, p, o in g
                       if s not in provenance and isinstance(p, URIRef)
                       and p not in (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel)]
        for st in provenance:
            key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
            built.sources.setdefault(key, set()).update(str(d) for d in g.objects(st, PROV.wasDerivedFrom))
        return built

    def from_passage(self, fact: tuple, passage: str) -> bool:
        """Whether ``fact`` was extracted from the gold passage ``passage`` (its id; documents are
        named after it), or carries no provenance to tell."""
        docs = self.sources.get((fact[0], fact[3], fact[2]))
        return not docs or any(d.rsplit("/", 1)[-1].startswith(f"{passage}_") or d.endswith(f"/{passage}")
                               for d in docs)

    def entities(self, names: list[str], loose: bool = False) -> list[URIRef]:
        """Entities with a label equal to one of ``names`` after folding, else (or, with
        ``loose``, also) those that match one loosely."""
        keys = {fold(n) for n in names}
        exact = [e for e, ls in self.labels.items() if any(fold(lab) in keys for lab in ls)]
        if exact and not loose:
            return exact
        return exact + [e for e, ls in self.labels.items() if e not in exact and
                        any(names_match(lab, n) for lab in ls for n in names)]

    def named(self, name: str) -> set[URIRef]:
        """Entities with a label equal to ``name`` after folding (no loose matching)."""
        key = fold(name)
        return {e for e, ls in self.labels.items() if any(fold(lab) == key for lab in ls)}

    def texts(self, node) -> list[str]:
        """What an ``o_contains`` phrase is looked for in: a literal, or a node's labels and text."""
        if isinstance(node, Literal):
            return [str(node)]
        return self.labels.get(node, []) + [str(t) for t in self.graph.objects(node, URIRef(KG + "text"))]

    def types(self, node) -> set[str]:
        return {_local(t) for t in self.graph.objects(node, RDF.type) if str(t).startswith(KG)}


def _gold_names(doc: dict, label: str) -> list[str]:
    """A gold entity's label and aliases (a name that is no entity's stands for itself)."""
    key = fold(label)
    for ent in doc.get("entities", []):
        names = [ent.get("label", "")] + list(ent.get("aliases") or [])
        if any(fold(n) == key for n in names):
            return names
    return [label]


def _node_matches(built: _Built, node, names: list[str] | None) -> bool:
    if names is None:  # wildcard
        return True
    # an unlabelled node is known by its IRI's local name
    labels = (built.labels.get(node) or [_local(node)]) if isinstance(node, URIRef) else [str(node)]
    return any(names_match(lab, n) for lab in labels for n in names)


def _triple_matches(built: _Built, doc: dict, gold: dict, fact: tuple) -> bool:
    s, p, o, _ = fact
    if p != _local(gold.get("p", "")) and gold.get("p") != WILDCARD:
        return False

    def names(key: str) -> list[str] | None:
        v = gold.get(key, WILDCARD)
        return None if v == WILDCARD else _gold_names(doc, v)

    if not _node_matches(built, s, names("s")):
        return False
    if "o_contains" in gold:
        phrase = fold(gold["o_contains"])
        return any(phrase in fold(t) for t in built.texts(o))
    return _node_matches(built, o, names("o"))


# ------------------------------------------------------------------ the report

@dataclass
class EvalReport:
    """Scores of one graph against gold documents; ``(ok, total)`` pairs for the side checks."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int
    typing: tuple[int, int]
    same: tuple[int, int]
    absent: tuple[int, int]
    dates: tuple[int, int]
    missed: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    typing_wrong: list = field(default_factory=list)
    same_wrong: list = field(default_factory=list)
    absent_wrong: list = field(default_factory=list)
    dates_wrong: list = field(default_factory=list)

    def summary_line(self) -> str:
        def pair(name: str) -> str:
            ok, total = getattr(self, name)
            return f"{name} {ok}/{total}"

        return (f"P={self.precision:.2f} R={self.recall:.2f} F1={self.f1:.2f} "
                f"(pred {self.predicted}, gold {self.gold}) "
                + " ".join(pair(n) for n in ("typing", "same", "absent", "dates")))

    def to_dict(self) -> dict:
        d = asdict(self)
        keys = ("precision", "recall", "f1", "predicted", "gold", "typing", "same", "absent", "dates")
        summary = {k: (round(d[k], 3) if isinstance(d[k], float) else d[k]) for k in keys}
        summary.update({k: list(summary[k]) for k in ("typing", "same", "absent", "dates")})
        return {"summary": summary, **{k: v for k, v in d.items() if k not in keys}}


def score_graph(g: Graph, gold_docs: list[dict], ontology_files: list[Path] | None = None) -> EvalReport:
    """Score graph ``g`` against ``gold_docs`` (as returned by :func:`load_gold`)."""
    ont = load_ontology(ontology_files)
    core = ({n for n, p in ont.properties.items() if p.kind == "object"} | DATATYPE_FACTS) - NOT_FACTS
    built = _Built.of(g)
    r = EvalReport(0.0, 0.0, 0.0, 0, 0, (0, 0), (0, 0), (0, 0), (0, 0))
    counts = {k: [0, 0] for k in ("typing", "same", "absent", "dates")}

    def tally(key: str, ok: bool, wrong: list, item) -> None:
        counts[key][0] += ok
        counts[key][1] += 1
        if not ok:
            wrong.append(item)

    found = 0
    for doc in gold_docs:
        did = doc.get("id", "")
        for t in doc["triples"]:
            r.gold += 1
            if any(_triple_matches(built, doc, t, f) for f in built.facts):
                found += 1
            else:
                r.missed.append([did, t])
        for ent in doc["entities"]:
            if ent.get("type"):
                cands = built.entities([ent["label"], *(ent.get("aliases") or [])])
                # the gold class or a direct subclass of it ("Organization" for a MilitaryUnit, as in
                # score.py), never a superclass or a sibling
                ok = any(ent["type"] == t or ent["type"] in (ont.classes[t].parents if t in ont.classes else [])
                         for e in cands for t in built.types(e))
                tally("typing", ok, r.typing_wrong, [did, ent["label"]])
        for t in doc.get("absent", []):
            # (a passage's own facts: where many passages make one graph, another passage may rightly
            # give the fact this one must not, and the two name the same entities)
            hit = any(_triple_matches(built, doc, t, f) and built.from_passage(f, did) for f in built.facts)
            tally("absent", not hit, r.absent_wrong, [did, t])
        for forms in doc.get("same", []):
            found_on = [built.named(f) for f in forms]
            ok = all(found_on) and len(set().union(*found_on)) == 1  # every form, one IRI, no other
            tally("same", ok, r.same_wrong, [did, *forms])
        for d in doc.get("dates", []):
            wanted = [w.lower() for w in d.get("contains", [])]
            values = [str(v).lower() for e in built.entities(_gold_names(doc, d["entity"]), loose=True)
                      for v in g.objects(e, URIRef(KG + "date"))]
            tally("dates", any(w in v for w in wanted for v in values), r.dates_wrong, [did, d["entity"]])

    correct = 0
    for f in built.facts:
        if f[1] not in core:  # by local name, whatever the namespace
            continue
        r.predicted += 1
        if any(_triple_matches(built, doc, t, f) for doc in gold_docs
               for t in doc["triples"] + doc.get("also_ok", [])):
            correct += 1
        else:
            r.false_positives.append([str(f[0]), f[1], str(f[2])])
    r.precision = correct / r.predicted if r.predicted else 0.0
    r.recall = found / r.gold if r.gold else 0.0
    r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall) if r.precision + r.recall else 0.0
    r.typing, r.same, r.absent, r.dates = (tuple(counts[k]) for k in ("typing", "same", "absent", "dates"))
    return r


def evaluate(gold_paths: list[Path], model: str | None = None, ontology_files: list[Path] | None = None,
             workdir: Path | None = None) -> EvalReport:
    """Build a graph from the gold documents' texts and score it against them."""
    from .build import extract_graph  # the NLP pipeline is only needed here

    docs = load_gold([Path(p) for p in gold_paths])
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        folder = Path(workdir) if workdir else Path(tmp)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            used: set[str] = set()
            for i, doc in enumerate(docs):
                name = re.sub(r"[^\w.-]+", "_", str(doc.get("id") or "")).strip("._") or f"doc-{i}"
                name = name if name not in used else f"{name}-{i}"
                used.add(name)
                (folder / f"{name}.txt").write_text(doc["text"], encoding="utf-8")
        except OSError as e:
            raise InputError(f"{folder}: cannot write gold texts: {e.strerror}") from None
        result = extract_graph([folder], model=model, ontology_files=ontology_files)
    return score_graph(result.graph, docs, ontology_files=ontology_files)
