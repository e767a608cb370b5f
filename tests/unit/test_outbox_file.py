"""The outbox's file: every connection closed, private to the user, salvaged when damaged."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import List

import pytest

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

    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.events import new_event

    outbox = Outbox(Path(sys.argv[1]))
    parked = threading.Event()

    def sender():
        outbox.add([new_event("e", "u")])
        outbox.mark_delivered([e.uuid for e in outbox.claim()])

    def lingering():
        outbox.stats()
        parked.set()
        threading.Event().wait()  # alive at exit, like a sender stuck on the network

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
    assert lines[-1].endswith(" open=0"), lines
