"""``kg validate``: check a built graph against the SHACL shapes in ``ontology/shapes.ttl``.

Validation runs pySHACL with the ontology as ``ont_graph`` and RDFS inference, so class
membership follows ``rdfs:subClassOf`` (a ``kg:Facility`` is a ``kg:Place``). The ontology's
``rdfs:domain`` and ``rdfs:range`` axioms are left out of that inference: under RDFS they
would *infer* the expected types (a ``kg:repliesTo`` to a place would make the place a
person) instead of letting the shapes check them.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rdflib import RDFS, Graph, Namespace, URIRef
from rdflib.util import guess_format

from .errors import InputError, OntologyError
from .ontology import DEFAULT_DIR, PACKAGED_DIR, load_ontology

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES_NAME = "shapes.ttl"


class Violation(NamedTuple):
    """One SHACL result: the node at fault, the property path, the message and the severity."""

    focus: str
    path: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}"


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every result pySHACL reported (sorted)."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def summary_line(self) -> str:
        if self.conforms:
            return "conforms: no SHACL violations"
        return f"does not conform: {len(self.violations)} SHACL result(s)"


def default_shapes_path() -> Path:
    """``ontology/shapes.ttl`` (or the copy packaged inside ``graph/``)."""
    for d in (DEFAULT_DIR, PACKAGED_DIR):
        if (d / SHAPES_NAME).is_file():
            return d / SHAPES_NAME
    raise OntologyError(f"no {SHAPES_NAME} found in {DEFAULT_DIR}")


def _parse(path: Path, error: type, what: str) -> Graph:
    g = Graph()
    try:
        g.parse(path, format=guess_format(str(path)) or "turtle")
    except FileNotFoundError:
        raise error(f"{path}: no such {what}") from None
    except (IsADirectoryError, PermissionError) as e:
        raise error(f"{path}: cannot read {what}: {e.strerror}") from None
    except Exception as e:  # rdflib raises several parser exception types
        lines = [m.strip() for m in str(e).strip().splitlines() if m.strip()]
        detail = next((m for m in lines if "line" in m.lower()), lines[0] if lines else type(e).__name__)
        raise error(f"{path}: cannot parse {what}: {detail}") from None
    return g


def _class_graph(ontology_files: list[Path] | None) -> Graph:
    """The ontology vocabulary without ``rdfs:domain`` / ``rdfs:range`` (see module doc)."""
    vocab = load_ontology(ontology_files).graph
    g = Graph()
    for t in vocab:
        if t[1] not in (RDFS.domain, RDFS.range):
            g.add(t)
    return g


@contextmanager
def _rdflib_datatypes_kept() -> Iterator[None]:
    """Undo OWL-RL's global datatype converters once inference is over.

    OWL-RL swaps in its own lexical converters and restores only those rdflib knows; its
    ``xsd:gMonthDay`` one stays and rejects ``--12-22``, so a second validation in the same
    process would call a valid date ill-typed.
    """
    from rdflib.term import _toPythonMapping

    saved = dict(_toPythonMapping)
    try:
        yield
    finally:
        _toPythonMapping.clear()
        _toPythonMapping.update(saved)


def _local(node) -> str:
    s = str(node)
    return s.rsplit("#", 1)[-1] if "#" in s else s


def validate_graph(data: Graph, shapes_path: Path | None = None,
                   ontology_files: list[Path] | None = None) -> ValidationReport:
    """Validate ``data`` against the shapes (default ``ontology/shapes.ttl``)."""
    import pyshacl  # slow to import; only this command needs it

    shapes = _parse(Path(shapes_path) if shapes_path else default_shapes_path(), OntologyError, "shapes file")
    with _rdflib_datatypes_kept():
        conforms, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, ont_graph=_class_graph(ontology_files), inference="rdfs",
            abort_on_first=False, allow_infos=True, allow_warnings=True)
    violations = []
    for r in results.subjects(SH.resultSeverity, None):
        path = results.value(r, SH.resultPath)
        violations.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=str(path) if isinstance(path, URIRef) else ("" if path is None else "(complex path)"),
            message=str(results.value(r, SH.resultMessage) or "constraint not met"),
            severity=_local(results.value(r, SH.resultSeverity))))
    return ValidationReport(conforms=bool(conforms), violations=sorted(set(violations)))


def validate_file(path: Path, shapes_path: Path | None = None,
                  ontology_files: list[Path] | None = None) -> ValidationReport:
    """Parse an RDF file (Turtle unless its suffix says otherwise) and validate it."""
    path = Path(path)
    return validate_graph(_parse(path, InputError, "RDF file"), shapes_path, ontology_files)
