"""Tests for graph/validate.py and ontology/shapes.ttl: the seed conforms, broken graphs do not."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from graph.errors import InputError
from graph.ontology import load_ontology
from graph.validate import default_shapes_path, validate_file, validate_graph

ROOT = Path(__file__).resolve().parents[1]
KG = Namespace("https://w3id.org/histkg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.fixture(scope="module")
def seed() -> Graph:
    from graph.build import extract_graph

    return extract_graph([ROOT / "seeds"]).graph


@pytest.fixture()
def g(seed: Graph) -> Graph:
    copy = Graph()
    for t in seed:
        copy.add(t)
    return copy


def by_label(g: Graph, label: str) -> URIRef:
    return next(s for s in g.subjects(SKOS.prefLabel, Literal(label)) if isinstance(s, URIRef))


def a_reified_fact(g: Graph) -> URIRef:
    return sorted(g.subjects(RDF.type, RDF.Statement))[0]


def test_seed_build_conforms(seed: Graph) -> None:
    r = validate_graph(seed)
    assert r.conforms, [str(v) for v in r.violations]
    assert r.violations == []


def test_second_preflabel_is_a_violation(g: Graph) -> None:
    portal = by_label(g, "Portal")
    g.add((portal, SKOS.prefLabel, Literal("Sir Charles Portal")))
    r = validate_graph(g)
    assert not r.conforms
    got = [(v.focus, v.path, v.severity) for v in r.violations]
    assert got == [(str(portal), str(SKOS.prefLabel), "Violation")]


def test_replies_to_a_place_breaks_the_range(g: Graph) -> None:
    germany = by_label(g, "Germany")
    g.add((by_label(g, "Portal"), KG.repliesTo, germany))
    r = validate_graph(g)
    assert not r.conforms
    assert any(v.focus == str(germany) and "repliesTo" in v.message for v in r.violations)


def test_subclass_counts_for_the_range(g: Graph) -> None:
    # Bomber Command is a kg:MilitaryUnit; kg:criticized wants a Person or Organization:
    # RDFS inference over rdfs:subClassOf makes it an Organization
    g.add((by_label(g, "Portal"), KG.criticized, by_label(g, "Bomber Command")))
    assert validate_graph(g).conforms


def test_facility_is_not_a_place(g: Graph) -> None:
    # the design keeps Facility and Place apart: nothing is located "in" a plant
    g.add((by_label(g, "Pölitz"), KG.locatedIn, by_label(g, "Leuna")))
    assert not validate_graph(g).conforms


def test_domain_is_checked(g: Graph) -> None:
    g.add((by_label(g, "Germany"), KG.addressedTo, by_label(g, "Harris")))
    r = validate_graph(g)
    assert [v.message for v in r.violations] == ["kg:addressedTo: the subject must be a kg:Document"]


def test_reified_fact_provenance(g: Graph) -> None:
    f = a_reified_fact(g)
    g.remove((f, PROV.wasDerivedFrom, None))
    g.set((f, KG.startOffset, Literal(-1)))
    g.set((f, KG.confidence, Literal("1.5", datatype=XSD_DECIMAL)))
    r = validate_graph(g)
    assert {(v.focus, v.path.rsplit("#", 1)[-1]) for v in r.violations} == {
        (str(f), "wasDerivedFrom"), (str(f), "startOffset"), (str(f), "confidence")}


def test_validate_file_reads_turtle_and_reports_errors(seed: Graph, tmp_path: Path) -> None:
    ttl = tmp_path / "graph.ttl"
    seed.serialize(ttl, format="turtle")
    assert validate_file(ttl).conforms
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/histkg/ontology#> .\nkg:a kg:b .\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{bad}: cannot parse RDF file") as e:
        validate_file(bad)
    assert "\n" not in str(e.value) and e.value.exit_code == 3
    with pytest.raises(InputError, match="no such RDF file"):
        validate_file(tmp_path / "missing.ttl")


def _classes(shapes: Graph, shape) -> set[str]:
    """Classes a domain/range shape allows: one sh:class or an sh:or of them."""
    if shapes.value(shape, SH["class"]) is not None:
        return {str(shapes.value(shape, SH["class"])).rsplit("#", 1)[-1]}
    return {str(shapes.value(m, SH["class"])).rsplit("#", 1)[-1]
            for m in Collection(shapes, shapes.value(shape, SH["or"]))}


def test_shapes_mirror_the_ontology_domain_and_range() -> None:
    ont = load_ontology()
    shapes = Graph().parse(default_shapes_path())
    for name, prop in ont.properties.items():
        if prop.kind != "object":
            continue
        for allowed, target in ((prop.domain, SH.targetSubjectsOf), (prop.range, SH.targetObjectsOf)):
            found = list(shapes.subjects(target, KG[name]))
            if not allowed:
                continue
            side = "domain" if target == SH.targetSubjectsOf else "range"
            assert found, f"no shape for the {side} of {name}"
            got = _classes(shapes, found[0])
            # the same set once subclasses are folded in (Facility is covered by Place)
            assert all(any(ont.is_a(c, a) for a in got) for c in allowed), (name, allowed, got)
            assert all(any(ont.is_a(c, a) for a in allowed) for c in got), (name, allowed, got)


def test_facts_that_no_longer_fit_once_entities_are_resolved_are_left_out(ontology):
    from graph.records import Entity, Evidence, Fact
    from graph.resolve import Resolver

    ev = Evidence("d", "d.txt", "s", 0, 1, "prep:in", 0.8)
    resolver = Resolver(ontology)
    resolver.entities.update({"saf": Entity("saf", "Strategic Air Forces", types=["MilitaryUnit"]),
                              "europe": Entity("europe", "Europe", types=["Place"]),
                              "leuna": Entity("leuna", "Leuna", types=["Facility"])})
    wrong = Fact("saf", "locatedIn", "europe", ev)
    right = [Fact("leuna", "locatedIn", "europe", ev), Fact("saf", "attacked", "leuna", ev)]
    resolver.facts.extend([wrong] + right)
    # read as a place in one document, a military unit across the corpus: no place for it
    assert resolver.schema_facts() == right
