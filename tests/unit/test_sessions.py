"""Session sentinels against real processes: a killed FreeCAD is reported once, a running one never.

Every process killed here was started by the test itself (a sleeping Python child) and is killed
by its own Popen handle.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator, List

import pytest

import freecad_telemetry
from freecad_telemetry.events import iso_utc
from freecad_telemetry.files.atomic import read_json
from freecad_telemetry.state import sessions
from freecad_telemetry.state.process_identity import (
    ProcessIdentity,
    current_process,
    identify,
    is_alive,
)
from freecad_telemetry.state.session_record import ClaimedSession, SessionRecord
from freecad_telemetry.state.sessions import SessionTracker

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
HAS_START_TOKENS = current_process().started is not None
PACKAGE_ROOT = str(Path(freecad_telemetry.__file__).resolve().parents[1])


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


Spawn = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Start Python children (default: sleep 30 s); kill any still running at the end."""
    children: List[subprocess.Popen[str]] = []

    def start(code: str = "import time; time.sleep(30)", *args: str) -> subprocess.Popen[str]:
        paths = [PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
        child = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stdin=subprocess.PIPE,
            text=True,
            env=env,
        )
        children.append(child)
        return child

    yield start
    for child in children:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        for stream in (child.stdout, child.stdin):
            if stream:
                stream.close()


def kill(child: subprocess.Popen[str]) -> None:
    child.kill()
    child.wait(timeout=10)  # reaped: the pid no longer exists


@pytest.fixture
def dead(spawn: Spawn) -> ProcessIdentity:
    """The identity of a process that ran and was SIGKILLed."""
    child = spawn()
    identity = identify(child.pid)
    kill(child)
    return identity


def sentinel_of(identity: ProcessIdentity, folder: Path) -> SessionRecord:
    """Write a sentinel as `identity` would have (as if that process had called begin())."""
    return SessionTracker(folder, me=identity).begin("0.20.2", "0.1.0", sequence=3)


def observer_in_another_pid_namespace(folder: Path) -> SessionTracker:
    """Another instance that cannot see our processes (Flatpak: one pid namespace each)."""
    return SessionTracker(folder, probe=lambda _: False, me=ProcessIdentity(2, "other.ns"))


def names(folder: Path) -> List[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def ids(claimed: List[ClaimedSession]) -> List[str]:
    return sorted(c.session_id for c in claimed)


# A real add-on process: begins its session, optionally claims dead ones, reports, then waits.
CHILD_TRACKER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from freecad_telemetry.state.sessions import SessionTracker
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    tracker = SessionTracker(folder)
    tracker.begin("0.20.2", "child", 1)
    print(json.dumps({"session": tracker.session_id}), flush=True)
    if mode != "begin-only":
        sys.stdin.readline()  # start signal: both claimers race from here
        claimed = tracker.claim_unclean()
        print(json.dumps({"claimed": [c.session_id for c in claimed]}), flush=True)
        if mode == "settle":
            tracker.settle(claimed)
            tracker.end()
            sys.exit(0)
    sys.stdin.readline()  # hold the session (and any claim) until killed or told to quit
    """
)


def test_process_probe_tells_running_dead_and_reused_pids_apart(spawn: Spawn) -> None:
    child = spawn()
    identity = identify(child.pid)
    assert is_alive(current_process())
    assert is_alive(identity)
    if HAS_START_TOKENS:
        assert not is_alive(ProcessIdentity(child.pid, "another.start"))
    kill(child)
    assert not is_alive(identity)
    assert not is_alive(ProcessIdentity(0, None))


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="needs waitid(WNOWAIT)")
def test_exited_but_unreaped_process_counts_as_dead(spawn: Spawn) -> None:
    child = spawn()
    identity = identify(child.pid)
    child.kill()
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # now a zombie, pid still taken

    assert not is_alive(identity)


def test_killed_session_is_reported_once_with_its_length(tmp_path: Path, spawn: Spawn) -> None:
    child = spawn()
    clock = FakeClock()
    as_child = SessionTracker(tmp_path, clock=clock, me=identify(child.pid))
    began = as_child.begin("0.20.2", "0.1.0", sequence=7)
    clock.advance(90)
    as_child.heartbeat()
    clock.advance(40)  # after the last heartbeat: invisible to the next start
    kill(child)

    survivor = SessionTracker(tmp_path)
    claimed = survivor.claim_unclean()

    assert ids(claimed) == [began.session_id]
    record = claimed[0].record
    assert record is not None
    assert (record.process.pid, record.sequence) == (child.pid, 7)
    assert (record.freecad_version, record.addon_version) == ("0.20.2", "0.1.0")
    assert record.length_seconds() == 90.0
    assert SessionTracker(tmp_path).claim_unclean() == []  # claimer alive: not again
    survivor.settle(claimed)
    assert names(tmp_path) == []
    assert SessionTracker(tmp_path).claim_unclean() == []


def test_sentinel_of_a_running_process_is_left_alone(tmp_path: Path, spawn: Spawn) -> None:
    child = spawn()
    record = sentinel_of(identify(child.pid), tmp_path)
    before = names(tmp_path)

    assert SessionTracker(tmp_path).claim_unclean() == []

    assert names(tmp_path) == before
    assert read_json(tmp_path / before[0]) == record.to_dict()


@pytest.mark.skipif(not HAS_START_TOKENS, reason="no start tokens on this platform")
def test_reused_pid_is_reported(tmp_path: Path, spawn: Spawn) -> None:
    child = spawn()  # now owns the pid that the dead session had
    old = sentinel_of(ProcessIdentity(child.pid, "0badb007.12345"), tmp_path)

    assert ids(SessionTracker(tmp_path).claim_unclean()) == [old.session_id]


@pytest.mark.parametrize("locks_work", [True, False], ids=["locks", "no-locks"])
def test_own_process_sentinel_is_never_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locks_work: bool
) -> None:
    if not locks_work:  # as on some network file systems
        monkeypatch.setattr(sessions, "_try_lock", lambda fd: None)
    mine = SessionTracker(tmp_path, probe=lambda _: False)  # even if the probe is wrong
    mine.begin("0.20.2", "0.1.0", 1)
    other_in_same_process = SessionTracker(tmp_path, probe=lambda _: False)

    assert mine.claim_unclean() == []
    assert other_in_same_process.claim_unclean() == []
    assert mine.sentinel_path.exists()
    mine.end()


def test_running_instance_holding_its_lock_is_not_reported_even_if_its_pid_looks_dead(
    tmp_path: Path, spawn: Spawn
) -> None:
    child = spawn(CHILD_TRACKER, str(tmp_path), "begin-only")
    session = json.loads(child.stdout.readline())["session"]  # type: ignore[union-attr]
    blind = observer_in_another_pid_namespace(tmp_path)

    assert blind.claim_unclean() == []
    kill(child)
    assert ids(blind.claim_unclean()) == [session]


def test_lock_file_deleted_while_being_locked_is_locked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_try_lock = sessions._try_lock
    deleted: List[str] = []

    def racing_cleaner(fd: int) -> object:
        if not deleted:  # another instance removes the file it found unlocked, right now
            for lock in tmp_path.glob("*.lock"):
                lock.unlink()
                deleted.append(lock.name)
        return real_try_lock(fd)

    monkeypatch.setattr(sessions, "_try_lock", racing_cleaner)
    mine = SessionTracker(tmp_path)
    mine.begin("0.20.2", "0.1.0", 1)
    monkeypatch.setattr(sessions, "_try_lock", real_try_lock)

    assert deleted == [mine.sentinel_path.with_suffix(".lock").name]
    assert observer_in_another_pid_namespace(tmp_path).claim_unclean() == []
    mine.end()


def test_concurrent_claimers_report_each_dead_session_exactly_once(
    tmp_path: Path, dead: ProcessIdentity
) -> None:
    for _round in range(3):
        expected = sorted(sentinel_of(dead, tmp_path).session_id for _ in range(12))
        trackers = [SessionTracker(tmp_path) for _ in range(8)]
        start = threading.Barrier(len(trackers))
        results: List[List[ClaimedSession]] = []

        def claim(
            tracker: SessionTracker, start: threading.Barrier, results: List[List[ClaimedSession]]
        ) -> None:
            start.wait()
            results.append(tracker.claim_unclean())

        threads = [threading.Thread(target=claim, args=(t, start, results)) for t in trackers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert sorted(c.session_id for r in results for c in r) == expected
        for tracker, claimed in zip(trackers, results):
            tracker.settle(claimed)
        assert names(tmp_path) == []


def test_two_instances_starting_together_share_out_the_dead_sessions(
    tmp_path: Path, dead: ProcessIdentity, spawn: Spawn
) -> None:
    expected = sorted(sentinel_of(dead, tmp_path).session_id for _ in range(20))
    children = [spawn(CHILD_TRACKER, str(tmp_path), "settle") for _ in range(2)]
    for child in children:
        child.stdout.readline()  # type: ignore[union-attr]  # began
    for child in children:
        child.stdin.write("go\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]

    reported = []
    for child in children:
        reported += json.loads(child.stdout.readline())["claimed"]  # type: ignore[union-attr]
        assert child.wait(timeout=10) == 0

    assert sorted(reported) == expected
    assert names(tmp_path) == []  # both settled and ended cleanly


def test_claim_of_a_crashed_claimer_is_reclaimed_only_after_it_died(
    tmp_path: Path, dead: ProcessIdentity, spawn: Spawn
) -> None:
    clock = FakeClock()
    as_dead = SessionTracker(tmp_path, me=dead, clock=clock)
    lost = as_dead.begin("0.20.2", "0.1.0", 5).session_id
    clock.advance(60)
    as_dead.heartbeat()
    claimer = spawn(CHILD_TRACKER, str(tmp_path), "hold")
    claimer_session = json.loads(claimer.stdout.readline())["session"]  # type: ignore[union-attr]
    claimer.stdin.write("go\n")  # type: ignore[union-attr]
    claimer.stdin.flush()  # type: ignore[union-attr]
    assert json.loads(claimer.stdout.readline())["claimed"] == [lost]  # type: ignore[union-attr]

    assert SessionTracker(tmp_path).claim_unclean() == []  # claimer alive, claim not settled
    kill(claimer)  # crashed before settle()
    later = SessionTracker(tmp_path)
    claimed = later.claim_unclean()

    assert ids(claimed) == sorted([lost, claimer_session])
    by_id = {c.session_id: c for c in claimed}
    assert by_id[lost].record is not None
    assert by_id[lost].record.length_seconds() == 60.0
    later.settle(claimed)
    assert names(tmp_path) == []


def test_end_removes_the_sentinel_and_returns_the_final_length(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = SessionTracker(tmp_path / "sessions", clock=clock)
    began = tracker.begin("0.20.2", "0.1.0", 2)
    assert tracker.sentinel_path.exists()
    clock.advance(600)

    final = tracker.end()

    assert final is not None
    assert final.session_id == began.session_id
    assert final.heartbeat_at == iso_utc(T0 + timedelta(seconds=600))
    assert final.length_seconds() == 600.0
    assert names(tmp_path / "sessions") == []
    assert tracker.end() is None


def test_heartbeat_updates_the_sentinel_and_brings_a_lost_one_back(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = SessionTracker(tmp_path, clock=clock)
    tracker.heartbeat()  # before begin: nothing to refresh
    assert names(tmp_path) == []
    tracker.begin("0.20.2", "0.1.0", 1)
    clock.advance(300)

    tracker.heartbeat()
    assert read_json(tracker.sentinel_path)["heartbeat_at"] == iso_utc(clock.now)  # type: ignore[index]

    tracker.sentinel_path.unlink()
    clock.advance(300)
    tracker.heartbeat()
    stored = SessionRecord.from_dict(read_json(tracker.sentinel_path))
    assert stored is not None and stored.length_seconds() == 600.0

    tracker.end()
    tracker.heartbeat()  # a late timer tick after quit must not resurrect the sentinel
    assert names(tmp_path) == []


def test_abandon_removes_the_sentinel_and_a_later_begin_starts_a_new_session(
    tmp_path: Path,
) -> None:
    tracker = SessionTracker(tmp_path)
    first = tracker.begin("0.20.2", "0.1.0", 1)

    tracker.abandon()  # telemetry switched off ...
    assert names(tmp_path) == []
    again = tracker.begin("0.20.2", "0.1.0", 2)  # ... and on again
    assert again.session_id != first.session_id
    assert tracker.sentinel_path.exists()
    tracker.abandon()
    assert tracker.end() is None
    assert names(tmp_path) == []


def test_begin_after_quit_leaves_no_sentinel(tmp_path: Path) -> None:
    tracker = SessionTracker(tmp_path)
    assert tracker.end() is None  # quit came before the start-up thread got to begin()

    tracker.begin("0.20.2", "0.1.0", 1)

    assert names(tmp_path) == []


def test_unreadable_sentinel_of_a_dead_pid_is_reported_without_details(
    tmp_path: Path, dead: ProcessIdentity, spawn: Spawn
) -> None:
    alive = spawn()
    (tmp_path / f"session-{dead.pid}-deadbeef.json").write_bytes(b"")  # e.g. after a power cut
    (tmp_path / f"session-{dead.pid}-cafe.json").write_text('{"pid": "garbage"')
    (tmp_path / f"session-{alive.pid}-f00d.json").write_text("garbage")
    (tmp_path / "notes.txt").write_text("not ours")

    claimed = SessionTracker(tmp_path).claim_unclean()

    assert ids(claimed) == ["cafe", "deadbeef"]
    assert all(c.record is None and c.pid == dead.pid for c in claimed)
    leftover = [n for n in names(tmp_path) if not n.startswith("claim-")]
    assert leftover == ["notes.txt", f"session-{alive.pid}-f00d.json"]


def test_orphaned_lock_file_is_removed_but_a_held_one_is_kept(
    tmp_path: Path, dead: ProcessIdentity
) -> None:
    orphan = tmp_path / f"session-{dead.pid}-0abc.lock"
    orphan.write_text("")
    running = SessionTracker(tmp_path)
    running.begin("0.20.2", "0.1.0", 1)
    held = running.sentinel_path.with_suffix(".lock")
    running.sentinel_path.unlink()  # its lock alone must still be respected

    SessionTracker(tmp_path).claim_unclean()

    assert not orphan.exists()
    assert held.exists()
    running.end()


def test_unwritable_folder_means_no_sentinel_and_no_exception(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("where the folder should be")
    tracker = SessionTracker(blocker / "sessions")

    record = tracker.begin("0.20.2", "0.1.0", 1)
    tracker.heartbeat()
    claimed = tracker.claim_unclean()
    tracker.settle(claimed)
    final = tracker.end()
    tracker.abandon()

    assert record.freecad_version == "0.20.2"
    assert final is not None and final.session_id == record.session_id
    assert claimed == []
    assert tracker.errors and all(str(tmp_path) not in e for e in tracker.errors)


def test_record_rejects_invalid_content_and_length_is_never_negative() -> None:
    good = SessionRecord("s1", ProcessIdentity(42, None), "0.20.2", "0.1.0",
                         iso_utc(T0), iso_utc(T0 - timedelta(seconds=5)), 1)  # fmt: skip
    assert good.length_seconds() == 0.0  # clock went backwards
    assert SessionRecord.from_dict(good.to_dict()) == good
    for broken in ({"pid": True}, {"pid": -3}, {"sequence": "1"}, {"started_at": "yesterday"}):
        assert SessionRecord.from_dict({**good.to_dict(), **broken}) is None
    assert SessionRecord.from_dict({**good.to_dict(), "extra": 1}) == good


@pytest.mark.parametrize("ending", ["end", "abandon"])
def test_a_session_that_ends_before_it_began_leaves_no_provisional_sentinel(tmp_path, ending):
    """FreeCAD's launch thread wrote a provisional sentinel (agent_launch.py); its agent is
    told of the quit or the switch-off before its own start-up wrote the full one: nothing
    is left for the next start to count as a crash."""
    freecad = ProcessIdentity(os.getpid() + 1, None)
    tracker = SessionTracker(tmp_path, me=freecad, session_id="abc123", clock=FakeClock())
    provisional = tmp_path / f"session-{freecad.pid}-abc123.json"
    provisional.write_text("{}", encoding="utf-8")
    getattr(tracker, ending)()
    assert list(tmp_path.iterdir()) == []
