"""The durable outbox: every event is stored here, with its uuid, before any attempt to send it.

One SQLite file (WAL) shared by every FreeCAD process of the user. `add` runs on whatever thread
collects (often the GUI thread, so it is one short transaction); `claim` / `mark_*` / `release`
run on the sender thread; `pending` / `stats` / `ledger` run on the GUI thread for the preview
and status. The threads of a process share one connection, one transaction at a time (see
outbox_file); processes coordinate through SQLite's locks and claim leases that expire, so a
killed FreeCAD never strands its claimed events.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from freecad_telemetry.delivery import ledger as ledger_rows
from freecad_telemetry.delivery import outbox_age as age
from freecad_telemetry.delivery import outbox_queries as queries
from freecad_telemetry.delivery import outbox_retry as retry
from freecad_telemetry.delivery.ledger import LedgerEntry, export_ledger
from freecad_telemetry.delivery.outbox_file import OutboxFile, OutboxUnavailable, one_line
from freecad_telemetry.delivery.outbox_queries import OLDEST_FIRST, OutboxStats, read_event
from freecad_telemetry.delivery.outbox_schema import ContentDamaged
from freecad_telemetry.events import Event, iso_utc, parse_utc, utc_now

__all__ = ["LedgerEntry", "Outbox", "OutboxStats", "OutboxUnavailable", "export_ledger"]

# SQL fragment (a constant, never user input) of the claims below.
_DUE = "(next_attempt_at IS NULL OR next_attempt_at <= :now)"


class Outbox:
    """The store behind one file. Constructing it does no I/O; the first operation opens (and,
    if damaged, sets aside and recreates) the file, calling on_reset(reason) once. Every public
    method but the constructor may raise OutboxUnavailable and nothing else from SQLite or the
    file system."""

    def __init__(
        self,
        path: Path,
        *,
        max_events: int = 5000,
        max_age: timedelta = timedelta(days=21),
        max_ledger_entries: int = 20000,
        clock: Callable[[], datetime] = utc_now,
        on_reset: Optional[Callable[[str], None]] = None,
    ) -> None:
        self.path = Path(path)
        self.max_events = max_events
        self.max_age = max_age
        self.max_ledger_entries = max_ledger_entries
        self.owner = f"pid{os.getpid()}-{secrets.token_hex(4)}"
        self._clock = clock
        self._file = OutboxFile(self.path, self._now, on_reset)
        self._transaction = self._file.transaction

    # -- writing (collector thread, sender thread) --

    def add(self, events: Sequence[Event]) -> None:
        """Store events in one transaction; a uuid already stored or delivered is skipped.
        Raises TypeError/ValueError, before writing anything, for properties that are not JSON."""
        if not events:
            return
        arrival = self._now()
        rows = []
        for event in events:
            event_at = iso_utc(parse_utc(event.timestamp) or arrival)
            rows.append(
                (event.uuid, event.distinct_id, event_at, event.to_json(), iso_utc(arrival))
            )

        def work(conn: sqlite3.Connection) -> None:
            now = self._now()
            elapsed = age.observe(conn, now)  # the age counts from this reading
            # next_attempt_at stays NULL (due at once) so a clock set back cannot hold events.
            conn.executemany(
                "INSERT OR IGNORE INTO outbox"
                " (uuid, distinct_id, event_at, body, added_at, stored_elapsed)"
                " SELECT ?1, ?2, ?3, ?4, ?5, ?6"
                " WHERE NOT EXISTS (SELECT 1 FROM ledger WHERE uuid = ?1)",
                [(*row, elapsed) for row in rows],
            )
            age.prune(conn, now, elapsed, self.max_age, self.max_events)

        self._transaction("store events", work)

    def claim(
        self,
        limit: int = 50,
        lease: timedelta = timedelta(seconds=60),
        owner: Optional[str] = None,
        before: Optional[datetime] = None,
    ) -> List[Event]:
        """Lease up to `limit` due events, oldest first, so no other thread or process gets them
        until the lease ends or they are released/marked. Leased events are never pruned.
        With `before`, only events that happened before that moment."""
        if limit <= 0:
            return []

        def work(conn: sqlite3.Connection) -> List[Event]:
            now = self._now()  # taken under the write lock: leases compare against this claim
            rows = conn.execute(
                "SELECT seq, body FROM outbox WHERE quarantine_reason IS NULL"
                f" AND {_DUE} AND {age.NOT_LEASED} AND event_at < :before"
                f" {OLDEST_FIRST} LIMIT :limit",
                {
                    "now": iso_utc(now),
                    "limit": limit,
                    "before": iso_utc(before) if before else "9999",
                },
            ).fetchall()
            events = [read_event(body) for _, body in rows]  # before leasing them
            conn.executemany(
                "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE seq = ?",
                [(owner or self.owner, iso_utc(now + lease), seq) for seq, _ in rows],
            )
            return events

        return self._transaction("claim events", work)

    def mark_delivered(
        self, uuids: Sequence[str], as_sent: Optional[Mapping[str, Dict[str, Any]]] = None
    ) -> None:
        """PostHog accepted these: move them from the outbox to the ledger (once, even if two
        processes report the same event). `as_sent` gives, per uuid, the properties exactly as
        they went on the wire, which is what the ledger must show."""

        def work(conn: sqlite3.Connection) -> None:
            events = []
            for uuid in uuids:
                row = conn.execute("SELECT body FROM outbox WHERE uuid = ?", (uuid,)).fetchone()
                if row is not None:
                    event = read_event(row[0])
                    if as_sent is not None and uuid in as_sent:
                        event = event.with_properties(dict(as_sent[uuid]))
                    events.append(event)
            conn.executemany("DELETE FROM outbox WHERE uuid = ?", [(e.uuid,) for e in events])
            ledger_rows.record_delivered(conn, events, self._now(), self.max_ledger_entries)

        self._transaction("record a delivery", work)

    def mark_failed(
        self, uuids: Sequence[str], error: str, retry_after: Optional[float] = None
    ) -> None:
        """Count a failed attempt, schedule the next one (outbox_retry), release the lease."""
        self._transaction(
            "record a failed send",
            lambda conn: retry.schedule(conn, self._now(), uuids, one_line(error), retry_after),
        )

    def quarantine(self, uuids: Sequence[str], reason: str) -> None:
        """Never send these again (the server rejected them for good); keep them to show."""
        rows = [(one_line(reason) or "rejected", uuid) for uuid in uuids]
        self._transaction(
            "quarantine events",
            lambda conn: conn.executemany(
                "UPDATE outbox SET quarantine_reason = ?, lease_owner = NULL, lease_until = NULL"
                " WHERE uuid = ?",
                rows,
            ),
        )

    def release(self, uuids: Sequence[str]) -> None:
        """Give leases back without counting an attempt (the sender stopped before sending)."""
        rows = [(uuid,) for uuid in uuids]
        self._transaction(
            "release events",
            lambda conn: conn.executemany(
                "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE uuid = ?", rows
            ),
        )

    def begin_session(self, owner_alive: Callable[[str], bool]) -> None:
        """At the start of a FreeCAD session (sender thread): a new session is a natural retry
        point, so our own back-off ends (a server's Retry-After does not, unless a clock set
        back made it absurdly long), and leases held by processes that are gone (FreeCAD
        killed mid-send) are released at once."""

        def work(conn: sqlite3.Connection) -> None:
            retry.end_our_backoff(conn, self._now())
            owners = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT lease_owner FROM outbox WHERE lease_owner IS NOT NULL"
                )
            ]
            dead = [(o,) for o in owners if not owner_alive(o)]
            conn.executemany(
                "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
                dead,
            )

        self._transaction("start a session", work)

    def next_counter(self, name: str) -> int:
        """Increment and return a named counter (e.g. the session sequence number); atomic
        across FreeCAD processes sharing the profile."""

        def work(conn: sqlite3.Connection) -> int:
            conn.execute("INSERT OR IGNORE INTO counters VALUES (?, 0)", (name,))
            conn.execute("UPDATE counters SET value = value + 1 WHERE name = ?", (name,))
            return int(
                conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]
            )

        return self._transaction("count a session", work)

    def counter(self, name: str) -> int:
        """A named counter's value (0 before its first increment), read only: the preview
        shows the next session's number (this + 1) without taking it."""

        return self._transaction(
            "read a counter", lambda conn: queries.counter(conn, name), begin="BEGIN"
        )

    def prune(self) -> None:
        """Drop events that waited longer than max_age (time this outbox saw pass, so a wrong
        wall clock deletes nothing: see outbox_age) and the earliest stored beyond max_events,
        counting each."""

        def work(conn: sqlite3.Connection) -> None:
            now = self._now()
            age.prune(conn, now, age.observe(conn, now), self.max_age, self.max_events)

        self._transaction("prune events", work)

    def drop(self, reasons: Mapping[str, str]) -> int:
        """Delete these unsent events for good (uuid -> reason, e.g. "withdrawn": the user
        withdrew their category), counting each under its reason. Events another sender
        holds a live lease on (on the wire now) are left to that sender's own check."""

        def work(conn: sqlite3.Connection) -> int:
            total = 0
            mine = f"(lease_owner IS NULL OR lease_owner = :owner OR {age.NOT_LEASED})"
            for uuid, reason in reasons.items():
                gone = conn.execute(
                    f"DELETE FROM outbox WHERE uuid = :uuid AND {mine}",
                    {"uuid": uuid, "owner": self.owner, "now": iso_utc(self._now())},
                ).rowcount
                age.count_drops(conn, reason, gone)
                total += gone
            return total

        return self._transaction("drop events", work)

    def drop_counts(self) -> Dict[str, int]:
        """How many unsent events were dropped so far, by reason (outbox_age.DROP_REASONS;
        reasons with none are left out), without resetting them: for `status`."""
        return self._transaction("read drop counts", age.drop_counts, begin="BEGIN")

    def drop_distinct_id(self, distinct_id: str) -> int:
        """After a data-removal request: forget every stored, unsent event of that id
        (counted as outbox_age.REMOVED_ID, like the sender's own drops of that id)."""

        def work(conn: sqlite3.Connection) -> int:
            gone = conn.execute("DELETE FROM outbox WHERE distinct_id = ?", (distinct_id,)).rowcount
            age.count_drops(conn, age.REMOVED_ID, gone)
            return gone

        return self._transaction("drop events", work)

    def clear_ledger(self) -> None:
        self._transaction("clear the ledger", ledger_rows.clear_ledger_rows)

    # -- reading (GUI thread: preview, status, data copy) --

    def stats(self) -> OutboxStats:
        return self._transaction("read the outbox", queries.stats, begin="BEGIN")

    def pending(self) -> List[Event]:
        """Events not yet delivered and not quarantined, oldest first (leased ones included)."""
        return self._transaction("read the outbox", queries.pending, begin="BEGIN")

    def quarantined(self) -> List[Tuple[Event, str]]:
        return self._transaction("read the outbox", queries.quarantined, begin="BEGIN")

    def ledger(self) -> List[LedgerEntry]:
        """What this computer sent, oldest first."""

        def work(conn: sqlite3.Connection) -> List[LedgerEntry]:
            try:
                return ledger_rows.read_ledger(conn)
            except (ValueError, TypeError) as exc:
                raise ContentDamaged(f"a ledger entry cannot be read back ({exc})") from exc

        return self._transaction("read the ledger", work, begin="BEGIN")

    def close(self) -> None:
        """Close the connection, whichever thread opened it (any thread; the next operation
        opens it again). Left open, it is closed when the Outbox is collected or at exit."""
        self._file.close()

    # -- internals --

    def _now(self) -> datetime:
        moment = self._clock()
        return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
