"""``kg push`` / remote queries against a real Virtuoso Open Source server.

The fixture starts Debian's ``virtuoso-t`` (package ``virtuoso-opensource``) on loopback
ports with a private database folder, sets a random dba password, creates a user with
``SPARQL_UPDATE`` for the Digest-authenticated endpoints, and shuts the server down at the
end. Without ``virtuoso-t`` the server tests skip with the reason. Marked slow.
"""
from __future__ import annotations

import json
import re
import secrets
import shutil
import socket
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from graph import remote
from graph.errors import InputError, QueryError
from graph.remote import RemoteError, fetch_graph, push, remote_count, remote_query, remote_result

pytestmark = pytest.mark.slow

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql-v")
MAX_ROWS = 50_000  # ResultSetMaxRows: above the 20k round trip, below the truncation test's 60k rows
G = "https://w3id.org/histkg/graph/test"
BIG = "https://w3id.org/histkg/graph/big"
KG = "https://w3id.org/histkg/ontology#"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
AllowOSCalls = 0
DirsAllowed = ., {d}
ThreadsPerQuery = 1
AsyncQueueMaxThreads = 4
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 512M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/vsp
MaxClientConnections = 6
ServerThreads = 6
EnabledDavVSP = 0
HTTPProxyEnabled = 0
KeepAliveTimeout = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
"""


class Virtuoso:
    """A throwaway Virtuoso on 127.0.0.1 (``virtuoso-t +foreground``, no init system)."""

    def __init__(self, folder: Path, max_rows: int = MAX_ROWS):
        self.dir = folder
        (folder / "vsp").mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = _free_port(), _free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.dba_password = "dba"
        self.user, self.password = "kgpush", "pw" + secrets.token_hex(12)
        self.ini = folder / "virtuoso.ini"
        self.ini.write_text(INI.format(d=folder, sql_port=self.sql_port, http_port=self.http_port,
                                       max_rows=max_rows), encoding="utf-8")
        self.proc = None

    def isql(self, script: str, timeout: float = 30) -> str:
        r = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", self.dba_password],
                           input=script, capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0 or "*** Error" in r.stdout:
            raise RuntimeError(f"isql failed: {(r.stdout + r.stderr).strip()[-500:]}")
        return r.stdout

    def start(self, timeout: float = 60) -> None:
        self.log = open(self.dir / "stdout.log", "wb")
        self.proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(self.ini)], cwd=self.dir,
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                if requests.get(f"{self.base}/sparql", params={"query": "ASK {}"}, timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t not ready after {timeout} s: {self.log_tail()}")
            time.sleep(0.3)
        # a user for the Digest-authenticated /sparql-auth and /sparql-graph-crud-auth (the
        # public /sparql, SPARQL user "nobody", gets no update right); then a new dba password
        new = "dba" + secrets.token_hex(12)
        self.isql(f"DB.DBA.USER_CREATE('{self.user}', '{self.password}');\n"
                  f'GRANT SPARQL_UPDATE TO "{self.user}";\n'
                  f"USER_SET_PASSWORD('dba', '{new}');\n")
        self.dba_password = new
        self.isql("SELECT 1;\n")  # the new dba password works (stop() needs it)

    def log_tail(self) -> str:
        p = self.dir / "stdout.log"
        return " | ".join(p.read_text(errors="replace").strip().splitlines()[-5:]) if p.exists() else ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", self.dba_password, "-K"],
                           capture_output=True, timeout=20)
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        finally:
            self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if VIRTUOSO is None or ISQL is None:
        pytest.skip("needs Virtuoso Open Source: apt-get install -y virtuoso-opensource "
                    "(virtuoso-t and isql-vt not found)")
    v = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        v.start()
        yield v
    finally:
        v.stop()


@pytest.fixture(scope="module")
def seed_ttl(seed_build) -> Path:
    """The session's shared ``kg build seeds/`` (read only here)."""
    return seed_build / "graph.ttl"


def _auth(server) -> dict:
    return {"user": server.user, "password": server.password}


def _distinct(path: Path) -> set:
    return {q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


XSD = "http://www.w3.org/2001/XMLSchema#"


def _by_value(triples) -> set:
    """Virtuoso stores numbers as values: "0.80"^^xsd:decimal comes back as "0.8"."""
    def term(o):
        if isinstance(o, ox.Literal) and o.datatype.value in (XSD + "decimal", XSD + "integer", XSD + "double"):
            return (o.datatype.value, Decimal(o.value))
        return o
    return {(t.subject, t.predicate, term(t.object)) for t in triples}


def _graphs(server) -> set[str]:
    out = remote_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                       "'https://w3id.org/histkg/graph/')) }", server.base, fmt="json")
    return {b["g"]["value"] for b in json.loads(out)["results"]["bindings"]}


SPECIALS = ['quote " and backslash \\ inside', "line one\nline two\ttabbed", "naïve café Ω 漢字 🙂",
            "<b>not markup</b> & ampersand", "", "  leading and trailing  "]


def synthetic_ttl(path: Path, n: int) -> set:
    """``n`` distinct triples: IRIs, plain, language-tagged and typed literals, awkward strings."""
    X = "http://www.w3.org/2001/XMLSchema#"
    triples = []
    for i in range(n):
        s = ox.NamedNode(f"https://w3id.org/histkg/resource/e{i // 5}")
        k = i % 5
        if k == 0:
            t = ox.Triple(s, ox.NamedNode(KG + "relatedTo"), ox.NamedNode(f"https://w3id.org/histkg/resource/e{i + 7}"))
        elif k == 1:
            t = ox.Triple(s, ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                          ox.Literal(f"Entity {i} {SPECIALS[i % len(SPECIALS)]}"))
        elif k == 2:
            t = ox.Triple(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                          ox.Literal(f"étiquette {i}", language="fr"))
        elif k == 3:
            t = ox.Triple(s, ox.NamedNode(KG + "count"), ox.Literal(str(i), datatype=ox.NamedNode(X + "integer")))
        else:
            t = ox.Triple(s, ox.NamedNode(KG + "date"),
                          ox.Literal(f"19{i % 100:02d}-0{i % 9 + 1}-1{i % 9}", datatype=ox.NamedNode(X + "date")))
        triples.append(t)
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                  prefixes={"kg": KG, "res": "https://w3id.org/histkg/resource/"}))
    return set(triples)


# --- pushing -----------------------------------------------------------------------------

def test_push_seed_graph(server, seed_ttl):
    local = _distinct(seed_ttl)
    r = push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    assert (r.graph, r.sent, r.remote) == (G, len(local), len(local))
    assert remote_count(server.base, G) == len(local) > 100
    assert _by_value(fetch_graph(server.base, G)) == _by_value(local)
    assert not [g for g in _graphs(server) if "-staging-" in g]


def test_push_again_replaces_not_merges(server, seed_ttl, tmp_path):
    n = len(_distinct(seed_ttl))
    assert push(seed_ttl, server.base + "/sparql", graph_iri=G, **_auth(server)).remote == n
    assert remote_count(server.base, G) == n
    small = tmp_path / "small.ttl"
    small.write_text("<https://w3id.org/histkg/resource/a> <https://w3id.org/histkg/ontology#b> 'c' .\n")
    assert push(small, server.base, graph_iri=G, **_auth(server)).remote == 1
    assert remote_count(server.base, G) == 1
    assert push(seed_ttl, server.base, graph_iri=G, **_auth(server)).remote == n
    assert not [g for g in _graphs(server) if "-staging-" in g]


def test_credentials_from_environment(server, seed_ttl, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", server.user)
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", server.password)
    r = push(seed_ttl, server.base, graph_iri=G + "-env")
    assert r.remote == r.sent == remote_count(server.base, G + "-env")


def test_failed_upload_leaves_remote_graph_as_it_was(server, seed_ttl, tmp_path):
    push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    before = set(fetch_graph(server.base, G))
    # the server refuses the upload (a Graph Store URL that does not exist)
    with pytest.raises(RemoteError) as e:
        push(seed_ttl, server.base, graph_iri=G, gsp_url=server.base + "/no-such-graph-store", **_auth(server))
    msg = str(e.value)
    assert "\n" not in msg and "upload to staging graph" in msg and "was left as it was" in msg
    assert set(fetch_graph(server.base, G)) == before
    assert not [g for g in _graphs(server) if "-staging-" in g]


def test_batch_rejected_by_server_leaves_remote_graph_as_it_was(server, seed_ttl, monkeypatch):
    push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    before = set(fetch_graph(server.base, G))
    real_request = remote._Client.request

    def corrupt_third_batch(self, method, url, **kw):
        if method == "POST" and "data" in kw and isinstance(kw["data"], bytes):
            self.posts = getattr(self, "posts", 0) + 1
            if self.posts == 2:  # Virtuoso parses part of it, then answers 500
                kw["data"] = kw["data"][: len(kw["data"]) // 2] + b'\n<urn:a> <urn:b> "unterminated .\n'
        return real_request(self, method, url, **kw)

    monkeypatch.setattr(remote._Client, "request", corrupt_third_batch)
    with pytest.raises(RemoteError) as e:
        push(seed_ttl, server.base, graph_iri=G, batch_size=50, **_auth(server))
    assert "\n" not in str(e.value)
    assert re.search(r"upload to staging graph <.*> failed: HTTP 500: .*; <.*> was left as it was", str(e.value))
    monkeypatch.undo()
    assert set(fetch_graph(server.base, G)) == before
    assert not [g for g in _graphs(server) if "-staging-" in g]


def test_failed_check_or_swap_leaves_remote_graph_as_it_was(server, seed_ttl, tmp_path, monkeypatch):
    push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    n = remote_count(server.base, G)
    other = tmp_path / "other.ttl"
    synthetic_ttl(other, 50)

    # 1. the staging graph does not hold what was sent (counted on the server)
    real_count = remote._count
    monkeypatch.setattr(remote, "_count", lambda c, e, g: real_count(c, e, g) - ("-staging-" in g))
    with pytest.raises(RemoteError, match=r"staging graph holds 49 triples, 50 were sent .*; .* left as it was"):
        push(other, server.base, graph_iri=G, **_auth(server))
    monkeypatch.setattr(remote, "_count", real_count)
    assert remote_count(server.base, G) == n

    # 2. the swap itself is refused by the server
    real_update = remote._update

    def failing_move(client, e, sparql, what):
        return real_update(client, e, sparql.replace("MOVE <", "MOVE BROKEN <"), what)

    monkeypatch.setattr(remote, "_update", failing_move)
    with pytest.raises(RemoteError, match=r"swapping .* failed: HTTP \d+: .*; <.*> was left as it was"):
        push(other, server.base, graph_iri=G, **_auth(server))
    monkeypatch.setattr(remote, "_update", real_update)
    assert remote_count(server.base, G) == n
    assert not [g for g in _graphs(server) if "-staging-" in g]


def test_blank_nodes_stay_together_across_batches(server, tmp_path):
    ttl = tmp_path / "bnodes.ttl"
    ttl.write_text("@prefix kg: <https://w3id.org/histkg/ontology#> .\n" + "".join(
        f"<https://w3id.org/histkg/resource/r{i}> kg:source [ kg:page {i} ; kg:quote [ kg:text \"q{i}\" ] ] .\n"
        for i in range(40)) + "<https://w3id.org/histkg/resource/r0> kg:note \"plain\" .\n")
    r = push(ttl, server.base, graph_iri=G + "-bnodes", batch_size=2, **_auth(server))
    assert r.sent == r.remote == 40 * 4 + 1
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{G}-bnodes> {{ ?r kg:source ?s . ?s kg:page ?p . "
         "?s kg:quote ?q . ?q kg:text ?t FILTER(STR(?t) = CONCAT('q', STR(?p))) } }")
    assert remote_result(q, server.base).rows == [["40"]]


def test_wrong_password_is_one_line_and_changes_nothing(server, seed_ttl):
    n = remote_count(server.base, G)
    with pytest.raises(RemoteError) as e:
        push(seed_ttl, server.base, graph_iri=G, user=server.user, password="wrong-" + server.password)
    msg = str(e.value)
    assert e.value.exit_code == 7 and "\n" not in msg
    assert "refused the credentials of user 'kgpush'" in msg and server.password not in msg
    assert remote_count(server.base, G) == n


def test_missing_credentials_and_bad_inputs(server, seed_ttl, tmp_path, monkeypatch):
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    with pytest.raises(RemoteError, match="asks for credentials: set \\$KG_ENDPOINT_USER"):
        push(seed_ttl, server.base, graph_iri=G)
    with pytest.raises(InputError, match="not an absolute IRI"):
        push(seed_ttl, server.base, graph_iri="https://x/> } ; DROP ALL ; <y", **_auth(server))
    with pytest.raises(InputError, match="no such graph file"):
        push(tmp_path / "missing.ttl", server.base, **_auth(server))
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> \"unterminated .\n")
    with pytest.raises(InputError, match="cannot read as Turtle"):
        push(bad, server.base, **_auth(server))


def test_public_endpoint_cannot_update(server):
    """Anonymous SPARQL Update is refused (Virtuoso answers 500, not 401/403)."""
    r = requests.post(f"{server.base}/sparql", timeout=10,
                      data={"update": f"INSERT DATA {{ GRAPH <{G}-anon> {{ <urn:a> <urn:b> <urn:c> }} }}"})
    assert r.status_code >= 400
    assert remote_count(server.base, G + "-anon") == 0


def test_unreachable_endpoint():
    port = _free_port()
    t = time.monotonic()
    with pytest.raises(RemoteError, match=r"cannot connect"):
        remote_query("ASK {}", f"http://127.0.0.1:{port}/sparql", timeout=5)
    assert time.monotonic() - t < 5


# --- querying ----------------------------------------------------------------------------

def test_remote_select_who_replied_to_whom(server, seed_ttl):
    push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    q = (f"SELECT ?a ?b WHERE {{ GRAPH <{G}> {{ ?x kg:repliesTo ?y . ?x skos:prefLabel ?a . "
         "?y skos:prefLabel ?b } }")
    rows = json.loads(remote_query(q, server.base))["results"]["bindings"]
    assert [(r["a"]["value"], r["b"]["value"]) for r in rows] == [("Portal", "Harris")]
    assert remote_query(q, server.base, fmt="csv").splitlines()[1:] == ["Portal,Harris"] or \
        remote_query(q, server.base, fmt="csv").splitlines()[1:] == ['"Portal","Harris"']
    res = remote_result(q, server.base)
    assert (res.kind, res.variables, res.rows) == ("select", ["a", "b"], [["Portal", "Harris"]])
    # the authenticated query endpoint answers the same
    assert json.loads(remote_query(q, server.base, **_auth(server)))["results"]["bindings"] == rows


def test_remote_ask_and_construct(server, seed_ttl):
    push(seed_ttl, server.base, graph_iri=G, **_auth(server))
    assert json.loads(remote_query(f"ASK {{ GRAPH <{G}> {{ ?x kg:repliesTo ?y }} }}", server.base))["boolean"] is True
    assert remote_result(f"ASK {{ GRAPH <{G}> {{ ?x kg:repliesTo res:Nobody }} }}", server.base).boolean is False
    q = f"CONSTRUCT {{ ?x kg:repliesTo ?y }} WHERE {{ GRAPH <{G}> {{ ?x kg:repliesTo ?y }} }}"
    ttl = remote_query(q, server.base, fmt="turtle")
    assert len(list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))) == 1
    res = remote_result(q, server.base)
    assert res.kind == "graph" and "repliesTo" in res.serialize("turtle")
    with pytest.raises(QueryError, match="does not fit a graph result"):
        remote_query(q, server.base, fmt="csv")


def test_remote_query_errors(server):
    with pytest.raises(QueryError) as e:
        remote_query("SELECT ?x WHERE { ?x ?y }", server.base)
    assert e.value.exit_code == 2 and "\n" not in str(e.value)
    assert "malformed SPARQL query (remote)" in str(e.value) and "line 1" in str(e.value)
    with pytest.raises(QueryError, match="SPARQL Update is not sent"):
        remote_query("PREFIX x: <urn:x:> DROP GRAPH <urn:g>", server.base, **_auth(server))
    with pytest.raises(RemoteError, match="asks for credentials"):
        remote_query("ASK {}", server.base + "/sparql-auth")


# --- large graphs ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def big(server, tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.ttl"
    local = synthetic_ttl(path, 20_000)
    t = time.monotonic()
    r = push(path, server.base, graph_iri=BIG, batch_size=6_000, **_auth(server))  # PUT + 3 POSTs
    return local, r, time.monotonic() - t


def test_round_trip_20k_triples_is_exact(server, big):
    local, r, seconds = big
    assert r.sent == r.remote == len(local) == 20_000
    back = set(fetch_graph(server.base, BIG))
    assert len(back) == len(local)
    for t in list(local)[:: 997]:  # spot checks, beyond the set comparison below
        assert t in back
    assert back == local
    res = remote_result(f"SELECT ?l WHERE {{ GRAPH <{BIG}> {{ res:e0 rdfs:label ?l }} }}", server.base)
    assert res.rows == [["étiquette 2"]]
    assert seconds < 30


def test_result_limit_is_detected_not_silent(server, big, monkeypatch):
    # 3 x 20k rows > ResultSetMaxRows (50k): Virtuoso cuts the SELECT and says so in a header
    q = f"SELECT ?s ?k WHERE {{ GRAPH <{BIG}> {{ ?s ?p ?o }} VALUES ?k {{ 1 2 3 }} }}"
    with pytest.raises(RemoteError, match=f"cut the result at {MAX_ROWS} rows"):
        remote_query(q, server.base, fmt="tsv")
    # CONSTRUCT is cut without a header; fetch_graph compares with a server-side COUNT
    monkeypatch.setattr(remote, "remote_count", lambda *a, **k: 20_001)
    with pytest.raises(RemoteError, match="returned 20000 of 20001 triples"):
        fetch_graph(server.base, BIG)


def test_cli_push_and_query_endpoint(server, seed_ttl, monkeypatch):
    import json

    from click.testing import CliRunner

    from graph.cli import main

    monkeypatch.setenv("KG_ENDPOINT_USER", server.user)
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", server.password)
    r = CliRunner().invoke(main, ["push", "--endpoint", server.base, "--graph-iri", G + "-cli",
                                  "--graph", str(seed_ttl)])
    assert r.exit_code == 0, r.output
    assert "pushed" in r.output and G + "-cli" in r.output
    q = f"SELECT ?a ?b WHERE {{ GRAPH <{G}-cli> {{ ?x kg:repliesTo ?y . ?x skos:prefLabel ?a . ?y skos:prefLabel ?b }} }}"
    r = CliRunner().invoke(main, ["query", "--endpoint", server.base, "--format", "json", q])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)["results"]["bindings"]
    assert {(b["a"]["value"], b["b"]["value"]) for b in rows} == {("Portal", "Harris")}
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "wrong")
    r = CliRunner().invoke(main, ["push", "--endpoint", server.base, "--graph-iri", G + "-cli",
                                  "--graph", str(seed_ttl)])
    assert r.exit_code == 7 and r.output.startswith("Error: ") and r.output.strip().count("\n") == 0
