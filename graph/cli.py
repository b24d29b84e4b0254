"""The ``kg`` command line: thin click commands over the library functions."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import KGError

MODEL_HELP = "spaCy pipeline: an installed package name or a folder (default: the shipped en_histkg_ewt)."
ONTOLOGY_HELP = "Ontology/alias Turtle file(s) to use instead of ontology/*.ttl (repeatable)."


def _fail(e: KGError) -> None:
    click.echo(f"Error: {e}", err=True)
    sys.exit(e.exit_code)


class KGGroup(click.Group):
    """Turns unexpected exceptions into one line (set KG_DEBUG=1 for the traceback)."""

    def invoke(self, ctx):
        import os

        try:
            return super().invoke(ctx)
        except KGError as e:
            _fail(e)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted; outputs left as they were.", err=True)
            sys.exit(130)
        except Exception as e:  # noqa: BLE001 - the CLI's last line of defence
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(f"Error: internal error: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                       " (set KG_DEBUG=1 for a traceback)", err=True)
            sys.exit(70)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="histkg")
def main() -> None:
    """Build RDF knowledge graphs from historical documents.

    \b
    Typical session:
      kg build seeds/               # documents -> output/graph.ttl, graph.html, report.md, store/
      kg query -f queries/who_replied_to_whom.rq
      kg path Portal Leuna          # how two entities connect, with the sentences
      kg analyze                    # centrality and communities, added to report.md
      kg export --format jsonld -o output/graph.jsonld
      kg validate                   # SHACL check of output/graph.ttl
      kg eval ../shared/eval/seed_gold.jsonl
      kg model info                 # which language pipeline is used, and how good it is

    Every command prints a one-line error and exits non-zero on bad input; `kg COMMAND
    --help` explains each option.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.html and report.md.")
@click.option("--model", default=None, help=MODEL_HELP)
@click.option("--ontology", "ontology_files", multiple=True, type=click.Path(path_type=Path), help=ONTOLOGY_HELP)
@click.option("--max-bytes", default=50_000_000, show_default=True, type=int,
              help="Refuse input files larger than this.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parse in this many processes; the graph is identical to one worker's.")
@click.option("--rebuild", is_flag=True, help="Ignore the extraction cache and parse every document again.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on when stderr is a terminal).")
def build(paths, out_dir, model, ontology_files, max_bytes, workers, rebuild, progress) -> None:
    """Extract a knowledge graph from .txt/.md files or folders (default: seeds/).

    Reads every .txt and .md file (folders recursively), cleans OCR noise, parses,
    extracts entities and facts under the ontology, and writes OUT/graph.ttl (entities,
    facts, provenance), OUT/graph.html (interactive, offline), OUT/report.md and the
    embedded Oxigraph store OUT/store (one named graph per document).
    Nothing in OUT is replaced unless the whole build succeeds.

    Builds are incremental: a document whose text (and the extractor, ontology and model)
    did not change since the last build into OUT is not parsed again (OUT/.cache);
    removed documents drop out of the graph. --rebuild parses everything.

    \b
    Examples:
      kg build                          # seeds/ -> output/
      kg build letters/ diary.txt --out build/
      kg build seeds/ --model en_core_web_trf
    """
    from .build import build as run_build

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        res = run_build(list(paths) or [Path("seeds")], out_dir=out_dir, model=model,
                        ontology_files=list(ontology_files) or None, progress=progress, max_bytes=max_bytes,
                        warn=lambda w: click.echo(f"Warning: {w}", err=True), workers=workers, rebuild=rebuild)
    except KGError as e:
        _fail(e)
    s = res.stats
    click.echo(f"{s['documents']} document(s), {s['words']} words: {s['entities']} entities, "
               f"{s['facts']} facts in {s['seconds']:.1f} s -> "
               + ", ".join(str(p) for p in res.outputs.values()))


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", default=None, help=MODEL_HELP)
@click.option("--ontology", "ontology_files", multiple=True, type=click.Path(path_type=Path), help=ONTOLOGY_HELP)
@click.option("--graph", "graph_file", default=None, type=click.Path(path_type=Path),
              help="Score this built graph instead of building from the gold texts.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report (misses, false positives) as JSON.")
def eval_cmd(gold, model, ontology_files, graph_file, as_json) -> None:
    """Score extraction against gold JSONL files (format: shared/eval/README.md).

    Builds a graph from the gold documents' texts (or reads --graph) and prints
    precision, recall and F1 over the core properties, plus the typing, same-entity,
    absent-fact and date checks; the summary line comes last. An absent-fact check
    counts only the facts its own passage gave (by their provenance).

    \b
    Examples:
      kg eval ../shared/eval/seed_gold.jsonl ../shared/eval/dev_gold.jsonl
      kg eval gold.jsonl --graph output/graph.ttl --json
    """
    from .evaluate import evaluate, load_gold, score_graph

    if graph_file is not None:
        from .export import read_graph

        report = score_graph(read_graph(graph_file), load_gold(list(gold)), ontology_files=list(ontology_files) or None)
    else:
        report = evaluate(list(gold), model=model, ontology_files=list(ontology_files) or None)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
    click.echo(report.summary_line())


@main.command()
@click.argument("graph_file", default="output/graph.ttl", type=click.Path(path_type=Path))
@click.option("--shapes", default=None, type=click.Path(path_type=Path),
              help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph_file, shapes) -> None:
    """Check a built graph against the SHACL shapes; list violations.

    Exits 0 when the graph conforms, 1 when it has violations.
    """
    from .validate import validate_file

    report = validate_file(graph_file, shapes_path=shapes)
    if report.conforms:
        click.echo(f"{graph_file}: conforms to the shapes")
        return
    for v in report.violations:
        click.echo(f"{v.severity}: {v.focus} {v.path or ''}: {v.message}")
    click.echo(f"{graph_file}: {len(report.violations)} violation(s)")
    sys.exit(1)


GRAPH_OPTION = click.option("--graph", "graph_file", default="output/graph.ttl", show_default=True,
                            type=click.Path(path_type=Path), help="The built graph (Turtle).")
SOURCE_GRAPH_OPTION = click.option(
    "--graph", "graph_file", default=None, type=click.Path(path_type=Path),
    help="Read this Turtle file instead of the build's store (default: FROM/store, else FROM/graph.ttl).")
SOURCE_OUT_OPTION = click.option("--from", "out_dir", default="output", show_default=True,
                                 type=click.Path(path_type=Path), help="Build folder (kg build --out) to read when "
                                 "--graph is not given.")


@main.command("query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file ('-' for stdin).")
@SOURCE_GRAPH_OPTION
@click.option("--from", "--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Build folder (kg build --out) whose store is queried when --graph is not given.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt"]),
              default="table", show_default=True, help="Output; json is SPARQL 1.1 Results JSON.")
@click.option("--update", is_flag=True,
              help="Allow SPARQL Update (INSERT/DELETE) on the Turtle file given with --graph, and save it.")
@click.option("--endpoint", default=None, help="Query a remote SPARQL endpoint (Virtuoso, Fuseki, GraphDB) "
              "instead; credentials from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD.")
def query_cmd(sparql, query_file, graph_file, out_dir, fmt, update, endpoint) -> None:
    """Run SPARQL 1.1 (SELECT, ASK, CONSTRUCT, DESCRIBE) against a built graph.

    The query comes from the argument, from -f FILE, or from stdin. Prefixes kg:, res:,
    skos:, prov:, rdf:, rdfs:, owl:, xsd:, dcterms:, schema:, foaf: are predeclared.
    The graph is read-only unless --update is given. A malformed query prints the
    parser's line and column and exits 2.

    \b
    Examples:
      kg query "SELECT ?a ?b WHERE { ?x kg:repliesTo ?y . ?x skos:prefLabel ?a . ?y skos:prefLabel ?b }"
      kg query -f queries/who_replied_to_whom.rq --format csv
      echo "ASK { ?x kg:attacked res:Leuna }" | kg query
    """
    from .sparql import query

    if query_file is not None:
        text = query_file.read()
    elif sparql:
        text = sparql
    elif not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        from .errors import QueryError

        raise QueryError("give a query as an argument, with -f FILE, or on stdin")
    if endpoint:
        from .remote import remote_query, remote_result

        if update:
            from .errors import QueryError

            raise QueryError("--update is for a local Turtle file; use the server's own tools to update it")
        if fmt != "table":
            click.echo(remote_query(text, endpoint, fmt=fmt), nl=False)
            return
        res = remote_result(text, endpoint)
        _print_result(res)
        return
    if update and graph_file is None:
        from .errors import QueryError

        raise QueryError("--update edits a Turtle file: name it with --graph (the store under --out is "
                         "rebuilt from the documents by `kg build`)")
    store = None
    if graph_file is None and not update:
        from .store import open_store

        store = open_store(out_dir)
    res = query(text, graph_file=graph_file or Path(out_dir) / "graph.ttl", update=update, store=store)
    if fmt != "table" or res.kind in ("graph", "update"):
        click.echo(res.serialize("turtle" if res.kind == "graph" and fmt == "table" else fmt), nl=False)
        return
    _print_result(res)


def _print_result(res) -> None:
    if res.kind in ("graph", "update"):
        click.echo(res.serialize("turtle"), nl=False)
        return
    if res.kind == "ask":
        click.echo("yes" if res.boolean else "no")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*res.variables, show_lines=False)
    for row in res.rows:
        table.add_row(*["" if v is None else v for v in row])
    Console(markup=False, highlight=False, soft_wrap=True).print(table)
    click.echo(f"{len(res.rows)} row(s)")


@main.command()
@click.option("--endpoint", required=True, help="Server base URL or its SPARQL endpoint, e.g. http://127.0.0.1:8890/sparql")
@click.option("--graph-iri", "graph_iri", default=None,
              help="Named graph to replace on the server (default https://w3id.org/histkg/graph/default).")
@click.option("--gsp", "gsp_url", default=None, help="Graph Store Protocol URL, when not derived from --endpoint.")
@GRAPH_OPTION
def push(endpoint, graph_iri, gsp_url, graph_file) -> None:
    """Push the built graph to a SPARQL 1.1 server, replacing one named graph.

    The graph is uploaded into a staging graph, its triple count checked, then moved onto
    the target; a failed push leaves the server's graph as it was. Credentials come from
    KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (never from the command line).

    \b
    Example (Virtuoso on this machine):
      KG_ENDPOINT_USER=dba KG_ENDPOINT_PASSWORD=... kg push --endpoint http://127.0.0.1:8890/sparql
    """
    from .remote import push as run_push

    res = run_push(Path(graph_file), endpoint, graph_iri=graph_iri, gsp_url=gsp_url)
    click.echo(f"pushed {res.sent} triples to <{res.graph}> at {res.endpoint}; the server now holds {res.remote}")


@main.command()
@SOURCE_GRAPH_OPTION
@SOURCE_OUT_OPTION
@click.option("--report", "report_file", default=None, type=click.Path(path_type=Path),
              help="Markdown report to add the analysis to (default: report.md beside the graph).")
@click.option("--rdf", "write_rdf", is_flag=True,
              help="Also write kg:degree, kg:pageRank, kg:betweenness, kg:community into the Turtle file "
                   "(--graph, or OUT/graph.ttl).")
@click.option("--open-relations", is_flag=True, help="Include open relations as edges.")
def analyze(graph_file, out_dir, report_file, write_rdf, open_relations) -> None:
    """Network analysis of the graph: degree, betweenness, PageRank, Louvain communities,
    components. Entities are nodes, ontology facts are typed edges. Adds a section to
    report.md (replacing an earlier one) and prints it."""
    from .analyze import analysis_markdown, annotate, to_networkx
    from .export import load_graph
    from .outputs import write_all

    g = load_graph(graph_file, out_dir)
    graph_file = graph_file or Path(out_dir) / "graph.ttl"
    nxg = to_networkx(g, open_relations=open_relations)
    section = analysis_markdown(nxg)
    report_file = report_file or Path(graph_file).with_name("report.md")
    old = report_file.read_text(encoding="utf-8") if report_file.exists() else ""
    old = old.split("## Network analysis")[0].rstrip() + "\n\n" if old else ""
    files = {report_file: old + section}
    if write_rdf:
        annotate(g, nxg)
        files[Path(graph_file)] = g.serialize(format="turtle")
    write_all(files)
    click.echo(section, nl=False)


@main.command()
@click.argument("a")
@click.argument("b")
@SOURCE_GRAPH_OPTION
@SOURCE_OUT_OPTION
def path(a, b, graph_file, out_dir) -> None:
    """The shortest chain of facts between two entities, with the sentence behind each hop.

    \b
    Example:
      kg path Portal Leuna
    """
    from .analyze import shortest_path, to_networkx
    from .errors import InputError
    from .export import load_graph

    try:
        hops = shortest_path(to_networkx(load_graph(graph_file, out_dir)), a, b)
    except ValueError as e:
        raise InputError(str(e)) from None
    for i, h in enumerate(hops, 1):
        click.echo(f"{i}. {h['subject']} --{h['property']}--> {h['object']}")
        click.echo(f"   \"{' '.join(h['sentence'].split())}\" ({h['document']})")


@main.command()
@SOURCE_GRAPH_OPTION
@SOURCE_OUT_OPTION
@click.option("-o", "--out", "out_file", default=None, type=click.Path(path_type=Path),
              help="HTML file to write (default: graph.html beside the graph).")
@click.option("--focus", default=None, help="Show only this entity's neighbourhood (an ego view).")
@click.option("--depth", default=1, show_default=True, type=int, help="Hops around --focus.")
def viz(graph_file, out_dir, out_file, focus, depth) -> None:
    """Render the graph as one offline, interactive HTML page (no request leaves it)."""
    from .errors import InputError
    from .export import load_graph
    from .viz import write_viz

    rdf = load_graph(graph_file, out_dir)
    source = graph_file or Path(out_dir) / "graph.ttl"
    out_file = out_file or Path(source).with_name("graph.html")
    try:
        write_viz(source, out_file, focus=focus, depth=depth, rdf=rdf)
    except ValueError as e:
        raise InputError(str(e)) from None
    click.echo(f"wrote {out_file}")


@main.command("export")
@SOURCE_GRAPH_OPTION
@SOURCE_OUT_OPTION
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nt", "jsonld", "trig", "graphml", "gexf", "csv"]),
              help="RDF syntaxes re-import losslessly; graphml/gexf open in Gephi and networkx; csv lists facts.")
@click.option("-o", "--out", "out_file", default=None, type=click.Path(path_type=Path),
              help="Output file (default: stdout).")
def export_cmd(graph_file, out_dir, fmt, out_file) -> None:
    """Export the graph to another format.

    \b
    Examples:
      kg export --format jsonld -o output/graph.jsonld
      kg export --format graphml -o output/graph.graphml
    """
    from .export import export_file

    data = export_file(graph_file, fmt, out_file, out_dir=out_dir)
    if data is not None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            click.echo(data, nl=False)


@main.group()
def model() -> None:
    """The language pipeline."""


@model.command("info")
@click.option("--model", default=None, help=MODEL_HELP)
def model_info(model) -> None:
    """Print JSON: name, version, path, components, training data and test accuracy."""
    from .nlp import model_info as info

    try:
        click.echo(json.dumps(info(model), indent=2, ensure_ascii=False))
    except KGError as e:
        _fail(e)


if __name__ == "__main__":
    main()
