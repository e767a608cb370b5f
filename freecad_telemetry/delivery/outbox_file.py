"""The outbox's SQLite file: its one connection, transactions with their retries, schema,
integrity check, and setting a damaged file aside.

Runs on whichever thread uses the outbox: the file is checked at an Outbox's first operation
(and again if it was replaced or found damaged). All threads of a process share one connection,
one transaction at a time under a lock, so that `close` (or the end of the process) closes it
whichever thread opened it: a connection left to a thread's end is reported by Python >= 3.13
as "unclosed database". Other processes have their own and coordinate through SQLite's locks.
"""

from __future__ import annotations

import glob
import logging
import os
import sqlite3
import threading
import time
import weakref
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional, Tuple, TypeVar

from freecad_telemetry.atomic_file import PRIVATE_FILE_MODE, make_private
from freecad_telemetry.delivery.ledger import LEDGER_SCHEMA
from freecad_telemetry.delivery.outbox_age import CLOCK_SCHEMA
from freecad_telemetry.delivery.outbox_salvage import (
    Salvage,
    count_events,
    prune_set_aside,
    read_salvage,
    restore,
)

_log = logging.getLogger(__name__)
T = TypeVar("T")

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 2000
# At exit, how long closing waits for a transaction still running on a daemon thread.
EXIT_WAIT_SECONDS = 0.5

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


class OutboxUnavailable(Exception):
    """The store cannot be opened or written (unwritable/full folder). Callers log one line and
    carry on; events stored earlier stay stored."""


class StoreDamaged(Exception):
    """The file is not a usable outbox (not a database, malformed, or a newer schema)."""

    def __init__(self, reason: str, identity: Optional[FileIdentity], salvage: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.identity = identity
        # A newer add-on's store is not damaged: its rows are its own to interpret.
        self.salvage = salvage


class OutboxFile:
    """Hands out the process's connection to one transaction at a time. Constructing it does
    no I/O; the connection opens at the first transaction and again after `close`."""

    def __init__(
        self,
        path: Path,
        now: Callable[[], datetime],
        on_reset: Optional[Callable[[str], None]] = None,
    ) -> None:
        self.path = path
        self._now = now
        self._on_reset = on_reset
        self._identity: Optional[FileIdentity] = None
        self._generation = 0
        self._shared = SharedConnection()
        # Re-entrant: on_reset may store an event while the file is being checked.
        self._lock = self._shared.lock
        # Closes the connection when this object is collected or, at the latest, at exit (after
        # exit handlers registered later, such as the sender's last join at quit).
        weakref.finalize(self, self._shared.close, EXIT_WAIT_SECONDS)

    def close(self) -> None:
        """Close the connection, whichever thread opened it (any thread; the next transaction
        opens a new one). Waits for a transaction in progress on another thread."""
        self._shared.close()

    def transaction(
        self, action: str, work: Callable[[sqlite3.Connection], T], begin: str = "BEGIN IMMEDIATE"
    ) -> T:
        """Run `work` in one transaction and return its result. IMMEDIATE takes the write lock
        up front, so two processes claiming at once queue up instead of reading the same rows.
        SQLite answers "locked" without waiting in a few WAL cases (another process switching
        to WAL, recovering or closing the last connection), so those are retried, within the
        same budget as the busy timeout."""
        started = time.monotonic()
        pause = 0.005
        while True:
            try:
                return self._attempt(work, begin)
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if is_busy(exc) and waited + pause < BUSY_TIMEOUT_MS / 1000.0:
                    time.sleep(pause)
                    pause = min(pause * 2, 0.1)
                    continue
                raise OutboxUnavailable(f"cannot {action}: {one_line(str(exc))}") from exc
            except sqlite3.Error as exc:
                if is_damage(exc):
                    with self._lock:
                        self._identity = None  # the next operation checks the file again
                raise OutboxUnavailable(f"cannot {action}: {one_line(str(exc))}") from exc
            except OSError as exc:
                raise OutboxUnavailable(f"cannot {action}: {exc.strerror or exc}") from exc

    def _attempt(self, work: Callable[[sqlite3.Connection], T], begin: str) -> T:
        with self._lock:
            conn = self._connection()
            conn.execute(begin)
            try:
                result = work(conn)
                conn.execute("COMMIT")
                return result
            finally:
                if conn.in_transaction:
                    conn.rollback()

    def _connection(self) -> sqlite3.Connection:
        """Called with the lock held: the connection to the current file, checked (and if
        damaged replaced) first when it is new or was replaced."""
        reset_reason = None
        if self._identity is None or file_identity(self.path) != self._identity:
            reset_reason = self._open_store()
        shared = self._shared
        if shared.conn is None or shared.generation != self._generation:
            shared.close()
            shared.conn = connect(self.path)
            shared.generation = self._generation
        if reset_reason is not None:
            # Before this transaction begins: the callback may use the outbox.
            self._report_reset(reset_reason)
        assert shared.conn is not None
        return shared.conn

    def _open_store(self) -> Optional[str]:
        """Called with the lock held, at the first operation and whenever the file changed.
        Returns why the file was set aside and replaced by a fresh one, if it was. The rows
        SQLite can still read in a damaged file are read before it is set aside and written
        into the fresh store (if killed in between, they are still in the set-aside copy)."""
        reset_reason = None
        try:
            identity = prepare(self.path)
        except StoreDamaged as damage:
            unchanged = damage.identity is None or file_identity(self.path) == damage.identity
            salvage = read_salvage(self.path) if unchanged and damage.salvage else {}
            try:
                copy = set_aside(self.path, damage.identity, self._now())
            except OSError as exc:
                raise OutboxUnavailable(
                    "damaged store cannot be set aside: " + str(exc.strerror)
                ) from exc
            reset_reason = damage.reason
            try:
                identity = prepare(self.path)
            except StoreDamaged as again:
                raise OutboxUnavailable("store still damaged: " + again.reason) from None
            if copy is not None and damage.salvage:  # this process set it aside
                reset_reason += self._restore(salvage)
                prune_set_aside(self.path, newest=copy)
        self._identity = identity
        self._generation += 1
        return reset_reason

    def _restore(self, salvage: Salvage) -> str:
        """Write salvaged rows into the fresh store; says how it went, for the reset reason."""
        if not salvage:
            return "; nothing in it could be recovered"
        try:
            conn = connect(self.path)
            try:
                conn.execute("BEGIN IMMEDIATE")
                restore(conn, salvage)
                conn.execute("COMMIT")
            finally:
                conn.close()  # closing rolls back what was not committed
        except (sqlite3.Error, OSError) as exc:
            return f"; its events stay in the set-aside copy ({one_line(str(exc))})"
        return f"; {count_events(salvage)} of its events recovered"

    def _report_reset(self, reason: str) -> None:
        if self._on_reset is None:
            _log.warning("telemetry outbox was reset: %s", reason)
            return
        try:
            self._on_reset(reason)
        except Exception:
            _log.exception("telemetry outbox: on_reset callback failed")


class SharedConnection:
    """The connection of one OutboxFile and the lock that gives it to one thread at a time."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.conn: Optional[sqlite3.Connection] = None
        self.generation: Optional[int] = None

    def close(self, wait: Optional[float] = None) -> None:
        """Close the connection once no transaction uses it. With `wait` (at exit, when a
        daemon sender may be inside a transaction), give up after that many seconds."""
        if not self.lock.acquire(timeout=-1 if wait is None else wait):
            return
        try:
            conn, self.conn, self.generation = self.conn, None, None
            if conn is not None:
                conn.close()
        finally:
            self.lock.release()


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit BEGIN ... COMMIT), usable
    from any thread: SharedConnection's lock keeps it to one at a time."""
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000.0,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


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
    so that the version number stays and an older add-on can still share or read the file."""
    have = {str(row[1]) for row in conn.execute("PRAGMA table_info(outbox)")}
    missing = [statement for column, statement in ADDITIONS if column not in have]
    if not missing:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        have = {str(row[1]) for row in conn.execute("PRAGMA table_info(outbox)")}
        for column, statement in ADDITIONS:
            if column not in have:  # another process may have added it meanwhile
                conn.execute(statement)
        conn.execute(STORED_INDEX)
        conn.execute(CLOCK_SCHEMA)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.rollback()


def set_aside(path: Path, identity: Optional[FileIdentity], now: datetime) -> Optional[str]:
    """Rename the damaged file (and its WAL files) to <name>.corrupt-<UTC time> and return
    that name; user data is never deleted here (prune_set_aside bounds the copies). Does
    nothing and returns None if another process already replaced it with a fresh store.
    Raises OSError if the rename fails (e.g. another program holds the file open on Windows)."""
    if identity is not None and file_identity(path) != identity:
        return None
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(str(source), str(target) + suffix)
    return target.name


def file_identity(path: Path) -> Optional[FileIdentity]:
    """(device, inode) of the file, or None if it is missing: tells when the file was replaced."""
    try:
        status = os.stat(str(path))
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def is_busy(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def is_damage(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message or "corrupt" in message


def one_line(text: str) -> str:
    lines = str(text).strip().splitlines()
    return lines[0][:200] if lines else ""
