"""histkg: RDF knowledge graphs with provenance from historical documents.

The main entry points, importable from the package (loaded lazily, so ``import graph``
stays fast):

>>> import graph
>>> sorted(graph.__all__)
['extract_graph', 'load_ontology', 'query', 'validate_graph']
>>> graph.query("ASK { ?s ?p ?o }", turtle="<http://a> <http://b> <http://c> .").boolean
True
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract_graph", "query", "validate_graph", "load_ontology"]
# (``graph.build`` and ``graph.evaluate`` are modules: ``from graph.build import build``)

_WHERE = {"extract_graph": "build", "query": "sparql", "validate_graph": "validate", "load_ontology": "ontology"}


def __getattr__(name: str):
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
