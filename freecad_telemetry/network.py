"""The one way the add-on talks to a server: one HTTP request, a total deadline, no redirects.

Every network call (a capture batch, a removal request, a data-copy request) goes through
`exchange`. It blocks its caller (the sender thread, a worker thread, the command line,
start-up's background thread; never FreeCAD's GUI thread) for at most the deadline, wall
clock, whatever the server does: the name lookup, connection, TLS handshake, sending and
reading all happen on a short-lived daemon thread that is abandoned at the deadline and
whose socket is then shut down, so a server that drips its answer byte by byte frees it at
once. A name lookup cannot be interrupted; it ends on its own (the resolver's timeouts).

A 3xx answer is returned as it is, never followed: the caller decides, and it counts as
neither delivered nor done. Only https leaves this computer (through the system's proxy, if
one is set, as a CONNECT tunnel, as requests and urllib did); plain http is for loopback
addresses (tests, local servers): the address is checked before any socket exists, the
connected peer before anything is sent.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Dict, Mapping, Optional

MAX_ANSWER = 64 * 1024  # bytes of an answer's body that are read; the rest is not needed
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
_TLS: Optional[ssl.SSLContext] = None
_TLS_LOCK = threading.Lock()


@dataclass(frozen=True)
class HttpRequest:
    method: str
    url: str
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HttpAnswer:
    """The server's status code, or None when there was no answer (offline, refused, too
    slow, not allowed), a one-line description for messages and logs, and the start of the
    body and the headers (lower-case names)."""

    status: Optional[int]
    detail: str
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def redirected(self) -> bool:
        return self.status is not None and 300 <= self.status < 400

    @property
    def retryable(self) -> bool:
        """Worth sending again later: no answer, a server error, throttling, or a redirect
        (not followed, so the request is still unanswered). The one retry rule of every
        request the add-on makes (capture, removal, data copy)."""
        status = self.status
        return status is None or status >= 500 or status in (408, 429) or self.redirected

    @property
    def refused(self) -> bool:
        """The server answered that it will not do this request, now or later: any other
        4xx (400, 401, 403, 404, 410, 413 ...). Not sent again."""
        status = self.status
        return status is not None and 400 <= status < 500 and not self.retryable

    @property
    def retry_after(self) -> Optional[float]:
        """Seconds from a Retry-After header (a number or an HTTP date), if any."""
        value = self.headers.get("retry-after", "").strip()
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError, IndexError, OverflowError):
            return None


def endpoint_problem(url: str) -> Optional[str]:
    """Why `url` may not be used, or None: https only, except plain http to this computer
    (for tests and local servers)."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host, _port = parts.hostname, parts.port  # the port raises ValueError if malformed
    except ValueError:
        return "not a web address"
    if not host:
        return "not a web address"
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and host in _LOOPBACK_HOSTS:
        return None
    return "only https:// addresses are allowed (http:// only to this computer)"


def exchange(request: HttpRequest, deadline: float) -> HttpAnswer:
    """Send `request`, read the answer's status, headers and up to MAX_ANSWER bytes of its
    body; return within `deadline` seconds (wall clock) and never raise. Blocks the caller."""
    problem = endpoint_problem(request.url)
    if problem is not None:
        return HttpAnswer(None, f"not sent: {problem}")
    call = _Call(request, time.monotonic() + max(0.0, deadline))
    worker = threading.Thread(target=call.run, name="freecad-telemetry-http", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline))
    return call.result()


def describe(reason: object) -> str:
    """A short, user-readable reason for a failed exchange."""
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return "no answer in time"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, BaseException):
        text = getattr(reason, "strerror", None) or str(reason)
        return f"{type(reason).__name__}: {text}" if text else type(reason).__name__
    return str(reason)


class _Call:
    """One request on its own thread; `result()` (the caller) takes the answer or, past the
    deadline, abandons the request and cuts its connection so the thread ends too."""

    def __init__(self, request: HttpRequest, end: float) -> None:
        self._request = request
        self._end = end
        self._lock = threading.Lock()
        self._connection: Optional[http.client.HTTPConnection] = None
        self._answer: Optional[HttpAnswer] = None
        self._abandoned = False

    def _left(self) -> float:
        left = self._end - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        return left

    def run(self) -> None:
        """On the request's own thread."""
        try:
            answer = self._exchange()
        except BaseException as exc:  # any failure is "no answer"; this thread never raises
            answer = HttpAnswer(None, describe(exc))
        with self._lock:  # taken out of `result()`'s reach before its socket is closed
            connection, self._connection = self._connection, None
            if not self._abandoned:
                self._answer = answer
        if connection is not None:
            connection.close()

    def _exchange(self) -> HttpAnswer:
        request = self._request
        parts = urllib.parse.urlsplit(request.url.strip())
        connection = _connection_for(parts, self._left())
        with self._lock:
            if self._abandoned:
                return HttpAnswer(None, "no answer in time")
            self._connection = connection
        connection.connect()  # name lookup, TCP, TLS, a proxy's CONNECT: within the timeout
        if parts.scheme == "http" and not _loopback_peer(connection.sock):
            # "localhost" is whatever the hosts file says: plain http leaves for nowhere else.
            return HttpAnswer(None, f"not sent: {parts.hostname} is not this computer")
        target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        self._socket_deadline(connection)
        payload, fields = request.body or None, dict(request.headers)
        connection.request(request.method, target, body=payload, headers=fields)
        self._socket_deadline(connection)
        response = connection.getresponse()
        self._socket_deadline(connection)
        body = response.read(MAX_ANSWER)
        headers = {name.lower(): value for name, value in response.getheaders()}
        reason = f"HTTP {response.status} {response.reason}".strip()
        if 300 <= response.status < 400:
            reason += " (a redirect, not followed)"
        return HttpAnswer(response.status, reason, body, headers)

    def _socket_deadline(self, connection: http.client.HTTPConnection) -> None:
        # Each step may use only what is left; a drip within a step is cut by `result()`.
        if connection.sock is not None:
            connection.sock.settimeout(self._left())

    def result(self) -> HttpAnswer:
        """On the caller's thread, once the request ended or its deadline passed."""
        with self._lock:
            if self._answer is not None:
                return self._answer
            self._abandoned = True
            sock = self._connection.sock if self._connection is not None else None
            if sock is not None:
                try:
                    # The plain socket's shutdown, also for TLS: wakes the thread blocked on
                    # it. Only that thread closes it (under this lock, it is not closed yet).
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass
        return HttpAnswer(None, "no answer in time")


def _loopback_peer(sock: Optional[socket.socket]) -> bool:
    try:
        address = str(sock.getpeername()[0]) if sock is not None else ""
        return ipaddress.ip_address(address.split("%")[0]).is_loopback
    except (OSError, ValueError):
        return False


def _connection_for(parts: urllib.parse.SplitResult, timeout: float) -> http.client.HTTPConnection:
    # Ports are always given: http.client would read "::1" without one as host "::", port 1.
    host = parts.hostname or ""
    if parts.scheme != "https":
        return http.client.HTTPConnection(host, parts.port or 80, timeout=timeout)
    port = parts.port or 443
    proxy = _https_proxy(host)
    if proxy is None:
        return http.client.HTTPSConnection(host, port, timeout=timeout, context=_tls())
    connection = http.client.HTTPSConnection(
        proxy.hostname or "", proxy.port or 80, timeout=timeout, context=_tls()
    )
    headers: Dict[str, str] = {}
    if proxy.username:
        credentials = f"{urllib.parse.unquote(proxy.username)}:"
        credentials += urllib.parse.unquote(proxy.password or "")
        token = base64.b64encode(credentials.encode("utf-8")).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
    connection.set_tunnel(host, port, headers=headers)  # TLS end to end, via CONNECT
    return connection


def _https_proxy(host: str) -> Optional[urllib.parse.SplitResult]:
    """The system's proxy for https (environment, or the Windows/macOS settings), as urllib
    and requests use it; only http:// proxies (a CONNECT tunnel) are supported."""
    try:
        address = urllib.request.getproxies().get("https", "")
        if not address or urllib.request.proxy_bypass(host):
            return None
        proxy = urllib.parse.urlsplit(address if "://" in address else f"http://{address}")
        return proxy if proxy.scheme == "http" and proxy.hostname else None
    except (OSError, ValueError):  # unreadable proxy settings: go direct, as if none were set
        return None


def _tls() -> ssl.SSLContext:
    """The system's trusted certificates plus certifi's (what requests trusts), if present:
    some Python builds bundled with FreeCAD find no system store."""
    global _TLS
    with _TLS_LOCK:
        if _TLS is None:
            context = ssl.create_default_context()
            try:
                import certifi

                context.load_verify_locations(certifi.where())
            except (ImportError, OSError):  # no certifi, or an unreadable bundle: system store only
                pass
            _TLS = context
        return _TLS
