"""Merge mentions into entities within and across documents, and mint safe IRIs.

Keys (one per real-world entity):

- alias data: the alias entry's IRI (so "M.E.W.", "MEW" and "Ministry of Economic
  Warfare" meet; OCR variants such as "Pélitz" were already mapped to "Pölitz");
- persons: a bare surname joins the one full name in the corpus that ends with it
  ("Portal" = "Charles Portal"), across documents;
- acronyms: "MEW" joins a name whose initials it spells, when the text pairs them
  ("Ministry of Economic Warfare (MEW)") or alias data does;
- documents, events and statements: per source document (two documents' "reply" differ);
- everything else: its folded label and top class, across documents.

IRIs never contain raw text: keys are ASCII slugs (plus a short hash when needed).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from .ontology import RES, Ontology, fold
from .records import Entity, Evidence, Fact, Mention, RawFact

DOC_SCOPED = {"Document", "Event", "Statement"}


def slug(text: str, limit: int = 60) -> str:
    """An IRI-safe ASCII slug.

    >>> slug("Pölitz <works> & co")
    'Politz_works_co'
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^A-Za-z0-9]+", "_", t).strip("_")[:limit].strip("_")
    if not t:
        t = "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return t


def _top(ont: Ontology, cls: str) -> str:
    anc = ont.ancestors(cls)
    return next((a for a in reversed(anc) if a != "Entity"), cls)


@dataclass
class Resolver:
    """Accumulates entities over documents; ``add`` resolves one document's extraction."""

    ont: Ontology
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    _full_names: dict[str, set[str]] = field(default_factory=dict)  # surname -> person keys
    _by_name: dict[tuple[str, str], str] = field(default_factory=dict)  # (top class, folded) -> key
    _acronyms: dict[str, str] = field(default_factory=dict)  # folded acronym -> key
    _weak: set[str] = field(default_factory=set)  # keys whose type is only the NER model's guess
    # document labels used with two dates in the document being added ("Letter, ..., 6 November")
    _dated_twice: set[str] = field(default_factory=set)

    def key_for(self, m: Mention, doc_id: str, local: dict[int, str]) -> str | None:
        """Entity key for a mention (creates nothing)."""
        if m.alias_iri:
            return m.alias_iri[len(RES):] if m.alias_iri.startswith(RES) else slug(m.alias_iri)
        name = fold(m.label)
        if m.source == "name" and len(name.split()) == 1 and (m.weak_type or not m.types or
                                                             m.types[0] == "Person"):
            # "Stimson told reporters" after "Henry L. Stimson": the surname is the person,
            # whatever the NER model guessed
            full = self._full_names.get(name, set())
            if len(full) == 1:
                m.types = ["Person"]
                return next(iter(full))
        cls = m.types[0] if m.types else None
        if cls is None:
            return None
        top = _top(self.ont, cls)
        if not name:
            return None
        if cls in DOC_SCOPED or top in DOC_SCOPED:
            # (two letters of one catalogue page, "Letter, Harris to Portal, 6 November ... Letter,
            # Portal to Harris, 12 November", are two letters: their dates tell them apart)
            dated = f"|{m.date}" if m.date and name in self._dated_twice else ""
            h = hashlib.sha1(f"{doc_id}|{top}|{name}{dated}".encode()).hexdigest()[:8]
            return f"{slug(m.label)}_{h}"
        if name.replace(" ", "") in self._acronyms and len(name.split()) == 1:
            return self._acronyms[name.replace(" ", "")]
        existing = self._by_name.get((top, name))
        if existing:
            return existing
        variant = self._ocr_variant(top, name) if m.source == "name" else None
        if variant:
            return variant
        return slug(m.label) if (top, name) not in self._by_name else None

    def _ocr_variant(self, top: str, name: str) -> str | None:
        """An entity of the same class whose one-word name is one OCR slip away
        ("Zeltz" for "Zeitz"): at least 6 letters, same first and last letter."""
        from rapidfuzz.distance import Levenshtein

        if len(name) < 6 or " " in name:
            return None
        hits = {k for (t, n), k in self._by_name.items()
                if t == top and " " not in n and abs(len(n) - len(name)) <= 1 and n[0] == name[0]
                and n[-1] == name[-1] and Levenshtein.distance(n, name, score_cutoff=1) <= 1}
        return next(iter(hits)) if len(hits) == 1 else None

    def _entity(self, key: str, m: Mention, doc_id: str) -> Entity:
        e = self.entities.get(key)
        if e is None:
            e = Entity(key=key, pref_label=m.label, types=list(m.types[:1]),
                       iri=m.alias_iri)
            self.entities[key] = e
            if m.weak_type and m.types:
                self._weak.add(key)
            if m.alias_iri:
                alias = next((a for a in self.ont.aliases if a.iri == m.alias_iri), None)
                if alias:
                    e.same_as = list(alias.same_as)
            cls = m.types[0] if m.types else None
            if cls:
                top = _top(self.ont, cls)
                self._by_name.setdefault((top, fold(m.label)), key)
                if top == "Person" and len(fold(m.label).split()) > 1:
                    self._full_names.setdefault(fold(m.label).split()[-1], set()).add(key)
                words = [w for w in re.findall(r"[A-Za-z]+", m.label) if w[0].isupper()]
                if len(words) >= 2:
                    self._acronyms.setdefault("".join(w[0] for w in words).lower(), key)
        if m.text.strip() and m.text.strip() != e.pref_label and m.source != "quote":
            surface = re.sub(r"(?:'s|')$", "", m.text.strip()).strip()
            # ('"Bomber" Harris': a nickname's quotation marks are not part of the name)
            surface = re.sub(r"\s+", " ", surface.replace('"', "")).strip()
            if m.source == "noun" and len(surface.split()) == 1 and fold(m.label).endswith(" " + fold(surface)):
                surface = ""  # "plants" of "the Blechhammer plants": a bare noun names nothing
            if surface and surface != e.pref_label and fold(surface) != "":
                e.alt_labels.add(surface)
        if m.label != e.pref_label:
            e.alt_labels.add(m.label)
        if m.types and (not e.types or key in self._weak and not m.weak_type):
            # (a type the text gives, through a relation or a name word, beats the NER's guess)
            if e.types and e.types[0] != m.types[0]:
                self._by_name.setdefault((_top(self.ont, m.types[0]), fold(e.pref_label)), key)
            e.types = [m.types[0]]
            self._weak.discard(key)
        if m.quantity and not e.quantity:
            e.quantity = m.quantity
        e.documents.add(doc_id)
        return e

    def add(self, doc_id: str, path: str, sentences, mentions: list[Mention],
            coref: dict[int, Mention], raw_facts: list[RawFact], statements) -> list[Fact]:
        """Resolve one document. ``sentences[token_index]`` gives the evidence sentence as
        (text, start, end), the offsets already mapped into the original file."""
        # full person names first, so that bare surnames in the same document can join them
        for m in mentions:
            if m.types[:1] == ["Person"] and not m.alias_iri and len(fold(m.label).split()) > 1:
                self._entity(self.key_for(m, doc_id, {}) or slug(m.label), m, doc_id)
        # an acronym in brackets right after a name: "Ministry of Economic Warfare (MEW)"
        keys: dict[int, str] = {}
        dates: dict[str, set[str]] = {}
        for m in mentions:
            if m.types[:1] == ["Document"] and m.date and coref.get(m.head, m) is m:
                dates.setdefault(fold(m.label), set()).add(m.date)
        self._dated_twice = {name for name, ds in dates.items() if len(ds) > 1}
        # Documents owned by a pronoun get their owner's name: "his letter" → "Portal's letter"
        for m in mentions:
            if m.types[:1] == ["Document"] and m.owner is not None and m.owner in coref and "'s " not in m.label:
                m.label = f"{coref[m.owner].label}'s {m.label}"
        for m in mentions:
            if m.source in ("pronoun", "quote"):  # quotations become statements below
                continue
            if m.source in ("noun", "name") and coref.get(m.head, m) is not m:
                continue  # "the directive", "the Ministry": the document or body named before
            k = self.key_for(m, doc_id, keys)
            if k is None:
                k = slug(m.label) + "_" + hashlib.sha1(f"{m.types}|{m.label}".encode()).hexdigest()[:6]
            if not m.types and k not in self.entities:
                continue  # untyped and unknown: only kept if a fact gives it a type (below)
            self._entity(k, m, doc_id)
            keys[id(m)] = k
        for m in mentions:  # 'Memorandum by X, "The Use of ...,"': the title names the document
            target = coref.get(m.head, m)
            if m.source == "name" and target is not m and m.types[:1] == ["Document"] and id(target) in keys:
                self.entities[keys[id(target)]].alt_labels.add(m.text)
        out: list[Fact] = []
        for i, (speaker, stmt, quotes, vi) in enumerate(statements):
            k = f"{doc_id}_statement_{i + 1}"
            e = self.entities.setdefault(k, Entity(key=k, pref_label=_short(stmt.label), types=["Statement"],
                                                   text=stmt.label))
            e.documents.add(doc_id)
            keys[id(stmt)] = k
        for f in raw_facts:
            prop = self.ont.properties[f.prop]
            for m, allowed in ((f.subject, prop.domain), (f.obj, prop.range)):
                if m is not None and id(m) not in keys:
                    # the relation types an untyped name first, so that it can join a known
                    # entity of that class (an OCR variant, a surname)
                    inferred = sorted(allowed)[0] if len(allowed) == 1 else None
                    if inferred and not m.types:
                        m.types = [inferred]
                    k = self.key_for(m, doc_id, keys) or slug(m.label)
                    if m.types:
                        self._entity(k, m, doc_id)
                        keys[id(m)] = k
            s_key = keys.get(id(f.subject))
            o_key = keys.get(id(f.obj)) if f.obj is not None else None
            if s_key is None or (f.obj is not None and o_key is None) or s_key == o_key:
                continue
            text, o_start, o_end = sentences[f.token]
            att = keys.get(id(f.attributed_to)) if f.attributed_to is not None else None
            ev = Evidence(doc_id, path, text, o_start, o_end, f.rule, f.confidence, att)
            out.append(Fact(s_key, f.prop, o_key if o_key else (f.literal or ""), ev, literal=f.obj is None,
                            datatype=f.datatype, quantity=f.quantity))
        # dates on documents and events
        for m in mentions:
            # (a later "the letter ... on 12 December" dates the letter it refers to)
            k = keys.get(id(m)) or (keys.get(id(coref[m.head])) if m.head in coref else None)
            if m.date and k is not None:
                text, o_start, o_end = sentences[m.head]
                ev = Evidence(doc_id, path, text, o_start, o_end, "date", 0.8)
                out.append(Fact(k, "date", m.date, ev, literal=True, datatype=m.date_type or "string"))
        self.facts.extend(out)
        return out

    def schema_facts(self) -> list[Fact]:
        """The facts that still fit their property's domain and range now that entities are
        resolved across documents. A mention may fit where its entity, typed by every document,
        does not: "the Strategic Air Forces in Europe" read as a place in one document is a
        military unit in the graph, and "locatedIn" would break the SHACL shapes."""
        def fits(key: str, allowed: set[str]) -> bool:
            e = self.entities.get(key)
            return e is None or not e.types or self.ont.fits(e.types, allowed)

        out = []
        for f in self.facts:
            p = self.ont.properties.get(f.prop)
            if p is None or f.open_relation or (fits(f.subject, p.domain) and
                                                (f.literal or fits(f.obj, p.range))):
                out.append(f)
        return out


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"
