"""The event record that flows from the collectors through the outbox to the sender.

Plain data, no I/O: built on whatever thread collects, stored as JSON in the outbox,
read back in the sender thread, written to the ledger once PostHog accepted it.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Mapping, Optional


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (every stored timestamp is UTC)."""
    return datetime.now(timezone.utc)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with an explicit offset, as PostHog's capture API expects."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def parse_utc(text: str) -> Optional[datetime]:
    """A stored or event timestamp as an aware UTC datetime; None if it is not ISO 8601."""
    try:
        # Python < 3.11 fromisoformat does not accept a trailing "Z".
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class Event:
    """One event as it will be sent: its uuid and timestamp are fixed when it is created,
    so that a re-send in a later session is the same event to PostHog (deduplication)."""

    name: str
    distinct_id: str
    properties: Dict[str, Any] = field(default_factory=dict)
    uuid: str = field(default_factory=lambda: str(uuid_module.uuid4()))
    timestamp: str = field(default_factory=lambda: iso_utc(utc_now()))

    def to_json(self) -> str:
        return json.dumps(
            {
                "event": self.name,
                "distinct_id": self.distinct_id,
                "properties": self.properties,
                "uuid": self.uuid,
                "timestamp": self.timestamp,
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Event:
        data = json.loads(text)
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            name=str(data["event"]),
            distinct_id=str(data["distinct_id"]),
            properties=dict(data.get("properties") or {}),
            uuid=str(data["uuid"]),
            timestamp=str(data["timestamp"]),
        )

    def with_properties(self, properties: Dict[str, Any]) -> Event:
        return Event(self.name, self.distinct_id, properties, self.uuid, self.timestamp)


def new_event(
    name: str,
    distinct_id: str,
    properties: Optional[Dict[str, Any]] = None,
    when: Optional[datetime] = None,
) -> Event:
    """A fresh event with a new uuid, stamped now (or at `when`)."""
    return Event(
        name=name,
        distinct_id=distinct_id,
        properties=dict(properties or {}),
        timestamp=iso_utc(when or utc_now()),
    )
