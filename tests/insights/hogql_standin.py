"""A stand-in for PostHog's query API on 127.0.0.1, for the HogQL engine's tests.

It checks each request as PostHog would (POST /api/projects/<id>/query/, "Authorization:
Bearer <personal API key>", a JSON body {"query": {"kind": "HogQLQuery", "query": <sql>}, ...}
whose keys PostHog knows, a query that sqlglot parses as ClickHouse SQL, which HogQL follows,
and no OFFSET, which PostHog refuses from personal API keys), records it, and answers with the
rows a test gave it, shaped like PostHog's HogQLQueryResponse and cut like PostHog cuts them
(no LIMIT: the first 100 rows and "hasMore"; a LIMIT: at most 50,000). Refusals carry
PostHog's error body ({"type", "code", "detail", "attr"}). A test may queue other answers
(a status, a body, headers, a slow or dripping answer) for the next requests.

Threads: the server's own, and one a connection; `stop()` releases held answers and returns
at once. Stdlib and sqlglot only.
"""

from __future__ import annotations

import json
import socketserver
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Sequence, Set

import sqlglot
from sqlglot import exp

DEFAULT_ROWS = 100  # PostHog's rows for a query without LIMIT (hogql/constants.py)
MAX_ROWS = 50_000  # PostHog's cap on any query's LIMIT
REQUEST_KEYS = {"query", "client_query_id", "refresh", "filters_override"}
REQUEST_KEYS |= {"variables_override", "name", "async"}
QUERY_KEYS = {"kind", "query", "name", "values", "variables", "filters", "modifiers"}
QUERY_KEYS |= {"explain", "tags", "version", "response"}
REFRESH: Set[Any] = {"blocking", "async", "force_blocking", "force_async", "force_cache"}
REFRESH |= {"lazy_async", "async_except_on_cache_miss", True, False}
OFFSET_REFUSED = "OFFSET is not supported on queries made with a personal API key."


@dataclass(frozen=True)
class Received:
    """One request as it arrived: headers with lower-case names, the body parsed if JSON."""

    method: str
    path: str
    headers: Dict[str, str]
    body: Any

    @property
    def sql(self) -> str:
        query = self.body.get("query") if isinstance(self.body, dict) else None
        return str(query.get("query", "")) if isinstance(query, dict) else ""


@dataclass
class Reply:
    """A planned answer: `payload` as JSON (bytes as they are); `hold` until stop();
    `drip` sends the body a byte every `drip` seconds."""

    status: int = 200
    payload: Any = None
    headers: Dict[str, str] = field(default_factory=dict)
    hold: bool = False
    drip: float = 0.0


def error_body(kind: str, code: str, detail: str) -> Dict[str, Any]:
    """PostHog's error answer (drf-exceptions-hog)."""
    return {"type": kind, "code": code, "detail": detail, "attr": None}


class HogQLStandIn:
    """`with HogQLStandIn() as posthog:`; give rows with `table()`, queue answers with `then()`,
    read `received` and `problems` (what PostHog would have refused)."""

    def __init__(self, project_id: str = "31415", api_key: str = "phx_standin_0123456789") -> None:
        self.project_id = project_id
        self.api_key = api_key
        self.received: List[Received] = []
        self.problems: List[str] = []
        self._columns: List[str] = ["installs"]
        self._rows: List[List[Any]] = []
        self._queue: List[Reply] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._serve, name="hogql-standin", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def table(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """The aggregated rows every accepted query gets (recorded, not computed)."""
        with self._lock:
            self._columns, self._rows = list(columns), [list(row) for row in rows]

    def then(self, *replies: Reply) -> None:
        """Answer the next accepted requests with these, in order, then with the table."""
        with self._lock:
            self._queue.extend(replies)

    def start(self) -> HogQLStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # held answers end now
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=2.0)

    def __enter__(self) -> HogQLStandIn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _serve(self) -> None:
        self._server.serve_forever(poll_interval=0.05)

    def judge(self, request: Received) -> Reply:
        """PostHog's answer to `request`; on the connection's thread."""
        with self._lock:
            self.received.append(request)
        refusal = self._refusal(request)
        if refusal is not None:
            with self._lock:
                self.problems.append(f"{refusal.status}: {refusal.payload['detail']}")
            return refusal
        with self._lock:
            if self._queue:
                return self._queue.pop(0)
            columns, rows = list(self._columns), [list(row) for row in self._rows]
        return Reply(200, _response(request.sql, columns, rows))

    def _refusal(self, request: Received) -> Optional[Reply]:
        if request.method != "POST":
            detail = f'Method "{request.method}" not allowed.'
            return Reply(405, error_body("invalid_request", "method_not_allowed", detail))
        if request.path != f"/api/projects/{self.project_id}/query/":
            return Reply(404, error_body("invalid_request", "not_found", "Not found."))
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            detail = "Personal API key found in request Authorization header is invalid."
            return Reply(401, error_body("authentication_error", "authentication_failed", detail))
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            detail = "Unsupported media type in request."
            return Reply(415, error_body("invalid_request", "unsupported_media_type", detail))
        problem = _body_problem(request.body) or _sql_problem(request.sql)
        if problem is not None:
            return Reply(400, error_body("validation_error", "invalid_input", problem))
        return None


def _body_problem(body: Any) -> Optional[str]:
    if not isinstance(body, dict) or not isinstance(body.get("query"), dict):
        return 'the body is not a JSON object with a "query" object'
    query = body["query"]
    unknown = sorted(set(body) - REQUEST_KEYS) + sorted(set(query) - QUERY_KEYS)
    if unknown:
        return f"Extra inputs are not permitted: {', '.join(unknown)}"
    if query.get("kind") != "HogQLQuery":
        return f"query kind {query.get('kind')!r} is not HogQLQuery"
    if not isinstance(query.get("query"), str) or not query["query"].strip():
        return "the HogQL query is empty"
    if body.get("refresh", "blocking") not in REFRESH:
        return f"refresh {body.get('refresh')!r} is not one PostHog knows"
    return None


def _sql_problem(sql: str) -> Optional[str]:
    try:
        tree = sqlglot.parse_one(sql, read="clickhouse")
    except sqlglot.errors.SqlglotError as error:
        return f"Syntax error: {' '.join(str(error).split())[:200]}"
    if any(True for _ in tree.find_all(exp.Offset)):
        return OFFSET_REFUSED
    return None


def _limit(sql: str) -> Optional[int]:
    """The top-level LIMIT of `sql` (capped as PostHog caps it), or None."""
    limit = sqlglot.parse_one(sql, read="clickhouse").args.get("limit")
    if limit is None:
        return None
    value = limit.expression
    return min(int(value.name), MAX_ROWS) if value.is_int else MAX_ROWS


def _response(sql: str, columns: List[str], rows: List[List[Any]]) -> Dict[str, Any]:
    """PostHog's HogQLQueryResponse for `rows`, cut as PostHog cuts it."""
    limit = _limit(sql)
    paging: Dict[str, Any] = {"hasMore": None, "limit": None, "offset": None}
    if limit is None:  # PostHog's HogQLHasMorePaginator: 100 rows, and whether more exist
        paging = {"hasMore": len(rows) > DEFAULT_ROWS, "limit": DEFAULT_ROWS, "offset": 0}
        rows = rows[:DEFAULT_ROWS]
    else:
        rows = rows[:limit]
    kinds = {bool: "Bool", int: "UInt64", float: "Float64", str: "String"}
    first = rows[0] if rows else [None] * len(columns)
    types = [
        [name, kinds.get(type(value), "Nullable(String)")] for name, value in zip(columns, first)
    ]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return {
        "cache_key": "cache_standin",
        "is_cached": False,
        "last_refresh": now,
        "next_allowed_client_refresh": now,
        "timezone": "UTC",
        "query_status": None,
        "clickhouse": "SELECT ... (the stand-in runs no ClickHouse)",
        "columns": columns,
        "error": None,
        "hogql": sql,
        "modifiers": {},
        "query": sql,
        "results": rows,
        "timings": [],
        "types": types,
        **paging,
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, owner: HogQLStandIn) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would call getfqdn(), a DNS lookup that can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that give up (the engine's deadline) are the point of some tests


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        size = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(size) if size else b""
        try:
            body: Any = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            body = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        owner = self.server.owner
        reply = owner.judge(Received(self.command, self.path, headers, body))
        if reply.hold:
            owner.stopping.wait()
            return
        data = reply.payload if isinstance(reply.payload, bytes) else json.dumps(reply.payload)
        payload = data if isinstance(data, bytes) else data.encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Connection", "close")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        if not reply.drip:
            self.wfile.write(payload)
            return
        for byte in payload:
            if owner.stopping.wait(reply.drip):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
