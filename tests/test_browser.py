"""graph.html in a real browser (Playwright driving Debian's Chromium, every request blocked).

Needs ``apt-get install -y chromium`` and ``pip install -e .[test]`` (Playwright for Python);
``playwright install`` is not used. Marked slow: ``pytest -m 'not slow'`` skips them.
"""
from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "output" / "test-artifacts"
XSS = "<img src=x onerror=alert(1)>"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def wait_for(page, expression: str, timeout: float = 30.0):
    """Poll ``expression`` until truthy. (``page.wait_for_function`` polls with eval, which
    the page's Content-Security-Policy forbids; ``page.evaluate`` goes through DevTools.)"""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(50)


class Session:
    """A page with every non-file:/data: request aborted and recorded, and console errors,
    page errors and dialogs collected."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=True)
        self.page = self.context.new_page()
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        wait_for(self.page, "window.kgStable === true")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def session(browser):
    s = Session(browser)
    yield s
    s.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from graph.build import build

    out = tmp_path_factory.mktemp("site")
    result = build(paths=[ROOT / "seeds"], out_dir=out)
    from graph.analyze import to_networkx

    return out / "graph.html", to_networkx(result.graph)


def test_seed_graph_loads_offline(built, session):
    html_path, nxg = built
    page = session.open(html_path)
    assert session.errors == []
    assert session.blocked == []
    assert page.evaluate("window.kgNodes.length") == nxg.number_of_nodes()
    assert page.evaluate("window.kgEdges.length") == nxg.number_of_edges()
    labels = set(page.evaluate("window.kgNodes.get().map(n => n.full)"))
    assert {"Portal", "Harris"} <= labels
    assert labels == {d["label"] for _, d in nxg.nodes(data=True)}
    # physics was switched off after the bounded stabilisation
    assert page.evaluate("window.kgNetwork.physics.physicsEnabled") is False
    assert "entities" in page.inner_text("#count")
    legend = page.inner_text("#legend")
    assert "Person" in legend and "Place" in legend
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert session.errors == [] and session.blocked == []


def test_search_and_class_filter(built, session):
    html_path, nxg = built
    page = session.open(html_path)
    total = nxg.number_of_nodes()
    page.fill("#q", "portal")
    wait_for(page, f"window.kgNodes.get({{filter: n => !n.hidden}}).length < {total}")
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.full)")
    assert "Portal" in shown and "Harris" not in shown
    assert all("portal" in s.lower() for s in shown)
    page.fill("#q", "")
    page.select_option("#cls", "Person")
    wait_for(page, "window.kgNodes.get({filter: n => !n.hidden}).every(n => n.group === 'Person')")
    people = {d["label"] for _, d in nxg.nodes(data=True) if d["type"] == "Person"}
    assert set(page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.full)")) == people
    assert page.inner_text("#count").startswith(f"{len(people)} of {total} entities")
    page.click("#reset")
    assert page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).length") == total
    assert session.errors == [] and session.blocked == []


TOOLTIP = ("(() => { const t = document.querySelector('div.vis-tooltip');"
           " return t && t.style.visibility !== 'hidden' && t.innerText; })()")


def hover_edge(page, edge_id: str) -> str:
    """Hover the middle of an edge (where no node is) and return its tooltip's text."""
    box = page.locator("#net").bounding_box()
    point = page.evaluate("""id => {
        const net = window.kgNetwork, e = window.kgEdges.get(id), p = net.getPositions([e.from, e.to]);
        const dom = net.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
        return net.getEdgeAt(dom) === id && net.getNodeAt(dom) === undefined ? dom : null;
    }""", edge_id)
    assert point, f"edge {edge_id} has no free midpoint to hover"
    page.mouse.move(1, 1)
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    text = wait_for(page, TOOLTIP, timeout=5)
    assert page.evaluate("[...document.querySelector('div.vis-tooltip').children].every(c => c.tagName === 'BR')")
    return text


def test_edge_tooltip_shows_evidence(built, session):
    html_path, nxg = built
    page = session.open(html_path)
    candidates = page.evaluate("""() => {
        const net = window.kgNetwork;
        return window.kgEdges.get().filter(e => !e.smooth && !e.title.endsWith('(no evidence sentence)'))
            .filter(e => { const p = net.getPositions([e.from, e.to]);
                const dom = net.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
                return net.getEdgeAt(dom) === e.id && net.getNodeAt(dom) === undefined; })
            .map(e => [e.id, e.label, e.title]);
    }""")
    assert candidates, "no edge with evidence can be hovered"
    edge_id, label, title = candidates[0]
    text = hover_edge(page, edge_id)
    assert text.splitlines()[0] == label
    assert " ".join(text.split()) == " ".join(title.split())
    facts = {(d["label"], d["title"], d.get("source", "")) for _, _, d in nxg.edges(data=True)}
    body, _, source = title.split("\n", 1)[1].rpartition("\nsource: ")
    assert (label, body, source) in facts
    assert source and text.splitlines()[-1] == f"source: {source}"   # provenance: the document


def _xss_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:x:1", label=XSS, type="Person", alt_labels=["<svg onload=alert(3)>"])
    g.add_node("urn:x:2", label="Harris", type="Person")
    g.add_node("urn:x:3", label="Leuna", type="<b onmouseover=alert(4)>Cls</b>")
    g.add_edge("urn:x:1", "urn:x:2", key="met", label="met",
               title="He said </script><script>alert(2)</script> <a href=javascript:alert(5)>x</a>")
    g.add_edge("urn:x:2", "urn:x:3", key="<i onclick=alert(6)>", label="<i onclick=alert(6)>", title="")
    return g


def test_xss_strings_stay_text(tmp_path, session):
    from graph.viz import render_html

    path = tmp_path / "xss.html"
    path.write_text(render_html(_xss_graph(), title="<img src=y onerror=alert(7)>"), encoding="utf-8")
    page = session.open(path)
    # hover every node (and so show its tooltip); the XSS node's tooltip is plain text
    net_box = page.locator("#net").bounding_box()
    positions = page.evaluate("Object.fromEntries(Object.entries(window.kgNetwork.getPositions()).map("
                              "([id, p]) => [id, window.kgNetwork.canvasToDOM(p)]))")
    tips = {}
    for node_id, p in positions.items():
        page.mouse.move(net_box["x"] + p["x"], net_box["y"] + p["y"])
        tips[node_id] = wait_for(page, TOOLTIP, timeout=5)
        assert page.evaluate("[...document.querySelector('div.vis-tooltip').children]"
                             ".every(c => c.tagName === 'BR')")
        page.mouse.move(1, 1)
        page.wait_for_timeout(100)
    assert tips["urn:x:1"].splitlines() == [XSS, "class: Person", "also: <svg onload=alert(3)>"]
    assert "</script><script>alert(2)</script> <a href=javascript:alert(5)>x</a>" in hover_edge(page, "e0")
    page.mouse.move(1, 1)
    # type the XSS string into the search box and pick the odd class
    page.fill("#q", XSS)
    page.wait_for_timeout(300)
    page.select_option("#cls", "<b onmouseover=alert(4)>Cls</b>")
    page.hover("#legend .lg")
    page.wait_for_timeout(300)
    assert session.dialogs == []
    assert session.errors == [] and session.blocked == []
    assert page.locator("img").count() == 0 and page.locator("svg").count() == 0
    assert page.evaluate("document.querySelectorAll('b, a, script[src], iframe, object').length") == 0
    # no element anywhere carries an event-handler attribute
    assert page.evaluate("[...document.querySelectorAll('*')].filter(el => "
                         "[...el.attributes].some(a => a.name.startsWith('on'))).length") == 0
    assert XSS in page.evaluate("window.kgNodes.get().map(n => n.full)")
    assert "</script><script>alert(2)</script>" in page.evaluate("window.kgEdges.get('e0').title")
    assert "<img src=y onerror=alert(7)>" in page.inner_text("h1")
    assert "<b onmouseover=alert(4)>Cls</b>" in page.inner_text("#legend")
    assert page.title().startswith("<img src=y")


def test_big_graph_precomputed_layout(tmp_path, session):
    from graph.viz import PHYSICS_MAX_NODES, render_html

    g = nx.MultiDiGraph()
    rng = __import__("random").Random(3)
    n = PHYSICS_MAX_NODES + 1000
    for i in range(n):
        g.add_node(f"n{i}", label=f"entity {i}", type=rng.choice(["Person", "Place", "Event", "Facility"]))
    for i in range(1, n):
        g.add_edge(f"n{i}", f"n{rng.randrange(max(0, i - 50), i)}", key="rel", label="rel", title="s")
    path = tmp_path / "big.html"
    path.write_text(render_html(g), encoding="utf-8")
    page = session.open(path)
    assert page.evaluate("window.kgNetwork.physics.physicsEnabled") is False
    assert page.evaluate("window.kgNodes.length") == n
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph-big.png"))
    assert session.errors == [] and session.blocked == []

