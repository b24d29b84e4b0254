"""histkg: RDF knowledge graphs with provenance from historical documents.

The main entry points, importable from the package (loaded lazily, so ``import graph``
stays fast):

>>> import graph
>>> sorted(graph.__all__)
['build', 'evaluate', 'extract_graph', 'load_ontology', 'query', 'validate_graph']
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "extract_graph", "query", "evaluate", "validate_graph", "load_ontology"]

_WHERE = {"build": "build", "extract_graph": "build", "query": "query", "evaluate": "evaluate",
          "validate_graph": "validate", "load_ontology": "ontology"}


def __getattr__(name: str):
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
