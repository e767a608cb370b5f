"""A damaged outbox gives back every row SQLite can still read, with its uuid unchanged, and
its set-aside copies stay bounded."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, Set, Tuple
from urllib.parse import quote

import pytest

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event, new_event

START = datetime(2024, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
PAGE = 4096


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def _build_store(path: Path) -> Tuple[Dict[str, Event], Set[str]]:
    """300 events of ~1 kB (many pages), the oldest 60 delivered, a session counter at 7."""
    outbox = Outbox(path, clock=Clock())
    events = [
        new_event("e", "user-a", {"pad": "x" * 800, "i": i}, START + timedelta(seconds=i))
        for i in range(300)
    ]
    outbox.add(events)
    delivered = [e.uuid for e in outbox.claim(limit=60)]
    outbox.mark_delivered(delivered)
    for _ in range(7):
        outbox.next_counter("session")
    outbox.close()  # the last connection checkpoints the WAL into the file
    return {e.uuid: e for e in events}, set(delivered)


def _readable_by_sqlite(path: Path, table: str, column: str, events: Dict[str, Event]) -> Set[str]:
    """The oracle: uuids of the rows SQLite can read one by one, by row number, in a copy of
    the damaged file, and read back as they were written."""
    copy = path.with_name("oracle-copy")
    copy.write_bytes(path.read_bytes())
    conn = sqlite3.connect("file:" + quote(str(copy)) + "?immutable=1", uri=True)
    conn.execute("PRAGMA writable_schema = ON")  # a truncated file is read, not refused
    found = set()
    try:
        for seq in range(1, 400):
            try:
                row = conn.execute(
                    f"SELECT uuid, {column} FROM {table} WHERE seq = ?", (seq,)
                ).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None and _as_written(row, table, events):
                found.add(row[0])
    finally:
        conn.close()
        copy.unlink()
    return found


def _as_written(row: Tuple[str, str], table: str, events: Dict[str, Event]) -> bool:
    uuid, text = row
    if uuid not in events:
        return False
    try:
        if table == "outbox":
            return Event.from_json(text) == events[uuid]
        return json.loads(text) == events[uuid].properties
    except ValueError:  # the text is damaged
        return False


def _truncate(fraction: float):
    def damage(data: bytes) -> bytes:
        return data[: int(len(data) * fraction)]

    return damage


def _garbage(*fractions: float):
    def damage(data: bytes) -> bytes:
        noise = random.Random(9)
        out = bytearray(data)
        for fraction in fractions:
            start = int(len(data) * fraction) // PAGE * PAGE + 100
            out[start : start + 3 * PAGE] = bytes(noise.randrange(256) for _ in range(3 * PAGE))
        return bytes(out)

    return damage


DAMAGE = {
    "truncated at 30%": _truncate(0.3),
    "truncated at 55%": _truncate(0.55),
    "truncated at 80%": _truncate(0.8),
    "truncated mid-page near the end": _truncate(0.97),
    "garbage in the middle": _garbage(0.5),
    "garbage in two places": _garbage(0.35, 0.7),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=list(DAMAGE))
def test_every_row_sqlite_can_still_read_comes_back_with_its_uuid(tmp_path: Path, damage) -> None:
    path = tmp_path / "outbox.sqlite3"
    events, delivered = _build_store(path)
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)
    readable_pending = _readable_by_sqlite(path, "outbox", "body", events)
    readable_sent = _readable_by_sqlite(path, "ledger", "properties", events)
    assert readable_pending, "the damage left nothing readable: the test would prove nothing"

    resets: List[str] = []
    outbox = Outbox(path, clock=Clock(), on_reset=resets.append)
    pending = outbox.pending()  # FreeCAD's first use: no exception, whatever the damage
    sent = {entry.event.uuid for entry in outbox.ledger()}

    assert readable_pending <= {e.uuid for e in pending}
    assert all(events[e.uuid] == e for e in pending)  # unchanged, none made up
    assert not {e.uuid for e in pending} & delivered  # nothing sent comes back to be sent
    assert readable_sent <= sent <= delivered
    assert outbox.next_counter("session") == 8 or "counters" not in _tables_readable(path)
    assert len(resets) == 1 and f"{len(pending) + len(sent)} of its events recovered" in resets[0]
    set_aside = list(tmp_path.glob("outbox.sqlite3.corrupt-*"))
    assert [p.read_bytes() for p in set_aside if p.name.endswith("Z")] == [damaged]

    # Sent again: each uuid once, the same uuids as before the damage.
    outbox.mark_delivered([e.uuid for e in outbox.claim(limit=1000)])
    ledger = [entry.event.uuid for entry in outbox.ledger()]
    assert len(ledger) == len(set(ledger))
    assert {e.uuid for e in pending} | sent == set(ledger)


def _tables_readable(path: Path) -> Set[str]:
    copy = next(path.parent.glob("outbox.sqlite3.corrupt-*Z"))
    conn = sqlite3.connect("file:" + quote(str(copy)) + "?immutable=1", uri=True)
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("SELECT value FROM counters").fetchall()
        return {"counters"}
    except sqlite3.DatabaseError:
        return set()
    finally:
        conn.close()


def test_a_file_with_nothing_readable_still_gives_a_working_outbox(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    resets: List[str] = []
    outbox = Outbox(path, clock=Clock(), on_reset=resets.append)
    assert outbox.pending() == []
    outbox.add([new_event("e", "user-a")])
    assert len(outbox.pending()) == 1 and len(resets) == 1


def test_set_aside_copies_are_bounded_and_the_newest_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    # One from a clock that was years ahead: it must not push out the copies made after it.
    future = tmp_path / "outbox.sqlite3.corrupt-20990101T000000Z"
    future.write_bytes(b"from a wrong clock")
    clock = Clock()
    for n in range(5):
        clock.now = START + timedelta(days=n)
        path.write_bytes(b"damaged %d " % n * 100)
        Outbox(path, clock=clock).add([new_event("e", "user-a")])

    copies = sorted(p.name for p in tmp_path.glob("outbox.sqlite3.corrupt-*Z"))
    assert len(copies) == 3
    assert len(list(tmp_path.glob("outbox.sqlite3.corrupt-*-wal"))) <= 3
    assert "outbox.sqlite3.corrupt-20240305T120000Z" in copies  # the last one set aside


def test_random_damage_never_raises_and_never_makes_up_or_repeats_an_event(
    tmp_path: Path,
) -> None:
    built = tmp_path / "built.sqlite3"
    events, delivered = _build_store(built)
    original = built.read_bytes()
    for seed in range(12):
        noise = random.Random(seed)
        damaged = bytearray(original)
        for _ in range(noise.randrange(1, 6)):
            start = noise.randrange(len(damaged))
            length = noise.choice([1, 16, 200, PAGE, 5 * PAGE])
            damaged[start : start + length] = bytes(noise.randrange(256) for _ in range(length))
        if noise.random() < 0.3:
            damaged = damaged[: noise.randrange(len(damaged))]
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        (folder / "outbox.sqlite3").write_bytes(bytes(damaged))

        outbox = Outbox(folder / "outbox.sqlite3", clock=Clock(), on_reset=lambda reason: None)
        pending = outbox.pending()
        sent = [entry.event.uuid for entry in outbox.ledger()]
        outbox.add([new_event("e", "user-a")])  # and it goes on working
        outbox.close()

        # (A byte changed inside a row's text is not damage SQLite can see: it is read as is.)
        assert {e.uuid for e in pending} <= set(events) - delivered, seed
        assert len(pending) == len({e.uuid for e in pending}), seed
        assert len(sent) == len(set(sent)) and set(sent) <= delivered, seed
        assert not {e.uuid for e in pending} & set(sent), seed


@pytest.mark.parametrize(
    "garbled",
    ["CAST(X'7B22FFFE' AS TEXT)", '\'{"event": "e", "uuid": \'', "'[1, 2]'"],
    ids=["not UTF-8", "cut JSON", "not an event"],
)
def test_rows_that_cannot_be_read_back_do_not_stop_the_others(tmp_path: Path, garbled: str) -> None:
    """Damage inside a row's text passes SQLite's own check: without salvage one such row
    made every claim fail, so nothing was ever sent again."""
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path, clock=Clock())
    good = [new_event("e", "user-a", {"i": i}, START) for i in range(4)]
    outbox.add(good)
    outbox.mark_delivered([good[0].uuid])
    outbox.close()
    conn = sqlite3.connect(str(path))
    conn.execute(f"UPDATE outbox SET body = {garbled} WHERE uuid = ?", (good[2].uuid,))
    conn.execute(f"UPDATE ledger SET properties = {garbled} WHERE uuid = ?", (good[0].uuid,))
    conn.commit()
    conn.close()

    resets: List[str] = []
    outbox = Outbox(path, clock=Clock(), on_reset=resets.append)
    assert outbox.claim(limit=10) == [good[1], good[3]]
    assert outbox.pending() == [good[1], good[3]] and outbox.ledger() == []
    assert len(resets) == 1 and "2 of its events recovered" in resets[0]
