"""Property-based tests (hypothesis) over the whole build: arbitrary text never crashes it,
the Turtle always parses (rdflib and Oxigraph), labels round-trip exactly, and the HTML
page escapes every string.

CI runs a fixed seed and a small budget; maintainers run longer with
``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py``.
"""
import os
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

import pytest

from graph.build import build
from graph.errors import InputError
from graph.ingest import clean_text, looks_binary
from graph.rdf import add_entities, clean_literal, new_graph
from graph.records import Entity

settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

NASTY = ["<img src=x onerror=alert(1)>", "\u200b", "\u202e", "\\", '"', "'", "&amp;", "\n", "\t", "\x00",
         "\x07", "\ufeff", "</script>", "Pölitz", "M.E.W.", "\u05e9\u05dc\u05d5\u05dd", "#", "@", "{", "}"]
words = st.one_of(st.sampled_from(["Portal", "Harris", "replied", "to", "attacked", "Leuna", "the", "plants",
                                   "in", "Germany", "Sir", "said", "not", "letter", "from", ".", ",", "'s"]),
                  st.sampled_from(NASTY), st.text(min_size=1, max_size=12))
texts = st.lists(words, min_size=1, max_size=60).map(" ".join)


@given(st.text(max_size=300))
def test_clean_text_map_is_consistent(raw):
    text, cmap = clean_text(raw)
    assert len(cmap) == len(text) + 1
    assert all(0 <= c <= len(raw) for c in cmap)
    assert cmap == sorted(cmap)


@given(texts)
def test_build_never_crashes_and_outputs_parse(text):
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in"
        src.mkdir()
        (src / "doc.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        if not clean_text(text)[0].strip():
            return
        out = Path(d) / "out"
        if looks_binary(text.encode("utf-8", errors="surrogatepass")):
            with pytest.raises(InputError, match="binary"):  # refused cleanly, not a crash
                build([src], out_dir=out)
            assert not out.exists()
            return
        build([src], out_dir=out)
        ttl = (out / "graph.ttl").read_text(encoding="utf-8")
        Graph().parse(data=ttl, format="turtle")
        pyoxigraph.Store().load(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
        page = (out / "graph.html").read_text(encoding="utf-8")
        assert "<img src=x" not in page and "</script><" not in page.replace("</script>\n<script>", "")


@given(st.text(min_size=1, max_size=40))
def test_labels_round_trip(label):
    g = new_graph()
    add_entities(g, [Entity(key="x", pref_label=label, types=["Person"], alt_labels={label + " alt"})])
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    got = {str(o) for o in again.objects(None, SKOS.prefLabel)}
    assert got == {clean_literal(label)}
    store = pyoxigraph.Store()
    store.load(g.serialize(format="nt").encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert Literal(clean_literal(label)) in {Literal(q.object.value) for q in store}
