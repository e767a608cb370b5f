"""A strict PostHog-compatible capture server on 127.0.0.1, for tests and benchmarks.

It answers like PostHog's capture service (docs/posthog.md, part B: routes, decoding, size
limits, token and event rules, status codes and JSON error bodies) and records what it got.
Fault modes (answer with a status, redirect elsewhere, refuse connections, never answer,
drip the answer byte by byte, lose the answer) are switched at run time. Stdlib only, Python 3.8+.

Threads: one daemon thread accepts connections; each connection is served on its own daemon
thread. Every public method may be called from any thread; `stop()` returns in well under 1 s
in every mode.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import selectors
import socket
import socketserver
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, Dict, List, Optional, Set, Tuple, Union
from urllib.parse import parse_qs

# --- PostHog's capture contract (docs/posthog.md B1-B7) -------------------------------------

EVENT_BODY_LIMIT = 2 * 1024 * 1024  # /i/v0/e, /e, /capture
BATCH_BODY_LIMIT = 20 * 1024 * 1024  # /batch
DECOMPRESSED_LIMIT = 5 * BATCH_BODY_LIMIT
EVENT_SIZE_LIMIT = 1_000_000  # Kafka message.max.bytes: one bigger event fails the request
_ROUTE_LIMITS = {"/batch": BATCH_BODY_LIMIT, "/i/v0/e": EVENT_BODY_LIMIT}
_ROUTE_LIMITS.update({"/capture": EVENT_BODY_LIMIT, "/e": EVENT_BODY_LIMIT})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_TOKEN_KEYS = ("token", "$token", "api_key")
_DISTINCT_ID_KEYS = ("distinct_id", "$distinct_id")
_HEX_UUID = r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
_UUID = re.compile(rf"(?:urn:uuid:)?(?:{_HEX_UUID}|\{{{_HEX_UUID}\}})")
_BASE64_STRICT = re.compile(rb"[A-Za-z0-9+/=]*")
_BASE64_LOOSE = re.compile(rb"[A-Za-z0-9+/= ]*")


class CaptureRejection(Exception):
    """PostHog's answer to a request it refuses: HTTP status, error code, message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclass
class Verdict:
    """What capture does with one request: answer `status`; store `accepted`; drop `dropped`."""

    status: int
    code: Optional[str] = None
    message: str = ""
    accepted: List[Dict[str, Any]] = field(default_factory=list)
    dropped: List[Dict[str, Any]] = field(default_factory=list)


def body_limit(path: str) -> Optional[int]:
    """The wire body limit of a capture route, or None when PostHog does not serve `path`."""
    route = path if path in ("", "/") else path.rstrip("/")
    return _ROUTE_LIMITS.get(route)


def judge_request(
    query: Dict[str, List[str]],
    headers: Dict[str, str],
    body: bytes,
    expected_token: Optional[str] = None,
) -> Verdict:
    """Decide like PostHog capture; runs on the connection's thread, touches no shared state.

    `query` as from `parse_qs`, `headers` with lower-case names. Events are returned as sent
    plus the resolved "token".
    """
    try:
        payload, payload_size = _decode_payload(query, headers, body)
        batch_token, events = _parse_request(payload)
        if not events:
            raise CaptureRejection(400, "empty_batch", "request holds no event")
        token = _resolve_token(batch_token, events)
        events = [event for event in events if event["event"] != "$performance_event"]
        for event in events:
            _check_event(event, might_be_too_big=payload_size > EVENT_SIZE_LIMIT)
    except CaptureRejection as rejection:
        return Verdict(rejection.status, rejection.code, rejection.message)
    stored = [dict(event, token=token) for event in events]
    if expected_token is not None and token != expected_token:
        return Verdict(200, dropped=stored)  # a foreign project's key: 200, dropped later
    return Verdict(200, accepted=stored)


def _decode_payload(
    query: Dict[str, List[str]], headers: Dict[str, str], body: bytes
) -> Tuple[Any, int]:
    """The parsed JSON and its decoded size in bytes (payload/common.rs, v0_request.rs)."""
    data = query.get("data", [""])[0].encode("utf-8") or body
    if not data:
        raise CaptureRejection(400, "empty_payload", "empty request payload")
    data = _optimistic_base64(data)
    form: Dict[str, List[str]] = {}
    if headers.get("content-type") == "application/x-www-form-urlencoded":
        if not _looks_like_form(data):
            raise CaptureRejection(400, "request_decoding_error", "expected form data")
        form = parse_qs(data.decode("utf-8", "replace"), keep_blank_values=True)
        if "data" in form:
            field = form["data"][0].encode("utf-8")
            loose = _looks_like_base64(field, loose=True)
            data = _optimistic_base64(field.replace(b" ", b"+") if loose else field)
    hints = (query.get("compression", [""])[0], form.get("compression", [""])[0])
    hint = next((value for value in hints if value), headers.get("content-encoding", ""))
    if hint in ("base64", "b64"):
        try:
            data = base64.b64decode(data, validate=True)
        except binascii.Error:
            raise CaptureRejection(400, "request_decoding_error", "invalid base64") from None
    if hint in ("gzip", "gzip-js") or data.startswith(_GZIP_MAGIC):
        data = _gunzip(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CaptureRejection(400, "request_decoding_error", "invalid body encoding") from None
    try:
        return json.loads(text, parse_constant=_reject_constant), len(data)
    except (ValueError, RecursionError) as error:
        raise CaptureRejection(400, "request_parsing_error", str(error)) from None


def _optimistic_base64(data: bytes) -> bytes:
    if _looks_like_form(data) or not _looks_like_base64(data, loose=False):
        return data
    try:
        return base64.b64decode(data, validate=True)
    except binascii.Error:
        return data  # PostHog keeps the raw bytes when this guess fails


def _looks_like_form(data: bytes) -> bool:
    prefix = data[:128]
    keys = (b"data=", b"_=", b"ip=", b"compression=")
    return any(prefix.startswith(key) or b"&" + key in prefix for key in keys)


def _looks_like_base64(data: bytes, loose: bool) -> bool:
    alphabet = _BASE64_LOOSE if loose else _BASE64_STRICT
    return bool(data) and len(data) % 4 == 0 and alphabet.fullmatch(data[:128]) is not None


def _gunzip(data: bytes) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        plain = inflater.decompress(data, DECOMPRESSED_LIMIT + 1)
    except zlib.error:
        raise CaptureRejection(400, "request_decoding_error", "invalid gzip data") from None
    if len(plain) > DECOMPRESSED_LIMIT:
        raise CaptureRejection(413, "payload_too_large", "decompressed payload too large")
    if not inflater.eof:
        raise CaptureRejection(400, "request_decoding_error", "truncated gzip data")
    return plain


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _hydration_error(reason: str) -> CaptureRejection:
    return CaptureRejection(400, "request_hydration_error", reason)


def _field(obj: Dict[str, Any], names: Tuple[str, ...]) -> Any:
    # serde rejects a struct that carries a field under two of its aliases.
    present = [name for name in names if name in obj]
    if len(present) > 1:
        raise _hydration_error(f"duplicate field {present[0]!r}")
    return obj[present[0]] if present else None


def _raw_event(obj: Any) -> Dict[str, Any]:
    """Check one event like serde's `RawEvent`; unknown fields are ignored."""
    if not isinstance(obj, dict) or not isinstance(obj.get("event"), str):
        raise _hydration_error("event must be an object with a string `event`")
    if not isinstance(_field(obj, _TOKEN_KEYS), (str, type(None))):
        raise _hydration_error("token must be a string")
    _field(obj, _DISTINCT_ID_KEYS)
    uuid = obj.get("uuid")
    if uuid not in (None, "") and not (isinstance(uuid, str) and _UUID.fullmatch(uuid)):
        raise _hydration_error(f"invalid uuid {uuid!r}")
    if "properties" in obj and not isinstance(obj["properties"], dict):
        raise _hydration_error("properties must be an object")
    offset = obj.get("offset")
    if not isinstance(obj.get("timestamp"), (str, type(None))) or (
        offset is not None and (isinstance(offset, bool) or not isinstance(offset, int))
    ):
        raise _hydration_error("timestamp must be a string, offset an integer")
    if any(not isinstance(obj.get(key), (dict, type(None))) for key in ("$set", "$set_once")):
        raise _hydration_error("$set and $set_once must be objects")
    return obj


def _parse_request(payload: Any) -> Tuple[Optional[str], List[Dict[str, Any]]]:
    """Array of events, else {api_key|token, batch}, else one event (serde untagged order)."""
    if isinstance(payload, list):
        return None, [_raw_event(item) for item in payload]
    if isinstance(payload, dict):
        token = _field(payload, ("token", "api_key"))
        batch = payload.get("batch")
        if (
            isinstance(token, str)
            and isinstance(batch, list)
            and isinstance(payload.get("historical_migration"), (bool, type(None)))
            and isinstance(payload.get("sent_at"), (str, type(None)))
        ):
            try:
                return token, [_raw_event(item) for item in batch]
            except CaptureRejection:
                pass  # not a valid batch: serde tries the single-event shape next
        return None, [_raw_event(payload)]
    raise _hydration_error("payload is neither an event, an array nor a batch")


def _event_token(event: Dict[str, Any]) -> Optional[str]:
    token = _field(event, _TOKEN_KEYS)
    if token is None:
        token = (event.get("properties") or {}).get("token")
    return token if isinstance(token, str) else None


def _resolve_token(batch_token: Optional[str], events: List[Dict[str, Any]]) -> str:
    if batch_token is not None:
        token = batch_token
    else:
        tokens = {token for token in map(_event_token, events) if token is not None}
        if not tokens:
            raise CaptureRejection(401, "ingest_key_required", "event submitted without api_key")
        if len(tokens) > 1:
            raise CaptureRejection(400, "unroutable_events", "inconsistent api_key values")
        token = tokens.pop()
    trimmed = token.strip()
    if (
        not trimmed
        or len(trimmed.encode("utf-8")) > 64
        or not trimmed.isascii()
        or trimmed.startswith("phx_")
        or "\0" in trimmed
    ):
        raise CaptureRejection(403, "ingest_key_unknown", "API key is not valid")
    return token


def _check_event(event: Dict[str, Any], might_be_too_big: bool) -> None:
    properties = event.get("properties") or {}
    if event["event"] == "":
        raise CaptureRejection(400, "missing_event_name", "empty event name")
    distinct_id = _field(event, _DISTINCT_ID_KEYS)
    if distinct_id is None:
        distinct_id = properties.get("distinct_id")
    if distinct_id is None or distinct_id == "":
        raise CaptureRejection(400, "missing_distinct_id", "event without a distinct_id")
    if not isinstance(properties.get("$cookieless_mode", False), bool):
        raise CaptureRejection(400, "invalid_cookieless_mode", "$cookieless_mode not a bool")
    if might_be_too_big and len(json.dumps(event).encode("utf-8")) > EVENT_SIZE_LIMIT:
        raise CaptureRejection(413, "payload_too_large", "event bigger than 1 MB")


# --- the HTTP server and its fault modes ----------------------------------------------------

MODES = ("ok", "status", "redirect", "refused", "blackhole", "drip", "lost_answer")
REDIRECT_CODES = (301, 302, 303, 307, 308)
DRIP_INTERVAL = 0.5  # seconds between two bytes of a dripped answer
DRAIN_LIMIT = 128 * 1024 * 1024  # a body bigger than this is not read before the 413
_FAULT_CODES = {
    400: "request_parsing_error",
    401: "ingest_key_required",
    403: "ingest_key_unknown",
    408: "body_read_timeout",
    413: "payload_too_large",
    429: "rate_limited",
    500: "internal_error",
    503: "service_unavailable",
}


@dataclass(frozen=True)
class CapturedRequest:
    """One HTTP request as received. `status` is None when no answer was sent."""

    method: str
    path: str  # with the query string
    headers: Dict[str, str]  # lower-case names
    wire_bytes: int  # request line + headers + body as read from the socket
    status: Optional[int]
    error_code: Optional[str]
    accepted: int
    dropped: int
    received_at: float  # time.monotonic()
    body: bytes = b""  # as received (gzip stays gzip): for scanning every byte sent


@dataclass(frozen=True)
class _Fault:
    mode: str
    code: Optional[int] = None
    retry_after: Optional[float] = None
    location: Optional[str] = None  # "redirect": where the answer points
    interval: float = DRIP_INTERVAL  # "drip": seconds between two bytes


def parse_mode(
    mode: str,
    code: Optional[int] = None,
    retry_after: Optional[float] = None,
    *,
    location: Optional[str] = None,
    interval: Optional[float] = None,
) -> _Fault:
    """Validate a mode. Short forms: "status:503", "status:429:5" (code, retry_after),
    "redirect:307:http://127.0.0.1:9/batch/" (code, location), "drip:0.2" (interval)."""
    name, _, rest = mode.partition(":")
    if name == "redirect" and rest:
        number, _, url = rest.partition(":")
        code, location = int(number), url or location
    elif name == "drip" and rest:
        interval = float(rest)
    elif name == "status" and rest and len(rest.split(":")) <= 2:
        numbers = rest.split(":")
        code = int(numbers[0])
        retry_after = float(numbers[1]) if len(numbers) == 2 else retry_after
    elif rest or name not in MODES:
        raise ValueError(
            f"unknown mode {mode!r}; expected one of {MODES}, status:CODE[:SEC], "
            "redirect:CODE:URL or drip:SECONDS"
        )
    if name == "status" and not (isinstance(code, int) and 400 <= code <= 599):
        raise ValueError(f"mode 'status' needs code=400..599, got {code!r}")
    if name == "redirect" and (code not in REDIRECT_CODES or not location):
        raise ValueError(f"mode 'redirect' needs code in {REDIRECT_CODES} and a location")
    if name == "drip" and not (interval is None or 0 < interval <= 5):
        raise ValueError(f"mode 'drip' needs an interval in (0, 5] seconds, got {interval!r}")
    return _Fault(
        name,
        code if name in ("status", "redirect") else None,
        retry_after,
        location if name == "redirect" else None,
        interval if name == "drip" and interval is not None else DRIP_INTERVAL,
    )


class _CountingReader:
    """Wraps a connection's input so each request's wire size can be reported."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        line = self._raw.readline(size)
        self.count += len(line)
        return line

    def close(self) -> None:
        self._raw.close()

    def take(self) -> int:
        count, self.count = self.count, 0
        return count


class _Handler(BaseHTTPRequestHandler):
    """Serves one connection on its own daemon thread (keep-alive, like PostHog)."""

    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    rfile: _CountingReader  # type: ignore[assignment]

    def setup(self) -> None:
        super().setup()
        self.rfile = _CountingReader(self.rfile)  # type: ignore[assignment]
        self.server.owner._track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test and benchmark output clean

    def do_POST(self) -> None:
        self.server.owner._serve(self)

    do_GET = do_POST

    def read_body(self, limit: int) -> Tuple[bytes, bool]:
        """The body and whether it exceeded `limit` (then it is drained, not kept)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts, size = [], 0
            while True:
                length = int(self.rfile.readline(65537).split(b";")[0].strip() or b"0", 16)
                if length == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                part = self.rfile.read(length)
                self.rfile.readline(65537)
                size += length
                if size > DRAIN_LIMIT:
                    self.close_connection = True
                    return b"", True
                if size <= limit:
                    parts.append(part)
            return (b"".join(parts), False) if size <= limit else (b"", True)
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0:
            raise ValueError("negative Content-Length")  # ends the connection unanswered
        if length > DRAIN_LIMIT:
            self.close_connection = True
            return b"", True
        if length <= limit:
            return self.rfile.read(length), False
        # Drained so that the client, still sending, reads the 413 instead of a reset.
        while length > 0:
            chunk = self.rfile.read(min(length, 1 << 20))
            if not chunk:
                break
            length -= len(chunk)
        return b"", True

    def redirect(self, code: int, location: str) -> None:
        self.send_response(code)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def answer_bytes(self, verdict: Verdict, retry_after: Optional[float], beacon: bool) -> bytes:
        """The bytes `answer` would write (for dripping them one by one)."""
        wfile, buffer = self.wfile, io.BytesIO()
        self.wfile = buffer  # type: ignore[assignment]
        try:
            self.answer(verdict, retry_after, beacon)
        finally:
            self.wfile = wfile
        return buffer.getvalue()

    def answer(self, verdict: Verdict, retry_after: Optional[float], beacon: bool) -> None:
        if verdict.status == 200 and beacon:
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if verdict.status == 200:
            body = b'{"status":"Ok"}'
        else:
            error = {"status": verdict.status, "code": verdict.code, "error": verdict.message}
            body = json.dumps(error).encode("utf-8")
        self.send_response(verdict.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if retry_after is not None:
            self.send_header("Retry-After", f"{retry_after:g}")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True  # SO_REUSEADDR: re-listen on the same port after "refused"
    request_queue_size = 128

    def __init__(self, port: int, owner: CaptureServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", port), _Handler)
        self.timeout = 0.05  # handle_request() is only called once a connection is waiting

    def server_bind(self) -> None:
        # HTTPServer.server_bind would call getfqdn(), a DNS lookup that can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out or vanish are the point of the fault modes


class _Listener:
    """The listening socket and its accept thread; replaced when leaving "refused"."""

    def __init__(self, port: int, owner: CaptureServer) -> None:
        self.httpd = _HTTPServer(port, owner)
        self.port: int = self.httpd.server_address[1]
        self._closing = threading.Event()
        # A socket pair wakes the accept loop at once, so close() need not wait for a poll.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._thread = threading.Thread(
            target=self._accept_loop, name=f"capture-server:{self.port}", daemon=True
        )

    def serve(self) -> None:
        self._thread.start()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self.httpd, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._closing.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self.httpd and not self._closing.is_set():
                        self.httpd.handle_request()  # readable: accepts without waiting

    def close(self) -> None:
        self._closing.set()
        self._wake_writer.send(b"x")
        if self._thread.is_alive():
            self._thread.join(timeout=1.0)
        self.httpd.server_close()
        self._wake_reader.close()
        self._wake_writer.close()


class CaptureServer:
    """A capture server on 127.0.0.1 that records requests and accepted events.

    `with CaptureServer() as srv:` or `start()`/`stop()`. `port=0` picks a free port; it stays
    the same across mode changes. `mode`, `code`, `retry_after`, `location`, `interval`: see
    `set_mode`.
    `expected_token`: events with another (well-formed) token get 200 but land in `dropped`,
    not `events`, as PostHog drops them silently. `record_path`: append each accepted event
    to this file as one JSON line.
    """

    def __init__(
        self,
        port: int = 0,
        mode: str = "ok",
        *,
        code: Optional[int] = None,
        retry_after: Optional[float] = None,
        location: Optional[str] = None,
        interval: Optional[float] = None,
        expected_token: Optional[str] = None,
        record_path: Union[str, Path, None] = None,
    ) -> None:
        self.expected_token = expected_token
        self._port = port
        self._fault = parse_mode(mode, code, retry_after, location=location, interval=interval)
        self._record_path = Path(record_path) if record_path is not None else None
        self._record_file: Optional[IO[str]] = None
        self._state = threading.Condition()  # guards everything below, wakes waiters
        self._requests: List[CapturedRequest] = []
        self._events: List[Dict[str, Any]] = []
        self._dropped: List[Dict[str, Any]] = []
        self._connections: Set[socket.socket] = set()
        self._generation = 0  # bumped by every mode change: releases black-holed requests
        self._failures_left = 0
        self._failure = _Fault("ok")
        self._running = False
        self._listener: Optional[_Listener] = None
        self._lifecycle = threading.Lock()  # serialises start/stop/listener swaps

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """Base URL to pass as the SDK's `host`."""
        return f"http://127.0.0.1:{self._port}"

    def start(self) -> CaptureServer:
        """Bind (even in "refused" mode, to fix the port) and start serving."""
        with self._lifecycle:
            if self._running:
                return self
            listener = _Listener(self._port, self)
            self._port = listener.port
            if self._record_path is not None:
                try:
                    self._record_file = self._record_path.open("a", encoding="utf-8")
                except OSError:
                    listener.close()
                    raise
            with self._state:
                self._running = True
            if self._fault.mode == "refused":
                listener.close()
            else:
                self._listener = listener
                listener.serve()
        return self

    def stop(self) -> None:
        """Close the port and every connection; held (black-holed) requests get no answer."""
        with self._lifecycle:
            with self._state:
                if not self._running:
                    return
                self._running = False
                self._generation += 1
                self._state.notify_all()
            self._close_listener()
            with self._state:
                if self._record_file is not None:
                    self._record_file.close()
                    self._record_file = None

    def __enter__(self) -> CaptureServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- fault modes -------------------------------------------------------------------------

    def set_mode(
        self,
        mode: str,
        *,
        code: Optional[int] = None,
        retry_after: Optional[float] = None,
        location: Optional[str] = None,
        interval: Optional[float] = None,
    ) -> None:
        """Switch how requests are answered, from now on.

        "ok": validate like PostHog. "status": answer every request with `code` (400..599) and
        a PostHog-style JSON error, plus `Retry-After: <retry_after>` when given; nothing is
        stored. "redirect": answer every request with `code` (301, 302, 303, 307, 308) and
        `Location: <location>`; nothing is stored. "refused": close the port and all
        connections (clients get ECONNREFUSED). "blackhole": read requests, never answer;
        they are recorded with status None and, on the next mode change or stop, their
        connection is closed without answer (nothing stored). "drip": validate and store as
        usual, then send the answer one byte every `interval` seconds (0.5 by default); a
        mode change or stop cuts it short, so the loop ends by itself. "lost_answer":
        validate and store as usual, then close the connection without any answer.
        "status:503" / "status:429:5" / "redirect:307:URL" / "drip:0.2" are short forms.
        """
        fault = parse_mode(mode, code, retry_after, location=location, interval=interval)
        with self._lifecycle:
            with self._state:
                self._fault = fault
                self._generation += 1
                self._state.notify_all()
                running = self._running
            if not running:
                return
            if fault.mode == "refused":
                self._close_listener()
            elif self._listener is None:
                self._listener = _Listener(self._port, self)
                self._listener.serve()

    def fail_next(self, count: int, code: int = 503, retry_after: Optional[float] = None) -> None:
        """Answer the next `count` requests with `code` (before any mode applies), then resume
        the current mode: `fail_next(2, 503)` in mode "ok" gives 503, 503, then 200."""
        failure = parse_mode("status", code, retry_after)
        with self._state:
            self._failures_left, self._failure = count, failure

    # --- what was received -------------------------------------------------------------------

    @property
    def requests(self) -> List[CapturedRequest]:
        """Every request that reached a handler, in arrival order (a copy)."""
        with self._state:
            return list(self._requests)

    @property
    def events(self) -> List[Dict[str, Any]]:
        """Accepted events as sent plus their resolved "token", duplicates kept (a copy)."""
        with self._state:
            return list(self._events)

    @property
    def dropped(self) -> List[Dict[str, Any]]:
        """Events answered with 200 but dropped because their token is not `expected_token`."""
        with self._state:
            return list(self._dropped)

    def events_named(self, name: str) -> List[Dict[str, Any]]:
        return [event for event in self.events if event.get("event") == name]

    def uuids(self) -> List[Optional[str]]:
        """The uuid of each accepted event, in arrival order; re-sends appear twice."""
        return [event.get("uuid") for event in self.events]

    def wire_bytes(self) -> int:
        """Total bytes received in requests (request lines, headers and bodies)."""
        return sum(request.wire_bytes for request in self.requests)

    def clear(self) -> None:
        """Forget recorded requests, events and dropped events (not the mode)."""
        with self._state:
            self._requests.clear()
            self._events.clear()
            self._dropped.clear()

    def wait_for_events(self, count: int, timeout: float = 5.0) -> List[Dict[str, Any]]:
        """Block until at least `count` events were accepted, return them all.

        Raises TimeoutError after `timeout` seconds.
        """
        with self._state:
            if not self._state.wait_for(lambda: len(self._events) >= count, timeout):
                raise TimeoutError(f"{len(self._events)} of {count} events within {timeout} s")
            return list(self._events)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> List[CapturedRequest]:
        """Block until at least `count` requests arrived, return them all (TimeoutError)."""
        with self._state:
            if not self._state.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"{len(self._requests)} of {count} requests in {timeout} s")
            return list(self._requests)

    # --- connection threads ------------------------------------------------------------------

    def _serve(self, handler: _Handler) -> None:
        """Runs on a connection's thread for each GET/POST."""
        path, _, query_text = handler.path.partition("?")
        limit = body_limit(path)
        body, too_big = handler.read_body(limit if limit is not None else EVENT_BODY_LIMIT)
        with self._state:
            if not self._running or self._fault.mode == "refused":
                handler.close_connection = True  # accepted while the port was closing
                return
            fault, generation = self._fault, self._generation
            if self._failures_left > 0:
                self._failures_left -= 1
                fault = self._failure
        headers = {name.lower(): value for name, value in handler.headers.items()}
        query = parse_qs(query_text, keep_blank_values=True)
        if fault.mode == "status":
            assert fault.code is not None
            message = "fault injected by the test capture server"
            verdict = Verdict(fault.code, _FAULT_CODES.get(fault.code, "injected_fault"), message)
        elif fault.mode == "redirect":
            assert fault.code is not None and fault.location is not None
            self._store(handler, headers, Verdict(fault.code), True, body)
            handler.redirect(fault.code, fault.location)
            return
        elif fault.mode == "blackhole":
            verdict = Verdict(0)
        elif limit is None:
            verdict = Verdict(404, "not_found", f"no capture route {path}")
        elif too_big:
            verdict = Verdict(413, "payload_too_large", f"body over {limit} bytes")
        else:
            verdict = judge_request(query, headers, body, self.expected_token)
        answered = fault.mode in ("ok", "status", "drip")
        self._store(handler, headers, verdict, answered, body)
        if fault.mode == "blackhole":
            with self._state:
                self._state.wait_for(lambda: self._generation != generation)
        if not answered:
            handler.close_connection = True
            return
        beacon = query.get("beacon", [""])[0] == "1"
        if fault.mode == "drip":
            handler.close_connection = True  # a cut-short answer leaves nothing reusable
            self._drip(handler, handler.answer_bytes(verdict, None, beacon), fault, generation)
            return
        handler.answer(verdict, fault.retry_after, beacon)

    def _drip(self, handler: _Handler, answer: bytes, fault: _Fault, generation: int) -> None:
        """Send `answer` one byte per interval; ends with the answer (a bounded loop), at a
        mode change or stop, or when the client hung up."""
        for index in range(len(answer)):
            with self._state:
                if self._state.wait_for(
                    lambda: self._generation != generation, timeout=fault.interval
                ):
                    return  # mode changed or stopping: cut the answer short
            try:
                handler.wfile.write(answer[index : index + 1])
            except OSError:
                return  # the client gave up

    def _store(
        self,
        handler: _Handler,
        headers: Dict[str, str],
        verdict: Verdict,
        answered: bool,
        body: bytes = b"",
    ) -> None:
        request = CapturedRequest(
            method=handler.command,
            path=handler.path,
            headers=headers,
            wire_bytes=handler.rfile.take(),
            status=verdict.status if answered else None,
            error_code=verdict.code,
            accepted=len(verdict.accepted),
            dropped=len(verdict.dropped),
            received_at=time.monotonic(),
            body=body,
        )
        with self._state:
            self._requests.append(request)
            self._events.extend(verdict.accepted)
            self._dropped.extend(verdict.dropped)
            if self._record_file is not None and verdict.accepted:
                for event in verdict.accepted:
                    self._record_file.write(json.dumps(event, ensure_ascii=False) + "\n")
                self._record_file.flush()
            self._state.notify_all()

    def _track(self, connection: socket.socket) -> None:
        with self._state:
            self._connections.add(connection)
            closing = not self._running or self._fault.mode == "refused"
        if closing:
            _cut(connection)

    def _untrack(self, connection: socket.socket) -> None:
        with self._state:
            self._connections.discard(connection)

    def _close_listener(self) -> None:
        """Stop accepting, then cut open connections (idle keep-alive ones included)."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._state:
            connections = list(self._connections)
        for connection in connections:
            _cut(connection)


def _cut(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked reading it
    except OSError:
        pass
