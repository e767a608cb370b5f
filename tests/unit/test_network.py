"""network.exchange, the add-on's one HTTP call: what it reports, how it reaches https through
a proxy, and loopback addresses of every kind. (Redirects and deadlines under attack:
test_transport_attacks.py.)"""

from __future__ import annotations

import http.client
import shutil
import socket
import ssl
import subprocess
import threading
import time
from email.utils import formatdate
from pathlib import Path
from typing import Callable, Iterator, List, Tuple

import pytest
from capture_server import CaptureServer
from removal_server import RemovalServer

from freecad_telemetry import network
from freecad_telemetry.delivery.posthog_transport import PostHogTransport
from freecad_telemetry.events import new_event
from freecad_telemetry.network import HttpAnswer, HttpRequest, exchange

DEADLINE = 2.0


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_the_retry_after_of_a_429_reaches_the_sender() -> None:
    event = new_event("freecad_startup", "id-1", {"schema_version": 1})
    with CaptureServer(mode="status:429:7") as srv:
        result = PostHogTransport(srv.url, "phc_test", timeout=DEADLINE).send([event])
    assert (result.delivered, result.permanent, result.status) == (False, False, 429)
    assert result.retry_after == 7.0


@pytest.mark.parametrize(
    "header, expected",
    [("12", 12.0), ("-3", 0.0), ("soon", None), ("", None), ("1e400", float("inf"))],
)
def test_retry_after_in_seconds(header: str, expected: object) -> None:
    assert HttpAnswer(429, "", headers={"retry-after": header}).retry_after == expected


def test_retry_after_as_a_date() -> None:
    later = formatdate(time.time() + 60, usegmt=True)
    seconds = HttpAnswer(503, "", headers={"retry-after": later}).retry_after
    assert seconds is not None and 55 <= seconds <= 61


def test_a_refused_connection_is_reported_at_once() -> None:
    offline = RemovalServer("refused")
    started = time.monotonic()
    answer = exchange(HttpRequest("GET", offline.url()), DEADLINE)
    assert answer == HttpAnswer(None, "connection refused")
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_names_reach_the_server_with_path_and_query(host: str) -> None:
    with RemovalServer(204) as srv:
        answer = exchange(HttpRequest("DELETE", f"http://{host}:{srv.port}/x?a=1"), DEADLINE)
        assert answer.status == 204
        assert [(r.method, r.path, r.query) for r in srv.requests] == [
            ("DELETE", "/x", {"a": ["1"]})
        ]


class ElsewhereSocket:
    """What "localhost" connects to when the hosts file points it at another computer."""

    def __init__(self) -> None:
        self.sent: List[bytes] = []

    def getpeername(self) -> Tuple[str, int]:
        return ("192.0.2.7", 80)

    def settimeout(self, value: float) -> None:
        pass

    def sendall(self, data: bytes) -> None:
        self.sent.append(data)

    def close(self) -> None:
        pass


def test_plain_http_is_sent_only_once_the_peer_is_known_to_be_this_computer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = ElsewhereSocket()

    def connect(self: http.client.HTTPConnection) -> None:
        self.sock = elsewhere

    monkeypatch.setattr(http.client.HTTPConnection, "connect", connect)

    answer = exchange(HttpRequest("POST", "http://localhost:8080/batch/", b"{}"), DEADLINE)

    assert answer.status is None and "not this computer" in answer.detail
    assert elsewhere.sent == []


def test_ipv6_loopback_is_reached_with_its_port() -> None:
    # http.client reads "::1" without a port as host "::", port 1: the port is always given.
    listener = socket.socket(socket.AF_INET6)
    try:
        listener.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    listener.listen(1)
    listener.settimeout(DEADLINE)
    port = listener.getsockname()[1]
    seen: List[bytes] = []

    def answer_once() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(DEADLINE)
            seen.append(connection.recv(4096))
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")

    server = threading.Thread(target=answer_once, daemon=True)
    server.start()
    answer = exchange(HttpRequest("GET", f"http://[::1]:{port}/p"), DEADLINE)
    server.join(DEADLINE)
    listener.close()
    assert answer.status == 200 and answer.body == b"{}"
    assert seen and seen[0].startswith(b"GET /p HTTP/1.1")


class FakeProxy:
    """A loopback proxy that records one request head and refuses the tunnel (407)."""

    def __init__(self) -> None:
        self.heads: List[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(DEADLINE)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve_once, daemon=True)
        self._thread.start()

    def _serve_once(self) -> None:
        try:
            connection, _ = self._listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(DEADLINE)
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 65536:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                head += chunk
            self.heads.append(head)
            connection.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")

    def close(self) -> None:
        try:  # wake a still waiting accept()
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._thread.join(DEADLINE)
        self._listener.close()


@pytest.fixture
def proxy() -> Iterator[FakeProxy]:
    running = FakeProxy()
    yield running
    running.close()


def test_https_goes_through_the_systems_proxy_as_a_tunnel(
    proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("https_proxy", f"http://me:s%40cret@127.0.0.1:{proxy.port}")
    lookups: List[str] = []

    def recording(host: str, *args: object, **kwargs: object) -> object:
        lookups.append(host)
        return _no_lookups(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)

    answer = exchange(HttpRequest("POST", "https://eu.i.posthog.example/batch/", b"{}"), DEADLINE)

    assert answer.status is None and "407" in answer.detail  # the tunnel was refused
    [head] = proxy.heads
    assert head.startswith(b"CONNECT eu.i.posthog.example:443 HTTP/1.")
    assert b"Proxy-Authorization: Basic bWU6c0BjcmV0" in head  # me:s@cret
    assert b"{}" not in head  # nothing of the request itself reaches the proxy in clear
    assert lookups == ["127.0.0.1"]


def test_no_proxy_is_honoured(proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("no_proxy", "bypassed.example")
    monkeypatch.setattr(socket, "getaddrinfo", _no_lookups)

    answer = exchange(HttpRequest("GET", "https://bypassed.example/"), DEADLINE)

    assert answer.status is None and "no name lookups" in answer.detail
    assert proxy.heads == []


def test_plain_http_never_uses_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # would be refused if used
    monkeypatch.setenv("all_proxy", "http://127.0.0.1:9")
    with RemovalServer(200) as srv:
        assert exchange(HttpRequest("GET", srv.url()), DEADLINE).status == 200


_REAL_GETADDRINFO = socket.getaddrinfo


def _no_lookups(host: str, *args: object, **kwargs: object) -> object:
    """Only the loopback proxy can be reached (tests talk to 127.0.0.1 only)."""
    if host == "127.0.0.1":
        return _REAL_GETADDRINFO(host, *args, **kwargs)  # type: ignore[arg-type]
    raise OSError("no name lookups in this test")


# --- TLS ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    command += ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1"]
    subprocess.run(
        command,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


class OneShotServer:
    """Accepts one connection on 127.0.0.1 and hands it to `serve` on a daemon thread."""

    def __init__(self, serve: Callable[[socket.socket], None]) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(DEADLINE)
        self.port = self._listener.getsockname()[1]
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(serve,), daemon=True)
        self._thread.start()

    def _run(self, serve: Callable[[socket.socket], None]) -> None:
        try:
            connection, _ = self._listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(DEADLINE)
            try:
                serve(connection)
            except OSError:
                pass

    def close(self) -> None:
        self.stopping.set()
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._thread.join(DEADLINE)
        self._listener.close()


def tls_server(certificate: Tuple[Path, Path], heads: List[bytes]) -> OneShotServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)

    def serve(connection: socket.socket) -> None:
        with context.wrap_socket(connection, server_side=True) as tls:
            request = b""
            while not request.endswith(b"\r\n\r\nx"):  # the whole request: head and body
                chunk = tls.recv(65536)
                if not chunk:
                    return
                request += chunk
            heads.append(request)
            tls.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{"status":"Ok"}')

    return OneShotServer(serve)


def test_an_untrusted_certificate_stops_the_request_before_anything_is_sent(
    certificate: Tuple[Path, Path],
) -> None:
    heads: List[bytes] = []
    server = tls_server(certificate, heads)
    try:
        answer = exchange(HttpRequest("POST", f"https://127.0.0.1:{server.port}/b", b"x"), 2)
    finally:
        server.close()
    assert answer.status is None and "CERTIFICATE_VERIFY_FAILED" in answer.detail
    assert heads == []


def test_https_to_a_trusted_server(
    certificate: Tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    monkeypatch.setattr(network, "_TLS", trusting)
    heads: List[bytes] = []
    server = tls_server(certificate, heads)
    try:
        answer = exchange(HttpRequest("POST", f"https://127.0.0.1:{server.port}/b", b"x"), 2)
    finally:
        server.close()
    assert (answer.status, answer.body) == (200, b'{"status":"Ok"}'), answer.detail
    assert heads and heads[0].startswith(b"POST /b HTTP/1.1")


def test_a_handshake_dripped_byte_by_byte_is_cut_at_the_deadline() -> None:
    def drip(connection: socket.socket) -> None:
        hello = b"\x16\x03\x03\x00\x40" + b"\x02" * 0x40  # a ServerHello that never ends
        for byte in hello:  # bounded: one pass, or until the test ends
            if server.stopping.wait(0.5):
                return
            connection.sendall(bytes([byte]))

    server = OneShotServer(drip)
    try:
        started = time.monotonic()
        answer = exchange(HttpRequest("GET", f"https://127.0.0.1:{server.port}/"), 1.0)
        elapsed = time.monotonic() - started
        for thread in threading.enumerate():  # the abandoned request's thread ends too
            if thread.name.startswith("freecad-telemetry-http"):
                thread.join(0.5)
                assert not thread.is_alive()
    finally:
        server.close()
    assert answer == HttpAnswer(None, "no answer in time")
    assert elapsed < 1.5
