"""Remote triple stores: push a built graph over HTTP and query it there.

``push`` replaces one named graph on a SPARQL 1.1 server without ever leaving it half
written: the triples go to a fresh staging graph first (Graph Store Protocol ``PUT``), the
staging graph's size is checked with ``COUNT`` against the local file, and only then one
SPARQL Update ``MOVE <staging> TO <graph>`` swaps it in. Any failure before the swap drops
the staging graph and leaves the target graph as it was.

``remote_query`` sends a read-only query (with the project's prefixes) and returns the
server's own serialization; ``remote_result`` gives a :class:`~graph.query.QueryResult`
for the CLI's table output.

Endpoint URLs are derived from the one given (``endpoints``): a server root or ``/sparql``
is taken as Virtuoso, ``.../repositories/<id>`` as GraphDB or RDF4J, anything else as an
Apache Jena Fuseki dataset.

>>> e = endpoints("http://127.0.0.1:8890/sparql", authenticated=True)
>>> e.kind, e.query_url, e.update_url
('virtuoso', 'http://127.0.0.1:8890/sparql-auth', 'http://127.0.0.1:8890/sparql-auth')
>>> e.gsp_url
'http://127.0.0.1:8890/sparql-graph-crud-auth'
>>> e = endpoints("http://127.0.0.1:3030/ds")
>>> e.kind, e.query_url, e.update_url, e.gsp_url
('fuseki', 'http://127.0.0.1:3030/ds/sparql', 'http://127.0.0.1:3030/ds/update', 'http://127.0.0.1:3030/ds/data')
>>> endpoints("http://127.0.0.1:7200/repositories/kg").gsp_url
'http://127.0.0.1:7200/repositories/kg/rdf-graphs/service'
"""
from __future__ import annotations

import html
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from .errors import InputError, KGError, QueryError
from .sparql import PREFIXES, QueryResult, _display

DEFAULT_GRAPH_IRI = "https://w3id.org/histkg/graph/default"
ENV_USER = "KG_ENDPOINT_USER"
ENV_PASSWORD = "KG_ENDPOINT_PASSWORD"
MAX_ROWS_HEADER = "X-SPARQL-MaxRows"  # Virtuoso: the result was cut at ResultSetMaxRows rows

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
# strings (long and short), IRIs and comments: removed before looking at keywords
_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|' r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
                     r'"(?:[^"\\\n]|\\.)*"|' r"'(?:[^'\\\n]|\\.)*'|" r'<[^<>"{}|^`\\\s]*>|#[^\n]*')
_UPDATE_WORD = re.compile(r"(?<![\w:?$])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:])",
                          re.IGNORECASE)
_NO_UPDATE = "SPARQL Update is not sent to a remote endpoint; replace the remote graph with `kg push`"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w\-.]*)?\s*:", re.IGNORECASE)
_RESULT_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv",
                 "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml"}
_GRAPH_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples"}


class RemoteError(KGError):
    """A remote store that cannot be reached, refuses the credentials, or fails a request."""

    exit_code = 7


class _Timeout(RemoteError):
    """No answer in time: the server may still be working on the request."""


@dataclass(frozen=True)
class Endpoints:
    """Where queries, updates and Graph Store Protocol requests go on one server."""

    kind: str  # "virtuoso", "fuseki" or "rdf4j" (GraphDB)
    query_url: str
    update_url: str
    gsp_url: str


@dataclass(frozen=True)
class PushResult:
    graph: str  # the graph IRI that was replaced
    sent: int  # distinct triples read from the local file and uploaded
    remote: int  # triples in the remote graph after the swap (COUNT on the server)
    endpoint: str


def endpoints(endpoint: str, gsp_url: str | None = None, update_url: str | None = None,
              authenticated: bool = False) -> Endpoints:
    """Derive the query, update and Graph Store URLs from a server's base or query URL.

    Virtuoso (root, ``/sparql`` or ``/sparql-auth``): updates and Graph Store writes need the
    Digest-authenticated ``/sparql-auth`` and ``/sparql-graph-crud-auth``. Fuseki
    (``/ds``, ``/ds/sparql``, ``/ds/query``): ``/ds/update`` and ``/ds/data``. GraphDB/RDF4J
    (``/repositories/<id>``): ``.../statements`` and ``.../rdf-graphs/service``.
    """
    parts = urlsplit(endpoint.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"endpoint {endpoint!r} is not an http(s) URL")
    if parts.username or parts.password:
        raise InputError(f"put credentials in ${ENV_USER} / ${ENV_PASSWORD}, not in the endpoint URL")
    path = parts.path.rstrip("/")

    def url(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    m = re.fullmatch(r"(.*/repositories/[^/]+)(/statements|/rdf-graphs(/service)?)?", path)
    if m:
        base = m.group(1)
        e = Endpoints("rdf4j", url(base), url(base + "/statements"), url(base + "/rdf-graphs/service"))
    elif path in ("", "/sparql", "/sparql-auth", "/sparql-graph-crud", "/sparql-graph-crud-auth"):
        query = "/sparql-auth" if authenticated or path == "/sparql-auth" else "/sparql"
        e = Endpoints("virtuoso", url(query), url("/sparql-auth"), url("/sparql-graph-crud-auth"))
    else:
        base = re.sub(r"/(sparql|query|update|data|get)$", "", path)
        e = Endpoints("fuseki", url(base + "/sparql"), url(base + "/update"), url(base + "/data"))
    if gsp_url or update_url:
        e = Endpoints(e.kind, e.query_url, update_url or e.update_url, gsp_url or e.gsp_url)
    return e


def _credentials(user: str | None, password: str | None) -> tuple[str | None, str | None]:
    user = user if user is not None else os.environ.get(ENV_USER) or None
    password = password if password is not None else os.environ.get(ENV_PASSWORD)
    if password and not user:
        raise InputError(f"a password was given but no user (set ${ENV_USER})")
    return user, (password or "") if user else None


def _check_iri(iri: str, what: str = "graph") -> str:
    if not _IRI.fullmatch(iri or ""):
        raise InputError(f"{what} {iri!r} is not an absolute IRI (no spaces, <, >, quotes or braces)")
    return iri


def _server_message(text: str) -> str:
    """The useful line of an error body (Virtuoso: first line or its <xmp>; Fuseki: first line)."""
    m = re.search(r"<xmp>(.*?)</xmp>", text, re.DOTALL | re.IGNORECASE)
    if m:
        text = m.group(1)
    elif re.search(r"<(html|body|h1)\b", text, re.IGNORECASE):
        text = re.sub(r"<(script|style|title)\b.*?</\1>", " ", text, flags=re.DOTALL | re.IGNORECASE)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line and not re.fullmatch(r"(HTTP/\S+ )?\d{3}\b.*|Error \w+", line)] or \
        [line for line in (" ".join(x.split()) for x in text.splitlines()) if line] or ["(no message)"]
    line = lines[0]
    return line if len(line) <= 200 else line[:197] + "..."


class _Client:
    """A ``requests`` session that answers a 401 challenge with Digest (Virtuoso) or Basic
    (Fuseki, GraphDB) auth, has a timeout on every request, and turns transport failures
    and refused credentials into one-line :class:`RemoteError` messages."""

    def __init__(self, user: str | None, password: str | None, timeout: float):
        import requests

        self._requests = requests
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies from the environment for a store we name
        self.user, self.password, self.timeout = user, password, timeout
        self.auth = None

    def request(self, method: str, url: str, **kw):
        rq = self._requests
        for attempt in (1, 2):
            try:
                r = self.session.request(method, url, auth=self.auth, timeout=self.timeout, **kw)
            except rq.Timeout:
                raise _Timeout(f"{url}: no answer within {self.timeout:g} s") from None
            except rq.ConnectionError as e:
                reason = str(e.args[0] if e.args else e)
                m = re.search(r"\] ([^\]\)'\"]+)", reason) or re.search(r"(Connection refused|Name or service not known"
                                                                      r"|Connection reset[^'\")]*)", reason)
                raise RemoteError(f"{url}: cannot connect ({m.group(1).strip() if m else 'connection failed'})") \
                    from None
            except rq.RequestException as e:
                raise RemoteError(f"{url}: request failed ({type(e).__name__})") from None
            if r.status_code != 401:
                return r
            if self.user is None:
                raise RemoteError(f"{url} asks for credentials: set ${ENV_USER} and ${ENV_PASSWORD}")
            if self.auth is not None or attempt == 2:
                raise RemoteError(f"{url} refused the credentials of user {self.user!r} (HTTP 401)")
            challenge = r.headers.get("WWW-Authenticate", "")
            self.auth = (rq.auth.HTTPDigestAuth if challenge.lower().startswith("digest")
                         else rq.auth.HTTPBasicAuth)(self.user, self.password)
        raise AssertionError("unreachable")

    def close(self):
        self.session.close()


def _text(r) -> str:
    """The body as text: the declared charset, else UTF-8 (what SPARQL formats use; requests
    would guess, or take ISO-8859-1 for text/* without a charset)."""
    m = re.search(r"charset=\"?([\w.:-]+)", r.headers.get("Content-Type", ""), re.IGNORECASE)
    try:
        return r.content.decode(m.group(1) if m else "utf-8", errors="replace")
    except LookupError:
        return r.content.decode("utf-8", errors="replace")


def _fail(what: str, r) -> RemoteError:
    return RemoteError(f"{what}: HTTP {r.status_code}: {_server_message(_text(r))}")


def _update(client: _Client, e: Endpoints, sparql: str, what: str) -> None:
    r = client.request("POST", e.update_url, data={"update": sparql},
                       headers={"Accept": "application/sparql-results+json, text/plain;q=0.5, */*;q=0.1"})
    if r.status_code >= 300:
        raise _fail(what, r)


def _count(client: _Client, e: Endpoints, graph_iri: str) -> int:
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
    r = client.request("POST", e.query_url, data={"query": sparql},
                       headers={"Accept": _RESULT_TYPES["json"]})
    if r.status_code >= 300:
        raise _fail(f"counting the triples of <{graph_iri}>", r)
    try:
        return int(json.loads(_text(r))["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise RemoteError(f"counting the triples of <{graph_iri}>: unexpected answer from {e.query_url}") from None


def read_triples(ttl_path: Path) -> list:
    """The distinct triples of a Turtle file (what the server will hold: RDF graphs are sets)."""
    path = Path(ttl_path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    try:
        return list(dict.fromkeys(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot read as Turtle: {str(e).splitlines()[0][:200]}") from None


def batches(triples: list, size: int) -> list[list]:
    """Split triples into upload batches of about ``size``, keeping every triple that shares a
    blank node in one batch (blank node labels are scoped to one request body).

    >>> b = ox.BlankNode("x"); n = ox.NamedNode("http://e/n")
    >>> [len(x) for x in batches([ox.Triple(n, n, n), ox.Triple(b, n, n), ox.Triple(n, n, b)], 1)]
    [1, 2]
    """
    plain, groups, parent = [], {}, {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked = []
    for t in triples:
        nodes = [x.value for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if not nodes:
            plain.append(t)
            continue
        for other in nodes[1:]:
            parent[find(other)] = find(nodes[0])
        linked.append((nodes[0], t))
    for node, t in linked:
        groups.setdefault(find(node), []).append(t)
    out, current = [], []
    for group in [[t] for t in plain] + list(groups.values()):
        if current and len(current) + len(group) > size:
            out.append(current)
            current = []
        current.extend(group)
    if current:
        out.append(current)
    return out


def push(ttl_path: Path, endpoint: str, graph_iri: str | None = None, user: str | None = None,
         password: str | None = None, timeout: float = 60, gsp_url: str | None = None,
         update_url: str | None = None, batch_size: int = 20_000) -> PushResult:
    """Replace ``graph_iri`` on the server with the triples of ``ttl_path``.

    1. read the file locally (distinct triples, sent as N-Triples, which every Turtle parser reads);
    2. Graph Store Protocol ``PUT`` of the first batch into ``<graph_iri>-staging-<random>``,
       ``POST`` of the others (batches of ``batch_size``: one 200k-triple body stalls Virtuoso 7);
    3. ``COUNT`` the staging graph on the server (a GET could be cut by a result limit);
    4. one SPARQL Update ``MOVE <staging> TO <graph_iri>``, then ``COUNT`` the target.

    A failure in 1-3 drops the staging graph and leaves ``graph_iri`` untouched. Credentials
    come from the arguments or from ``$KG_ENDPOINT_USER`` / ``$KG_ENDPOINT_PASSWORD``.
    ``timeout`` bounds each HTTP request (seconds). Raises :class:`RemoteError` (exit code 7)
    with a one-line message.
    """
    graph_iri = _check_iri(graph_iri or DEFAULT_GRAPH_IRI)
    triples = read_triples(ttl_path)
    if not triples:
        raise InputError(f"{ttl_path}: the graph is empty; refusing to replace <{graph_iri}> with nothing")
    user, password = _credentials(user, password)
    e = endpoints(endpoint, gsp_url=gsp_url, update_url=update_url, authenticated=user is not None)
    staging = f"{graph_iri}-staging-{secrets.token_hex(8)}"
    client = _Client(user, password, timeout)
    phase, before = "stage", None
    try:
        # a harmless update first: checks reachability, credentials and update rights before any write
        _update(client, e, f"DROP SILENT GRAPH <{staging}>", f"update check at {e.update_url} failed")
        for i, batch in enumerate(batches(triples, max(1, batch_size))):
            r = client.request("PUT" if i == 0 else "POST", e.gsp_url, params={"graph": staging},
                               data=ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES),
                               headers={"Content-Type": "text/turtle"})
            if r.status_code not in (200, 201, 204):
                raise _fail(f"upload to staging graph <{staging}> failed", r)
        staged = _count(client, e, staging)
        if staged != len(triples):
            hint = " (the server merged literals of equal value, e.g. \"1.0\" and \"1.00\"^^xsd:decimal?)" \
                if 0 < staged < len(triples) else ""
            raise RemoteError(f"staging graph holds {staged} triples, {len(triples)} were sent{hint}")
        before = _count(client, e, graph_iri)
        phase = "swap"
        _update(client, e, f"MOVE <{staging}> TO <{graph_iri}>", f"swapping <{staging}> into <{graph_iri}> failed")
        phase = "done"
        remote = _count(client, e, graph_iri)
        if remote != len(triples):
            raise RemoteError(f"<{graph_iri}> holds {remote} triples after the swap, {len(triples)} were sent "
                              "(another writer?)")
        return PushResult(graph_iri, len(triples), remote, endpoint)
    except BaseException as exc:
        if phase == "done":
            raise
        if phase == "swap" and isinstance(exc, _Timeout):  # the server may still be moving: touch nothing
            raise RemoteError(f"{exc} while swapping; the server may still be completing it: check <{graph_iri}> "
                              f"and drop <{staging}> if it is left") from None
        untouched = phase == "stage"
        try:
            if phase == "swap":  # did the failed MOVE touch the target? (Virtuoso commits per operation)
                untouched = (_count(client, e, graph_iri) == before
                             and _count(client, e, staging) == len(triples))
            _update(client, e, f"DROP SILENT GRAPH <{staging}>", "dropping the staging graph failed")
        except KGError:
            pass  # best effort; the original error is the one to report
        if isinstance(exc, RemoteError):
            note = "was left as it was" if untouched else "may be incomplete: check it and push again"
            raise RemoteError(f"{exc}; <{graph_iri}> {note}") from None
        raise
    finally:
        client.close()


def _with_prefixes(sparql: str) -> str:
    """Prepend the project's PREFIX declarations on one line (the query's line numbers stay
    right in the server's error messages); prefixes the query declares itself win."""
    declared = {(m.group(1) or "") for m in _DECLARED.finditer(sparql)}
    head = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared)
    return f"{head} {sparql}" if head else sparql


def query_kind(sparql: str) -> str:
    """"select", "ask", "graph" (CONSTRUCT/DESCRIBE) or "update": any update keyword outside
    strings, IRIs and comments makes it an update, which is never sent as a query.

    >>> query_kind("PREFIX x: <http://e/#a> SELECT * WHERE { ?s x:drop 'DELETE' } # INSERT")
    'select'
    >>> query_kind("PREFIX x: <http://e/> INSERT DATA { x:a x:b x:c }")
    'update'
    >>> query_kind('DESCRIBE <http://e/?q=select>')
    'graph'
    """
    text = _TOKENS.sub(" ", sparql)
    if _UPDATE_WORD.search(text):
        return "update"
    m = _FORM.search(text)
    form = m.group(1).upper() if m else "SELECT"
    return {"SELECT": "select", "ASK": "ask"}.get(form, "graph")


def _post_query(sparql: str, endpoint: str, user, password, accept: str, timeout: float,
                query_url: str | None):
    kind = query_kind(sparql)
    if kind == "update":
        raise QueryError(_NO_UPDATE)
    user, password = _credentials(user, password)
    url = query_url or endpoints(endpoint, authenticated=user is not None).query_url
    client = _Client(user, password, timeout)
    try:
        r = client.request("POST", url, data={"query": _with_prefixes(sparql)}, headers={"Accept": accept})
    finally:
        client.close()
    if r.status_code == 400:
        raise QueryError(f"malformed SPARQL query (remote): {_server_message(_text(r))}")
    if r.status_code >= 300:
        raise _fail(f"query at {url} failed", r)
    limit = r.headers.get(MAX_ROWS_HEADER, "")
    # Virtuoso sends the header when a SELECT reached ResultSetMaxRows (it says nothing for CONSTRUCT:
    # fetch_graph checks those against a COUNT)
    if limit.isdigit() and (kind == "graph" or _row_count(r) >= int(limit)):
        raise RemoteError(f"the server cut the result at {limit} rows (Virtuoso ResultSetMaxRows); "
                          "page with LIMIT/OFFSET or raise ResultSetMaxRows in virtuoso.ini [SPARQL]")
    return kind, r


def _row_count(r) -> int:
    ctype = r.headers.get("Content-Type", "")
    try:
        if "json" in ctype:
            return len(json.loads(_text(r))["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return 0
    if "xml" in ctype:
        return _text(r).count("<result>") + _text(r).count("<result ")
    return max(0, len([x for x in _text(r).split("\n") if x.strip()]) - 1)  # CSV/TSV: a header line


def remote_query(sparql: str, endpoint: str, user: str | None = None, password: str | None = None,
                 fmt: str = "json", timeout: float = 60, query_url: str | None = None) -> str:
    """Run a read-only query on the server; return its answer text in ``fmt``.

    SELECT/ASK: ``json`` (SPARQL 1.1 Results JSON), ``csv``, ``tsv`` or ``xml``;
    CONSTRUCT/DESCRIBE: ``turtle`` or ``nt``. A syntax error raises :class:`QueryError`
    (exit 2); anything else the server or the network does wrong, :class:`RemoteError` (7).
    A SELECT cut at Virtuoso's ``ResultSetMaxRows`` raises rather than answering short.
    """
    kind = query_kind(sparql)
    if kind == "update":
        raise QueryError(_NO_UPDATE)
    if kind == "graph":
        accept = _GRAPH_TYPES.get(fmt)
        if accept is None:
            raise QueryError(f"format {fmt!r} does not fit a graph result; use turtle or nt")
    else:
        accept = _RESULT_TYPES.get(fmt)
        if accept is None:
            raise QueryError(f"format {fmt!r} does not fit a {kind.upper()} result; use csv, tsv, json or xml")
    _, r = _post_query(sparql, endpoint, user, password, accept, timeout, query_url)
    return _text(r)


def remote_result(sparql: str, endpoint: str, user: str | None = None, password: str | None = None,
                  timeout: float = 60, query_url: str | None = None) -> QueryResult:
    """The remote answer as a :class:`~graph.query.QueryResult` (``rows`` as display strings),
    for table output; a graph result carries a store, so ``.serialize("turtle")`` works."""
    kind = query_kind(sparql)
    accept = _GRAPH_TYPES["nt"] if kind == "graph" else _RESULT_TYPES["json"]
    kind, r = _post_query(sparql, endpoint, user, password, accept, timeout, query_url)
    try:
        if kind == "graph":
            store = ox.Store()
            store.load(r.content, format=ox.RdfFormat.N_TRIPLES)
            return QueryResult("graph", [], [], None, "CONSTRUCT WHERE { ?s ?p ?o }", store)
        raw = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as e:
        raise RemoteError(f"unreadable answer from the server: {str(e).splitlines()[0][:150]}") from None
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", [], [], bool(raw))
    variables = [v.value for v in raw.variables]
    rows = [[_display(sol[v]) for v in variables] for sol in raw]
    return QueryResult("select", variables, rows, None)


def remote_count(endpoint: str, graph_iri: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 60) -> int:
    """Triples in one remote graph, counted on the server."""
    graph_iri = _check_iri(graph_iri or DEFAULT_GRAPH_IRI)
    user, password = _credentials(user, password)
    client = _Client(user, password, timeout)
    try:
        return _count(client, endpoints(endpoint, authenticated=user is not None), graph_iri)
    finally:
        client.close()


def fetch_graph(endpoint: str, graph_iri: str | None = None, user: str | None = None,
                password: str | None = None, timeout: float = 60) -> list:
    """All triples of one remote graph (CONSTRUCT as N-Triples), checked against a server-side
    ``COUNT``: a result cut short by a server limit (Virtuoso's ResultSetMaxRows cuts
    CONSTRUCT without saying so) raises :class:`RemoteError` instead of coming back short."""
    graph_iri = _check_iri(graph_iri or DEFAULT_GRAPH_IRI)
    text = remote_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}",
                        endpoint, user, password, fmt="nt", timeout=timeout)
    try:
        triples = list(dict.fromkeys(q.triple for q in ox.parse(text.encode("utf-8"),
                                                                  format=ox.RdfFormat.N_TRIPLES)))
    except SyntaxError as e:
        raise RemoteError(f"unreadable N-Triples from the server: {str(e).splitlines()[0][:150]}") from None
    expected = remote_count(endpoint, graph_iri, user, password, timeout)
    if len(triples) != expected:
        raise RemoteError(f"<{graph_iri}>: the server returned {len(triples)} of {expected} triples "
                          "(a result limit such as Virtuoso's ResultSetMaxRows?)")
    return triples
