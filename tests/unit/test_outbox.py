"""The outbox keeps every event until PostHog accepted it, once, across threads and processes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from freecad_telemetry.delivery import outbox_file
from freecad_telemetry.delivery.ledger import LedgerEntry, export_ledger
from freecad_telemetry.delivery.outbox import Outbox, OutboxUnavailable
from freecad_telemetry.delivery.outbox_retry import retry_delay
from freecad_telemetry.events import Event, new_event, parse_utc

REPO_ROOT = Path(__file__).resolve().parents[2]
START = datetime(2024, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


def make_outbox(path: Path, clock: FakeClock, **options: Any) -> Outbox:
    return Outbox(path, clock=clock, **options)


def event(n: int, when: Optional[datetime] = None, distinct_id: str = "user-a") -> Event:
    return new_event("test_event", distinct_id, {"n": n, "text": "é ✓"}, when=when or START)


def uuids(events: List[Event]) -> List[str]:
    return [e.uuid for e in events]


def run_python(script: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


# -- durability and idempotence --


def test_stored_events_survive_reopening_the_store(store_path: Path, clock: FakeClock) -> None:
    events = [event(i) for i in range(3)]
    first = make_outbox(store_path, clock)
    first.add(events)
    first.close()

    assert make_outbox(store_path, clock).pending() == events


def test_adding_the_same_uuid_again_stores_it_once(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock)
    e = event(1)
    outbox.add([e])
    outbox.add([e, e])
    assert outbox.pending() == [e]

    outbox.mark_delivered(uuids(outbox.claim()))
    outbox.add([e])  # a late re-add of a delivered event must not send it twice
    assert outbox.pending() == []
    assert [entry.event for entry in outbox.ledger()] == [e]


def test_adding_a_few_events_is_fast_on_a_warm_store(store_path: Path) -> None:
    outbox = Outbox(store_path)
    outbox.add([event(0)])
    timings = []
    for _ in range(31):
        batch = [new_event("edit", "user-a", {"i": i, "pad": "x" * 200}) for i in range(6)]
        started = time.perf_counter()
        outbox.add(batch)
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[15] < 0.005


# -- claims and leases --


def test_claim_gives_the_oldest_due_events_and_leases_them(
    store_path: Path, clock: FakeClock
) -> None:
    newest, oldest, middle = (
        event(1, START - timedelta(minutes=1)),
        event(2, START - timedelta(minutes=9)),
        event(3, START - timedelta(minutes=5)),
    )
    this_process = make_outbox(store_path, clock)
    other_process = make_outbox(store_path, clock)
    this_process.add([newest, oldest, middle])

    assert this_process.claim(limit=2) == [oldest, middle]
    assert other_process.claim(limit=5) == [newest]
    assert this_process.claim() == []
    assert other_process.claim() == []


def test_an_expired_lease_can_be_claimed_again(store_path: Path, clock: FakeClock) -> None:
    killed_process = make_outbox(store_path, clock)
    survivor = make_outbox(store_path, clock)
    killed_process.add([event(1)])
    claimed = killed_process.claim(lease=timedelta(seconds=60))

    clock.advance(seconds=59)
    assert survivor.claim() == []
    clock.advance(seconds=1)
    assert survivor.claim() == claimed


def test_release_gives_events_back_without_counting_an_attempt(
    store_path: Path, clock: FakeClock
) -> None:
    outbox = make_outbox(store_path, clock)
    outbox.add([event(1)])
    claimed = outbox.claim()
    outbox.release(uuids(claimed))
    assert outbox.claim() == claimed

    outbox.mark_failed(uuids(claimed), "offline")
    clock.advance(seconds=30)  # first failure: 30 s, so the release did not count
    assert outbox.claim() == claimed


def test_failed_events_wait_longer_after_each_failure(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock)
    outbox.add([event(1)])
    waits = []
    for _ in range(4):
        claimed = outbox.claim()
        assert len(claimed) == 1
        outbox.mark_failed(uuids(claimed), "HTTP 503\nwith a body")
        waited = 0
        while not _peek_claim(outbox) and waited < 7 * 3600:  # bounded: a bug must not hang
            clock.advance(seconds=10)
            waited += 10
        waits.append(waited)
    assert waits == [30, 60, 120, 240]


def _peek_claim(outbox: Outbox) -> bool:
    claimed = outbox.claim()
    outbox.release(uuids(claimed))
    return bool(claimed)


def test_failure_waits_at_least_the_servers_retry_after(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock)
    outbox.add([event(1)])
    outbox.mark_failed(uuids(outbox.claim()), "HTTP 429", retry_after=600)
    clock.advance(seconds=599)
    assert outbox.claim() == []
    clock.advance(seconds=1)
    assert len(outbox.claim()) == 1


def test_retry_delay_is_capped_at_six_hours() -> None:
    assert retry_delay(1) == 30
    assert retry_delay(2) == 60
    assert retry_delay(50) == 6 * 3600
    assert retry_delay(1, retry_after=5) == 30
    assert retry_delay(1, retry_after=float("nan")) == 30


def test_quarantined_events_are_kept_but_never_claimed(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock)
    bad, good = event(1), event(2)
    outbox.add([bad, good])
    outbox.claim()
    outbox.quarantine([bad.uuid], "HTTP 400: invalid payload")
    outbox.release([good.uuid])

    clock.advance(days=1)
    assert outbox.claim() == [good]
    assert outbox.quarantined() == [(bad, "HTTP 400: invalid payload")]
    assert outbox.pending() == [good]
    stats = outbox.stats()
    assert (stats.pending, stats.quarantined) == (1, 1)


# -- delivery and the ledger --


def test_delivered_events_move_to_the_ledger_once(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock)
    other_process = make_outbox(store_path, clock)
    events = [event(1), event(2, START + timedelta(seconds=1))]
    outbox.add(events)
    outbox.claim()
    clock.advance(minutes=5)
    outbox.mark_delivered(uuids(events))
    other_process.mark_delivered(uuids(events))  # a late duplicate report

    assert outbox.pending() == []
    assert other_process.ledger() == [LedgerEntry(clock.now, e) for e in events]
    stats = outbox.stats()
    assert (stats.pending, stats.delivered, stats.last_delivery) == (0, 2, clock.now)
    outbox.clear_ledger()
    assert outbox.ledger() == []
    assert outbox.stats().delivered == 0


def test_ledger_keeps_only_the_newest_entries(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock, max_ledger_entries=3)
    events = [event(i, START + timedelta(seconds=i)) for i in range(5)]
    outbox.add(events)
    outbox.mark_delivered(uuids(outbox.claim()))
    assert [entry.event for entry in outbox.ledger()] == events[2:]


def _delivered_ledger(store_path: Path, clock: FakeClock) -> List[LedgerEntry]:
    outbox = make_outbox(store_path, clock)
    outbox.add(
        [
            new_event("start", "user-a", {"version": "0.20.2", "nested": {"a": [1, 2]}}, START),
            new_event("quit", "user-a", {"text": 'comma, "quote"\nnewline é'}, START),
        ]
    )
    clock.advance(seconds=3)
    outbox.mark_delivered(uuids(outbox.claim()))
    return outbox.ledger()


def test_ledger_export_as_csv_reads_back_the_same(store_path: Path, clock: FakeClock) -> None:
    entries = _delivered_ledger(store_path, clock)
    out = io.StringIO()
    export_ledger(entries, "csv", out)

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [
        "delivered_at",
        "event",
        "uuid",
        "distinct_id",
        "timestamp",
        "properties",
    ]
    parsed = [
        LedgerEntry(
            parse_utc(row["delivered_at"]),
            Event(
                row["event"],
                row["distinct_id"],
                json.loads(row["properties"]),
                row["uuid"],
                row["timestamp"],
            ),
        )
        for row in rows
    ]
    assert parsed == entries


def test_ledger_export_as_json_reads_back_the_same(store_path: Path, clock: FakeClock) -> None:
    entries = _delivered_ledger(store_path, clock)
    out = io.StringIO()
    export_ledger(entries, "json", out)

    parsed = [
        LedgerEntry(parse_utc(item.pop("delivered_at")), Event.from_dict(item))
        for item in json.loads(out.getvalue())
    ]
    assert parsed == entries
    with pytest.raises(ValueError):
        export_ledger(entries, "xml", io.StringIO())


def test_drop_distinct_id_forgets_only_that_users_events(
    store_path: Path, clock: FakeClock
) -> None:
    outbox = make_outbox(store_path, clock)
    kept = event(3, distinct_id="user-b")
    outbox.add([event(1, distinct_id="user-a"), event(2, distinct_id="user-a"), kept])
    outbox.quarantine([outbox.pending()[0].uuid], "HTTP 400")

    assert outbox.drop_distinct_id("user-a") == 2
    assert outbox.pending() == [kept]
    assert outbox.quarantined() == []


# -- bounds --


def test_prune_drops_events_older_than_max_age_and_reports_them_once(
    store_path: Path, clock: FakeClock
) -> None:
    outbox = make_outbox(store_path, clock, max_age=timedelta(days=21))
    outbox.add([event(2), event(3)])
    fresh = event(1, START + timedelta(days=2))
    for day in range(1, 22):  # FreeCAD used every day; age is time waited on this machine
        clock.advance(days=1)
        outbox.add([fresh] if day == 2 else [])
        outbox.prune()
    assert len(outbox.pending()) == 3
    clock.advance(seconds=1)
    outbox.prune()

    assert outbox.pending() == [fresh]
    later_session = make_outbox(store_path, clock)
    assert later_session.drop_counts() == {"expired": 2}  # counted in the file, for `status`


def test_store_keeps_the_newest_events_up_to_max_events(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock, max_events=5)
    events = [event(i, START + timedelta(seconds=i)) for i in range(8)]
    for e in events:
        outbox.add([e])

    assert outbox.pending() == events[3:]
    assert outbox.drop_counts() == {"overflow": 3}


def test_events_being_sent_are_not_pruned(store_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(store_path, clock, max_age=timedelta(hours=1))
    e = event(1)
    outbox.add([e])
    outbox.claim(lease=timedelta(hours=2))
    clock.advance(hours=1, seconds=1)
    outbox.prune()
    outbox.mark_delivered([e.uuid])
    assert [entry.event for entry in outbox.ledger()] == [e]
    assert outbox.drop_counts() == {}


# -- damaged or unusable stores --


def _assert_reset_to_a_fresh_store(store_path: Path, clock: FakeClock, damaged: bytes) -> None:
    resets: List[str] = []
    outbox = make_outbox(store_path, clock, on_reset=resets.append)
    assert outbox.pending() == []
    outbox.add([event(1)])
    assert len(outbox.pending()) == 1
    make_outbox(store_path, clock, on_reset=resets.append).add([event(2)])

    assert len(resets) == 1 and "\n" not in resets[0]
    set_aside = sorted(store_path.parent.glob(store_path.name + ".corrupt-*"))
    assert [p.name for p in set_aside] == [store_path.name + ".corrupt-20240301T120000Z"]
    assert set_aside[0].read_bytes() == damaged


def test_a_file_that_is_not_a_database_is_set_aside(store_path: Path, clock: FakeClock) -> None:
    garbage = bytes(range(256)) * 40
    store_path.write_bytes(garbage)
    _assert_reset_to_a_fresh_store(store_path, clock, garbage)


def test_a_reset_seen_by_a_reader_without_a_log_prints_nothing(
    store_path: Path, clock: FakeClock, capfd: pytest.CaptureFixture[str]
) -> None:
    """Inside FreeCAD stderr is the Report view: the preview or a removal request opening a
    damaged store says nothing there (the session that owns the outbox logs resets)."""
    store_path.write_bytes(b"not a database" * 100)
    assert make_outbox(store_path, clock).pending() == []
    assert capfd.readouterr() == ("", "")


def test_a_failing_reset_log_is_not_an_error_of_the_outbox(
    store_path: Path, clock: FakeClock, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken_log(reason: str) -> None:
        raise OSError("the log is gone")

    store_path.write_bytes(b"not a database" * 100)
    outbox = make_outbox(store_path, clock, on_reset=broken_log)
    outbox.add([event(1)])
    assert len(outbox.pending()) == 1 and capfd.readouterr() == ("", "")


def test_a_truncated_database_is_set_aside_after_its_readable_rows_are_recovered(
    store_path: Path, clock: FakeClock
) -> None:
    outbox = make_outbox(store_path, clock)
    events = [new_event("e", "user-a", {"pad": "x" * 800, "i": i}, START) for i in range(300)]
    outbox.add(events)
    outbox.close()
    truncated = store_path.read_bytes()[: store_path.stat().st_size // 2]
    store_path.write_bytes(truncated)

    recovered = make_outbox(store_path, clock).pending()
    assert 0 < len(recovered) < 300 and all(e in events for e in recovered)
    set_aside = sorted(store_path.parent.glob(store_path.name + ".corrupt-*"))
    assert [p.name for p in set_aside] == [store_path.name + ".corrupt-20240301T120000Z"]
    assert set_aside[0].read_bytes() == truncated  # (test_outbox_salvage checks every row)


def test_the_reset_callback_can_store_an_event_about_the_reset(
    store_path: Path, clock: FakeClock
) -> None:
    store_path.write_bytes(b"garbage" * 100)
    outbox: Outbox

    def report_reset(reason: str) -> None:
        outbox.add([new_event("outbox_reset", "user-a", {"reason": reason}, START)])

    outbox = make_outbox(store_path, clock, on_reset=report_reset)
    outbox.add([event(1)])
    assert [e.name for e in outbox.pending()] == ["outbox_reset", "test_event"]


def test_a_store_from_a_newer_version_is_set_aside(store_path: Path, clock: FakeClock) -> None:
    make_outbox(store_path, clock).add([event(1)])
    with sqlite3.connect(str(store_path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    resets: List[str] = []
    outbox = make_outbox(store_path, clock, on_reset=resets.append)
    assert outbox.pending() == []
    assert len(resets) == 1 and "newer" in resets[0]
    assert list(store_path.parent.glob(store_path.name + ".corrupt-*"))


def test_a_deleted_store_is_recreated_instead_of_writing_into_the_void(
    store_path: Path, clock: FakeClock
) -> None:
    outbox = make_outbox(store_path, clock)
    outbox.add([event(1)])
    for suffix in ("", "-wal", "-shm"):
        Path(str(store_path) + suffix).unlink()
    e = event(2)
    outbox.add([e])
    assert make_outbox(store_path, clock).pending() == [e]


def test_a_missing_folder_makes_the_outbox_unavailable(tmp_path: Path, clock: FakeClock) -> None:
    outbox = make_outbox(tmp_path / "missing" / "outbox.sqlite3", clock)
    with pytest.raises(OutboxUnavailable) as raised:
        outbox.add([event(1)])
    assert "\n" not in str(raised.value)
    with pytest.raises(OutboxUnavailable):
        outbox.stats()


def test_a_file_in_place_of_the_folder_makes_the_outbox_unavailable(
    tmp_path: Path, clock: FakeClock
) -> None:
    (tmp_path / "folder").write_text("not a folder")
    outbox = make_outbox(tmp_path / "folder" / "outbox.sqlite3", clock)
    with pytest.raises(OutboxUnavailable):
        outbox.add([event(1)])


@pytest.mark.skipif(
    sys.platform == "win32" or getattr(os, "geteuid", lambda: 1)() == 0,
    reason="folder permissions do not stop root (or apply this way on Windows)",
)
def test_an_unwritable_folder_makes_the_outbox_unavailable(
    tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutboxUnavailable):
            make_outbox(folder / "outbox.sqlite3", clock).add([event(1)])
    finally:
        folder.chmod(0o700)


def test_a_full_disk_keeps_the_events_already_stored(
    store_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = [event(i) for i in range(3)]
    make_outbox(store_path, clock).add(stored)
    real_configure = outbox_file.configure

    def configure_with_no_room_left(conn: sqlite3.Connection) -> None:
        real_configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(outbox_file, "configure", configure_with_no_room_left)
    full = make_outbox(store_path, clock)
    with pytest.raises(OutboxUnavailable) as raised:
        full.add([new_event("big", "user-a", {"pad": "x" * 200_000}, START)])
    assert "full" in str(raised.value)
    monkeypatch.undo()

    assert make_outbox(store_path, clock).pending() == stored


# -- threads and processes --


def test_threads_sharing_one_outbox_claim_each_event_once(store_path: Path) -> None:
    outbox = Outbox(store_path)
    added: List[str] = []
    claimed: List[str] = []
    adding_done = threading.Event()
    errors: List[BaseException] = []

    def add_events() -> None:
        try:
            for _ in range(40):
                batch = [new_event("e", "user-a") for _ in range(3)]
                outbox.add(batch)
                added.extend(uuids(batch))
        except BaseException as exc:  # surfaced below: a thread's exception is otherwise lost
            errors.append(exc)

    def claim_events() -> None:
        try:
            while True:
                adding_was_done = adding_done.is_set()  # before the claim, so none can follow
                got = outbox.claim(limit=4)
                claimed.extend(uuids(got))
                outbox.mark_delivered(uuids(got))
                if not got and adding_was_done:
                    return
        except BaseException as exc:
            errors.append(exc)

    adders = [threading.Thread(target=add_events) for _ in range(2)]
    claimers = [threading.Thread(target=claim_events) for _ in range(2)]
    for thread in adders + claimers:
        thread.start()
    for thread in adders:
        thread.join()
    adding_done.set()
    for thread in claimers:
        thread.join()

    assert errors == []
    assert len(added) == 240
    assert Counter(claimed) == Counter(added)
    assert sorted(uuids([entry.event for entry in outbox.ledger()])) == sorted(added)


WORKER = """
    import json, sys
    from pathlib import Path
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.events import new_event

    outbox = Outbox(Path(sys.argv[1]))
    added, claimed = [], []
    for i in range(int(sys.argv[2])):
        event = new_event("e", sys.argv[3], {"i": i})
        outbox.add([event])
        added.append(event.uuid)
        got = [e.uuid for e in outbox.claim(limit=3)]
        claimed.extend(got)
        outbox.mark_delivered(got)
    print(json.dumps({"added": added, "claimed": claimed}))
"""


def test_two_processes_adding_and_claiming_claim_each_event_once(store_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(WORKER), str(store_path), "150", name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("process-a", "process-b")
    ]
    results: List[Dict[str, List[str]]] = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        results.append(json.loads(out))

    outbox = Outbox(store_path)
    leftovers = uuids(outbox.claim(limit=1000))
    outbox.mark_delivered(leftovers)
    added = [u for r in results for u in r["added"]]
    claimed = [u for r in results for u in r["claimed"]] + leftovers

    assert len(added) == 300
    assert Counter(claimed) == Counter(added)
    assert outbox.pending() == []
    assert sorted(uuids([entry.event for entry in outbox.ledger()])) == sorted(added)


needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")


@needs_sigkill
def test_events_committed_before_a_sigkill_are_kept(store_path: Path) -> None:
    result = run_python(
        """
        import os, signal, sys
        from pathlib import Path
        from freecad_telemetry.delivery.outbox import Outbox
        from freecad_telemetry.events import new_event

        outbox = Outbox(Path(sys.argv[1]))
        for i in range(20):
            outbox.add([new_event("e", "killed", {"i": i})])
        os.kill(os.getpid(), signal.SIGKILL)
        """,
        str(store_path),
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert [e.properties["i"] for e in Outbox(store_path).pending()] == list(range(20))


@needs_sigkill
def test_a_writer_killed_mid_transaction_does_not_block_or_leak(
    store_path: Path, clock: FakeClock
) -> None:
    kept = event(1)
    make_outbox(store_path, clock).add([kept])
    result = run_python(
        """
        import os, signal, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM outbox")
        os.kill(os.getpid(), signal.SIGKILL)
        """,
        str(store_path),
    )
    assert result.returncode == -signal.SIGKILL, result.stderr

    outbox = make_outbox(store_path, clock)
    started = time.monotonic()
    added = event(2)
    outbox.add([added])
    assert time.monotonic() - started < 1.0
    assert outbox.pending() == [kept, added]
