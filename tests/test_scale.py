"""The persistent store, incremental builds and parallel builds."""
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from graph import build as build_mod
from graph.build import build
from graph.sparql import PREFIXES, query
from graph.store import ENTITIES_GRAPH, open_store

ROOT = Path(__file__).resolve().parents[1]
TEXTS = {
    "a.txt": "Tedder criticized Spaatz at the meeting. Spaatz replied to Tedder in March 1944.",
    "b.txt": "The Eighth Air Force bombed the refinery at Ploesti. Harris opposed the Ministry of Economic Warfare.",
    "c.txt": "Letter from Albert Speer to Adolf Hitler, 30 June 1944. Speer said the Allies had bombed Leuna.",
}


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "seed.txt").write_text((ROOT / "seeds" / "000_931d60e5f30441a1.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    return src


@pytest.fixture
def parsed(monkeypatch):
    """Counts the documents that are actually parsed (cache misses)."""
    seen: list[str] = []
    real = build_mod._Worker.run

    def counting(documents):
        seen.extend(Path(d.path).name for d in documents)
        return real(documents)

    monkeypatch.setattr(build_mod._Worker, "run", staticmethod(counting))
    return seen


def test_parallel_build_is_identical(corpus, tmp_path):
    one = build([corpus], out_dir=tmp_path / "one")
    two = build([corpus], out_dir=tmp_path / "two", workers=2)
    assert isomorphic(one.graph, two.graph)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()


def test_incremental_build_parses_only_changed_documents(corpus, tmp_path, parsed):
    out = tmp_path / "out"
    build([corpus], out_dir=out)
    assert sorted(parsed) == ["a.txt", "b.txt", "c.txt", "seed.txt"]
    parsed.clear()
    first = (out / "graph.ttl").read_bytes()
    build([corpus], out_dir=out)
    assert parsed == [] and (out / "graph.ttl").read_bytes() == first
    (corpus / "a.txt").write_text("Tedder persuaded Spaatz to attack the oil plants.", encoding="utf-8")
    res = build([corpus], out_dir=out)
    assert parsed == ["a.txt"]
    assert res.stats["store"]["replaced"] >= 1
    full = build([corpus], out_dir=tmp_path / "full")
    assert isomorphic(res.graph, full.graph)
    parsed.clear()
    build([corpus], out_dir=out, rebuild=True)
    assert len(parsed) == 4


def test_store_has_one_named_graph_per_document(corpus, tmp_path):
    out = tmp_path / "out"
    res = build([corpus], out_dir=out)
    store = open_store(out)
    graphs = {str(g.value) for g in store.named_graphs()}
    assert ENTITIES_GRAPH in graphs and len(graphs) == len(res.documents) + 1
    r = query("SELECT ?b WHERE { ?a kg:repliesTo ?b . ?a skos:prefLabel 'Portal' }", store=store)
    assert r.rows and r.rows[0][0] == "res:Arthur_Harris"
    del store


def test_removed_document_drops_out(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out_dir=out)
    (corpus / "c.txt").unlink()
    res = build([corpus], out_dir=out)
    assert res.stats["store"]["removed"] == 1
    store = open_store(out)
    facts = {str(q.subject.value) for q in store.quads_for_pattern(None, None, None, None)}
    assert not any("Speer" in f for f in facts)
    assert "Speer" not in (out / "graph.ttl").read_text(encoding="utf-8")
    del store


def test_changed_document_is_replaced_exactly(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out_dir=out)
    store = open_store(out)
    before = {str(g.value) for g in store.named_graphs()}
    del store
    (corpus / "b.txt").write_text("Harris opposed the Ministry of Economic Warfare.", encoding="utf-8")
    res = build([corpus], out_dir=out)
    assert res.stats["store"]["removed"] == 1  # the old version's graph
    store = open_store(out)
    after = {str(g.value) for g in store.named_graphs()}
    assert len(after) == len(before) and len(after - before) == 1
    bombed = store.query("ASK { GRAPH ?g { ?x kg:attacked ?y . ?y skos:prefLabel ?l FILTER(CONTAINS(?l, 'refinery')) } }",
                         prefixes={"kg": "https://w3id.org/histkg/ontology#",
                                   "skos": "http://www.w3.org/2004/02/skos/core#"})
    still = store.query("ASK { GRAPH ?g { ?x kg:opposed ?y } }", prefixes={"kg": "https://w3id.org/histkg/ontology#"})
    del store
    assert not bool(bombed) and bool(still)


def _triples(store, graph):
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)}


def test_store_default_graph_is_the_merge_of_the_documents(corpus, tmp_path):
    """A fact asserted by two documents is one triple in the default graph (one query row),
    and the default graph stays the exact merge of the named graphs through incremental builds."""
    import pyoxigraph as ox

    out = tmp_path / "out"
    (corpus / "d.txt").write_text("Spaatz replied to Tedder in April 1944.", encoding="utf-8")
    build([corpus], out_dir=out)
    store = open_store(out)
    rows = query("SELECT ?a WHERE { ?a kg:repliesTo res:Arthur_Tedder }", store=store).rows
    assert len(rows) == 1  # both a.txt and d.txt say it
    unioned = store.query("SELECT ?a WHERE { ?a kg:repliesTo res:Arthur_Tedder }", prefixes=PREFIXES,
                          use_default_graph_as_union=True)
    assert len(list(unioned)) >= 2  # one per graph that holds it: what a union of the graphs would give
    assert len(rows) == len(query("SELECT ?a WHERE { ?a kg:repliesTo res:Arthur_Tedder }",
                                  graph_file=out / "graph.ttl").rows)
    del store
    for step in ("drop d", "drop a", "change b"):
        if step == "drop d":
            (corpus / "d.txt").unlink()
        elif step == "drop a":
            (corpus / "a.txt").unlink()
        else:
            (corpus / "b.txt").write_text("Harris opposed the Ministry of Economic Warfare.", encoding="utf-8")
        build([corpus], out_dir=out)
        store = open_store(out)
        union = set().union(*(_triples(store, g) for g in store.named_graphs()))
        assert _triples(store, ox.DefaultGraph()) == union, step
        del store
    store = open_store(out)
    assert not query("ASK { ?a kg:repliesTo ?b . ?b skos:prefLabel 'Tedder' }", store=store).boolean
    del store
