"""PostHog's query API as an insights engine: a rendered HogQL query in, its aggregated rows out.

`HogQLEngine.rows` runs on the caller's thread (the ``insights`` command, once a question) and
blocks it for at most `timeout` seconds, wall clock, waits for PostHog's rate limit included.
The request (https://posthog.com/docs/api/queries): POST <base_url>/api/projects/<id>/query/
with {"query": {"kind": "HogQLQuery", "query": <sql>}, "name": ..., "refresh": ...} and
"Authorization: Bearer <personal API key>"; the answer's "results" are the rows, one list per
row in the order of "columns". Standard library only. Redirects are never followed (the key
would go along); https only, plain http only to this computer (the add-on's one rule,
network.endpoint_problem). Every failure is one PostHogQueryError, or a ValueError for a
wrong setting, whose message is one line and never holds the key; reading the answer and
wording PostHog's refusals is hogql_answers.py's part.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, List, Optional, Tuple

from freecad_telemetry.insights.dialects import HOGQL, Dialect
from freecad_telemetry.insights.hogql_answers import (
    Answer,
    PostHogQueryError,
    rows_of,
    throttle_wait,
    throttled,
)
from freecad_telemetry.network import endpoint_problem

# Named in PostHog's query_log table, so PostHog's staff and the project's admins can tell
# these queries apart (the docs recommend a name).
QUERY_NAME = "freecad-telemetry insights"
# Computed now, never an hours-old cached answer: a report states the figures of its period.
REFRESH = "force_blocking"
MAX_ANSWER = 64 * 1024 * 1024  # bytes; 50,000 aggregated rows are far less
MAX_WAIT = 60.0  # seconds waited for a rate limit at once; PostHog's limits are per minute/hour
MAX_TRIES = 4  # requests for one query when PostHog keeps answering 429
_INGESTION_HOST = re.compile(r"(?:us|eu)\.i\.posthog\.com")

UrlOpen = Callable[..., Any]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands a 3xx answer back as it is (urllib then raises it as an HTTPError)."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> None:
        return None


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)
_VIA_SYSTEM_PROXY = urllib.request.build_opener(_NoRedirect)


class HogQLEngine:
    """Runs HogQL queries on one PostHog project. Constructing it checks the settings (no
    network); `rows` sends one query (more only after a 429)."""

    def __init__(
        self,
        base_url: str,
        project_id: str,
        api_key: str,
        urlopen: Optional[UrlOpen] = None,
        timeout: float = 60.0,
    ) -> None:
        """`urlopen` is called as urlopen(request, timeout=seconds), like urllib's; None:
        this module's opener, which follows no redirect and sends plain http to this
        computer without a proxy."""
        self.dialect: Dialect = HOGQL
        self._url = _query_url(base_url, project_id)
        self._host = urllib.parse.urlsplit(self._url).netloc
        self._key = _checked_key(api_key)
        if not timeout > 0:
            raise ValueError(f"the PostHog deadline must be over 0 seconds, not {timeout}")
        self._timeout = float(timeout)
        if urlopen is None:
            plain = self._url.startswith("http:")
            urlopen = (_DIRECT if plain else _VIA_SYSTEM_PROXY).open
        self._urlopen = urlopen

    def __repr__(self) -> str:
        return f"HogQLEngine({self._url!r})"  # never the key

    def rows(self, sql: str) -> List[Tuple[Any, ...]]:
        """The rows of `sql`'s answer, as tuples in the order of its columns."""
        if not isinstance(sql, str) or not sql.strip():
            raise ValueError("no HogQL query to send (the query text is empty)")
        body = json.dumps(
            {
                "query": {"kind": "HogQLQuery", "query": sql},
                "name": QUERY_NAME,
                "refresh": REFRESH,
            }
        ).encode("utf-8")
        end = time.monotonic() + self._timeout
        for attempt in range(1, MAX_TRIES + 1):
            answer = self._send(body, end - time.monotonic())
            if answer.status != 429:
                return self._rows(answer)
            wait = throttle_wait(answer)
            if attempt == MAX_TRIES or wait > MAX_WAIT or time.monotonic() + wait >= end:
                raise self._error(throttled(answer, wait, attempt), 429)
            time.sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _rows(self, answer: Answer) -> List[Tuple[Any, ...]]:
        if answer.url and answer.url != self._url:
            raise self._error(f"the request to {self._host} was sent on to {answer.where()}")
        try:
            return rows_of(answer)
        except PostHogQueryError as failure:
            raise self._error(str(failure), failure.status) from None

    def _send(self, body: bytes, seconds: float) -> Answer:
        if seconds <= 0:
            raise self._error(self._too_slow())
        request = urllib.request.Request(
            self._url,
            data=body,
            method="POST",
            headers={
                "Authorization": f"Bearer {self._key}",
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": "freecad-telemetry-insights",
            },
        )
        call = _Call(self._urlopen, request, seconds)
        threading.Thread(target=call.run, name="freecad-telemetry-posthog", daemon=True).start()
        if not call.done.wait(seconds):
            call.abandoned = True  # its thread ends at its socket timeout or next chunk
            raise self._error(self._too_slow())
        if call.answer is not None:
            return call.answer
        raise self._error(self._failed(call.failure))

    def _too_slow(self) -> str:
        return f"no answer from PostHog ({self._host}) within {self._timeout:g} s"

    def _failed(self, failure: Optional[BaseException]) -> str:
        reason = getattr(failure, "reason", failure)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            return self._too_slow()
        if isinstance(failure, _TooLarge):
            return f"PostHog's answer is over {MAX_ANSWER // 2**20} MiB: not read"
        text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return f"could not reach PostHog at {self._host}: {text}"

    def _error(self, message: str, status: Optional[int] = None) -> PostHogQueryError:
        # A server may echo the request's headers: the key never leaves in a message.
        return PostHogQueryError(message.replace(self._key, "<the key>"), status)


class _TooLarge(Exception):
    pass


class _Call:
    """One request on its own daemon thread, so that the caller's deadline is wall clock."""

    def __init__(self, urlopen: UrlOpen, request: urllib.request.Request, seconds: float):
        self._urlopen = urlopen
        self._request = request
        self._seconds = seconds
        self.done = threading.Event()
        self.abandoned = False
        self.answer: Optional[Answer] = None
        self.failure: Optional[BaseException] = None

    def run(self) -> None:
        """On the request's thread; never raises."""
        try:
            try:
                response = self._urlopen(self._request, timeout=self._seconds)
            except urllib.error.HTTPError as refusal:  # an answer all the same: read its body
                response = refusal
            with response:
                status = getattr(response, "status", None) or response.getcode()
                headers = {name.lower(): value for name, value in response.headers.items()}
                body = self._read(response)
                self.answer = Answer(status, headers, body, response.geturl() or "")
        except BaseException as exc:  # reported to the caller, which words it
            self.failure = exc
        finally:
            self.done.set()

    def _read(self, response: Any) -> bytes:
        chunks: List[bytes] = []
        size = 0
        read = getattr(response, "read1", response.read)  # read1: what has arrived, no more
        while not self.abandoned:  # a dripping server is left at the next chunk
            chunk = read(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_ANSWER:
                raise _TooLarge()
            chunks.append(chunk)
        return b""


def _query_url(base_url: str, project_id: str) -> str:
    base = str(base_url).strip().rstrip("/")
    problem = endpoint_problem(base)
    if problem is not None:
        raise ValueError(f"PostHog address {base!r}: {problem}")
    parts = urllib.parse.urlsplit(base)
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"PostHog address {base!r}: give scheme, host and path only")
    if _INGESTION_HOST.fullmatch(parts.hostname or ""):
        app = (parts.hostname or "").replace(".i.", ".", 1)
        raise ValueError(f"{parts.hostname} only receives events: query https://{app}")
    project = str(project_id).strip()
    if not project.isdigit() or not project.isascii():
        raise ValueError(f"PostHog project id {project!r}: a number (Project settings)")
    return f"{base}/api/projects/{project}/query/"


def _checked_key(api_key: str) -> str:
    key = str(api_key).strip()
    if not key:
        raise ValueError("no personal API key for PostHog (POSTHOG_PERSONAL_API_KEY is empty)")
    if any(ch.isspace() or not ch.isprintable() for ch in key):
        raise ValueError("the personal API key holds spaces or control characters")
    if key.startswith("phc_"):
        raise ValueError(
            "that is a project API key (phc_...), which only sends events: PostHog's query "
            "API needs a personal API key (phx_...) with the Query Read scope"
        )
    return key
