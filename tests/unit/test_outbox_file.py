"""The outbox's file: every connection closed, private to the user, salvaged when damaged."""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Iterator, List

import pytest

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import new_event
from freecad_telemetry.state.folder import OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.install_id import create_install_id
from freecad_telemetry.state.sessions import SessionTracker

REPO_ROOT = Path(__file__).resolve().parents[2]


def _interpreters() -> List[str]:
    """This test's Python, and a Python >= 3.13 if one runs here: those report an unclosed
    sqlite3 connection as a ResourceWarning; the recording hook catches it on any version."""
    found = [sys.executable]
    names = [shutil.which("python3.14"), shutil.which("python3.13")]
    names += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[3-9]*/bin/python3")))
    for candidate in names:
        if candidate is None:
            continue
        try:
            probe = subprocess.run(
                [candidate, "-c", "import sqlite3"], capture_output=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:  # a pyenv shim for a version not selected fails here
            found.append(candidate)
    return found


# Two threads use one outbox (a sender that ends, and a daemon one still alive at exit), the
# main thread too; then the process exits, with or without close(). The recording hook is
# registered first, so it runs after every other exit handler.
SCENARIO = """
    import atexit, sqlite3, sys, threading
    from pathlib import Path

    closed = []  # per connection opened: whether close() was called (no reference kept)

    class Recording(sqlite3.Connection):
        def close(self):
            closed[self.number] = True
            super().close()

    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, factory=Recording, **kwargs)
        conn.number = len(closed)
        closed.append(False)
        return conn

    sqlite3.connect = connect
    atexit.register(lambda: print(f"opened={len(closed)} open={closed.count(False)}"))
    exiting, used_while_exiting = threading.Event(), threading.Event()

    def exit_begins():  # registered before the outbox exists: runs after it is closed at exit
        exiting.set()
        used_while_exiting.wait(10)

    atexit.register(exit_begins)

    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.events import new_event

    outbox = Outbox(Path(sys.argv[1]))
    parked = threading.Event()

    def sender():
        outbox.add([new_event("e", "u")])
        outbox.mark_delivered([e.uuid for e in outbox.claim()])

    def lingering():  # alive at exit, like a sender that was stuck on the network
        outbox.stats()
        parked.set()
        exiting.wait()
        try:
            outbox.stats()  # it must not open a connection that nothing would close
        except Exception as exc:
            print(type(exc).__name__)
        used_while_exiting.set()

    thread = threading.Thread(target=sender)
    thread.start()
    thread.join()
    threading.Thread(target=lingering, daemon=True).start()
    parked.wait()
    outbox.add([new_event("e", "u")])
    assert outbox.stats().delivered == 1
    if sys.argv[2] == "close":
        outbox.close()
        assert outbox.stats().pending == 1  # and it opens again when used after close
    print("done")
"""


@pytest.mark.parametrize("ending", ["close", "exit"])
@pytest.mark.parametrize("python", _interpreters())
def test_every_connection_is_closed_by_exit_whichever_thread_opened_it(
    tmp_path: Path, python: str, ending: str
) -> None:
    script = textwrap.dedent(SCENARIO)
    store = str(tmp_path / "outbox.sqlite3")
    result = subprocess.run(
        [python, "-X", "dev", "-W", "error::ResourceWarning", "-c", script, store, ending],
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "ResourceWarning" not in result.stderr and "unclosed" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "done"
    assert lines[1] == "OutboxUnavailable", lines  # and not a connection left open
    assert lines[-1].endswith(" open=0"), lines


# -- private to the user --

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
STORE_FILES = (OUTBOX_FILE, OUTBOX_FILE + "-wal", OUTBOX_FILE + "-shm")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    """Lets a test set the process umask; restores it whatever happens."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _assert_private(folder: Path) -> None:
    assert mode(folder) == 0o700
    for path in folder.rglob("*"):
        if path.is_dir():
            assert mode(path) == 0o700, path
        else:
            assert mode(path) & 0o077 == 0, path
    for name in STORE_FILES:  # SQLite must still be able to write them
        assert mode(folder / name) == 0o600, name


@posix_only
@pytest.mark.parametrize("mask", [0o000, 0o022, 0o277])
def test_a_new_state_folder_its_files_and_the_outbox_are_private_whatever_the_umask(
    tmp_path: Path, umask: None, mask: int
) -> None:
    folder = state_dir(tmp_path / "data")
    os.umask(mask)
    create_install_id(folder)
    SessionTracker(folder / SESSIONS_FOLDER).begin("0.20.2", "0.1.0", sequence=1)
    outbox = Outbox(folder / OUTBOX_FILE)
    outbox.add([new_event("e", "user-a")])  # the -wal and -shm exist while it is open
    os.umask(0o022)

    _assert_private(folder)
    assert len(outbox.pending()) == 1
    outbox.close()


@posix_only
def test_a_folder_and_outbox_left_readable_by_an_older_version_are_made_private(
    tmp_path: Path, umask: None
) -> None:
    folder = tmp_path / "telemetry"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / (OUTBOX_FILE + ".corrupt-20240301T120000Z")).write_bytes(b"old copy")
    # As the older version made it (0644); autocommit, so it holds no lock.
    older = sqlite3.connect(str(folder / OUTBOX_FILE), isolation_level=None)
    older.execute("PRAGMA journal_mode = WAL")
    older.execute("CREATE TABLE t (x)")
    older.execute("INSERT INTO t VALUES (1)")  # stays open: the -wal and -shm stay too
    assert {mode(p) for p in folder.iterdir()} == {0o644} and len(list(folder.iterdir())) == 4

    outbox = Outbox(folder / OUTBOX_FILE)
    outbox.add([new_event("e", "user-a")])

    _assert_private(folder)
    outbox.close()
    older.close()
