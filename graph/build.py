"""``kg build``: documents in, ``graph.ttl``, ``graph.html`` and ``report.md`` out.

Documents are streamed: read, cleaned and parsed in batches with ``nlp.pipe``; each parsed
``Doc`` is dropped once its facts are extracted, so memory holds only the graph.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import nlp as nlp_mod
from .analyze import to_networkx
from .errors import InputError
from .extract import Extractor
from .ingest import collect_paths, read_document
from .ontology import load_ontology
from .outputs import write_all
from .rdf import add_document, add_entities, add_facts, new_graph
from .records import Document
from .report import render_report
from .resolve import Resolver
from .viz import render_html


@dataclass
class BuildResult:
    graph: Graph
    documents: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)


def _progress(enabled: bool, total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[name]}"),
                    console=Console(stderr=True), disable=not enabled, transient=False)


def extract_graph(paths: list[Path], model: str | None = None, ontology_files: list[Path] | None = None,
                  progress: bool = False, max_bytes: int | None = None,
                  warn=None) -> BuildResult:
    """Run the whole pipeline over ``paths`` (files or folders) and return the RDF graph.

    Raises :class:`graph.errors.KGError` subclasses with one-line messages.
    """
    t0 = time.perf_counter()
    files = collect_paths([Path(p) for p in paths])
    ont = load_ontology(ontology_files)
    nlp = nlp_mod.load(model)
    extractor = Extractor(ont)
    resolver = Resolver(ont)
    result = BuildResult(graph=new_graph())
    documents: list[Document] = []

    def docs() -> Iterator[tuple[str, Document]]:
        for f in files:
            d = read_document(f, max_bytes=max_bytes)
            for w in d.warnings:
                result.warnings.append(w)
                if warn:
                    warn(w)
            if d.text.strip():
                yield d.text, d

    words = sentences = negated = 0
    with _progress(progress, len(files)) as bar:
        task = bar.add_task("extracting", total=len(files), name="")
        for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=16):
            bar.update(task, advance=1, name=Path(document.path).name)
            ex = extractor.run(document, doc)
            sents = list(doc.sents)
            starts = [s.start for s in sents]

            def sentence(tok_i: int, doc=doc, sents=sents, starts=starts):
                import bisect
                s = sents[max(0, bisect.bisect_right(starts, tok_i) - 1)]
                text, start, end = s.text, s.start_char, s.end_char
                # a quote mark left over from the previous sentence is not part of this one
                while text and text[0] in "\"' " and text.count('"') % 2 == 1:
                    text, start = text[1:], start + 1
                return text, start, end

            resolver.add(document.doc_id, document.path, sentence, document.original_span, ex.mentions,
                         ex.coref, ex.extraction.facts, ex.extraction.statements)
            add_document(result.graph, document.doc_id, document.path)
            result.documents.append(document.path)
            words += sum(1 for t in doc if not t.is_space)
            sentences += len(sents)
            negated += ex.extraction.negated
        bar.update(task, completed=len(files), name="")
    if not result.documents:
        raise InputError("no text to build from: every input file is empty or blank")
    used = {f.subject for f in resolver.facts} | {f.obj for f in resolver.facts if not f.literal}
    entities = {k: e for k, e in resolver.entities.items() if e.types or k in used}
    add_entities(result.graph, entities.values())
    add_facts(result.graph, resolver.facts, entities)
    result.stats = {"words": words, "sentences": sentences, "negated": negated, "documents": len(result.documents),
                    "entities": len(entities), "facts": len(resolver.facts),
                    "seconds": time.perf_counter() - t0}
    return result


def build(paths: list[Path], out_dir: Path = Path("output"), model: str | None = None,
          ontology_files: list[Path] | None = None, progress: bool = False, max_bytes: int | None = None,
          warn=None) -> BuildResult:
    """Build and write ``graph.ttl``, ``graph.html`` and ``report.md`` into ``out_dir``.

    All three are written to temporary files first and renamed only when every one is
    complete, so a failure leaves the previous outputs as they were.
    """
    out_dir = Path(out_dir)
    for p in paths:
        p = Path(p)
        if p.is_dir() and out_dir.resolve().is_relative_to(p.resolve()):
            raise InputError(f"output folder {out_dir} is inside input folder {p}; "
                             "its report.md would be read back as input (choose another --out)")
    result = extract_graph(paths, model=model, ontology_files=ontology_files, progress=progress,
                           max_bytes=max_bytes, warn=warn)
    ttl = result.graph.serialize(format="turtle")
    page = render_html(to_networkx(result.graph), title="Knowledge graph: " + ", ".join(
        Path(d).name for d in result.documents[:3]) + (" ..." if len(result.documents) > 3 else ""))
    report = render_report(result.graph, result.documents, result.warnings, result.stats)
    files = {out_dir / "graph.ttl": ttl, out_dir / "graph.html": page, out_dir / "report.md": report}
    write_all(files)
    result.outputs = {p.name: p for p in files}
    return result
