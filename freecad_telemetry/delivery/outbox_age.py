"""How old an unsent event is, measured so that a wrong wall clock cannot delete it, and the
bounds that drop events (age, count), each drop counted by its reason.

The outbox keeps its own clock in its file: `elapsed`, the seconds it has seen pass, and
`last_seen`, the wall time of its last reading. Each reading (every store and every prune, by
any process, inside their transaction) credits the wall time since `last_seen`, but never less
than nothing (a clock set back credits nothing) and never more than MAX_CREDIT (a clock set
years ahead, or a machine left off for weeks, credits one day). An event records the reading
when it was stored (`stored_elapsed`); its age is the difference. So an event expires only
after the outbox saw max_age pass while it waited: with FreeCAD used every day that is max_age;
with long breaks it is longer, never shorter; a clock jump either way costs at most a day.

Runs inside the outbox's transactions, on whichever thread stores or prunes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import Dict

from freecad_telemetry.events import iso_utc

CLOCK_SCHEMA = "CREATE TABLE IF NOT EXISTS clock (name TEXT PRIMARY KEY, value REAL NOT NULL)"
MAX_CREDIT = timedelta(days=1)

# Why unsent events were dropped (the keys of the drop_counts table).
EXPIRED = "expired"  # older than max_age, counted as above
OVERFLOW = "overflow"  # beyond max_events: the earliest stored go first
WITHDRAWN = "withdrawn"  # of a category the user no longer shares
REFUSED = "refused"  # a field the send-time filter refused
REMOVED_ID = "removed_id"  # stored under an id whose data removal the user asked for
DROP_REASONS = (EXPIRED, OVERFLOW, WITHDRAWN, REFUSED, REMOVED_ID)

NOT_LEASED = "(lease_until IS NULL OR lease_until <= :now)"  # SQL: no sender holds the row


def observe(conn: sqlite3.Connection, now: datetime) -> float:
    """Read the outbox's clock at wall time `now` (see the module's docstring) and return it,
    in seconds."""
    values: Dict[str, float] = {}
    for name, value in conn.execute("SELECT name, value FROM clock"):
        if isinstance(value, (int, float)):
            values[str(name)] = float(value)
    wall = now.timestamp()
    elapsed = values.get("elapsed", 0.0)
    if "last_seen" in values:
        elapsed += min(max(wall - values["last_seen"], 0.0), MAX_CREDIT.total_seconds())
    conn.executemany(
        "INSERT OR REPLACE INTO clock (name, value) VALUES (?, ?)",
        [("last_seen", wall), ("elapsed", elapsed)],
    )
    return elapsed


def prune(
    conn: sqlite3.Connection, now: datetime, elapsed: float, max_age: timedelta, max_events: int
) -> None:
    """Drop unleased events older than max_age (by the outbox's clock, reading `elapsed`) and
    the earliest stored beyond max_events, counting each. Events stored by a version that did
    not record their reading count from now."""
    conn.execute("UPDATE outbox SET stored_elapsed = ? WHERE stored_elapsed IS NULL", (elapsed,))
    params = {"now": iso_utc(now), "cutoff": elapsed - max_age.total_seconds()}
    expired = conn.execute(
        f"DELETE FROM outbox WHERE stored_elapsed < :cutoff AND {NOT_LEASED}", params
    ).rowcount
    excess = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] - max_events
    overflow = 0
    if excess > 0:
        # By arrival (seq), not by the events' own time, which a wrong clock may have set.
        overflow = conn.execute(
            f"DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE {NOT_LEASED}"
            " ORDER BY seq LIMIT :excess)",
            dict(params, excess=excess),
        ).rowcount
    count_drops(conn, EXPIRED, expired)
    count_drops(conn, OVERFLOW, overflow)


def count_drops(conn: sqlite3.Connection, reason: str, count: int) -> None:
    if count > 0:
        conn.execute("INSERT OR IGNORE INTO drop_counts VALUES (?, 0)", (reason,))
        conn.execute("UPDATE drop_counts SET count = count + ? WHERE reason = ?", (count, reason))


def drop_counts(conn: sqlite3.Connection) -> Dict[str, int]:
    """Unsent events dropped so far, by reason (reasons with none left out)."""
    rows = conn.execute("SELECT reason, count FROM drop_counts")
    return {str(reason): int(count) for reason, count in rows if count}
