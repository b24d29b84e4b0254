"""Hostile and broken input: distinct one-line errors, no partial files, crash safety."""
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line(r, code):
    assert r.exit_code == code, r.output
    assert r.output.startswith("Error: ") and r.output.strip().count("\n") == 0, r.output


def test_malformed_ontology_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/histkg/ontology#> .\nkg:A a kg:B ;\n kg:c "x"\n kg:d .\n',
                   encoding="utf-8")
    r = invoke("build", ROOT / "seeds", "--ontology", bad, "--out", tmp_path / "out")
    one_line(r, 4)
    assert "bad.ttl" in r.output and "line 4" in r.output
    assert not (tmp_path / "out").exists()


def test_alias_entry_without_class(tmp_path):
    onto = tmp_path / "o.ttl"
    onto.write_text((ROOT / "ontology" / "kg.ttl").read_text(encoding="utf-8") +
                    '\n<https://w3id.org/histkg/resource/X> skos:prefLabel "X" .\n', encoding="utf-8")
    r = invoke("build", ROOT / "seeds", "--ontology", onto, "--out", tmp_path / "out")
    one_line(r, 4)
    assert "no class" in r.output
    n = len((ROOT / "ontology" / "kg.ttl").read_text(encoding="utf-8").splitlines())
    assert f"o.ttl:{n + 2}:" in r.output  # file and line of the bad entry


def test_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    r = invoke("build", loop, "--out", tmp_path / "out")
    one_line(r, 3)
    assert "symbolic link loop" in r.output


def test_symlinked_folder_loop_is_not_followed(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text("Portal replied to Harris.", encoding="utf-8")
    (d / "again").symlink_to(d)
    r = invoke("build", d, "--out", tmp_path / "out", "--no-progress")
    assert r.exit_code == 0, r.output
    assert "1 document(s)" in r.output


def test_file_over_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Portal replied to Harris. " * 100, encoding="utf-8")
    r = invoke("build", big, "--max-bytes", 100, "--out", tmp_path / "out")
    one_line(r, 3)
    assert "larger than the limit" in r.output and not (tmp_path / "out").exists()


def test_malformed_graph_for_query(tmp_path):
    bad = tmp_path / "g.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    one_line(invoke("query", "ASK { ?s ?p ?o }", "--graph", bad), 3)
    one_line(invoke("export", "--graph", bad, "--format", "nt"), 3)


def test_stale_temp_files_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".graph.ttl.abc123.tmp").write_text("half", encoding="utf-8")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Portal replied to Harris.", encoding="utf-8")
    assert invoke("build", d, "--out", out, "--no-progress").exit_code == 0
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "graph.html", "graph.ttl", "report.md", "store-manifest.json"]


def test_sigkill_mid_build_keeps_previous_output(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = (ROOT / "seeds" / "000_931d60e5f30441a1.txt").read_text(encoding="utf-8")
    for i in range(30):
        (src / f"d{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "graph.cli", "build", str(src), "--out", str(out), "--no-progress"]
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (src / "extra.txt").write_text("Tedder criticized Spaatz.", encoding="utf-8")
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.endswith(".tmp")}
        if now != before:  # the kill came after the renames: then the new build is complete
            assert set(now) == set(before)
            Graph().parse(data=now["graph.ttl"].decode("utf-8"), format="turtle")
            before = now
    r = subprocess.run(cmd, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    from graph.store import open_store

    store = open_store(out)  # the store opens and holds the last build's documents
    assert len(list(store.named_graphs())) == 32
    del store
    final = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"extra.txt"' in final  # the rebuild after the kills saw the new document
    Graph().parse(data=final, format="turtle")
