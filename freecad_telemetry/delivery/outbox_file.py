"""The outbox's SQLite file: its one connection, transactions with their retries, and the
replacement of a damaged file (its rows salvaged, the file set aside). What a usable file is
(schema, check, modes): outbox_schema.

Runs on whichever thread uses the outbox: the file is checked at an Outbox's first operation
(and again if it was replaced or found damaged). All threads of a process share one connection,
one transaction at a time under a lock, so that `close` (or the end of the process) closes it
whichever thread opened it: a connection left to a thread's end is reported by Python >= 3.13
as "unclosed database". Other processes have their own and coordinate through SQLite's locks.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional, TypeVar

from freecad_telemetry.delivery.outbox_salvage import (
    Salvage,
    count_events,
    prune_set_aside,
    read_salvage,
    restore,
)
from freecad_telemetry.delivery.outbox_schema import (
    BUSY_TIMEOUT_MS,
    FileIdentity,
    StoreDamaged,
    configure,
    file_identity,
    is_damage,
    one_line,
    prepare,
)

T = TypeVar("T")

# At exit, how long closing waits for a transaction still running on a daemon thread.
EXIT_WAIT_SECONDS = 0.5


class OutboxUnavailable(Exception):
    """The store cannot be opened or written (unwritable/full folder). Callers log one line and
    carry on; events stored earlier stay stored."""


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
        self._suspect: Optional[str] = None  # why a read found the file damaged
        self._generation = 0
        self._shared = SharedConnection()
        # Re-entrant: on_reset may store an event while the file is being checked.
        self._lock = self._shared.lock
        # Closes the connection when this object is collected or, at the latest, at exit (after
        # exit handlers registered later, such as the sender's last join at quit).
        weakref.finalize(self, self._shared.end, EXIT_WAIT_SECONDS)

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
        salvaged = False
        while True:
            try:
                return self._attempt(work, begin)
            except sqlite3.Error as exc:
                waited = time.monotonic() - started
                if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                    if waited + pause < BUSY_TIMEOUT_MS / 1000.0:
                        time.sleep(pause)
                        pause = min(pause * 2, 0.1)
                        continue
                elif is_damage(exc):
                    with self._lock:
                        # The next opening salvages the file even if its structure checks out.
                        self._identity = None
                        self._suspect = one_line(str(exc))
                    if not salvaged:  # once: the retry runs on the salvaged store
                        salvaged = True
                        continue
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
        shared = self._shared
        if shared.ended:
            raise OutboxUnavailable("the process is exiting")
        reset_reason = None
        if self._identity is None or file_identity(self.path) != self._identity:
            reset_reason = self._open_store()
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
        suspect, self._suspect = self._suspect, None
        try:
            identity = prepare(self.path)
            if suspect is not None:  # a row could not be read: damage its check cannot see
                raise StoreDamaged(suspect, identity)
        except StoreDamaged as damage:
            self._shared.close()  # ours must not hold the file (Windows cannot rename it then)
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
        except (sqlite3.Error, OSError, ValueError, TypeError, OverflowError) as exc:
            return f"; its events stay in the set-aside copy ({one_line(str(exc))})"
        return f"; {count_events(salvage)} of its events recovered"

    def _report_reset(self, reason: str) -> None:
        """To the owner's log (the session's host.log). Readers without one (the preview, the
        command line, a removal) say nothing: the set-aside copy stays on disk, and nothing
        may reach stderr, which is FreeCAD's Report view inside FreeCAD."""
        if self._on_reset is None:
            return
        try:
            self._on_reset(reason)
        except (OSError, RuntimeError):  # the log failed (a closed stream, Qt's relay gone at exit)
            pass  # there is nothing left to report to


class SharedConnection:
    """The connection of one OutboxFile and the lock that gives it to one thread at a time."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.conn: Optional[sqlite3.Connection] = None
        self.generation: Optional[int] = None
        self.ended = False  # closed for good: at exit, or its OutboxFile is gone

    def end(self, wait: float) -> None:
        """Close for good (a daemon thread still running at exit must not open it again)."""
        self.ended = True
        self.close(wait)

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
    except BaseException:  # clean-up only, re-raised at once (Ctrl+C too)
        conn.close()
        raise
    return conn


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


def is_busy(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message
