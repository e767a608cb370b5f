"""Recovering the readable rows of a damaged outbox file, and bounding its set-aside copies.

Runs in OutboxFile._open_store (on whichever thread made the outbox's first operation, with
the outbox's lock held), only when the file failed its check: rare, so it is thorough rather
than fast. The damaged file is only read (read-only, its bytes stay as they were); the rows
are copied into the fresh store with their uuids unchanged, so an event sent before the damage
is recognised as sent and one not yet sent is sent once.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from freecad_telemetry.events import Event

# The ledger first: an event found there is delivered and must not come back to the outbox.
TABLES = ("ledger", "outbox", "counters", "drop_counts", "clock")
# A file holding more is not one we wrote (the outbox keeps 5,000 events, the ledger 20,000).
MAX_ROWS_PER_TABLE = 100_000
# Seeks spent finding the end of each damaged region (about 130 for one region).
MAX_PROBES = 20_000
# Row numbers looked up one by one below the highest known (at most about a second per
# table), and above it, for rows past a damaged sqlite_sequence. The ledger keeps its newest
# 20,000; an unsent event numbered 50,000 below the newest is weeks old, so expired anyway.
SWEEP_SPAN = 50_000
SWEEP_MARGIN = 1_000
KEEP_SET_ASIDE = 3
_LOWEST_ROWID = -(2**63)
_HIGHEST_ROWID = 2**63 - 1
_PLAIN = re.compile(r"^[a-z_]{1,40}$")

Row = Dict[str, Any]
Salvage = Dict[str, List[Row]]


def read_salvage(path: Path) -> Salvage:
    """Every row of our tables that SQLite can still read in the file at `path`, per table
    (columns by name, without the row number). Never raises: an unreadable file gives none."""
    salvage: Salvage = {}
    conn = _open_read_only(path)
    if conn is None:
        return salvage
    try:
        for table in TABLES:
            rows = _salvage_table(conn, table)
            if rows:
                salvage[table] = rows
    except sqlite3.Error:  # whatever a damaged file does, opening goes on with what was read
        pass
    finally:
        conn.close()
    return salvage


def _salvage_table(conn: sqlite3.Connection, table: str) -> List[Row]:
    # Only plain names go into a query: the schema of a damaged file is not trusted.
    names = _columns_or_none(conn, table) or ()
    columns = [c for c in names if _PLAIN.match(c) and c != "seq"]
    if not columns:
        return []
    check = _VALID.get(table, lambda row: True)
    scanned = _readable_rows(conn, table, columns)
    rows = {key: row for key, row in scanned.items() if _is_valid(check, row)}
    _sweep(conn, table, columns, rows, check)
    return [rows[key] for key in sorted(rows)]


def count_events(salvage: Salvage) -> int:
    return len(salvage.get("outbox", ())) + len(salvage.get("ledger", ()))


def restore(conn: sqlite3.Connection, salvage: Salvage) -> None:
    """Copy salvaged rows into a fresh store (inside the caller's transaction). Rows are
    numbered anew in their old order; a uuid the store already has, or has delivered, is
    skipped; counters and the outbox's clock keep the larger value; drop counts add up."""
    for table in ("counters", "clock"):  # the outbox's clock too: ages stay as they were
        for row in salvage.get(table, []):
            conn.execute(f"INSERT OR IGNORE INTO {table} VALUES (?, 0)", (row["name"],))
            conn.execute(
                f"UPDATE {table} SET value = MAX(value, ?) WHERE name = ?",
                (row["value"], row["name"]),
            )
    for row in salvage.get("drop_counts", []):
        conn.execute("INSERT OR IGNORE INTO drop_counts VALUES (?, 0)", (row["reason"],))
        conn.execute(
            "UPDATE drop_counts SET count = count + ? WHERE reason = ?",
            (row["count"], row["reason"]),
        )
    for table, condition in (
        ("ledger", ""),
        ("outbox", " WHERE NOT EXISTS (SELECT 1 FROM ledger WHERE uuid = :uuid)"),
    ):
        columns = set(_columns(conn, table)) - {"seq"}
        for row in salvage.get(table, []):
            names = [name for name in row if name in columns]
            conn.execute(
                f"INSERT OR IGNORE INTO {table} ({', '.join(names)})"
                f" SELECT {', '.join(':' + name for name in names)}{condition}",
                {name: row[name] for name in names},
            )


def prune_set_aside(path: Path, keep: int = KEEP_SET_ASIDE, newest: Optional[str] = None) -> None:
    """Remove all but `keep` set-aside copies of `path` (with their -wal/-shm). The copy just
    made (`newest`) is always kept, whatever the clock said when the others were named; of the
    rest, those with the latest names. Never raises."""
    pattern = re.compile(re.escape(path.name) + r"\.corrupt-(\d{8}T\d{6}Z)(?:-(\d+))?$")
    try:
        names = [name for name in os.listdir(str(path.parent)) if pattern.match(name)]
    except OSError:
        return

    def order(name: str) -> Tuple[str, int]:
        found = pattern.match(name)
        assert found is not None
        return (found.group(1), int(found.group(2) or 1))

    others = sorted((n for n in names if n != newest), key=order, reverse=True)
    kept = 1 if newest in names else 0
    for name in others[max(keep - kept, 0) :]:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(str(path.parent / (name + suffix)))
            except OSError:
                pass


# -- reading --


def _open_read_only(path: Path) -> Optional[sqlite3.Connection]:
    """A connection that cannot change the file. Without a WAL file, immutable (SQLite then
    creates no -wal/-shm beside it); with one, read-only so that the WAL's commits are seen,
    or immutable if that cannot be opened (the WAL's last commits are then not seen)."""
    uri = path.resolve().as_uri()  # file:///C:/... on Windows, percent-encoded
    has_wal = os.path.exists(str(path) + "-wal")
    for flags in ("?mode=ro", "?immutable=1") if has_wal else ("?immutable=1",):
        conn = None
        try:
            conn = sqlite3.connect(uri + flags, uri=True, isolation_level=None)
            conn.execute("PRAGMA query_only = 1")
            # Lets SQLite read a file shorter than its header says (truncated) instead of
            # refusing it whole; nothing is written (read-only, query_only).
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("SELECT name FROM sqlite_master").fetchall()
            return conn
        except (sqlite3.Error, OSError, ValueError):
            if conn is not None:
                conn.close()
    return None


def _readable_rows(conn: sqlite3.Connection, table: str, columns: List[str]) -> Dict[int, Row]:
    """The table's rows by row number, read in order. A read that fails mid-way (a damaged
    page) goes on after the damaged part, so one bad page costs the rows on it, not the rows
    after it (as far as the table's inner pages still lead there)."""
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid"
    rows: Dict[int, Row] = {}
    lower: Optional[int] = _LOWEST_ROWID
    budget = [MAX_PROBES]
    while lower is not None and len(rows) < MAX_ROWS_PER_TABLE:
        try:
            for found in conn.execute(select, (lower,)):
                if found[0] <= lower:  # a damaged page can send a read backwards
                    raise sqlite3.DatabaseError("rows out of order")
                rows[found[0]] = dict(zip(columns, found[1:]))
                lower = found[0]
                if len(rows) >= MAX_ROWS_PER_TABLE:
                    break
            break
        except sqlite3.DatabaseError:
            lower = _skip_damage(conn, table, columns, lower, rows, budget)
    return rows


def _sweep(
    conn: sqlite3.Connection,
    table: str,
    columns: List[str],
    rows: Dict[int, Row],
    check: Callable[[Row], bool],
) -> None:
    """Look up, one by one, the row numbers the table can hold and the scan did not give: a
    damaged page stops a scan (and can make it jump), not the lookup of a row on an intact
    page. Row numbers only grow (AUTOINCREMENT), so they lie below the highest one seen or
    recorded in sqlite_sequence; the lookups cover the SWEEP_SPAN numbers below it."""
    top = max([*rows, _recorded_top(conn, table), 0])
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?"
    for key in range(max(1, top - SWEEP_SPAN), top + SWEEP_MARGIN + 1):
        if key in rows:
            continue
        if len(rows) >= MAX_ROWS_PER_TABLE:
            return
        try:
            found = conn.execute(select, (key,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if found is not None and _is_valid(check, dict(zip(columns, found))):
            rows[key] = dict(zip(columns, found))


def _recorded_top(conn: sqlite3.Connection, table: str) -> int:
    try:
        found = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        return int(found[0]) if found and isinstance(found[0], int) else 0
    except sqlite3.DatabaseError:
        return 0


def _skip_damage(
    conn: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    lower: int,
    rows: Dict[int, Row],
    budget: List[int],
) -> Optional[int]:
    """After a read past `lower` failed: the row number to go on after, or None to stop.
    When the next row's number can be found but its content not, that row alone is skipped
    (or read by itself if it can be); otherwise a search finds the lowest number after which
    a seek works again, that is, the end of the damaged part of the table."""
    probe = f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1"

    def seek(after: int) -> Tuple[bool, Optional[int]]:
        budget[0] -= 1
        try:
            found = conn.execute(probe, (after,)).fetchone()
        except sqlite3.DatabaseError:
            return False, None
        if found is None:
            return True, None
        return int(found[0]) > after, int(found[0])  # backwards: damaged too

    works, nearest = seek(lower)
    if works:
        if nearest is not None:
            _read_one(conn, table, columns, nearest, rows)
        return nearest
    failing, step = lower, 1
    working: Optional[int] = None
    while budget[0] > 0 and working is None:  # widen until a seek works again
        candidate = min(failing + step, _HIGHEST_ROWID)
        if seek(candidate)[0]:
            working = candidate
        elif candidate == _HIGHEST_ROWID:
            return None
        else:
            failing, step = candidate, step * 2
    while budget[0] > 0 and working is not None and working - failing > 1:
        middle = failing + (working - failing) // 2
        if seek(middle)[0]:
            working = middle
        else:
            failing = middle
    return working if budget[0] > 0 else None


def _columns_or_none(conn: sqlite3.Connection, table: str) -> Optional[List[str]]:
    try:
        return _columns(conn, table)
    except sqlite3.DatabaseError:
        return None


def _columns(conn: sqlite3.Connection, table: str) -> List[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]


def _is_valid(check: Callable[[Row], bool], row: Row) -> bool:
    try:
        return bool(check(row))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return False


def _valid_outbox_row(row: Row) -> bool:
    return Event.from_json(row["body"]).uuid == row["uuid"]


def _valid_ledger_row(row: Row) -> bool:
    return isinstance(row["uuid"], str) and isinstance(json.loads(row["properties"]), dict)


_VALID: Dict[str, Callable[[Row], bool]] = {
    "outbox": _valid_outbox_row,
    "ledger": _valid_ledger_row,
    "counters": lambda row: isinstance(row["name"], str) and isinstance(row["value"], int),
    "drop_counts": lambda row: isinstance(row["reason"], str) and isinstance(row["count"], int),
    "clock": lambda row: isinstance(row["name"], str) and isinstance(row["value"], (int, float)),
}


def _read_one(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], rowid: int, rows: Dict[int, Row]
) -> None:
    """Row `rowid` by itself into `rows`, if its content can be read."""
    try:
        one = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?", (rowid,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return
    if one is not None:
        rows[rowid] = dict(zip(columns, one))
