"""The capture server's contract, and no more: the answers of PostHog's capture API the add-on's
tests rely on (docs/posthog.md, part B: accepted batches, 400 for one bad event, 401 and 403
for tokens, 413 for size, 404 elsewhere), each fault mode as the tests use it, and the real
posthog SDK against it (exactly once, a lost answer re-sent with the same uuid). The rest of
the server is exercised by the add-on's own tests, which use it throughout."""

from __future__ import annotations

import gzip
import http.client
import json
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from capture_server import CaptureServer

MiB = 1024 * 1024
OMIT = object()
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Reply:
    status: int
    body: Any
    headers: Dict[str, str]

    @property
    def code(self) -> Optional[str]:
        return self.body.get("code") if isinstance(self.body, dict) else None


def send(
    srv: CaptureServer,
    path: str = "/batch/",
    payload: Any = None,
    *,
    raw: Optional[bytes] = None,
    headers: Optional[Dict[str, str]] = None,
    method: str = "POST",
    timeout: float = 5.0,
) -> Reply:
    body = raw if raw is not None else json.dumps(payload).encode("utf-8")
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    data = body if method == "POST" else None
    request = urllib.request.Request(srv.url + path, data, all_headers, method=method)
    try:
        with _DIRECT.open(request, timeout=timeout) as response:
            status, text, reply_headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, text, reply_headers = error.code, error.read(), error.headers
    return Reply(status, json.loads(text) if text else None, dict(reply_headers))


def event(**fields: Any) -> Dict[str, Any]:
    """A valid event; pass field=OMIT to leave a field out."""
    base: Dict[str, Any] = {
        "event": "demo",
        "distinct_id": "user-1",
        "uuid": str(uuid.uuid4()),
        "properties": {"n": 1},
    }
    base.update(fields)
    return {key: value for key, value in base.items() if value is not OMIT}


def batch(*events: Dict[str, Any], api_key: Any = "phc_test") -> Dict[str, Any]:
    body: Dict[str, Any] = {"batch": list(events), "historical_migration": False}
    if api_key is not OMIT:
        body["api_key"] = api_key
    return body


def padded(payload: Any, size: int) -> bytes:
    """`payload` as JSON padded with whitespace (still valid JSON) to exactly `size` bytes."""
    text = json.dumps(payload).encode("utf-8")
    return text + b" " * (size - len(text))


@pytest.fixture
def srv() -> Iterator[CaptureServer]:
    with CaptureServer() as server:
        yield server


# --- accepted requests and routes -----------------------------------------------------------


def test_a_valid_batch_is_answered_ok_and_its_events_recorded_with_the_token(
    srv: CaptureServer,
) -> None:
    first, second = event(event="a"), event(event="b", distinct_id="user-2")

    reply = send(srv, "/batch/", batch(first, second))

    assert (reply.status, reply.body) == (200, {"status": "Ok"})
    assert srv.events == [dict(first, token="phc_test"), dict(second, token="phc_test")]
    assert srv.uuids() == [first["uuid"], second["uuid"]]
    assert [e["uuid"] for e in srv.events_named("b")] == [second["uuid"]]


@pytest.mark.parametrize(
    "path", ["/", "/batchx", "/i/v0/e/x", "/flags/", "/decide/", "/i/v1/analytics/events"]
)
def test_other_paths_are_404_and_store_nothing(srv: CaptureServer, path: str) -> None:
    reply = send(srv, path, batch(event()))

    assert reply.status == 404
    assert srv.events == []


# --- size limits ----------------------------------------------------------------------------


def test_one_event_over_1_mb_fails_the_whole_batch_with_413(srv: CaptureServer) -> None:
    big = event(properties={"blob": "x" * 1_000_000})

    reply = send(srv, raw=gzip.compress(json.dumps(batch(event(), big)).encode()))

    assert reply.status == 413
    assert srv.events == []


# --- shape and per-event rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_event, code",
    [
        (event(event=""), "missing_event_name"),
        (event(event=OMIT), "request_hydration_error"),
        (event(event=7), "request_hydration_error"),
        (event(distinct_id=OMIT), "missing_distinct_id"),
        (event(distinct_id=None), "missing_distinct_id"),
        (event(distinct_id=""), "missing_distinct_id"),
        (event(uuid="not-a-uuid"), "request_hydration_error"),
        (event(uuid=12), "request_hydration_error"),
        (event(properties=None), "request_hydration_error"),
        (event(properties=[1]), "request_hydration_error"),
        (event(timestamp=17), "request_hydration_error"),
        (event(properties={"$cookieless_mode": "yes"}), "invalid_cookieless_mode"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_one_invalid_event_rejects_the_whole_request_with_400(
    srv: CaptureServer, bad_event: Dict[str, Any], code: str
) -> None:
    reply = send(srv, payload=batch(event(), bad_event, event()))

    assert (reply.status, reply.code) == (400, code)
    assert srv.events == []
    assert srv.requests[-1].error_code == code


# --- tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, payload",
    [("/i/v0/e/", event()), ("/batch/", [event(), event()])],
    ids=["single", "array"],
)
def test_no_token_is_401_ingest_key_required(srv: CaptureServer, path: str, payload: Any) -> None:
    reply = send(srv, path, payload)

    assert (reply.status, reply.code) == (401, "ingest_key_required")


@pytest.mark.parametrize(
    "token",
    ["", "   ", "a" * 65, "phc_caf\u00e9", "phx_personal_key", "phc_\x00"],
    ids=["empty", "blank", "65-bytes", "non-ascii", "personal-key", "nul"],
)
def test_a_malformed_token_is_403_ingest_key_unknown(srv: CaptureServer, token: str) -> None:
    reply = send(srv, payload=batch(event(), api_key=token))

    assert (reply.status, reply.code) == (403, "ingest_key_unknown")
    assert srv.events == []


# --- records and helpers ----------------------------------------------------------------------


def test_re_sent_events_are_kept_twice_so_duplicates_are_visible(srv: CaptureServer) -> None:
    same = batch(event())

    send(srv, payload=same)
    send(srv, payload=same)

    assert srv.uuids() == [same["batch"][0]["uuid"]] * 2


# --- fault modes over raw HTTP ----------------------------------------------------------------


@pytest.mark.parametrize(
    "code, error_code",
    [
        (400, "request_parsing_error"),
        (413, "payload_too_large"),
        (500, "internal_error"),
        (503, "service_unavailable"),
    ],
)
def test_status_mode_answers_every_request_with_that_status(
    srv: CaptureServer, code: int, error_code: str
) -> None:
    srv.set_mode("status", code=code)

    reply = send(srv, payload=batch(event()))

    assert (reply.status, reply.code) == (code, error_code)
    assert "Retry-After" not in reply.headers
    assert srv.events == []


def test_429_carries_retry_after_when_asked() -> None:
    with CaptureServer(mode="status:429:3") as server:
        reply = send(server, payload=batch(event()))

    assert (reply.status, reply.code) == (429, "rate_limited")
    assert reply.headers["Retry-After"] == "3"


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_redirect_mode_points_elsewhere_and_stores_nothing(srv: CaptureServer, code: int) -> None:
    srv.set_mode(f"redirect:{code}:http://127.0.0.1:9/batch/")
    connection = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=2)

    connection.request("POST", "/batch/", json.dumps(batch(event())))
    response = connection.getresponse()

    assert response.status == code
    assert response.getheader("Location") == "http://127.0.0.1:9/batch/"
    assert response.read() == b""
    assert srv.events == []
    assert [r.status for r in srv.requests] == [code]


def test_drip_mode_stores_the_events_and_sends_the_answer_one_byte_at_a_time(
    srv: CaptureServer,
) -> None:
    srv.set_mode("drip", interval=0.01)
    sent = batch(event())
    started = time.monotonic()
    raw = _connect(srv)
    body = json.dumps(sent).encode()
    raw.sendall(b"POST /batch/ HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body))
    raw.sendall(body)

    chunks = []
    while True:
        chunk = raw.recv(1024)
        if not chunk:
            break
        chunks.append(chunk)
    raw.close()

    elapsed = time.monotonic() - started
    answer = b"".join(chunks)
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b'{"status":"Ok"}')
    assert elapsed >= 0.01 * len(answer)  # one interval before each byte
    assert srv.uuids() == [sent["batch"][0]["uuid"]]


def _connect(srv: CaptureServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", srv.port), timeout=1)


def test_refused_closes_the_port_and_ok_listens_again_on_the_same_port(
    srv: CaptureServer,
) -> None:
    idle = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=2)
    idle.request("POST", "/batch/", json.dumps(batch(event())))
    assert idle.getresponse().read() == b'{"status":"Ok"}'
    url = srv.url

    srv.set_mode("refused")

    with pytest.raises(ConnectionRefusedError):
        _connect(srv)
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        idle.request("POST", "/batch/", json.dumps(batch(event())))  # keep-alive was cut too
        idle.getresponse()
    srv.set_mode("ok")
    assert srv.url == url
    assert send(srv, payload=batch(event())).status == 200
    assert len(srv.events) == 2


def test_blackhole_reads_the_request_and_never_answers(srv: CaptureServer) -> None:
    srv.set_mode("blackhole")

    started = time.monotonic()
    with pytest.raises((TimeoutError, urllib.error.URLError, socket.timeout)):
        send(srv, payload=batch(event()), timeout=0.3)

    assert time.monotonic() - started < 1
    (held,) = srv.requests
    assert (held.status, held.accepted) == (None, 0)
    assert srv.events == []


def test_lost_answer_stores_the_events_but_sends_no_response(srv: CaptureServer) -> None:
    srv.set_mode("lost_answer")
    lost = batch(event())
    connection = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=2)

    connection.request("POST", "/batch/", json.dumps(lost))

    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        connection.getresponse()
    assert srv.uuids() == [lost["batch"][0]["uuid"]]
    assert srv.requests[0].status is None


@pytest.mark.parametrize(
    "mode",
    [
        "ok",
        "status:503",
        "redirect:302:http://127.0.0.1:9/",
        "refused",
        "blackhole",
        "drip:5",
        "lost_answer",
    ],
)
def test_stop_returns_quickly_in_every_mode_with_connections_open(mode: str) -> None:
    server = CaptureServer().start()
    idle = http.client.HTTPConnection("127.0.0.1", server.port, timeout=1)
    idle.request("POST", "/batch/", json.dumps(batch(event())))
    assert idle.getresponse().read() == b'{"status":"Ok"}'  # now an idle keep-alive connection
    server.set_mode(mode)
    if mode in ("blackhole", "drip:5"):
        in_flight = _connect(server)
        in_flight.sendall(b"POST /batch/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        server.wait_for_requests(1)

    started = time.monotonic()
    server.stop()

    assert time.monotonic() - started < 1
    with pytest.raises(ConnectionRefusedError):
        _connect(server)
    assert idle.sock is not None
    assert idle.sock.recv(1) == b""  # open connections were closed, as by a server going down
    idle.close()


# --- the real posthog SDK against the server ---------------------------------------------------


class ErrorRecorder:
    """The SDK's on_error callback: records (exception, batch) from the consumer thread."""

    def __init__(self) -> None:
        self.calls: List[Tuple[Exception, List[Dict[str, Any]]]] = []
        self._called = threading.Event()

    def __call__(self, error: Exception, failed_batch: List[Dict[str, Any]]) -> None:
        self.calls.append((error, failed_batch))
        self._called.set()

    def wait(self, timeout: float = 5.0) -> Tuple[Exception, List[Dict[str, Any]]]:
        assert self._called.wait(timeout), "on_error was never called"
        return self.calls[0]


@pytest.fixture
def direct_http(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK (requests) honours proxy variables; the server is on loopback."""
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_client(
    srv: CaptureServer, direct_http: None
) -> Iterator[Callable[..., Tuple[Any, ErrorRecorder]]]:
    from posthog import Posthog

    clients: List[Any] = []

    def make(**options: Any) -> Tuple[Any, ErrorRecorder]:
        recorder = ErrorRecorder()
        settings: Dict[str, Any] = {"max_retries": 0, "timeout": 2, "on_error": recorder}
        settings.update(options)
        client = Posthog(project_api_key="phc_test", host=srv.url, **settings)
        clients.append(client)
        return client, recorder

    yield make
    for client in clients:
        # shutdown() has no timeout of its own; a daemon thread keeps a failing test bounded.
        closer = threading.Thread(target=client.shutdown, daemon=True)
        closer.start()
        closer.join(timeout=5)


def _capture_one(client: Any, name: str = "demo") -> str:
    event_uuid = str(uuid.uuid4())
    client.capture(name, distinct_id="user-1", properties={"n": 1}, uuid=event_uuid)
    client.flush(timeout_seconds=5)
    return event_uuid


@pytest.mark.parametrize("use_gzip", [False, True], ids=["plain", "gzip"])
def test_the_sdk_delivers_each_captured_event_exactly_once(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]], use_gzip: bool
) -> None:
    client, errors = make_client(gzip=use_gzip)
    sent = [
        (str(uuid.uuid4()), "part_opened", f"user-{index}", {"index": index, "unit": "mm"})
        for index in range(3)
    ]

    for event_uuid, name, distinct_id, properties in sent:
        client.capture(name, distinct_id=distinct_id, properties=properties, uuid=event_uuid)
    client.flush(timeout_seconds=5)

    received = {e["uuid"]: e for e in srv.wait_for_events(3)}
    assert sorted(srv.uuids()) == sorted(event_uuid for event_uuid, *_ in sent)
    for event_uuid, name, distinct_id, properties in sent:
        got = received[event_uuid]
        assert (got["event"], got["distinct_id"], got["token"]) == (name, distinct_id, "phc_test")
        assert got["properties"].items() >= properties.items()
        assert got["properties"]["$lib"] == "posthog-python"
    for request in srv.requests:
        assert (request.path, request.status) == ("/batch/", 200)
        assert (request.headers.get("content-encoding") == "gzip") is use_gzip
    assert errors.calls == []


def test_a_lost_answer_is_stored_but_the_sdk_sees_an_error_and_resends_the_same_uuid(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("lost_answer")
    client, errors = make_client(max_retries=1)

    event_uuid = _capture_one(client)

    error, _ = errors.wait()
    assert isinstance(error, requests.exceptions.ConnectionError)
    assert srv.uuids() == [event_uuid, event_uuid]
