"""graph.viz: the offline HTML page, its escaping, the ego view and big-graph rendering."""
from __future__ import annotations

import json
import random
import re

import networkx as nx
import pytest

from graph.viz import PHYSICS_MAX_NODES, ego_graph, find_nodes, graph_data, render_html, write_viz

XSS = "<img src=x onerror=alert(1)>"
BREAKOUT = "He wrote </script><script>alert(2)</script> then left."


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:e:xss", label=XSS, type="Person", title=XSS)
    g.add_node("urn:e:portal", label="Portal", type="Person")
    g.add_node("urn:e:harris", label="Harris", type="Person")
    g.add_node("urn:e:arthur", label="Arthur Harris Jr", type="Person")
    g.add_node("urn:e:leuna", label="Leuna", type="Facility")
    g.add_node("urn:e:odd", label="Odd", type="<script>alert(3)</script>")
    g.add_node("urn:e:lone", label="Lonely", type="Place")
    g.add_edge("urn:e:portal", "urn:e:harris", key="criticized", label="criticized",
               title="Portal also criticized Harris for his dislike of MEW.")
    g.add_edge("urn:e:portal", "urn:e:harris", key="repliesTo", label="repliesTo", title="")
    g.add_edge("urn:e:harris", "urn:e:leuna", key="attacked", label="attacked", title=BREAKOUT,
               source="<doc>.txt")
    g.add_edge("urn:e:xss", "urn:e:portal", key="met", label="met", title=XSS)
    g.add_edge("urn:e:leuna", "urn:e:odd", key="near", label="near", title="")
    return g


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def outside_scripts(page: str) -> str:
    """The page's markup without the contents of <script> and <style> elements."""
    return re.sub(r"(<(script|style)\b[^>]*>).*?(</\2>)", r"\1\3", page, flags=re.S)


def test_page_is_self_contained_and_locked_down():
    page = render_html(small_graph(), title="Test")
    lowered = page.lower()
    assert "<script src" not in lowered and "<link" not in lowered
    assert re.search(r"<script\b[^>]*\bsrc\s*=", lowered) is None
    assert ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:") in page
    # the CSP comes before anything that could load or run
    assert page.index("Content-Security-Policy") < page.index("<style") < page.index("<script")
    markup = outside_scripts(page)
    assert "http://" not in markup and "https://" not in markup
    assert " src=" not in markup and " href=" not in markup
    # vis-network is inlined (and vis's CSS only refers to data: images)
    assert "vis.Network" in page and "vis-tooltip" in page
    for url in re.findall(r"url\(([^)]*)\)", page):
        assert url.strip("\"' ").startswith("data:")


def test_texts_are_escaped_everywhere():
    page = render_html(small_graph(), title=f"Graph {XSS}")
    assert "<img src=x" not in page
    assert "</script><script>alert" not in page
    assert "<script>alert(3)" not in page
    # the only </script> tags close the page's own three scripts
    assert page.lower().count("</script") == 3
    markup = outside_scripts(page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup            # heading and <title>
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in markup          # legend and class options
    assert re.search(r"<option value=\"&lt;script&gt;alert\(3\)&lt;/script&gt;\">", markup)
    # ... yet the data round-trips exactly
    data = page_data(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["urn:e:xss"]["full"] == XSS
    assert by_id["urn:e:xss"]["title"].splitlines() == [XSS, "class: Person"]
    assert by_id["urn:e:odd"]["group"] == "<script>alert(3)</script>"
    edge = next(e for e in data["edges"] if e["label"] == "attacked")
    assert edge["title"] == "attacked\n" + BREAKOUT + "\nsource: <doc>.txt"


def test_legend_size_labels_and_tooltips():
    g = small_graph()
    data = graph_data(g)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["urn:e:portal"]["value"] > by_id["urn:e:lone"]["value"]   # sized by degree
    assert by_id["urn:e:portal"]["color"] == "#e15759" and by_id["urn:e:leuna"]["color"] == "#8c6d31"
    assert {e["label"] for e in data["edges"]} == {"criticized", "repliesTo", "attacked", "met", "near"}
    crit = next(e for e in data["edges"] if e["label"] == "criticized")
    assert crit["title"] == "criticized\nPortal also criticized Harris for his dislike of MEW."
    replies = next(e for e in data["edges"] if e["label"] == "repliesTo")
    assert replies["title"] == "repliesTo\n(no evidence sentence)"
    assert replies["smooth"]["enabled"] is True and "smooth" not in crit   # parallel edges curve apart
    page = render_html(g)
    markup = outside_scripts(page)
    assert 'data-cls="Person"' in markup and "Person (4)" in markup and "Facility (1)" in markup
    assert 'id="q"' in markup and 'id="cls"' in markup and 'id="count"' in markup
    assert page_data(page)["config"]["physics"] is True


def test_alt_labels_in_tooltip_and_long_labels_shortened():
    g = nx.MultiDiGraph()
    g.add_node("a", label="Arthur Harris", type="Person", alt_labels=["Bomber Harris", "Arthur Harris"])
    g.add_node("b", label="x" * 120, type="Statement")
    data = graph_data(g)
    assert data["nodes"][0]["title"] == "Arthur Harris\nclass: Person\nalso: Bomber Harris"
    assert len(data["nodes"][1]["label"]) <= 40 and data["nodes"][1]["full"] == "x" * 120


def test_empty_graph_renders():
    page = render_html(nx.MultiDiGraph())
    assert page_data(page)["nodes"] == []


# --- ego view -------------------------------------------------------------------------------

def test_find_nodes_exact_then_substring():
    g = small_graph()
    assert find_nodes(g, "harris") == ["urn:e:harris"]          # exact beats "Arthur Harris Jr"
    assert find_nodes(g, "ARTHUR") == ["urn:e:arthur"]          # unique substring
    assert find_nodes(g, "urn:e:leuna") == ["urn:e:leuna"]      # an IRI
    assert find_nodes(g, XSS.upper()) == ["urn:e:xss"]


def test_find_nodes_errors_are_one_line():
    g = small_graph()
    with pytest.raises(ValueError, match=r"no entity matches focus 'Portla'; close matches: 'Portal'") as e:
        find_nodes(g, "Portla")
    assert "\n" not in str(e.value)
    with pytest.raises(ValueError, match="no close match among 7 entities"):
        find_nodes(g, "Zeppelin")
    with pytest.raises(ValueError, match=r"^focus 'arr' is ambiguous: it matches 'Harris', 'Arthur Harris Jr'; "
                                         r"give the full label$"):
        find_nodes(g, "arr")
    with pytest.raises(ValueError, match="empty focus"):
        find_nodes(g, "  ")


def test_ego_graph_depths():
    g = small_graph()
    one = ego_graph(g, "Portal", 1)
    assert set(one) == {"urn:e:portal", "urn:e:harris", "urn:e:xss"}
    assert one.number_of_edges() == 3          # both parallel Portal-Harris edges and "met"
    assert one.graph["focus"] == ["urn:e:portal"]
    assert set(ego_graph(g, "Portal", 2)) == {"urn:e:portal", "urn:e:harris", "urn:e:xss", "urn:e:leuna"}
    assert set(ego_graph(g, "portal", 0)) == {"urn:e:portal"}
    assert set(ego_graph(g, "Lonely", 3)) == {"urn:e:lone"}
    # edge direction is ignored: Odd is reached backwards along "near"
    assert "urn:e:leuna" in ego_graph(g, "Odd", 1)
    assert g.number_of_nodes() == 7            # the input is untouched
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="depth"):
            ego_graph(g, "Portal", bad)


def test_ego_graph_same_label_twice():
    g = nx.MultiDiGraph()
    g.add_node("a1", label="Leuna", type="Facility")
    g.add_node("a2", label="Leuna", type="Place")
    g.add_node("b", label="Merseburg", type="Place")
    g.add_edge("a2", "b", key="near", label="near")
    assert set(ego_graph(g, "leuna", 1)) == {"a1", "a2", "b"}
    assert set(ego_graph(g, "leun", 1)) == {"a1", "a2", "b"}


def test_render_focus():
    page = render_html(small_graph(), title="T", focus="portal", depth=1)
    data = page_data(page)
    assert {n["id"] for n in data["nodes"]} == {"urn:e:portal", "urn:e:harris", "urn:e:xss"}
    assert next(n for n in data["nodes"] if n["id"] == "urn:e:portal").get("focus") is True
    assert "around Portal, depth 1" in outside_scripts(page)
    with pytest.raises(ValueError, match="no entity matches"):
        render_html(small_graph(), focus="nobody")


# --- big graphs -------------------------------------------------------------------------------

def test_big_graph_renders_without_pyvis_from_nx(monkeypatch):
    import pyvis.network

    def forbidden(*a, **k):
        raise AssertionError("Network.from_nx is quadratic; render_html must not use it")

    monkeypatch.setattr(pyvis.network.Network, "from_nx", forbidden)
    rng = random.Random(0)
    n, m = 20_000, 40_000
    g = nx.MultiDiGraph()
    classes = ["Person", "Place", "Event", "Facility", "Organization"]
    g.add_nodes_from((f"urn:n:{i}", {"label": f"entity {i}", "type": classes[i % 5]}) for i in range(n))
    for j in range(m):
        g.add_edge(f"urn:n:{rng.randrange(n)}", f"urn:n:{rng.randrange(n)}", key=f"p{j}", label="rel",
                   title="sentence")
    page = render_html(g)
    data = page_data(page)
    assert len(data["nodes"]) == n and len(data["edges"]) == m
    assert data["config"]["physics"] is False
    assert all("x" in node and "y" in node for node in data["nodes"])
    xs = [node["x"] for node in data["nodes"]]
    assert max(xs) - min(xs) > 1000           # spread out, not collapsed


def test_physics_threshold():
    def chain(n):
        g = nx.MultiDiGraph()
        for i in range(n):
            g.add_node(i, label=f"n{i}", type="Place")
        for i in range(1, n):
            g.add_edge(i - 1, i, key="near", label="near")
        return g

    small = page_data(render_html(chain(PHYSICS_MAX_NODES)))
    assert small["config"]["physics"] is True and "x" not in small["nodes"][0]
    big = page_data(render_html(chain(PHYSICS_MAX_NODES + 1)))
    assert big["config"]["physics"] is False and "x" in big["nodes"][0]


# --- write_viz --------------------------------------------------------------------------------

TTL = """\
@prefix kg: <https://w3id.org/histkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix e: <https://example.org/e/> .

e:portal a kg:Person ; skos:prefLabel "Portal" ; skos:altLabel "Charles Portal" .
e:harris a kg:Person ; skos:prefLabel "Harris" .
e:xss a kg:Person ; skos:prefLabel "<img src=x onerror=alert(1)>" .
e:portal kg:criticized e:harris .
e:xss kg:criticized e:portal .
e:st1 a rdf:Statement ; rdf:subject e:portal ; rdf:predicate kg:criticized ; rdf:object e:harris ;
    kg:sentence "Portal also criticized Harris </script><script>alert(2)</script>." .
"""


def test_write_viz(tmp_path):
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(TTL, encoding="utf-8")
    out = tmp_path / "site" / "graph.html"
    drawn = write_viz(ttl, out)
    assert drawn.number_of_nodes() == 3 and drawn.number_of_edges() == 2
    page = out.read_text(encoding="utf-8")
    assert "<img src=x" not in page and "</script><script>alert" not in page
    data = page_data(page)
    portal = next(n for n in data["nodes"] if n["full"] == "Portal")
    assert portal["title"] == "Portal\nclass: Person\nalso: Charles Portal"
    crit = next(e for e in data["edges"] if e["from"].endswith("portal"))
    assert crit["title"].startswith("criticized\nPortal also criticized Harris </script><script>alert(2)</script>.")
    assert "Knowledge graph: graph.ttl" in page
    assert list(out.parent.iterdir()) == [out]            # no temporary files left behind

    ego = tmp_path / "ego.html"
    drawn = write_viz(ttl, ego, focus="harris", depth=1, title="Harris & co")
    assert set(drawn) == {"https://example.org/e/harris", "https://example.org/e/portal"}
    assert "Harris &amp; co" in ego.read_text(encoding="utf-8")


def test_write_viz_errors(tmp_path):
    from graph.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        write_viz(tmp_path / "missing.ttl", tmp_path / "out.html")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is @not turtle <", encoding="utf-8")
    with pytest.raises(InputError, match="not valid Turtle"):
        write_viz(bad, tmp_path / "out.html")
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(TTL, encoding="utf-8")
    with pytest.raises(ValueError, match="close matches: 'Harris'"):
        write_viz(ttl, tmp_path / "out.html", focus="Haris")
    assert not (tmp_path / "out.html").exists()
