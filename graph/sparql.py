"""SPARQL 1.1 over a built graph, with Oxigraph (``pyoxigraph``) as the engine.

The ontology's prefixes (``kg:``, ``res:``, ``skos:``, ``prov:``, ...) are predeclared.
Queries are read-only; SPARQL Update runs only with ``update=True`` and then writes the
changed graph back atomically.

>>> r = query("ASK { ?s ?p ?o }", turtle="<http://a> <http://b> <http://c> .")
>>> r.boolean
True
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, QueryError
from .ontology import KG, OPEN, RES
from .outputs import write_all

PREFIXES = {
    "kg": KG, "res": RES, "open": OPEN, "doc": "https://w3id.org/histkg/doc/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "schema": "https://schema.org/", "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": "http://www.wikidata.org/entity/",
}
DEFAULT_GRAPH = Path("output") / "graph.ttl"
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)


@dataclass
class QueryResult:
    """``kind`` is "select", "ask", "graph" or "update"; :meth:`serialize` gives any output format."""

    kind: str
    variables: list[str]
    rows: list[list[str | None]]  # SELECT: each term as a display string (None = unbound)
    boolean: bool | None
    sparql: str = ""
    store: ox.Store | None = None

    def _run(self):
        # pyoxigraph results are single-pass iterators: serializing runs the query again
        return self.store.query(self.sparql, prefixes=PREFIXES)

    def serialize(self, fmt: str) -> str:
        """``table`` (plain text), ``csv``, ``tsv``, ``json`` (SPARQL 1.1 Results JSON),
        ``xml`` or ``turtle``/``nt`` (for CONSTRUCT/DESCRIBE)."""
        if self.kind == "graph":
            rdf_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                       "table": ox.RdfFormat.TURTLE}.get(fmt)
            if rdf_fmt is None:
                raise QueryError(f"format {fmt!r} does not fit a graph result; use turtle or nt")
            return ox.serialize(self._run(), format=rdf_fmt, prefixes=PREFIXES).decode("utf-8")
        if self.kind == "update":
            return "update applied\n"
        res_fmt = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}.get(fmt)
        if res_fmt is None:
            raise QueryError(f"format {fmt!r} does not fit a {self.kind.upper()} result; use table, csv, tsv or json")
        return self._run().serialize(format=res_fmt).decode("utf-8")


def _syntax_message(what: str, e: Exception) -> str:
    """One line with line and column: 'malformed SPARQL query at line 2, column 10: expected ...'."""
    text = " ".join(str(e).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", text)
    if not m:
        return f"malformed SPARQL {what}: {text[:200]}"
    detail = m.group(3)
    if len(detail) > 120:
        detail = detail[:117].rsplit(",", 1)[0] + ", ..."
    return f"malformed SPARQL {what} at line {m.group(1)}, column {m.group(2)}: {detail}"


def _display(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for p, ns in PREFIXES.items():
            if iri.startswith(ns) and re.fullmatch(r"[A-Za-z0-9_\-]+", iri[len(ns):] or "-"):
                return f"{p}:{iri[len(ns):]}"
        return iri
    return str(term)


def load_store(graph_file: Path | None = None, turtle: str | None = None) -> ox.Store:
    store = ox.Store()
    if turtle is not None:
        store.load(io.BytesIO(turtle.encode("utf-8")), format=ox.RdfFormat.TURTLE)
        return store
    path = Path(graph_file or DEFAULT_GRAPH)
    if not path.exists():
        raise InputError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot read as Turtle: {str(e).splitlines()[0][:200]}") from None
    return store


def query(sparql: str, graph_file: Path | None = None, update: bool = False, turtle: str | None = None,
          store: ox.Store | None = None) -> QueryResult:
    """Run a SPARQL query (or, with ``update=True``, an update) against a built graph.

    Raises :class:`QueryError` (exit code 2) with the parser's line and column.
    """
    store = store or load_store(graph_file, turtle)
    if _UPDATE.match(sparql):
        if not update:
            raise QueryError("this is a SPARQL Update; the graph is read-only unless --update is given")
        try:
            store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(_syntax_message("update", e)) from None
        if turtle is None:
            path = Path(graph_file or DEFAULT_GRAPH)
            data = store.dump(format=ox.RdfFormat.TURTLE, prefixes=PREFIXES, from_graph=ox.DefaultGraph())
            write_all({path: data})
        return QueryResult("update", [], [], None)
    try:
        # the store's default graph is the merge of its per-document named graphs (see store.py)
        raw = store.query(sparql, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(_syntax_message("query", e)) from None
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"query failed: {str(e).splitlines()[0][:200]}") from None
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", [], [], bool(raw), sparql, store)
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [[_display(sol[v]) for v in variables] for sol in raw]
        return QueryResult("select", variables, rows, None, sparql, store)
    return QueryResult("graph", [], [], None, sparql, store)
