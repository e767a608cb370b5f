"""The ledger: the local record of every event PostHog accepted from this computer.

It lives in the outbox's SQLite file (table `ledger`). The functions taking a connection run
inside the outbox's transactions (the sender thread records deliveries; the GUI thread reads
for the status page and the data copy). `export_ledger` runs wherever the user asked for a
copy and only writes to the stream it is given.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, List, Optional, Sequence, TextIO, Tuple

from freecad_telemetry.events import Event, iso_utc, parse_utc

LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    delivered_at TEXT NOT NULL,
    event TEXT NOT NULL,
    distinct_id TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    properties TEXT NOT NULL
);
"""

EXPORT_COLUMNS = ("delivered_at", "event", "uuid", "distinct_id", "timestamp", "properties")


@dataclass(frozen=True)
class LedgerEntry:
    """One delivered event and when PostHog accepted it (UTC)."""

    delivered_at: datetime
    event: Event


def properties_json(properties: Dict[str, Any]) -> str:
    return json.dumps(properties, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_delivered(
    conn: sqlite3.Connection, events: Sequence[Event], delivered_at: datetime, keep: int
) -> None:
    """Append delivered events (a uuid already in the ledger is not added twice), then trim the
    oldest rows so that at most `keep` remain: the ledger must stay bounded like the outbox."""
    when = iso_utc(delivered_at)
    conn.executemany(
        "INSERT OR IGNORE INTO ledger (uuid, delivered_at, event, distinct_id, timestamp,"
        " properties) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (e.uuid, when, e.name, e.distinct_id, e.timestamp, properties_json(e.properties))
            for e in events
        ],
    )
    # seq only grows and rows only leave from the old end, so this keeps the newest `keep`.
    conn.execute(
        "DELETE FROM ledger WHERE seq <= (SELECT MAX(seq) FROM ledger) - ?", (max(keep, 0),)
    )


def read_ledger(conn: sqlite3.Connection) -> List[LedgerEntry]:
    rows = conn.execute(
        "SELECT delivered_at, event, distinct_id, properties, uuid, timestamp"
        " FROM ledger ORDER BY seq"
    ).fetchall()
    entries = []
    for delivered_at, name, distinct_id, properties, uuid, timestamp in rows:
        event = Event(name, distinct_id, json.loads(properties), uuid, timestamp)
        entries.append(LedgerEntry(parse_utc(delivered_at) or _EPOCH, event))
    return entries


def ledger_summary(conn: sqlite3.Connection) -> Tuple[int, Optional[datetime]]:
    """How many rows the ledger holds and when the newest delivery happened."""
    count, last = conn.execute("SELECT COUNT(*), MAX(delivered_at) FROM ledger").fetchone()
    return int(count), parse_utc(last) if last else None


def clear_ledger_rows(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM ledger")


def export_ledger(entries: Iterable[LedgerEntry], fmt: str, out: TextIO) -> None:
    """Write a data copy of the ledger to `out`: "csv" (one row per event, columns
    EXPORT_COLUMNS, properties as JSON text) or "json" (a list of objects with the same keys,
    properties as an object). Raises ValueError for any other format."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EXPORT_COLUMNS)
        for entry in entries:
            row = _export_record(entry)
            row["properties"] = properties_json(row["properties"])
            writer.writerow([row[column] for column in EXPORT_COLUMNS])
    elif fmt == "json":
        json.dump([_export_record(entry) for entry in entries], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"unknown ledger export format: {fmt!r} (use 'csv' or 'json')")


def _export_record(entry: LedgerEntry) -> Dict[str, Any]:
    event = entry.event
    return {
        "delivered_at": iso_utc(entry.delivered_at),
        "event": event.name,
        "uuid": event.uuid,
        "distinct_id": event.distinct_id,
        "timestamp": event.timestamp,
        "properties": event.properties,
    }


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
