"""An interactive, self-contained HTML view of the graph (vis-network, inlined).

No request leaves the page: vis-network's JavaScript and CSS (shipped inside pyvis) are
inlined, and the data is embedded as JSON with every string escaped for HTML and
``</script>``. Labels are set as text by vis-network, never as HTML.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

PALETTE = {"Person": "#e15759", "Organization": "#4e79a7", "MilitaryUnit": "#1f4e79", "GovernmentBody": "#76b7b2",
           "Place": "#59a14f", "Facility": "#8c6d31", "TargetSystem": "#f28e2b", "Event": "#b07aa1",
           "Campaign": "#9c4f96", "Document": "#edc948", "Statement": "#bab0ac"}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    base = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (base / "vis-network.min.js").read_text(encoding="utf-8"), \
        (base / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(data) -> str:
    # JSON inside <script>: escape '<', '>' and '&' so no string can close the tag
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(g: nx.MultiDiGraph, title: str = "Knowledge graph") -> str:
    """Render a networkx graph whose nodes carry ``label``/``type``/``title`` and edges
    ``label``/``title`` (plain text) into one offline HTML page."""
    js, css = _vis_assets()
    deg = dict(g.degree())
    nodes = [{"id": str(n), "label": d.get("label", str(n)), "group": d.get("type", "Entity"),
              "title": d.get("title", d.get("label", "")), "value": 1 + deg.get(n, 0),
              "color": PALETTE.get(d.get("type", ""), "#999999")} for n, d in g.nodes(data=True)]
    edges = [{"from": str(u), "to": str(v), "label": d.get("label", ""), "title": d.get("title", ""),
              "arrows": "to"} for u, v, d in g.edges(data=True)]
    legend = "".join(f'<span class="lg"><i style="background:{c}"></i>{html.escape(k)}</span>'
                     for k, c in PALETTE.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>{css}
body{{font-family:sans-serif;margin:0}} #bar{{padding:6px;background:#f4f4f4;border-bottom:1px solid #ccc}}
#net{{width:100%;height:calc(100vh - 70px)}} .lg{{margin-right:10px;font-size:12px}}
.lg i{{display:inline-block;width:10px;height:10px;margin-right:3px;border-radius:5px}}</style></head>
<body><div id="bar"><strong>{html.escape(title)}</strong>
<input id="q" placeholder="search entities" aria-label="search entities">
<select id="cls" aria-label="filter by class"><option value="">all classes</option></select>
<span id="count"></span><br>{legend}</div>
<div id="net"></div>
<script>{js}</script>
<script>
const DATA = {_json_for_script({"nodes": nodes, "edges": edges})};
// vis-network shows a string "title" as text; never hand it HTML
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const net = new vis.Network(document.getElementById("net"), {{nodes, edges}}, {{
  nodes: {{shape: "dot", scaling: {{min: 8, max: 40}}, font: {{size: 14}}}},
  edges: {{font: {{size: 10, align: "middle"}}, smooth: false, color: {{color: "#888"}}}},
  physics: {{stabilization: {{iterations: 300}}, barnesHut: {{gravitationalConstant: -8000}}}},
  interaction: {{hover: true}}
}});
net.once("stabilizationIterationsDone", () => net.setOptions({{physics: false}}));
const sel = document.getElementById("cls");
[...new Set(DATA.nodes.map(n => n.group))].sort().forEach(g => {{
  const o = document.createElement("option"); o.value = g; o.textContent = g; sel.appendChild(o);
}});
function applyFilter() {{
  const q = document.getElementById("q").value.toLowerCase(), c = sel.value;
  const keep = DATA.nodes.filter(n => (!c || n.group === c) && (!q || n.label.toLowerCase().includes(q)));
  nodes.clear(); nodes.add(keep);
  document.getElementById("count").textContent = keep.length + " entities";
}}
document.getElementById("q").addEventListener("input", applyFilter);
sel.addEventListener("change", applyFilter);
document.getElementById("count").textContent = DATA.nodes.length + " entities";
</script></body></html>
"""
