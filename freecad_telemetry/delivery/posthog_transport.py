"""The only module that imports posthog: turns stored events into one PostHog batch request.

Imported and used on the sender thread only (``import posthog`` costs ~100 ms and 400
modules; never on FreeCAD's GUI thread). Its own ``Posthog`` instance, built with
``send=False``, only enriches and filters messages (``before_send``): it starts no consumer
thread and registers no atexit hook, so quitting FreeCAD never waits for the SDK. The batch
goes out through the SDK's own ``batch_post`` (gzip, a short timeout, no retries): its
exceptions carry the HTTP status, which decides between delivered, retry and quarantine.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import posthog
from posthog.request import APIError, batch_post

from freecad_telemetry.events import Event

# Statuses after which the same request can only fail again (PostHog capture contract).
PERMANENT_STATUSES = (400, 401, 403, 413)

# Filters one enriched message (properties included) before it is sent; returns it or None.
MessageFilter = Callable[[Dict[str, Any]], Optional[Dict[str, Any]]]


@dataclass(frozen=True)
class SendResult:
    """What happened to one batch: delivered (with each event's properties as they went on
    the wire, and the events the filter refused outright), or why not and whether to retry."""

    delivered: bool
    permanent: bool = False
    reason: str = ""
    retry_after: Optional[float] = None
    status: Optional[int] = None
    sent: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    refused: Tuple[str, ...] = ()


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
        timeout: float = 3.0,
        message_filter: Optional[MessageFilter] = None,
    ) -> None:
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

    @staticmethod
    def sdk_version() -> str:
        return str(getattr(posthog, "VERSION", "unknown"))

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
            if batch:
                batch_post(
                    self._key,
                    host=self._host,
                    gzip=True,
                    timeout=self._timeout,
                    batch=batch,
                    historical_migration=False,
                )
            return SendResult(delivered=True, sent=sent, refused=refused)
        except APIError as exc:
            status = exc.status if isinstance(exc.status, int) else None
            return SendResult(
                delivered=False,
                permanent=status in PERMANENT_STATUSES,
                reason=f"HTTP {exc.status}",
                retry_after=exc.retry_after,
                status=status,
            )
        except Exception as exc:  # refused, timeout, TLS, DNS: all worth another try
            return SendResult(delivered=False, reason=type(exc).__name__)
