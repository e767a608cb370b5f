"""When a failed event is tried again: our own back-off (30 s doubling to 6 h), a server's
Retry-After (honoured up to a day, across sessions), and a new session as a retry point.
Functions over the outbox's connection, inside its transactions (outbox.Outbox); any thread.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import Optional, Sequence

from freecad_telemetry.events import iso_utc

FIRST_RETRY_SECONDS = 30.0
MAX_RETRY_SECONDS = 6 * 3600.0
# A server asking for more than a day is more likely wrong than right; age pruning still applies.
MAX_RETRY_AFTER_SECONDS = 24 * 3600.0


def retry_delay(attempts: int, retry_after: Optional[float] = None) -> float:
    """Seconds to wait after the `attempts`-th failure: 30 s, 60 s, 120 s ... capped at 6 h,
    and never less than what the server asked for (Retry-After, itself capped at a day)."""
    delay = min(FIRST_RETRY_SECONDS * 2 ** min(max(attempts - 1, 0), 20), MAX_RETRY_SECONDS)
    if retry_after is not None and retry_after == retry_after and retry_after > 0:
        delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER_SECONDS))
    return delay


def schedule(
    conn: sqlite3.Connection,
    now: datetime,
    uuids: Sequence[str],
    error: str,
    retry_after: Optional[float],
) -> None:
    """Count a failed attempt of each event, set its next attempt, release its lease."""
    for uuid in uuids:
        row = conn.execute("SELECT attempts FROM outbox WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            continue
        due = now + timedelta(seconds=retry_delay(row[0] + 1, retry_after))
        # A wait the server asked for (Retry-After) holds across sessions too.
        not_before = iso_utc(due) if retry_after else None
        conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?,"
            " not_before = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
            " WHERE uuid = ?",
            (iso_utc(due), not_before, error, uuid),
        )


def end_our_backoff(conn: sqlite3.Connection, moment: datetime) -> None:
    """A new session is a retry point: our own back-off ends; a server's Retry-After does
    not, unless a clock set back made it absurdly long."""
    now = iso_utc(moment)
    # No wait we set reaches further than this: one that does was set before the clock
    # went back, and would hold the event for as long as the clock was wrong.
    horizon = iso_utc(moment + timedelta(seconds=2 * MAX_RETRY_AFTER_SECONDS))
    conn.execute(
        "UPDATE outbox SET not_before = NULL, next_attempt_at = NULL"
        " WHERE not_before > :horizon OR next_attempt_at > :horizon",
        {"horizon": horizon},
    )
    conn.execute(
        "UPDATE outbox SET next_attempt_at = not_before"
        " WHERE next_attempt_at > :now AND (not_before IS NULL OR not_before <= :now)",
        {"now": now},
    )
    conn.execute("UPDATE outbox SET next_attempt_at = NULL WHERE next_attempt_at <= ?", (now,))
