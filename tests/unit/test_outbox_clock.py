"""A wall clock that jumps, years forward or back, deletes no unsent event that has not
genuinely waited max_age on this machine; normal time still expires them."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import List, Set

import pytest

from freecad_telemetry.delivery import outbox_schema
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event, new_event

START = datetime(2024, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
TEN_YEARS = timedelta(days=3653)
MAX_AGE = timedelta(days=21)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def outbox(tmp_path: Path, clock: Clock) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite3", clock=clock, max_age=MAX_AGE)


def stamped_now(clock: Clock, n: int) -> List[Event]:
    """Events as a collector makes them: stamped with the (possibly wrong) wall clock."""
    return [new_event("e", "user-a", {"i": i}, when=clock.now) for i in range(n)]


def ids(events: List[Event]) -> Set[str]:
    return {e.uuid for e in events}


def use_daily(outbox: Outbox, clock: Clock, days: int) -> None:
    for _ in range(days):
        clock.now += timedelta(days=1)
        outbox.prune()


def test_a_clock_jumping_ten_years_ahead_deletes_nothing(outbox: Outbox, clock: Clock) -> None:
    stored = stamped_now(clock, 3)
    outbox.add(stored)
    clock.now += TEN_YEARS
    outbox.prune()
    outbox.add(stamped_now(clock, 1))  # storing prunes too

    assert ids(stored) <= ids(outbox.pending()) and len(outbox.pending()) == 4
    assert outbox.drop_counts().get("expired", 0) == 0
    # Time goes on normally from there: the jump counted as one day at most.
    use_daily(outbox, clock, 20)
    assert len(outbox.pending()) == 4
    use_daily(outbox, clock, 1)
    assert len(outbox.pending()) == 1 and outbox.drop_counts()["expired"] == 3


def test_a_clock_ten_years_behind_then_set_right_deletes_nothing(
    outbox: Outbox, clock: Clock
) -> None:
    before = stamped_now(clock, 2)
    outbox.add(before)
    clock.now -= TEN_YEARS  # e.g. a dead CMOS battery
    during = stamped_now(clock, 2)  # stamped ten years ago
    outbox.add(during)
    use_daily(outbox, clock, 3)
    clock.now = START + timedelta(days=4)  # set right again: a ten-year jump forward
    outbox.prune()
    outbox.add(stamped_now(clock, 1))

    assert ids(before + during) <= ids(outbox.pending())
    assert outbox.drop_counts().get("expired", 0) == 0


def test_time_passing_in_small_steps_expires_events_after_max_age(
    outbox: Outbox, clock: Clock
) -> None:
    first = stamped_now(clock, 2)
    outbox.add(first)
    step = timedelta(hours=6)
    while clock.now + step <= START + MAX_AGE:
        clock.now += step
        if clock.now == START + timedelta(days=5):
            later = stamped_now(clock, 1)
            outbox.add(later)
        outbox.prune()
    assert ids(first) <= ids(outbox.pending())  # exactly max_age: still kept

    clock.now += step  # 21 days 6 hours: genuinely old
    outbox.prune()
    assert outbox.pending() == later
    assert outbox.drop_counts() == {"expired": 2}


def test_over_the_cap_the_earliest_stored_go_first_whatever_their_timestamps(
    tmp_path: Path, clock: Clock
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3", clock=clock, max_events=3)
    kept = [new_event("e", "user-a", {"i": i}, when=START) for i in range(3)]
    outbox.add(kept[:1])
    outbox.add(kept[1:])
    # Made while the clock read ten years ago, stored last: not "the oldest".
    latest = new_event("e", "user-a", {"i": 9}, when=START - TEN_YEARS)
    outbox.add([latest])

    assert ids(outbox.pending()) == ids([kept[1], kept[2], latest])
    assert outbox.drop_counts()["overflow"] == 1


# The outbox table as version 0.1 created it (schema 1, without stored_elapsed).
SCHEMA_1 = """
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
    distinct_id TEXT NOT NULL, event_at TEXT NOT NULL, body TEXT NOT NULL,
    added_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT,
    lease_owner TEXT, lease_until TEXT, last_error TEXT, quarantine_reason TEXT,
    not_before TEXT);
CREATE INDEX outbox_by_age ON outbox (event_at, seq);
CREATE TABLE drop_counts (reason TEXT PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE ledger (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
    delivered_at TEXT NOT NULL, event TEXT NOT NULL, distinct_id TEXT NOT NULL,
    timestamp TEXT NOT NULL, properties TEXT NOT NULL);
PRAGMA user_version = 1;
"""


def test_events_stored_by_the_previous_version_count_their_age_from_now(
    tmp_path: Path, clock: Clock
) -> None:
    path = tmp_path / "outbox.sqlite3"
    old = new_event("e", "user-a", {"i": 1}, when=START - timedelta(days=400))
    conn = sqlite3.connect(str(path))
    conn.executescript(SCHEMA_1)
    conn.execute(
        "INSERT INTO outbox (uuid, distinct_id, event_at, body, added_at) VALUES (?, ?, ?, ?, ?)",
        (old.uuid, old.distinct_id, old.timestamp, old.to_json(), old.timestamp),
    )
    conn.commit()
    conn.close()

    outbox = Outbox(path, clock=clock, max_age=MAX_AGE)
    clock.now += TEN_YEARS
    outbox.prune()
    assert outbox.pending() == [old]
    assert sqlite3.connect(str(path)).execute("PRAGMA user_version").fetchone()[0] == 1
    use_daily(outbox, clock, 21)  # counted from the first reading of this version
    assert outbox.pending() == [old]
    clock.now += timedelta(seconds=1)
    outbox.prune()
    assert outbox.pending() == []


def test_storing_stays_fast_with_a_full_outbox(tmp_path: Path) -> None:
    """Expiry by the outbox's clock must not read every stored event at each store (FreeCAD's
    GUI thread stores the session's last event at quit)."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.add([new_event("e", "user-a", {"pad": "x" * 300, "i": i}) for i in range(5000)])
    timings = []
    for _ in range(31):
        batch = [new_event("e", "user-a", {"i": i}) for i in range(6)]
        started = time.perf_counter()
        outbox.add(batch)
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[15] < 0.005


def test_a_clock_set_back_does_not_hold_events_for_years(outbox: Outbox, clock: Clock) -> None:
    stored = stamped_now(clock, 1)
    outbox.add(stored)
    outbox.mark_failed([e.uuid for e in outbox.claim()], "HTTP 429", retry_after=3600)
    clock.now -= TEN_YEARS
    outbox.begin_session(lambda owner: False)

    assert outbox.claim() == stored


def test_a_read_only_store_of_the_previous_version_can_still_be_read(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.executescript(SCHEMA_1)
    conn.close()
    read_only = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        outbox_schema._add_missing(read_only)  # what opening does; no write is possible here
        assert read_only.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)
    finally:
        read_only.close()
