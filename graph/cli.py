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
      kg build seeds/               # documents -> output/graph.ttl, graph.html, report.md
      kg validate                   # SHACL check of output/graph.ttl
      kg eval ../shared/eval/seed_gold.jsonl
      kg model info                 # which language pipeline is used, and how good it is
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl, graph.html and report.md.")
@click.option("--model", default=None, help=MODEL_HELP)
@click.option("--ontology", "ontology_files", multiple=True, type=click.Path(path_type=Path), help=ONTOLOGY_HELP)
@click.option("--max-bytes", default=50_000_000, show_default=True, type=int,
              help="Refuse input files larger than this.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on when stderr is a terminal).")
def build(paths, out_dir, model, ontology_files, max_bytes, progress) -> None:
    """Extract a knowledge graph from .txt/.md files or folders (default: seeds/).

    Reads every .txt and .md file (folders recursively), cleans OCR noise, parses,
    extracts entities and facts under the ontology, and writes OUT/graph.ttl (entities,
    facts, provenance), OUT/graph.html (interactive, offline) and OUT/report.md.
    Nothing in OUT is replaced unless the whole build succeeds.

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
                        warn=lambda w: click.echo(f"Warning: {w}", err=True))
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
    absent-fact and date checks; the summary line comes last.

    \b
    Examples:
      kg eval ../shared/eval/seed_gold.jsonl ../shared/eval/dev_gold.jsonl
      kg eval gold.jsonl --graph output/graph.ttl --json
    """
    from .evaluate import evaluate, load_gold, score_graph

    if graph_file is not None:
        from rdflib import Graph

        from .errors import InputError

        try:
            g = Graph().parse(graph_file, format="turtle")
        except FileNotFoundError:
            raise InputError(f"{graph_file}: no such file") from None
        except Exception as e:  # noqa: BLE001 - any parser error
            raise InputError(f"{graph_file}: not valid Turtle: {str(e).splitlines()[0][:200]}") from None
        report = score_graph(g, load_gold(list(gold)), ontology_files=list(ontology_files) or None)
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
