"""Session sentinels: how unclean shutdowns (crashes, kills, power cuts) of FreeCAD get counted.

When: `begin()` and `claim_unclean()` run once at GUI start-up (main thread, with consent);
`heartbeat()` every few minutes (on whichever thread the caller's timer runs); `end()` at a clean
quit (aboutToQuit); `abandon()` when telemetry is switched off or the add-on is uninstalled.

Each running FreeCAD keeps `session-<pid>-<session_id>.json` in the folder, and keeps
`session-<pid>-<session_id>.lock` locked (flock / msvcrt) until it quits. At the next start a
sentinel whose process is gone is an unclean shutdown. It is renamed to
`claim-<pid>-<token>-<session_id>--<sentinel name>` (naming the CLAIMER): of two instances
starting together only one rename succeeds. `settle()` deletes the claim once the caller has
stored its report; a claim whose claimer died first is claimed again, so a crash between the two
steps loses nothing (it can report twice: derive the event uuid from the dead session_id so that
PostHog deduplicates).

A process counts as alive when the probe says so (same pid, same start token) OR its lock is
still held. Locks see through pid namespaces (two Flatpak instances may both be pid 2) and pid
reuse; the probe covers file systems without working locks. Any doubt counts as alive: a
running instance must never be reported as crashed.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.files.atomic import (
    ensure_private_dir,
    read_json,
    remove_quietly,
    write_json_atomic,
)
from freecad_telemetry.files.lock import is_file_at, lock_held
from freecad_telemetry.files.lock import try_lock as _try_lock
from freecad_telemetry.state.folder import sentinel_file
from freecad_telemetry.state.process_identity import ProcessIdentity, current_process, is_alive
from freecad_telemetry.state.session_record import ClaimedSession, SessionRecord

_SENTINEL = re.compile(r"^session-(?P<pid>\d{1,10})-(?P<sid>[A-Za-z0-9]{1,64})\.json$")
_LOCK = re.compile(r"^(?P<stem>session-\d{1,10}-[A-Za-z0-9]{1,64})\.lock$")
_CLAIM = re.compile(
    r"^claim-(?P<pid>\d{1,10})-(?P<token>[A-Za-z0-9.]{1,80})-(?P<sid>[A-Za-z0-9]{1,64})"
    r"--(?P<original>session-\d{1,10}-[A-Za-z0-9]{1,64}\.json)$"
)
_UNKNOWN_TOKEN = "u"  # in a claim name: the claimer's start token was unknown or not file-safe
_FILE_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9.]{1,80}$")
_MAX_ERRORS = 50


class SessionTracker:
    """This process's sentinel, and the claiming of other processes' dead ones.

    Never raises OSError: I/O failures (an unwritable folder means no sentinel, hence no crash
    report) are collected in `errors` as path-free strings, safe to log.
    `me` lets the session agent (agent.py) write FreeCAD's sentinel on FreeCAD's behalf; such
    a tracker cannot hold that process's lock, so FreeCAD holds it itself (handover.py) under
    the `session_id` it chose.
    """

    def __init__(
        self,
        folder: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        probe: Callable[[ProcessIdentity], bool] = is_alive,
        me: Optional[ProcessIdentity] = None,
        limit: int = 100,
        session_id: Optional[str] = None,
    ) -> None:
        self._folder = Path(folder)
        self._clock = clock
        self._probe = probe
        self._me = me if me is not None else current_process()
        self._holds_lock = self._me.pid == os.getpid()
        self._limit = limit  # claims per call; the rest wait for the next start
        # Given when FreeCAD's process chose it (handover.py): its lock file carries it.
        self._session_id = session_id or uuid.uuid4().hex
        self._record: Optional[SessionRecord] = None
        self._lock_fd: Optional[int] = None
        self._mutex = threading.Lock()  # heartbeat may race end() from another thread
        self._errors: List[str] = []
        self._quit = False  # end() was called: this process is going away

    @property
    def session_id(self) -> str:
        """The id of the current (or next) session; also names this tracker's claims."""
        return self._session_id

    @property
    def sentinel_path(self) -> Path:
        return sentinel_file(self._folder, self._me.pid, self._session_id)

    @property
    def errors(self) -> List[str]:
        return list(self._errors)

    def begin(self, freecad_version: str, addon_version: str, sequence: int) -> SessionRecord:
        """Write this process's sentinel at once. A second call returns the running session.
        After end() it writes nothing: a start-up thread that lost the race against the quit
        must not leave a sentinel behind (the next start would count a crash)."""
        with self._mutex:
            if self._record is not None:
                return self._record
            now = iso_utc(self._clock())
            record = SessionRecord(self._session_id, self._me, freecad_version, addon_version,
                                   now, now, sequence)  # fmt: skip
            if self._quit:
                return record
            self._record = record
            if self._holds_lock:
                self._take_lock()  # before the sentinel exists, so no claimer sees it unlocked
            self._write_sentinel("begin")
            return record

    def heartbeat(self) -> None:
        """Move heartbeat_at to now. Rewrites the whole sentinel, so one that went missing
        (deleted by hand, wrongly claimed, first write failed) comes back."""
        with self._mutex:
            if self._record is None:
                return
            self._record = replace(self._record, heartbeat_at=iso_utc(self._clock()))
            self._write_sentinel("heartbeat")

    def end(self) -> Optional[SessionRecord]:
        """Clean quit: remove the sentinel; the record with its final heartbeat (now), or None
        when no session is running. Final: later begin() calls write nothing."""
        with self._mutex:
            self._quit = True
            if self._record is None:
                self._remove_provisional()
                return None
            final = replace(self._record, heartbeat_at=iso_utc(self._clock()))
            self._stop("end")
            return final

    def abandon(self) -> None:
        """Remove the sentinel without a record (telemetry switched off, add-on uninstalled),
        also one FreeCAD's launch thread wrote before this session began. A later begin()
        (switched on again) starts a new session."""
        with self._mutex:
            if self._record is not None:
                self._stop("abandon")
            else:
                self._remove_provisional()

    def _remove_provisional(self) -> None:
        """The sentinel FreeCAD's launch thread wrote for this session (agent_launch.py), when
        the session ends before its own began: nothing of it may be counted as a crash."""
        try:
            os.remove(str(self.sentinel_path))
        except OSError:  # none (the usual case), or gone with the folder
            pass

    def claim_unclean(self) -> List[ClaimedSession]:
        """Claim the sentinels of dead processes (never our own, never a live one), plus claims
        whose claimer died before settling. Unreadable sentinels are claimed with record None
        when the pid in their name is dead. Also removes orphaned lock files."""
        try:
            names = sorted(os.listdir(str(self._folder)))
        except FileNotFoundError:
            return []
        except OSError as exc:
            self._note("claim", exc)
            return []
        # A lock is orphaned when neither its sentinel nor a claim of it exists.
        pending = {n for n in names if _SENTINEL.match(n)}
        pending.update(m["original"] for m in map(_CLAIM.match, names) if m)
        claimed: List[ClaimedSession] = []
        for name in names:
            if len(claimed) >= self._limit:
                break
            original, lock = self._gone(name), _LOCK.match(name)
            if original is not None:
                claimed.extend(self._take(name, original))
            elif lock and lock["stem"] + ".json" not in pending:
                if not lock_held(self._folder / name):
                    remove_quietly(self._folder / name)
        return claimed

    def unclean_now(self) -> List[ClaimedSession]:
        """What claim_unclean would claim now, read only: nothing is renamed or removed (the
        preview's view of the unclean shutdowns the next start reports). `claim_path` is
        where the sentinel, or the dead claimer's claim, lies."""
        try:
            names = sorted(os.listdir(str(self._folder)))
        except OSError:
            return []
        found: List[ClaimedSession] = []
        for name in names:
            original = self._gone(name)
            matched = _SENTINEL.match(original) if original is not None else None
            if matched is not None and len(found) < self._limit:
                record = SessionRecord.from_dict(read_json(self._folder / name))
                found.append(
                    ClaimedSession(matched["sid"], int(matched["pid"]), record, self._folder / name)
                )
        return found

    def _gone(self, name: str) -> Optional[str]:
        """The original sentinel name when `name` is a sentinel (not ours) of a dead process,
        or a claim whose claimer died before settling it; else None."""
        sentinel, claim = _SENTINEL.match(name), _CLAIM.match(name)
        if sentinel and name != self.sentinel_path.name:
            pid = int(sentinel["pid"])
            record = SessionRecord.from_dict(read_json(self._folder / name))
            owner = record.process if record else ProcessIdentity(pid, None)
            if not self._alive(owner, f"session-{pid}-{sentinel['sid']}"):
                return name
        elif claim:
            token = claim["token"]
            claimer = ProcessIdentity(int(claim["pid"]), None if token == _UNKNOWN_TOKEN else token)
            if not self._alive(claimer, f"session-{claimer.pid}-{claim['sid']}"):
                return claim["original"]
        return None

    def settle(self, claimed: Sequence[ClaimedSession]) -> None:
        """Delete the claims once their reports are stored durably."""
        for item in claimed:
            try:
                os.remove(str(item.claim_path))
            except FileNotFoundError:
                pass
            except OSError as exc:
                self._note("settle", exc)

    def _alive(self, owner: ProcessIdentity, stem: str) -> bool:
        if owner.pid == self._me.pid and owner.started == self._me.started:
            return True
        if self._probe(owner):  # process_identity.is_alive: in doubt, alive
            return True
        return lock_held(self._folder / (stem + ".lock"))

    def _take(self, name: str, original: str) -> List[ClaimedSession]:
        token = self._me.started or ""
        safe = token if _FILE_SAFE_TOKEN.match(token) else _UNKNOWN_TOKEN
        target = self._folder / f"claim-{self._me.pid}-{safe}-{self._session_id}--{original}"
        try:
            os.rename(str(self._folder / name), str(target))
        except FileNotFoundError:
            return []  # another instance was faster
        except OSError as exc:
            self._note("claim", exc)
            return []
        remove_quietly(self._folder / original.replace(".json", ".lock"))
        found = _SENTINEL.match(original)
        assert found is not None  # both callers matched `original` against _SENTINEL
        record = SessionRecord.from_dict(read_json(target))
        return [ClaimedSession(found["sid"], int(found["pid"]), record, target)]

    def _write_sentinel(self, operation: str) -> None:
        record = self._record
        assert record is not None  # written only once the session has begun
        try:
            write_json_atomic(self.sentinel_path, record.to_dict())
        except OSError as exc:
            self._note(operation, exc)

    def _take_lock(self) -> None:
        path = self.sentinel_path.with_suffix(".lock")
        # Up to 3 tries: a claimer may delete a lock file it found unlocked between our open()
        # and our lock; holding a lock on a deleted file would protect nothing.
        for _attempt in range(3):
            try:
                ensure_private_dir(self._folder)
                fd = os.open(str(path), os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                self._note("lock", exc)
                return
            locked = _try_lock(fd)
            if locked and is_file_at(fd, path):
                self._lock_fd = fd
                return
            os.close(fd)
            if not locked:
                return  # no working locks here (some network file systems): the probe must do

    def _stop(self, operation: str) -> None:
        try:
            os.remove(str(self.sentinel_path))
        except FileNotFoundError:
            pass
        except OSError as exc:
            self._note(operation, exc)
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the lock; Windows cannot delete it open
            self._lock_fd = None
        remove_quietly(self.sentinel_path.with_suffix(".lock"))
        self._record = None
        self._session_id = uuid.uuid4().hex

    def _note(self, operation: str, exc: OSError) -> None:
        if len(self._errors) < _MAX_ERRORS:  # a dead disk must not grow this for days
            code = f" (errno {exc.errno})" if exc.errno else ""
            self._errors.append(f"{operation}: {type(exc).__name__}{code}")
