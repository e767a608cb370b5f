"""What PostHog's query API answered, read: its rows, or one line saying why there are none.

Holds the answer as received (`Answer`), the one error every failure becomes
(`PostHogQueryError`), the checks of a HogQLQueryResponse (`rows_of`) and the wording of
PostHog's refusals and rate limit (`throttle_wait`, `throttled`). Runs on the caller's thread in
`engine_hogql.HogQLEngine.rows`, after each request has come back; no network, no clock,
standard library only. The wording names the setting to check, never the key (the engine
also blanks the key out of every message).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from freecad_telemetry.network import HttpAnswer

MAX_ROWS = 50_000  # PostHog's cap on a HogQL query's rows (MAX_SELECT_RETURNED_ROWS)
_AVAILABLE_IN = re.compile(r"available in (\d+(?:\.\d+)?) second")


class PostHogQueryError(RuntimeError):
    """PostHog gave no rows for a query. `str()` is one line saying why (never the key);
    `status` is the HTTP status, when PostHog answered."""

    def __init__(self, message: str, status: Optional[int] = None) -> None:
        super().__init__(" ".join(message.split()))
        self.status = status


@dataclass(frozen=True)
class Answer:
    """PostHog's HTTP answer: status, headers (lower-case names), body, where it came from."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str = ""

    def payload(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8"))
        except ValueError:  # not UTF-8, not JSON
            return None

    def detail(self) -> str:
        """PostHog's error ("code: detail", drf-exceptions-hog's shape), else the body's
        start; one line."""
        payload = self.payload()
        if isinstance(payload, dict) and payload.get("detail") is not None:
            detail = payload["detail"]
            text = detail if isinstance(detail, str) else json.dumps(detail)
            code = payload.get("code")
            text = f"{code}: {text}" if isinstance(code, str) and code else text
        else:
            text = self.body[:300].decode("utf-8", "replace")
        text = " ".join(text.split())
        return text[:300] + ("..." if len(text) > 300 else "") if text else "no detail"

    def where(self) -> str:
        parts = urllib.parse.urlsplit(self.headers.get("location") or self.url)
        return f"{parts.scheme}://{parts.netloc}" if parts.netloc else "another address"


_REFUSALS: Dict[int, str] = {
    401: "PostHog did not accept the personal API key (HTTP 401, {detail}): check "
    "POSTHOG_PERSONAL_API_KEY (a personal key, phx_..., of this PostHog instance)",
    403: "PostHog refused the query (HTTP 403, {detail}): the personal API key needs the "
    "Query Read scope and access to this project",
    404: "PostHog has no such project or endpoint (HTTP 404, {detail}): check the project id "
    "and the address (https://us.posthog.com, https://eu.posthog.com or your own)",
}


def rows_of(answer: Answer) -> List[Tuple[Any, ...]]:
    """The rows of a HogQL query's answer (HogQLQueryResponse: "columns", "results" one list
    a row, "hasMore" when PostHog cut it), or PostHogQueryError."""
    status = answer.status
    if status == 200:
        return _table(answer.payload(), answer)
    if status in _REFUSALS:
        message = _REFUSALS[status].format(detail=answer.detail())
    elif 300 <= status < 400:
        message = (
            f"PostHog's address answered with a redirect (HTTP {status}) to {answer.where()}: "
            "not followed (the key goes nowhere else); give the address PostHog is at"
        )
    elif 400 <= status < 500:
        message = f"PostHog refused the query (HTTP {status}, {answer.detail()})"
    elif status >= 500:
        message = f"PostHog failed to answer (HTTP {status}, {answer.detail()}); try later"
    else:
        message = f"PostHog queued the query instead of answering it (HTTP {status}): no rows"
    raise PostHogQueryError(message, status)


def _table(payload: Any, answer: Answer) -> List[Tuple[Any, ...]]:
    if not isinstance(payload, dict):
        raise PostHogQueryError(
            f"PostHog's answer is not JSON ({answer.detail()[:60]!r}...): is the address "
            "PostHog's app (e.g. https://eu.posthog.com)?",
            200,
        )
    if payload.get("results") is None and isinstance(payload.get("query_status"), dict):
        raise PostHogQueryError("PostHog queued the query instead of answering it: no rows", 200)
    if payload.get("error"):
        raise PostHogQueryError(f"PostHog reported an error: {payload['error']}", 200)
    columns, results = payload.get("columns"), payload.get("results")
    if not isinstance(columns, list) or not all(isinstance(name, str) for name in columns):
        raise PostHogQueryError('PostHog\'s answer has no "columns" (a list of names)', 200)
    if not isinstance(results, list):
        raise PostHogQueryError('PostHog\'s answer has no "results" (a list of rows)', 200)
    rows: List[Tuple[Any, ...]] = []
    for number, row in enumerate(results, 1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise PostHogQueryError(
                f"row {number} of PostHog's answer is not a list of {len(columns)} values", 200
            )
        rows.append(tuple(row))
    if payload.get("hasMore") is True:
        raise PostHogQueryError(
            f"PostHog sent only the first {len(rows)} rows (hasMore): the query needs its own "
            f"LIMIT (PostHog's default is 100, its most {MAX_ROWS})",
            200,
        )
    if len(rows) >= MAX_ROWS:
        raise PostHogQueryError(f"the answer reached PostHog's {MAX_ROWS}-row cap: cut", 200)
    return rows


def throttled(answer: Answer, wait: float, attempts: int) -> str:
    """The message when PostHog's rate limit outlasts the tries or the deadline."""
    return (
        f"PostHog's query rate limit was reached (HTTP 429, {answer.detail()}): gave up "
        f"after {attempts} request(s); try again in {wait:.0f} s"
    )


def throttle_wait(answer: Answer) -> float:
    """Seconds PostHog asks for: the Retry-After header, else its answer's "Expected
    available in N seconds" (the body of a throttled request), else a short pause."""
    header = HttpAnswer(answer.status, "", headers=answer.headers).retry_after
    if header is not None:
        return header
    found = _AVAILABLE_IN.search(answer.detail())
    return float(found.group(1)) if found else 5.0
