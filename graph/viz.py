"""An interactive, self-contained HTML view of the graph (vis-network, inlined).

The page works offline and cannot fetch anything:

* vis-network's JavaScript and CSS (shipped inside pyvis 0.3.2) are inlined; there is no
  ``<script src>`` and no ``<link>``, and a strict Content-Security-Policy
  (``default-src 'none'``) forbids every request the page could make;
* the data is embedded as JSON with ``<``, ``>`` and ``&`` escaped, so no string from the
  texts can close the ``<script>``; text in the HTML around it goes through
  :func:`html.escape`, and the script only ever sets ``textContent``;
* vis-network draws labels on a canvas and shows a *string* tooltip with ``innerText``
  (vis-network 9.1.2, ``Popup.setText``), so an entity named ``<img src=x onerror=...>``
  is shown as text and runs nothing.

pyvis itself is not used to build the page: its template does not autoescape, its
"local"/"in_line" modes still pull from CDNs, and ``Network.from_nx`` is quadratic.

Layout: up to :data:`PHYSICS_MAX_NODES` nodes, vis-network's physics runs for a bounded
number of stabilisation iterations and is then switched off; above that, positions are
precomputed here (:func:`layout_positions`) and physics is never on.
"""
from __future__ import annotations

import difflib
import html
import json
import math
from pathlib import Path

import networkx as nx

PALETTE = {"Person": "#e15759", "Organization": "#4e79a7", "MilitaryUnit": "#1f4e79", "GovernmentBody": "#76b7b2",
           "Place": "#59a14f", "Facility": "#8c6d31", "TargetSystem": "#f28e2b", "Event": "#b07aa1",
           "Campaign": "#9c4f96", "Document": "#edc948", "Statement": "#bab0ac"}
# colours for classes outside PALETTE (extension ontologies), picked by a stable hash
EXTRA_COLOURS = ["#ff9da7", "#9d7660", "#d37295", "#86bcb6", "#b6992d", "#499894", "#d4a6c8", "#79706e"]

PHYSICS_MAX_NODES = 1000      # above this, positions are precomputed and physics stays off
STABILIZATION_ITERATIONS = 400
LABEL_MAX = 40                # longer labels are shortened on the canvas (full text in the tooltip)


def class_colour(cls: str) -> str:
    """The colour of an ontology class (stable across runs).

    >>> class_colour("Person")
    '#e15759'
    >>> class_colour("Ship") == class_colour("Ship")
    True
    """
    if cls in PALETTE:
        return PALETTE[cls]
    return EXTRA_COLOURS[sum(cls.encode("utf-8")) % len(EXTRA_COLOURS)]


def _vis_assets() -> tuple[str, str]:
    import pyvis

    base = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # inlined verbatim: neither may contain the end tag of the element that holds it
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - pinned pyvis
        raise RuntimeError("vis-network assets cannot be inlined safely")
    return js, css


def _json_for_script(data) -> str:
    # JSON inside <script>: escape '<', '>' and '&' so no string can close the tag
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _short(label: str, limit: int = LABEL_MAX) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "\u2026"


# --- focus ------------------------------------------------------------------------------

def _label(g: nx.MultiDiGraph, n) -> str:
    return str(g.nodes[n].get("label", n))


def find_nodes(g: nx.MultiDiGraph, focus: str) -> list:
    """Nodes matching ``focus``: its IRI, else labels equal to it (case-insensitive), else the
    single label containing it. Raises ``ValueError`` (one line, with close matches) when
    nothing or more than one label contains it.

    >>> g = nx.MultiDiGraph(); g.add_node("a", label="Arthur Harris"); g.add_node("b", label="Harris")
    >>> g.add_node("c", label="Portal")
    >>> find_nodes(g, "harris"), find_nodes(g, "arthur"), find_nodes(g, "c")
    (['b'], ['a'], ['c'])
    """
    q = focus.strip()
    if not q:
        raise ValueError("empty focus: give an entity label")
    if q in g:
        return [q]
    ql = q.casefold()
    exact = [n for n in g if _label(g, n).casefold() == ql]
    if exact:
        return exact
    partial = [n for n in g if ql in _label(g, n).casefold()]
    if len(partial) == 1:
        return partial
    if partial:
        names = sorted({_label(g, n) for n in partial}, key=lambda s: (len(s), s))
        if len(names) == 1:          # the same label on several nodes: show them all
            return partial
        shown = ", ".join(repr(s) for s in names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        raise ValueError(f"focus {q!r} is ambiguous: it matches {shown}; give the full label")
    by_lower: dict[str, str] = {}
    for n in g:
        by_lower.setdefault(_label(g, n).casefold(), _label(g, n))
    close = difflib.get_close_matches(ql, list(by_lower), n=5, cutoff=0.6)
    hint = ("; close matches: " + ", ".join(repr(by_lower[c]) for c in close)) if close \
        else f" (no close match among {g.number_of_nodes()} entities)"
    raise ValueError(f"no entity matches focus {q!r}{hint}")


def ego_graph(g: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` hops of ``focus`` (edges followed in both directions),
    with every edge among them. ``focus`` is matched as in :func:`find_nodes`; the matched
    nodes are listed in the result's ``graph["focus"]``.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> for n in g: g.nodes[n]["label"] = n.upper()
    >>> sorted(ego_graph(g, "B", 1)), sorted(ego_graph(g, "b", 2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise ValueError(f"depth must be a whole number >= 0, not {depth!r}")
    centres = find_nodes(g, focus)
    und = g.to_undirected(as_view=True)
    keep: set = set()
    for c in centres:
        keep.update(nx.single_source_shortest_path_length(und, c, cutoff=depth))
    sub = g.subgraph(keep).copy()
    sub.graph["focus"] = list(centres)
    sub.graph["focus_label"] = ", ".join(sorted({_label(g, c) for c in centres}))
    sub.graph["depth"] = depth
    return sub


# --- layout for big graphs ----------------------------------------------------------------

def layout_positions(g: nx.Graph, iterations: int = 40, seed: int = 7, edge_length: float = 90.0) -> dict:
    """Fruchterman-Reingold positions in O(n + m) per iteration (near-field repulsion exact
    within 1.5 edge lengths via a k-d tree, far field from the centroids of a coarse grid,
    gentle gravity), scaled to vis-network pixels. Fast enough for 20k nodes in seconds,
    where networkx's spring layouts are quadratic.

    >>> pos = layout_positions(nx.path_graph(5)); sorted(pos) == list(range(5))
    True
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = {(min(a, b), max(a, b)) for a, b in ((index[u], index[v]) for u, v in g.edges()) if a != b}
    e = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    k = 1.0
    side = math.sqrt(n) * k
    pos = rng.random((n, 2)) * side
    cells = int(min(10, max(2, math.sqrt(n) / 6)))
    temp0 = side / 8
    eps = 0.01 * k * k
    chunk = 4096
    for it in range(iterations):
        temp = temp0 * (1 - it / iterations) + 0.05 * k
        disp = np.zeros_like(pos)
        # far field: every node against the centroid of each non-empty grid cell
        span = np.maximum(pos.max(axis=0) - pos.min(axis=0), 1e-9) * (1 + 1 / cells)
        lo = pos.min(axis=0) - rng.random(2) * span / (cells + 1)   # shift the grid each time
        cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
        cid = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(cid, minlength=cells * cells).astype(float)
        cx = np.bincount(cid, weights=pos[:, 0], minlength=cells * cells)
        cy = np.bincount(cid, weights=pos[:, 1], minlength=cells * cells)
        nz = mass > 0
        cxf = (cx[nz] / mass[nz]).astype(np.float32)
        cyf = (cy[nz] / mass[nz]).astype(np.float32)
        m = (mass[nz] * k * k).astype(np.float32)
        px, py = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        for s in range(0, n, chunk):
            dx = np.subtract.outer(px[s:s + chunk], cxf)
            dy = np.subtract.outer(py[s:s + chunk], cyf)
            w = m / (dx * dx + dy * dy + eps)
            disp[s:s + chunk, 0] += np.einsum("ij,ij->i", w, dx)
            disp[s:s + chunk, 1] += np.einsum("ij,ij->i", w, dy)
        # near field: exact repulsion between nodes closer than 1.5k
        near = cKDTree(pos).query_pairs(r=1.5 * k, output_type="ndarray")
        if len(near):
            d = pos[near[:, 0]] - pos[near[:, 1]]
            f = d * (k * k / ((d * d).sum(axis=1) + eps))[:, None]
            for j in (0, 1):
                disp[:, j] += np.bincount(near[:, 0], weights=f[:, j], minlength=n)
                disp[:, j] -= np.bincount(near[:, 1], weights=f[:, j], minlength=n)
        # attraction along edges
        if len(e):
            d = pos[e[:, 0]] - pos[e[:, 1]]
            f = d * (np.sqrt((d * d).sum(axis=1)) / k)[:, None]
            for j in (0, 1):
                disp[:, j] -= np.bincount(e[:, 0], weights=f[:, j], minlength=n)
                disp[:, j] += np.bincount(e[:, 1], weights=f[:, j], minlength=n)
        # gravity keeps small components and isolated nodes near the rest
        disp -= (pos - pos.mean(axis=0)) * (0.5 * math.sqrt(n) / side)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-12
        pos += disp * (np.minimum(length, temp) / length)[:, None]
    pos = (pos - pos.mean(axis=0)) * (edge_length / k)
    return {v: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for i, v in enumerate(nodes)}


# --- page -----------------------------------------------------------------------------------

def _node_title(label: str, cls: str, alt: list[str]) -> str:
    lines = [label, f"class: {cls}"]
    if alt:
        lines.append("also: " + "; ".join(alt))
    return "\n".join(lines)


def _edge_title(prop: str, evidence: str, source: str = "") -> str:
    text = f"{prop}\n{evidence}" if evidence else f"{prop}\n(no evidence sentence)"
    return f"{text}\nsource: {source}" if source else text


def graph_data(g: nx.MultiDiGraph, positions: dict | None = None) -> dict:
    """The vis-network data arrays for ``g`` (built directly: linear in nodes + edges)."""
    focus = set(g.graph.get("focus", ()))
    deg = dict(g.degree())
    ids = {n: str(n) for n in g}
    nodes = []
    for n, d in g.nodes(data=True):
        label = str(d.get("label", n))
        cls = str(d.get("type") or "Entity")
        alt = [str(a) for a in d.get("alt_labels", ()) if str(a) != label]
        node = {"id": ids[n], "label": _short(label), "full": label, "alt": alt, "group": cls,
                "title": _node_title(label, cls, alt), "value": deg.get(n, 0) + 1,
                "color": class_colour(cls)}
        if n in focus:
            node.update(borderWidth=4, focus=True, font={"size": 18, "bold": True})
        if positions is not None and n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)
    edges = []
    seen: dict[tuple, int] = {}
    for i, (u, v, key, d) in enumerate(g.edges(keys=True, data=True)):
        prop = str(d.get("label", key))
        pair = (ids[u], ids[v]) if ids[u] <= ids[v] else (ids[v], ids[u])
        nth = seen[pair] = seen.get(pair, -1) + 1
        edge = {"id": f"e{i}", "from": ids[u], "to": ids[v], "label": prop,
                "title": _edge_title(prop, str(d.get("title") or ""), str(d.get("source") or ""))}
        if nth:   # parallel edges: curve them apart instead of drawing one over the other
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.2 * ((nth + 1) // 2)}
        edges.append(edge)
    return {"nodes": nodes, "edges": edges}


_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")

_SCRIPT = r"""
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const CFG = DATA.config;
  const nodes = new vis.DataSet(DATA.nodes);
  const edges = new vis.DataSet(DATA.edges);
  window.kgNodes = nodes; window.kgEdges = edges; window.kgStable = false;
  const big = !CFG.physics;
  const options = {
    nodes: {shape: "dot", scaling: {min: 8, max: 40, label: {enabled: false}},
            font: {size: 14, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, smooth: false, color: {color: "#9a9a9a", highlight: "#333"},
            font: {size: 10, align: "middle", color: "#555", strokeWidth: 3, strokeColor: "#ffffff"},
            width: 1, selectionWidth: 2},
    layout: {improvedLayout: DATA.nodes.length <= 150, randomSeed: 7},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  navigationButtons: false, keyboard: false},
    physics: CFG.physics ? {enabled: true, solver: "barnesHut",
                            barnesHut: {gravitationalConstant: -3000, centralGravity: 0.8, springLength: 110,
                                        springConstant: 0.04, avoidOverlap: 0.3},
                            stabilization: {enabled: true, iterations: CFG.iterations, updateInterval: 50, fit: true}}
                         : {enabled: false}
  };
  const container = document.getElementById("net");
  const net = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.kgNetwork = net;
  function settled() {
    net.setOptions({physics: {enabled: false}});
    window.kgStable = true;
    document.body.setAttribute("data-stable", "true");
  }
  if (CFG.physics) {
    net.once("stabilizationIterationsDone", function () {
      settled(); net.fit(); document.getElementById("status").textContent = "";
    });
    net.on("stabilizationProgress", function (p) {
      document.getElementById("status").textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
  } else {
    net.once("afterDrawing", settled);
  }
  if (DATA.nodes.length === 0) settled();

  const q = document.getElementById("q"), sel = document.getElementById("cls");
  const counter = document.getElementById("count"), status = document.getElementById("status");
  const hidden = new Set();
  function text(n) { return (n.full + "\u0000" + n.alt.join("\u0000")).toLowerCase(); }
  const haystack = new Map(DATA.nodes.map(function (n) { return [n.id, text(n)]; }));
  function visibleEdges() {
    let k = 0;
    for (const e of DATA.edges) if (!hidden.has(e.from) && !hidden.has(e.to)) k++;
    return k;
  }
  function count() {
    const shown = DATA.nodes.length - hidden.size;
    counter.textContent = shown + " of " + DATA.nodes.length + " entities, " + visibleEdges() + " of " +
      DATA.edges.length + " relations";
  }
  function apply() {
    const term = q.value.trim().toLowerCase(), cls = sel.value, changes = [];
    let first = null;
    for (const n of DATA.nodes) {
      const keep = (!cls || n.group === cls) && (!term || haystack.get(n.id).includes(term));
      if (keep && first === null) first = n.id;
      if (keep === hidden.has(n.id)) {
        if (keep) hidden.delete(n.id); else hidden.add(n.id);
        changes.push({id: n.id, hidden: !keep});
      }
    }
    if (changes.length) nodes.update(changes);
    count();
    status.textContent = term && first === null ? "no match" : "";
    return first;
  }
  let timer = null;
  q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  q.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    clearTimeout(timer);
    const first = apply();
    if (first !== null) {
      net.selectNodes([first]);
      net.focus(first, {scale: Math.max(net.getScale(), 1.0), animation: {duration: 400}});
    }
  });
  sel.addEventListener("change", apply);
  document.querySelectorAll("#legend [data-cls]").forEach(function (el) {
    el.addEventListener("click", function () {
      sel.value = sel.value === el.dataset.cls ? "" : el.dataset.cls;
      apply();
    });
  });
  document.getElementById("reset").addEventListener("click", function () {
    q.value = ""; sel.value = ""; apply(); net.unselectAll(); net.fit();
  });
  count();
})();
"""

_STYLE = """
html,body{height:100%;margin:0}
body{font-family:system-ui,sans-serif;display:flex;flex-direction:column}
#bar{padding:6px 10px;background:#f6f6f6;border-bottom:1px solid #ccc;font-size:14px}
#bar h1{font-size:16px;margin:0 12px 0 0;display:inline}
#bar input,#bar select,#bar button{font-size:13px;margin-right:6px}
#count,#status{font-size:12px;color:#555;margin-right:8px}
#legend{margin-top:4px;font-size:12px}
#legend .lg{display:inline-block;margin-right:10px;cursor:pointer;user-select:none}
#legend .lg i{display:inline-block;width:10px;height:10px;margin-right:3px;border-radius:5px;vertical-align:-1px}
#net{flex:1;min-height:300px}
div.vis-tooltip{white-space:pre-wrap;max-width:420px;font-size:12px;line-height:1.35}
"""


def render_html(g: nx.MultiDiGraph, title: str = "Knowledge graph", focus: str | None = None,
                depth: int = 1) -> str:
    """Render a networkx graph whose nodes carry ``label``/``type`` (and optionally
    ``alt_labels``) and whose edges carry ``label`` (the property) and ``title`` (the
    evidence sentence; ``source``, its document, is shown too) into one offline HTML page. With ``focus``, only the
    :func:`ego_graph` of that entity to ``depth`` hops is drawn (``ValueError`` if no
    entity matches).

    >>> g = nx.MultiDiGraph(); g.add_node("x", label="<b>x</b>", type="Person")
    >>> page = render_html(g, title="<i>t</i>")
    >>> "<b>x" in page or "<i>t" in page, "&lt;i&gt;t" in page
    (False, True)
    """
    if focus is not None:
        g = ego_graph(g, focus, depth)
    js, css = _vis_assets()
    n = g.number_of_nodes()
    physics = n <= PHYSICS_MAX_NODES
    positions = None if physics else layout_positions(g)
    data = graph_data(g, positions)
    data["config"] = {"physics": physics, "iterations": STABILIZATION_ITERATIONS}

    counts: dict[str, int] = {}
    for node in data["nodes"]:
        counts[node["group"]] = counts.get(node["group"], 0) + 1
    classes = sorted(counts, key=lambda c: (-counts[c], c))
    esc = html.escape
    legend = "".join(f'<span class="lg" data-cls="{esc(c)}" title="show only {esc(c)}">'
                     f'<i style="background:{class_colour(c)}"></i>{esc(c)} ({counts[c]})</span>' for c in classes)
    opts = "".join(f'<option value="{esc(c)}">{esc(c)} ({counts[c]})</option>' for c in classes)
    heading = title
    if "focus" in g.graph:
        heading += f" \u2014 around {g.graph.get('focus_label')!s}, depth {g.graph.get('depth')}"
    note = "" if physics else " (large graph: precomputed layout, physics off)"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(heading)}</title>
<style>{css}</style>
<style>{_STYLE}</style></head>
<body><div id="bar"><h1>{esc(heading)}</h1>
<input id="q" type="search" placeholder="search entities" aria-label="search entities" autocomplete="off">
<select id="cls" aria-label="filter by class"><option value="">all classes</option>{opts}</select>
<button id="reset" type="button">reset</button>
<span id="count"></span><span id="status">{esc(note)}</span>
<div id="legend">{legend}</div></div>
<div id="net"></div>
<script type="application/json" id="kg-data">{_json_for_script(data)}</script>
<script>{js}</script>
<script>{_SCRIPT}</script>
</body></html>
"""


def _alt_labels(rdf, nxg: nx.MultiDiGraph) -> None:
    from rdflib import SKOS, URIRef

    for n in nxg:
        alt = sorted({str(a) for a in rdf.objects(URIRef(n), SKOS.altLabel)})
        if alt:
            nxg.nodes[n]["alt_labels"] = alt


def write_viz(ttl_path, out_path, focus: str | None = None, depth: int = 1,
              title: str | None = None, rdf=None) -> nx.MultiDiGraph:
    """Read a Turtle graph (or take the rdflib graph ``rdf``, e.g. read from the store),
    render it (or the ego graph of ``focus``) and write the page atomically to ``out_path``.
    Returns the networkx graph that was drawn.

    Raises :class:`graph.errors.InputError` for a missing or unparsable Turtle file and
    ``ValueError`` for a focus no entity matches.
    """
    from rdflib import Graph

    from .analyze import to_networkx
    from .errors import InputError
    from .outputs import write_all

    ttl_path, out_path = Path(ttl_path), Path(out_path)
    if rdf is None:
        if not ttl_path.is_file():
            raise InputError(f"{ttl_path}: no such file")
        rdf = Graph()
        try:
            rdf.parse(ttl_path, format="turtle")
        except Exception as e:  # rdflib raises several unrelated types for bad Turtle
            msg = " ".join(str(e).split())[:200]
            raise InputError(f"{ttl_path}: not valid Turtle ({type(e).__name__}: {msg})") from None
    nxg = to_networkx(rdf)
    _alt_labels(rdf, nxg)
    if focus is not None:
        nxg = ego_graph(nxg, focus, depth)
    page = render_html(nxg, title=title or f"Knowledge graph: {ttl_path.name}")
    write_all({out_path: page})
    return nxg
