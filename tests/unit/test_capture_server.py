"""The test capture server answers like PostHog's capture API (docs/posthog.md, part B), and
its fault modes look to the real posthog SDK like the failures they stand for."""

from __future__ import annotations

import base64
import gzip
import http.client
import json
import select
import signal
import socket
import subprocess
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
    "path", ["/batch", "/batch/", "/i/v0/e", "/i/v0/e/", "/capture", "/capture/", "/e", "/e/"]
)
def test_every_capture_route_accepts_events(srv: CaptureServer, path: str) -> None:
    single = event(api_key="phc_test")

    reply = send(srv, path, single)

    assert reply.status == 200
    assert srv.uuids() == [single["uuid"]]


@pytest.mark.parametrize(
    "path", ["/", "/batchx", "/i/v0/e/x", "/flags/", "/decide/", "/i/v1/analytics/events"]
)
def test_other_paths_are_404_and_store_nothing(srv: CaptureServer, path: str) -> None:
    reply = send(srv, path, batch(event()))

    assert reply.status == 404
    assert srv.events == []


def test_a_get_with_a_data_query_parameter_is_accepted(srv: CaptureServer) -> None:
    single = event(api_key="phc_test")
    query = urllib.parse.urlencode({"data": json.dumps(single)})

    reply = send(srv, f"/e/?{query}", method="GET")

    assert reply.status == 200
    assert srv.uuids() == [single["uuid"]]


def test_beacon_requests_get_204(srv: CaptureServer) -> None:
    assert send(srv, "/e/?beacon=1", event(api_key="phc_test")).status == 204
    assert len(srv.events) == 1


# --- decoding -------------------------------------------------------------------------------


def test_gzip_is_decoded_by_content_encoding_and_by_magic_bytes(srv: CaptureServer) -> None:
    first, second = event(), event()

    by_header = send(
        srv,
        raw=gzip.compress(json.dumps(batch(first)).encode()),
        headers={"Content-Encoding": "gzip"},
    )
    by_magic = send(srv, raw=gzip.compress(json.dumps(batch(second)).encode()))

    assert (by_header.status, by_magic.status) == (200, 200)
    assert srv.uuids() == [first["uuid"], second["uuid"]]


@pytest.mark.parametrize(
    "raw, headers",
    [
        (b"\x1f\x8b\x08garbage", {}),
        (gzip.compress(b'{"api_key": "phc_test", "batch": []}')[:-12], {}),
        (b'{"api_key": "phc_test"}', {"Content-Encoding": "gzip"}),
        (b'{"event": "caf\xe9"}', {}),
        (b'{"event": "x"}', {"Content-Type": "application/x-www-form-urlencoded"}),
    ],
    ids=["bad-gzip", "truncated-gzip", "plain-body-labelled-gzip", "not-utf8", "json-as-form"],
)
def test_undecodable_bodies_are_400_request_decoding_error(
    srv: CaptureServer, raw: bytes, headers: Dict[str, str]
) -> None:
    reply = send(srv, raw=raw, headers=headers)

    assert (reply.status, reply.code) == (400, "request_decoding_error")
    assert reply.body["status"] == 400 and reply.body["error"]


@pytest.mark.parametrize("raw", [b"{not json", b'{"batch": NaN}', b"[1, 2"])
def test_bodies_that_are_not_json_are_400_request_parsing_error(
    srv: CaptureServer, raw: bytes
) -> None:
    reply = send(srv, raw=raw)

    assert (reply.status, reply.code) == (400, "request_parsing_error")


def test_form_and_base64_encodings_used_by_other_sdks_are_accepted(srv: CaptureServer) -> None:
    as_form, as_base64 = event(api_key="phc_test"), event(api_key="phc_test")
    form_body = urllib.parse.urlencode({"data": json.dumps(as_form), "ver": "1"}).encode()
    base64_body = base64.b64encode(json.dumps(as_base64).encode())

    form_reply = send(
        srv, "/e/", raw=form_body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    base64_reply = send(srv, "/e/", raw=base64_body)

    assert (form_reply.status, base64_reply.status) == (200, 200)
    assert srv.uuids() == [as_form["uuid"], as_base64["uuid"]]


def test_an_empty_body_is_400_empty_payload(srv: CaptureServer) -> None:
    reply = send(srv, raw=b"")

    assert (reply.status, reply.code) == (400, "empty_payload")


# --- size limits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, size, status",
    [
        ("/i/v0/e/", 2 * MiB, 200),
        ("/i/v0/e/", 2 * MiB + 1, 413),
        ("/capture", 2 * MiB + 1, 413),
        ("/batch/", 2 * MiB + 1, 200),
        ("/batch/", 20 * MiB, 200),
        ("/batch/", 20 * MiB + 1, 413),
    ],
)
def test_wire_body_limits_are_2_mib_per_event_route_and_20_mib_for_batch(
    srv: CaptureServer, path: str, size: int, status: int
) -> None:
    reply = send(srv, path, raw=padded(batch(event()), size))

    assert reply.status == status
    assert len(srv.events) == (1 if status == 200 else 0)
    if status == 413:
        assert reply.code == "payload_too_large"


def test_a_gzip_body_inflating_past_100_mib_is_413(srv: CaptureServer) -> None:
    bomb = gzip.compress(padded(batch(event()), 100 * MiB + 1), compresslevel=1)

    reply = send(srv, raw=bomb)

    assert (reply.status, reply.code) == (413, "payload_too_large")


def test_one_event_over_1_mb_fails_the_whole_batch_with_413(srv: CaptureServer) -> None:
    big = event(properties={"blob": "x" * 1_000_000})

    reply = send(srv, raw=gzip.compress(json.dumps(batch(event(), big)).encode()))

    assert reply.status == 413
    assert srv.events == []


# --- shape and per-event rules ----------------------------------------------------------------


@pytest.mark.parametrize("payload", [[], batch()], ids=["array", "batch"])
def test_a_request_without_events_is_400_empty_batch(srv: CaptureServer, payload: Any) -> None:
    reply = send(srv, payload=payload)

    assert (reply.status, reply.code) == (400, "empty_batch")


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


@pytest.mark.parametrize(
    "good_event",
    [
        event(uuid=""),
        event(uuid=OMIT),
        event(properties=OMIT),
        event(distinct_id=42),
        event(distinct_id=OMIT, **{"$distinct_id": "user-1"}),
        event(distinct_id=OMIT, properties={"distinct_id": "user-1"}),
        event(distinct_id="null"),
        event(surprise_field=True),
    ],
    ids=[
        "empty-uuid",
        "no-uuid",
        "no-properties",
        "numeric-id",
        "$distinct_id",
        "id-in-properties",
        "illegal-looking-id",
        "unknown-field",
    ],
)
def test_events_capture_tolerates_are_accepted(
    srv: CaptureServer, good_event: Dict[str, Any]
) -> None:
    reply = send(srv, payload=batch(good_event))

    assert reply.status == 200
    assert srv.events == [dict(good_event, token="phc_test")]


def test_performance_events_are_dropped_with_200(srv: CaptureServer) -> None:
    reply = send(srv, payload=batch(event(event="$performance_event")))

    assert reply.status == 200
    assert srv.events == []


# --- tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, payload",
    [("/i/v0/e/", event()), ("/batch/", [event(), event()])],
    ids=["single", "array"],
)
def test_no_token_is_401_ingest_key_required(srv: CaptureServer, path: str, payload: Any) -> None:
    reply = send(srv, path, payload)

    assert (reply.status, reply.code) == (401, "ingest_key_required")


def test_a_batch_object_without_api_key_fails_to_parse_with_400(srv: CaptureServer) -> None:
    reply = send(srv, payload=batch(event(), api_key=OMIT))

    assert (reply.status, reply.code) == (400, "request_hydration_error")


@pytest.mark.parametrize(
    "token",
    ["", "   ", "a" * 65, "phc_caf\u00e9", "phx_personal_key", "phc_\x00"],
    ids=["empty", "blank", "65-bytes", "non-ascii", "personal-key", "nul"],
)
def test_a_malformed_token_is_403_ingest_key_unknown(srv: CaptureServer, token: str) -> None:
    reply = send(srv, payload=batch(event(), api_key=token))

    assert (reply.status, reply.code) == (403, "ingest_key_unknown")
    assert srv.events == []


def test_a_64_byte_token_is_accepted(srv: CaptureServer) -> None:
    assert send(srv, payload=batch(event(), api_key="a" * 64)).status == 200


def test_events_with_different_tokens_are_400_unroutable(srv: CaptureServer) -> None:
    reply = send(srv, payload=[event(token="phc_one"), event(token="phc_two")])

    assert (reply.status, reply.code) == (400, "unroutable_events")


def test_the_token_comes_from_the_batch_then_the_event_then_its_properties(
    srv: CaptureServer,
) -> None:
    send(srv, payload=batch(event(token="phc_event"), api_key="phc_batch"))
    send(srv, payload=[event(token="phc_event"), event()])
    send(srv, "/i/v0/e/", event(properties={"token": "phc_props"}))

    assert [e["token"] for e in srv.events] == ["phc_batch", "phc_event", "phc_event", "phc_props"]


def test_events_for_another_project_get_200_but_are_dropped() -> None:
    mine, foreign = event(), event()
    with CaptureServer(expected_token="phc_mine") as server:
        foreign_reply = send(server, payload=batch(foreign, api_key="phc_someone_else"))
        mine_reply = send(server, payload=batch(mine, api_key="phc_mine"))

        assert (foreign_reply.status, mine_reply.status) == (200, 200)
        assert server.uuids() == [mine["uuid"]]
        assert [e["uuid"] for e in server.dropped] == [foreign["uuid"]]
        assert [r.dropped for r in server.requests] == [1, 0]


# --- records and helpers ----------------------------------------------------------------------


def test_requests_are_recorded_with_their_wire_size_and_answer(srv: CaptureServer) -> None:
    body = gzip.compress(json.dumps(batch(event())).encode())
    send(srv, raw=body, headers={"Content-Encoding": "gzip"})
    send(srv, "/nowhere", raw=b"{}")

    ok, missing = srv.requests
    assert (ok.method, ok.path, ok.status, ok.accepted) == ("POST", "/batch/", 200, 1)
    assert ok.headers["content-encoding"] == "gzip"
    assert len(body) < ok.wire_bytes < len(body) + 400  # plus request line and headers
    assert (missing.status, missing.error_code, missing.accepted) == (404, "not_found", 0)
    assert srv.wire_bytes() == ok.wire_bytes + missing.wire_bytes
    assert ok.received_at <= missing.received_at


def test_re_sent_events_are_kept_twice_so_duplicates_are_visible(srv: CaptureServer) -> None:
    same = batch(event())

    send(srv, payload=same)
    send(srv, payload=same)

    assert srv.uuids() == [same["batch"][0]["uuid"]] * 2


def test_clear_forgets_what_was_received(srv: CaptureServer) -> None:
    send(srv, payload=batch(event()))

    srv.clear()

    assert (srv.events, srv.requests, srv.wire_bytes()) == ([], [], 0)


def test_wait_for_events_returns_once_enough_arrived_and_raises_on_timeout(
    srv: CaptureServer,
) -> None:
    threading.Timer(0.1, lambda: send(srv, payload=batch(event(), event()))).start()

    assert len(srv.wait_for_events(2, timeout=5)) == 2
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        srv.wait_for_events(3, timeout=0.2)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    "mode, options",
    [
        ("nope", {}),
        ("status", {}),
        ("status", {"code": 200}),
        ("status:abc", {}),
        ("redirect", {"code": 307}),  # no location
        ("redirect", {"code": 200, "location": "http://127.0.0.1:9/"}),
        ("redirect:304:http://127.0.0.1:9/", {}),
        ("drip", {"interval": 0}),
        ("drip:60", {}),
    ],
)
def test_unknown_modes_and_codes_are_refused(
    srv: CaptureServer, mode: str, options: Dict[str, Any]
) -> None:
    with pytest.raises(ValueError):
        srv.set_mode(mode, **options)


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


def test_fail_next_fails_only_that_many_requests(srv: CaptureServer) -> None:
    srv.fail_next(2, 503)
    same = batch(event())

    statuses = [send(srv, payload=same).status for _ in range(4)]

    assert statuses == [503, 503, 200, 200]
    assert len(srv.events) == 2


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


def test_the_drip_loop_ends_when_the_mode_changes(srv: CaptureServer) -> None:
    srv.set_mode("drip:5")
    raw = _connect(srv)
    raw.sendall(b"POST /batch/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
    srv.wait_for_requests(1)

    started = time.monotonic()
    srv.set_mode("ok")

    raw.settimeout(2)
    assert raw.recv(1) == b""  # cut short without a byte: the 5 s wait was interrupted
    assert time.monotonic() - started < 1
    raw.close()


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


def test_a_server_started_refused_has_a_port_and_refuses_it() -> None:
    with CaptureServer(mode="refused") as server:
        assert server.port > 0
        with pytest.raises(ConnectionRefusedError):
            _connect(server)
        server.set_mode("ok")
        assert send(server, payload=batch(event())).status == 200


def test_blackhole_reads_the_request_and_never_answers(srv: CaptureServer) -> None:
    srv.set_mode("blackhole")

    started = time.monotonic()
    with pytest.raises((TimeoutError, urllib.error.URLError, socket.timeout)):
        send(srv, payload=batch(event()), timeout=0.3)

    assert time.monotonic() - started < 1
    (held,) = srv.requests
    assert (held.status, held.accepted) == (None, 0)
    assert srv.events == []


def test_leaving_blackhole_closes_held_connections_unanswered_and_stores_nothing(
    srv: CaptureServer,
) -> None:
    srv.set_mode("blackhole")
    held = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    held.request("POST", "/batch/", json.dumps(batch(event())))
    srv.wait_for_requests(1)

    srv.set_mode("ok")

    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        held.getresponse()
    assert srv.events == []
    assert send(srv, payload=batch(event())).status == 200


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


# --- running as a script ----------------------------------------------------------------------


def _start_script(*args: str) -> Tuple[subprocess.Popen, str]:
    script = Path(__file__).resolve().parents[1] / "capture_server.py"
    process = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True
    )
    ready, _, _ = select.select([process.stdout], [], [], 10)
    if not ready:
        process.kill()
        pytest.fail("the capture server script printed no URL within 10 s")
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def test_the_script_prints_its_url_records_events_and_stops_on_sigterm(tmp_path: Path) -> None:
    record = tmp_path / "events.jsonl"
    process, url = _start_script("--record", str(record))
    try:
        sent = batch(event())
        request = urllib.request.Request(url + "/batch/", json.dumps(sent).encode(), method="POST")
        request.add_header("Content-Type", "application/json")
        with _DIRECT.open(request, timeout=5) as response:
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        exit_code = process.wait(timeout=5)

    assert url.startswith("http://127.0.0.1:")
    assert exit_code == 0
    lines = record.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["uuid"] for line in lines] == [sent["batch"][0]["uuid"]]


def test_the_script_starts_in_the_requested_fault_mode() -> None:
    process, url = _start_script("--mode", "status:503")
    try:
        request = urllib.request.Request(url + "/batch/", b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as raised:
            _DIRECT.open(request, timeout=5)
        assert raised.value.code == 503
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0


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


def test_the_sdk_retries_a_500_then_reports_it_to_on_error(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("status", code=500)
    client, errors = make_client(max_retries=1)

    event_uuid = _capture_one(client)

    error, failed = errors.wait()
    assert getattr(error, "status", None) == 500
    assert [e["uuid"] for e in failed] == [event_uuid]
    first, retry = srv.requests
    assert (first.status, retry.status) == (500, 500)
    assert retry.received_at - first.received_at >= 0.9  # the SDK's 1 s backoff
    assert srv.events == []


def test_the_sdk_does_not_retry_a_400(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("status", code=400)
    client, errors = make_client(max_retries=3)

    _capture_one(client)

    error, _ = errors.wait()
    assert getattr(error, "status", None) == 400
    assert [r.status for r in srv.requests] == [400]


def test_the_sdk_sees_the_retry_after_of_a_429(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("status", code=429, retry_after=7)
    client, errors = make_client()

    _capture_one(client)

    error, _ = errors.wait()
    assert (getattr(error, "status", None), getattr(error, "retry_after", None)) == (429, 7.0)


def test_the_sdk_reports_a_refused_connection_and_recovers_on_the_same_url(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("refused")
    client, errors = make_client()

    lost_uuid = _capture_one(client)

    error, failed = errors.wait()
    assert isinstance(error, requests.exceptions.ConnectionError)
    assert [e["uuid"] for e in failed] == [lost_uuid]
    assert srv.requests == []
    srv.set_mode("ok")
    delivered_uuid = _capture_one(client)
    assert [e["uuid"] for e in srv.wait_for_events(1)] == [delivered_uuid]


def test_the_sdk_times_out_against_a_blackhole(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("blackhole")
    client, errors = make_client(timeout=0.5, max_retries=0)

    started = time.monotonic()
    client.capture("demo", distinct_id="user-1")
    client.flush(timeout_seconds=0.1)
    error, _ = errors.wait()

    assert isinstance(error, requests.exceptions.ReadTimeout)
    assert 0.4 < time.monotonic() - started < 3
    assert [r.status for r in srv.requests] == [None]
    assert srv.events == []


def test_a_lost_answer_is_stored_but_the_sdk_sees_an_error_and_resends_the_same_uuid(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.set_mode("lost_answer")
    client, errors = make_client(max_retries=1)

    event_uuid = _capture_one(client)

    error, _ = errors.wait()
    assert isinstance(error, requests.exceptions.ConnectionError)
    assert srv.uuids() == [event_uuid, event_uuid]


def test_the_sdk_gets_through_after_a_transient_503(
    srv: CaptureServer, make_client: Callable[..., Tuple[Any, ErrorRecorder]]
) -> None:
    srv.fail_next(1, 503)
    client, errors = make_client(max_retries=1)

    event_uuid = _capture_one(client)

    assert [e["uuid"] for e in srv.wait_for_events(1)] == [event_uuid]
    assert [r.status for r in srv.requests] == [503, 200]
    assert errors.calls == []


def test_the_sdk_is_told_ok_when_its_key_belongs_to_another_project(direct_http: None) -> None:
    with CaptureServer(expected_token="phc_real_project") as server:
        from posthog import Posthog

        errors = ErrorRecorder()
        client = Posthog(
            project_api_key="phc_stale_key", host=server.url, max_retries=0, on_error=errors
        )
        try:
            event_uuid = _capture_one(client)
        finally:
            client.shutdown()

        assert [e["uuid"] for e in server.dropped] == [event_uuid]
        assert server.events == []
        assert errors.calls == []
