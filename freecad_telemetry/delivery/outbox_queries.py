"""The outbox's queries that change nothing: its counts for `status`, the unsent and set-aside
events for the preview and the data copy, a counter, and reading a stored event back.

Plain functions over an open connection, run by outbox.Outbox inside its transactions (on
the caller's thread: the GUI thread, the command line, the sender).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Tuple

from freecad_telemetry.delivery import ledger as ledger_rows
from freecad_telemetry.delivery.outbox_schema import ContentDamaged
from freecad_telemetry.events import Event, parse_utc

# SQL fragment (a constant, never user input): the order events are claimed and shown in.
OLDEST_FIRST = "ORDER BY event_at, seq"


@dataclass(frozen=True)
class OutboxStats:
    pending: int
    quarantined: int
    delivered: int
    last_delivery: Optional[datetime]
    oldest_pending: Optional[datetime]


def read_event(body: str) -> Event:
    """A stored event, in a transaction: one that cannot be read back marks the file damaged
    (it is then salvaged) instead of stopping every later claim."""
    try:
        return Event.from_json(body)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise ContentDamaged(f"a stored event cannot be read back ({type(exc).__name__})") from exc


def stats(conn: sqlite3.Connection) -> OutboxStats:
    pending, quarantined, oldest = conn.execute(
        "SELECT COUNT(*) - COUNT(quarantine_reason), COUNT(quarantine_reason),"
        " MIN(CASE WHEN quarantine_reason IS NULL THEN event_at END) FROM outbox"
    ).fetchone()
    delivered, last_delivery = ledger_rows.ledger_summary(conn)
    oldest_pending = parse_utc(oldest) if oldest else None
    return OutboxStats(pending, quarantined, delivered, last_delivery, oldest_pending)


def pending(conn: sqlite3.Connection) -> List[Event]:
    return [
        read_event(body)
        for (body,) in conn.execute(
            f"SELECT body FROM outbox WHERE quarantine_reason IS NULL {OLDEST_FIRST}"
        )
    ]


def quarantined(conn: sqlite3.Connection) -> List[Tuple[Event, str]]:
    return [
        (read_event(body), str(reason))
        for body, reason in conn.execute(
            f"SELECT body, quarantine_reason FROM outbox WHERE quarantine_reason IS NOT NULL"
            f" {OLDEST_FIRST}"
        )
    ]


def counter(conn: sqlite3.Connection, name: str) -> int:
    """A named counter's value, 0 before its first increment."""
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0
