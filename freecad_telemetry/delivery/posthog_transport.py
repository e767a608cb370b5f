"""The only module that imports posthog: turns stored events into one PostHog batch request.

Imported and used in the sending agent's process (agent.py), or on FreeCAD's sender thread
where no interpreter for the agent fits (``import posthog`` costs ~100 ms and 400 modules;
never on FreeCAD's GUI thread). Its own ``Posthog`` instance, built with
``send=False``, only enriches and filters messages (``before_send``): it starts no consumer
thread and registers no atexit hook, so quitting FreeCAD never waits for the SDK. The batch
body is the one the SDK's ``batch_post`` makes (same JSON, gzip, headers, ``/batch/``), but it
goes out through ``network.exchange`` rather than the SDK's requests session, which follows
redirects and times out per read only: here the whole request has one deadline, a redirect
is never followed, and only PostHog's acceptance counts as delivered.
"""

from __future__ import annotations

import gzip
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import posthog
from posthog.request import USER_AGENT, DatetimeSerializer

from freecad_telemetry.events import Event
from freecad_telemetry.network import HttpAnswer, HttpRequest, exchange

# Refusals that may be caused by one event of the batch (PostHog capture contract: one event
# that does not parse, or a batch too large, fails the request), so the batch is split to find
# it (docs/posthog.md B3, B4). Any other refusal (network.HttpAnswer.refused: 401, 403, 404)
# is about the request itself.
PER_EVENT_STATUSES = (400, 413)
# What PostHog answers when it took the batch (docs/posthog.md B7: "Ok"; older docs: 1).
ACCEPTED_STATUSES = ("Ok", 1)
BATCH_PATH = "/batch/"  # PostHog's batch capture route (docs/posthog.md B1)

# Filters one enriched message (properties included) before it is sent; returns it or None.
MessageFilter = Callable[[Dict[str, Any]], Optional[Dict[str, Any]]]


@dataclass(frozen=True)
class SendResult:
    """What happened to one batch: delivered (with each event's properties as they went on
    the wire, and the events the filter refused outright), or why not and whether to retry."""

    delivered: bool
    permanent: bool = False  # refused: never sent again
    per_event: bool = False  # the refusal may be one event's: split the batch to find it
    reason: str = ""
    retry_after: Optional[float] = None
    status: Optional[int] = None
    sent: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    refused: Tuple[str, ...] = ()


def accepted(answer: HttpAnswer) -> bool:
    """PostHog took the batch: 200 with {"status": "Ok"} (or the older {"status": 1}). Any
    other answer, a 2xx with another body included (a captive portal, a proxy), is not."""
    if answer.status != 200:
        return False
    try:
        payload = json.loads(answer.body.decode("utf-8"))
    except ValueError:  # not JSON (UnicodeDecodeError is a ValueError too)
        return False
    status = payload.get("status") if isinstance(payload, dict) else None
    return not isinstance(status, bool) and status in ACCEPTED_STATUSES


def _quiet_sdk_logging() -> None:
    # The SDK logs errors with tracebacks; inside FreeCAD stderr is the Report view, where
    # users must never see them. Failures reach the user through `status` instead.
    logger = logging.getLogger("posthog")
    logger.propagate = False
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


class PostHogTransport:
    """Sends batches of stored events to a PostHog capture endpoint."""

    def __init__(
        self,
        host: str,
        project_key: str,
        *,
        timeout: float = 5.0,
        message_filter: Optional[MessageFilter] = None,
    ) -> None:
        """`timeout`: seconds for a whole request (connect, send, answer), wall clock; below
        the sender's lease, so that no other process re-sends a batch still in flight."""
        _quiet_sdk_logging()
        self._host = host
        self._key = project_key
        self._timeout = timeout
        self._filter = message_filter
        self._built: List[Dict[str, Any]] = []
        self._client = posthog.Posthog(
            project_key,
            host=host,
            send=False,
            sync_mode=True,
            disable_geoip=True,
            is_server=False,
            before_send=self._keep_message,
        )

    def _keep_message(self, message: Dict[str, Any]) -> None:
        filtered = self._filter(message) if self._filter is not None else message
        if filtered is not None:
            self._built.append(filtered)
        return None  # the SDK itself must not queue or send anything

    def build(self, events: Sequence[Event]) -> List[Dict[str, Any]]:
        """The exact messages a send of `events` puts on the wire (before gzip)."""
        self._built = []
        for event in events:
            properties = dict(event.properties)
            # Re-sends in later sessions keep the original timestamp, so PostHog's
            # de-duplication (same uuid, event, distinct id, day) can collapse them.
            properties["$ignore_sent_at"] = True
            self._client.capture(
                event.name,
                distinct_id=event.distinct_id,
                properties=properties,
                timestamp=event.timestamp,
                uuid=event.uuid,
                disable_geoip=True,
            )
        built, self._built = self._built, []
        return built

    def send(self, events: Sequence[Event]) -> SendResult:
        """POST one batch; never raises. Blocks up to the timeout (call off the GUI thread)."""
        try:
            batch = self.build(events)
            sent = {str(m["uuid"]): dict(m.get("properties") or {}) for m in batch}
            refused = tuple(e.uuid for e in events if e.uuid not in sent)
            if not batch:
                return SendResult(delivered=True, refused=refused)
            answer = exchange(self._request(batch), self._timeout)
        except Exception as exc:  # building or encoding failed: nothing was sent
            return SendResult(delivered=False, reason=type(exc).__name__)
        if accepted(answer):
            return SendResult(delivered=True, sent=sent, refused=refused)
        return SendResult(
            delivered=False,
            permanent=answer.refused,
            per_event=answer.status in PER_EVENT_STATUSES,  # (always refusals)
            reason=_why_not(answer),
            retry_after=answer.retry_after,
            status=answer.status,
        )

    def _request(self, batch: List[Dict[str, Any]]) -> HttpRequest:
        """The request the SDK's batch_post(gzip=True) would make (posthog/request.py)."""
        body = {
            "batch": batch,
            "historical_migration": False,
            "sent_at": datetime.now(tz=timezone.utc).isoformat(),
            "api_key": self._key,
        }
        data = json.dumps(body, cls=DatetimeSerializer).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "Content-Encoding": "gzip",
        }
        url = self._host.strip().rstrip("/") + BATCH_PATH
        return HttpRequest("POST", url, gzip.compress(data), headers)


def _why_not(answer: HttpAnswer) -> str:
    if answer.status is None:
        return answer.detail  # no answer: refused, too slow, not allowed, TLS ...
    if answer.status == 200:
        return "HTTP 200 without PostHog's acceptance"
    if 300 <= answer.status < 400:
        return answer.detail
    return f"HTTP {answer.status}"
