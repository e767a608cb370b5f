"""A tiny stand-in for freecad.org's deletetelemetry.php (and a data-request endpoint) on
127.0.0.1, for tests. Stdlib only.

Modes, switchable at run time:
  a number (200, 204, 301, 404 ...)  answer every request with that status and `payload`
                                     (plus `Location: <location>` when `location` is set)
  "refused"                          nobody listens: connections are refused
  "black_hole"                       accept, read the request, never answer (until stop)
  "drip"                             answer 200, one byte every `drip_interval` seconds
                                     (the loop ends with the answer, or at stop)

Every request is recorded (method, path, query, body). Threads: one daemon thread serves;
each request gets a daemon thread; `stop()` returns quickly in every mode.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Union
from urllib.parse import parse_qs, urlsplit

Mode = Union[int, str]


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: Dict[str, List[str]]
    body: bytes


DRIP_INTERVAL = 0.5  # seconds between two bytes of a dripped answer


class RemovalServer:
    def __init__(self, mode: Mode = 200, port: int = 0, location: Optional[str] = None) -> None:
        """`port` 0 picks a free one; give the port of an earlier "refused" server to come
        "back online" at the same address. `location`: sent as the Location header (for
        3xx modes)."""
        self.mode: Mode = mode
        self.location = location
        self.payload = b"{}"  # the body of every answer
        self.drip_interval = DRIP_INTERVAL
        self.requests: List[Recorded] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        self._port = port
        self._refused_port = port or _free_port()

    # -- lifecycle --
    def start(self) -> RemovalServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                with owner._lock:
                    owner.requests.append(
                        Recorded(self.command, parts.path, parse_qs(parts.query), body)
                    )
                mode = owner.mode
                if mode == "black_hole":
                    owner._release.wait(30)
                    return
                if mode == "drip":
                    self.close_connection = True
                    self._drip(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                    return
                status = int(mode)
                payload = owner.payload
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if owner.location is not None:
                    self.send_header("Location", owner.location)
                self.end_headers()
                if status not in (204, 304):
                    self.wfile.write(payload)

            def _drip(self, answer: bytes) -> None:
                for index in range(len(answer)):  # bounded: one pass over a short answer
                    if owner._release.wait(owner.drip_interval):
                        return  # stopping
                    try:
                        self.wfile.write(answer[index : index + 1])
                    except OSError:
                        return  # the client gave up

            do_DELETE = do_POST = do_GET = _handle

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> RemovalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses --
    @property
    def port(self) -> int:
        if self.mode == "refused" or self._server is None:
            return self._refused_port
        return int(self._server.server_address[1])

    def url(self, path: str = "/deletetelemetry.php") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def person_ids(self) -> List[str]:
        with self._lock:
            return [pid for r in self.requests for pid in r.query.get("person_id", [])]


def _free_port() -> int:
    """A loopback port nobody listens on (bound, then closed: a connect is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
