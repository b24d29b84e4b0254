"""End-to-end CLI tests with click's CliRunner: the build and every kind of bad input."""
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_build_writes_three_files(seed_build):
    for name in ("graph.ttl", "graph.html", "report.md"):
        assert (seed_build / name).stat().st_size > 0
    g = Graph().parse(seed_build / "graph.ttl")
    assert len(g) > 100


def test_turtle_parses_with_oxigraph(seed_build):
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(seed_build / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


def test_core_facts_present(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    q = """PREFIX kg: <https://w3id.org/histkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?a ?b WHERE { ?s kg:repliesTo ?o . ?s skos:prefLabel ?a . ?o skos:prefLabel ?b }"""
    assert ("Portal", "Harris") in {(str(a), str(b)) for a, b in g.query(q)}
    q2 = """PREFIX kg: <https://w3id.org/histkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?b WHERE { ?s kg:taskedWith ?o . ?s skos:prefLabel "Bomber Command" . ?o skos:prefLabel ?b }"""
    assert any("synthetic plants" in str(b) for (b,) in g.query(q2))


def test_every_fact_has_provenance(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    q = """PREFIX kg: <https://w3id.org/histkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p NOT IN (kg:text, kg:quantity))
      ?s a ?c . FILTER(STRSTARTS(STR(?c), STR(kg:)))
      FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d ;
                          kg:sentence ?sent ; kg:startOffset ?a ; kg:endOffset ?b ; kg:rule ?r ; kg:confidence ?c2 } }"""
    missing = list(g.query(q))
    assert not missing, missing[:5]


def test_offsets_point_into_original(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    original = (ROOT / "seeds" / "000_931d60e5f30441a1.txt").read_text(encoding="utf-8")
    q = """PREFIX kg: <https://w3id.org/histkg/ontology#>
    SELECT ?a ?b WHERE { ?st kg:rule ?r ; kg:startOffset ?a ; kg:endOffset ?b ; kg:rule "noun:reply+to" }"""
    rows = list(g.query(q))
    assert rows
    a, b = int(rows[0][0]), int(rows[0][1])
    assert "reply to Harris" in original[a:b]


def _bad(args, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", *args, "--out", str(out), "--no-progress"])
    return r, out


def _one_line_error(r, code):
    assert r.exit_code == code, r.output
    assert r.output.startswith("Error: ") and r.output.strip().count("\n") == 0, r.output
    assert "Traceback" not in r.output


def test_missing_path(tmp_path):
    r, out = _bad([str(tmp_path / "nope")], tmp_path)
    _one_line_error(r, 3)
    assert not out.exists()


def test_folder_without_text(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.csv").write_text("a,b", encoding="utf-8")
    r, out = _bad([str(tmp_path / "in")], tmp_path)
    _one_line_error(r, 3)
    assert not out.exists()


def test_binary_file(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x00\x01\x02\x03binary")
    r, out = _bad([str(p)], tmp_path)
    _one_line_error(r, 3)
    assert "binary" in r.output and not out.exists()


def test_empty_file(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("", encoding="utf-8")
    r, out = _bad([str(p)], tmp_path)
    assert r.exit_code == 3 and "empty" in r.output and "Traceback" not in r.output
    assert not out.exists()


def test_unreadable_file(tmp_path, monkeypatch):
    import os

    p = tmp_path / "u.txt"
    p.write_text("Portal replied to Harris.", encoding="utf-8")
    p.chmod(0)
    if os.access(p, os.R_OK):  # root reads anything: make the read fail the way it would
        real = Path.read_bytes

        def deny(self):
            if self.name == "u.txt":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", deny)
    r, out = _bad([str(p)], tmp_path)
    _one_line_error(r, 3)
    assert "permission denied" in r.output and not out.exists()


def test_non_utf8_file_warns_and_builds(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Harris attacked P\u00f6litz.".encode("cp1252"))
    r, out = _bad([str(p)], tmp_path)
    assert r.exit_code == 0, r.output
    assert "Warning:" in r.output and "UTF-8" in r.output
    assert (out / "graph.ttl").exists()


def test_failed_build_keeps_previous_output(tmp_path, seed_build):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--out", str(out)])
    assert r.exit_code != 0
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]  # nothing else written


def test_output_inside_input_is_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Portal replied to Harris.", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(tmp_path / "docs"), "--out", str(tmp_path / "docs" / "out")])
    _one_line_error(r, 3)


def test_help_teaches():
    r = CliRunner().invoke(main, ["build", "--help"])
    assert r.exit_code == 0 and "Examples" in r.output and "--model" in r.output


def test_validate_command(seed_build):
    r = CliRunner().invoke(main, ["validate", str(seed_build / "graph.ttl")])
    assert r.exit_code == 0 and "conforms" in r.output


def test_eval_command_on_built_graph(seed_build):
    gold = ROOT.parent / "shared" / "eval" / "seed_gold.jsonl"
    if not gold.exists():
        pytest.skip("shared/eval not beside the checkout")
    r = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(seed_build / "graph.ttl")])
    assert r.exit_code == 0, r.output
    last = r.output.strip().splitlines()[-1]
    p, rec = (float(x.split("=")[1]) for x in last.split()[:2])
    assert p >= 0.8 and rec >= 0.8, last


def test_eval_malformed_gold(tmp_path):
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\n{not json\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(bad)])
    _one_line_error(r, 6)
    assert "g.jsonl:" in r.output
