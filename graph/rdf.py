"""Entities, facts and provenance to RDF (rdflib), and atomic Turtle output.

Each fact is a plain triple (``res:Charles_Portal kg:repliesTo res:Arthur_Harris``) and
also a reified ``rdf:Statement`` carrying its provenance in PROV-O terms: the source
document (``prov:wasDerivedFrom``), the extraction activity (``prov:wasGeneratedBy``),
who the text says asserted it (``kg:attributedTo``, a sub-property of
``prov:wasAttributedTo``), the sentence, its character offsets in the original file, the
rule that fired and a confidence.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .ontology import KG as KG_IRI, OPEN as OPEN_IRI, RES as RES_IRI
from .records import Entity, Fact

KG = Namespace(KG_IRI)
RES = Namespace(RES_IRI)
OPEN = Namespace(OPEN_IRI)
DOC = Namespace("https://w3id.org/histkg/doc/")
AGENT = URIRef("https://w3id.org/histkg/agent/kg-builder")


def entity_iri(e: Entity) -> URIRef:
    return URIRef(e.iri) if e.iri else RES[e.key]


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("kg", KG), ("res", RES), ("doc", DOC), ("open", OPEN), ("skos", SKOS), ("prov", PROV),
                       ("owl", OWL), ("dcterms", DCTERMS), ("xsd", XSD)):
        g.bind(prefix, ns)
    return g


def clean_literal(text: str) -> str:
    """Drop characters XML/Turtle tools reject (C0 controls but tab/newline, lone surrogates)."""
    return "".join(c for c in text if (c >= " " or c in "\t\n") and not 0xD800 <= ord(c) <= 0xDFFF
                   and c not in "\ufffe\uffff")


def add_entities(g: Graph, entities: Iterable[Entity]) -> None:
    for e in sorted(entities, key=lambda e: e.key):
        if not e.types:
            continue
        iri = entity_iri(e)
        for t in e.types:
            g.add((iri, RDF.type, KG[t]))
        g.add((iri, SKOS.prefLabel, Literal(clean_literal(e.pref_label))))
        g.add((iri, RDFS.label, Literal(clean_literal(e.pref_label))))
        for a in sorted(e.alt_labels):
            if a != e.pref_label:
                g.add((iri, SKOS.altLabel, Literal(clean_literal(a))))
        for s in e.same_as:
            g.add((iri, OWL.sameAs, URIRef(s)))
        if e.quantity:
            g.add((iri, KG.quantity, Literal(e.quantity)))
        if e.text:
            g.add((iri, KG.text, Literal(clean_literal(e.text))))
        for d in sorted(e.documents):
            g.add((iri, DCTERMS.source, DOC[d]))


def add_document(g: Graph, doc_id: str, path: str, sha: str | None = None) -> URIRef:
    d = DOC[doc_id]
    g.add((d, RDF.type, KG.SourceDocument))
    g.add((d, RDF.type, PROV.Entity))
    g.add((d, RDFS.label, Literal(path.rsplit("/", 1)[-1])))
    g.add((d, PROV.atLocation, Literal(path)))
    act = DOC[f"{doc_id}-extraction"]
    g.add((act, RDF.type, PROV.Activity))
    g.add((act, PROV.used, d))
    g.add((act, PROV.wasAssociatedWith, AGENT))
    g.add((AGENT, RDF.type, PROV.SoftwareAgent))
    g.add((AGENT, RDFS.label, Literal("kg-builder")))
    return d


def add_facts(g: Graph, facts: Iterable[Fact], entities: dict[str, Entity]) -> None:
    for f in facts:
        s = entity_iri(entities[f.subject])
        ns = OPEN if f.open_relation else KG
        p = ns[f.prop]
        if f.literal:
            dt = XSD[f.datatype] if f.datatype and f.datatype != "string" else None
            o = Literal(clean_literal(f.obj), datatype=dt)
        else:
            o = entity_iri(entities[f.obj])
        g.add((s, p, o))
        ev = f.evidence
        h = hashlib.sha1(f"{s}|{p}|{o}|{ev.doc_id}|{ev.start}|{ev.rule}".encode()).hexdigest()[:16]
        st = RES[f"fact_{h}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, DOC[ev.doc_id]))
        g.add((st, PROV.wasGeneratedBy, DOC[f"{ev.doc_id}-extraction"]))
        g.add((st, KG.sentence, Literal(clean_literal(ev.sentence))))
        g.add((st, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
        g.add((st, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
        g.add((st, KG.rule, Literal(ev.rule)))
        # canonical lexical form ("0.8", "1"), as the store normalises it, so graph.ttl and the store agree
        conf = f"{ev.confidence:.2f}".rstrip("0").rstrip(".")
        g.add((st, KG.confidence, Literal(conf, datatype=XSD.decimal)))
        if ev.attributed_to and ev.attributed_to in entities:
            g.add((st, KG.attributedTo, entity_iri(entities[ev.attributed_to])))
        if f.quantity:
            g.add((st, KG.quantity, Literal(f.quantity)))


def to_oxigraph(t):
    """The pyoxigraph term for an rdflib term."""
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    return ox.BlankNode(str(t))


def from_oxigraph(t):
    """The rdflib term for a pyoxigraph term (the inverse of :func:`to_oxigraph`)."""
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt == str(XSD.string) else URIRef(dt))
    return BNode(t.value)


def turtle(g: Graph) -> str:
    """Turtle of ``g``, written by Oxigraph (much faster than rdflib's serializer), triples
    sorted so the same graph always gives the same file."""
    import pyoxigraph as ox

    term = to_oxigraph

    triples = sorted(g, key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
    prefixes = {p: str(ns) for p, ns in g.namespaces() if p in {"kg", "res", "doc", "open", "skos", "prov", "owl",
                                                                  "dcterms", "xsd", "rdf", "rdfs"}}
    prefixes.setdefault("rdf", str(RDF))
    prefixes.setdefault("rdfs", str(RDFS))
    data = ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples], format=ox.RdfFormat.TURTLE,
                        prefixes=prefixes)
    return data.decode("utf-8")
