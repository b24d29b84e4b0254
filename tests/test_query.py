"""kg query, the example queries, kg analyze, kg path and kg export on the seed graph."""
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import main
from graph.errors import QueryError
from graph.sparql import query

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(seed_build):
    return seed_build / "graph.ttl"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_replies_by_label(built):
    r = run("query", "SELECT ?a ?b WHERE { ?x kg:repliesTo ?y . ?x skos:prefLabel ?a . ?y skos:prefLabel ?b }",
            "--graph", built)
    assert r.exit_code == 0 and "Portal" in r.output and "Harris" in r.output


def test_json_is_sparql_results_json(built):
    r = run("query", "SELECT ?a ?b WHERE { ?x kg:repliesTo ?y . ?x skos:prefLabel ?a . ?y skos:prefLabel ?b }",
            "--graph", built, "--format", "json")
    data = json.loads(r.output)
    assert data["head"]["vars"] == ["a", "b"]
    binding = data["results"]["bindings"][0]
    assert binding["a"] == {"type": "literal", "value": "Portal"} and binding["b"]["value"] == "Harris"


def test_ask_construct_describe(built):
    assert query("ASK { ?x kg:attacked ?y }", graph_file=built).boolean is True
    ttl = query("CONSTRUCT { ?x kg:repliesTo ?y } WHERE { ?x kg:repliesTo ?y }", graph_file=built).serialize("turtle")
    assert len(Graph().parse(data=ttl, format="turtle")) == 1
    desc = query("DESCRIBE res:Arthur_Harris", graph_file=built).serialize("turtle")
    assert "Harris" in desc


def test_syntax_error_exits_2_with_position(built):
    r = run("query", "SELECT ?a WHERE {\n  ?a kg:repliesTo }", "--graph", built)
    assert r.exit_code == 2
    assert "line 2, column" in r.output and r.output.strip().count("\n") == 0


def test_read_only_unless_update(built, tmp_path):
    with pytest.raises(QueryError, match="read-only"):
        query("INSERT DATA { res:a kg:attacked res:b }", graph_file=built)
    copy = tmp_path / "g.ttl"
    copy.write_bytes(built.read_bytes())
    r = run("query", "INSERT DATA { res:A kg:attacked res:B }", "--graph", copy, "--update")
    assert r.exit_code == 0, r.output
    assert query("ASK { res:A kg:attacked res:B }", graph_file=copy).boolean


def test_stdin_and_file(built):
    r = CliRunner().invoke(main, ["query", "--graph", str(built), "--format", "csv"],
                           input="SELECT ?b WHERE { ?a kg:repliesTo ?b }")
    assert r.exit_code == 0 and "Arthur_Harris" in r.output
    r = run("query", "-f", ROOT / "queries" / "who_replied_to_whom.rq", "--graph", built, "--format", "csv")
    assert r.exit_code == 0 and "Portal,Harris" in r.output


@pytest.mark.parametrize("name, expected", [
    ("who_replied_to_whom.rq", [("Portal", "Harris")]),
    ("hostile_acts.rq", [("Harris", "attacked", "Leuna"), ("Harris", "opposed", "MEW"),
                         ("Portal", "criticized", "Harris")]),
    ("facts_about_entity.rq", [("Harris", "attacked", "Pölitz"), ("Portal", "repliesTo", "Harris")]),
    ("documents.rq", [("Portal's reply", "Portal", "Harris"), ("Bufton's draft", "Bufton")]),
    ("statements.rq", [("Portal", "quoted"), ("Portal", "reported", "Harris attacked Leuna")]),
])
def test_example_queries(built, name, expected):
    res = query((ROOT / "queries" / name).read_text(encoding="utf-8"), graph_file=built)
    rows = [tuple(v or "" for v in row) for row in res.rows]
    for exp in expected:
        assert any(all(e in row for e in exp) for row in rows), (exp, rows)


def test_path_prints_chain_with_sentences(built):
    r = run("path", "Portal", "Leuna", "--graph", built)
    assert r.exit_code == 0, r.output
    assert "Harris --attacked--> Leuna" in r.output and "said Harris had attacked Leuna" in r.output
    r = run("path", "Portal", "Nobody", "--graph", built)
    assert r.exit_code == 3 and "no entity named" in r.output


def test_analyze_writes_report_and_rdf(built, tmp_path):
    g = tmp_path / "graph.ttl"
    g.write_bytes(built.read_bytes())
    r = run("analyze", "--graph", g, "--rdf")
    assert r.exit_code == 0, r.output
    assert "## Network analysis" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert query("ASK { res:Arthur_Harris kg:pageRank ?x ; kg:community ?c }", graph_file=g).boolean


@pytest.mark.parametrize("fmt, rdflib_fmt", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"),
                                              ("trig", "trig")])
def test_rdf_exports_round_trip(built, tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"g.{fmt}"
    r = run("export", "--graph", built, "--format", fmt, "-o", out)
    assert r.exit_code == 0, r.output
    original = Graph().parse(built)
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(out, format="trig")
        again = Graph()
        for s, p, o, _ in ds.quads():
            again.add((s, p, o))
    else:
        again = Graph().parse(out, format=rdflib_fmt)
    assert isomorphic(original, again)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_load_in_networkx(built, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    assert run("export", "--graph", built, "--format", fmt, "-o", out).exit_code == 0
    g = reader(out)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Portal", "Harris", "Leuna"} <= labels and g.number_of_edges() >= 10


def test_csv_export(built):
    r = run("export", "--graph", built, "--format", "csv")
    assert r.exit_code == 0 and r.output.startswith("subject,property,object")
    assert "Portal,repliesTo,Harris" in r.output


def test_analyze_path_viz_export_read_the_store(seed_build, tmp_path):
    """Without --graph these commands read the build's embedded store, not graph.ttl."""
    import shutil

    out = tmp_path / "build"
    shutil.copytree(seed_build, out)
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    (out / "graph.ttl").unlink()  # only the store is left to read
    r = run("export", "--from", out, "--format", "nt")
    assert r.exit_code == 0, r.output
    assert isomorphic(Graph().parse(data=r.output, format="nt"), ttl)
    r = run("path", "Portal", "Harris", "--from", out)
    assert r.exit_code == 0 and "Portal --" in r.output and "--> Harris" in r.output, r.output
    r = run("analyze", "--from", out)
    assert r.exit_code == 0 and "PageRank" in r.output, r.output
    r = run("viz", "--from", out)
    assert r.exit_code == 0 and (out / "graph.html").stat().st_size > 1000, r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("analyze", "--from", empty)
    assert r.exit_code == 3 and "no such graph file" in r.output
