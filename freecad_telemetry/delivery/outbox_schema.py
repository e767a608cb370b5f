"""The outbox file's schema and its check: what a usable outbox file is, creating or upgrading
its tables, and making it private to the user.

Runs (via outbox_file) on whichever thread makes an outbox's first operation, and again
whenever the file was replaced or found damaged.
"""

from __future__ import annotations

import glob
import os
import sqlite3
from pathlib import Path
from typing import Optional, Tuple

from freecad_telemetry.delivery.ledger import LEDGER_SCHEMA
from freecad_telemetry.delivery.outbox_age import CLOCK_SCHEMA
from freecad_telemetry.files.atomic import PRIVATE_FILE_MODE, make_private

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 2000

# Expiry and the reading given to earlier versions' events look rows up by it at every store.
STORED_INDEX = "CREATE INDEX IF NOT EXISTS outbox_by_stored ON outbox (stored_elapsed)"
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        distinct_id TEXT NOT NULL,
        event_at TEXT NOT NULL,
        body TEXT NOT NULL,
        added_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        lease_owner TEXT,
        lease_until TEXT,
        last_error TEXT,
        quarantine_reason TEXT,
        not_before TEXT,
        stored_elapsed REAL
    )""",
    "CREATE INDEX IF NOT EXISTS outbox_by_age ON outbox (event_at, seq)",
    STORED_INDEX,
    "CREATE TABLE IF NOT EXISTS drop_counts (reason TEXT PRIMARY KEY, count INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    LEDGER_SCHEMA,
    CLOCK_SCHEMA,
)
# Added to schema 1 in place (an older add-on sharing the file ignores them): column, statement.
ADDITIONS = (("stored_elapsed", "ALTER TABLE outbox ADD COLUMN stored_elapsed REAL"),)

FileIdentity = Tuple[int, int]


class StoreDamaged(Exception):
    """The file is not a usable outbox (not a database, malformed, or a newer schema)."""

    def __init__(self, reason: str, identity: Optional[FileIdentity], salvage: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.identity = identity
        # A newer add-on's store is not damaged: its rows are its own to interpret.
        self.salvage = salvage


def configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    # WAL + NORMAL: a commit survives a killed process (FreeCAD gets SIGKILLed) without an fsync
    # per commit; only a power cut can lose the last commits.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def prepare(path: Path) -> Optional[FileIdentity]:
    """Check the file and create (or migrate) its schema; returns the file's identity.
    Raises StoreDamaged for an unusable file, sqlite3.Error/OSError if it cannot be opened."""
    make_store_private(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000.0, isolation_level=None)
    try:
        identity = file_identity(path)
        try:
            configure(conn)
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise StoreDamaged("failed its integrity check: " + one_line(problems[0]), identity)
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                _create_schema(conn, identity)
            _add_missing(conn)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise StoreDamaged(
                    "not a readable database: " + one_line(str(exc)), identity
                ) from exc
            raise
        return file_identity(path)
    finally:
        conn.close()


def make_store_private(path: Path) -> None:
    """On POSIX, whatever the umask: the folder 0700; a new store created 0600 before SQLite
    opens it (SQLite gives the -wal and -shm files the mode of the database file); an older
    store, its -wal/-shm and set-aside copies made 0600. Raises OSError when the store cannot
    be created (missing or unwritable folder)."""
    make_private(path.parent)
    if os.name == "posix":
        try:
            os.close(os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except FileExistsError:
            pass
    for sibling in path.parent.glob(glob.escape(path.name) + "*"):
        make_private(sibling)


def _create_schema(conn: sqlite3.Connection, identity: Optional[FileIdentity]) -> None:
    # Only when needed, so a read-only store can still be read. IMMEDIATE: two processes
    # creating a fresh store at once must not interleave.
    conn.execute("BEGIN IMMEDIATE")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreDamaged(f"written by a newer add-on (schema {version})", identity, False)
    # Versions below SCHEMA_VERSION migrate here (none yet: 0 is a new file).
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
    conn.execute("COMMIT")


def _add_missing(conn: sqlite3.Connection) -> None:
    """Bring a schema-1 file made by an earlier version up to date, in place and additively,
    so that the version number stays and an older add-on can still share or read the file.
    A read-only file is left as it is: it can still be read (status, log)."""
    have = {str(row[1]) for row in conn.execute("PRAGMA table_info(outbox)")}
    if all(column in have for column, _ in ADDITIONS):
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        have = {str(row[1]) for row in conn.execute("PRAGMA table_info(outbox)")}
        for column, statement in ADDITIONS:
            if column not in have:  # another process may have added it meanwhile
                conn.execute(statement)
        conn.execute(STORED_INDEX)
        conn.execute(CLOCK_SCHEMA)
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc).lower():
            raise
    finally:
        if conn.in_transaction:
            conn.rollback()


def file_identity(path: Path) -> Optional[FileIdentity]:
    """(device, inode) of the file, or None if it is missing: tells when the file was replaced."""
    try:
        status = os.stat(str(path))
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


class ContentDamaged(sqlite3.DatabaseError):
    """A stored row cannot be read back as written (its text is not UTF-8, or not the JSON
    the outbox wrote): damage SQLite's own checks cannot see."""


def is_damage(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return isinstance(exc, ContentDamaged) or any(
        sign in message for sign in ("malformed", "not a database", "corrupt", "could not decode")
    )


def one_line(text: str) -> str:
    lines = str(text).strip().splitlines()
    return lines[0][:200] if lines else ""
