"""Where the add-on keeps its own files, their names, and the lock that serialises its
processes.

The state folder sits in FreeCAD's user data folder (so each FreeCAD profile has its own,
and the command line finds it the same way), outside Mod/ so that updating or deleting the
add-on folder never takes it along by accident. Files there are written atomically at once:
user.cfg is only saved at a clean quit and a killed FreeCAD would lose them. On POSIX the
folder is the user's alone (0700) and so are its files (0600), whatever the umask.

Every process of the profile (FreeCAD windows, the command line, uninstall) changes the
shared decisions (the install id, the consent, the snapshot record) only under
``state_lock``: a read-modify-write of one of them never interleaves with another's, so six
FreeCADs starting at once on a fresh profile make one id, not six.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from freecad_telemetry.files.atomic import ensure_private_dir
from freecad_telemetry.files.lock import try_lock as _try_lock

# Every name in the state folder, declared here once (handover.py repeats the four FreeCAD's
# GUI thread reads, not importing this module; a test keeps them equal).
FOLDER_NAME = "telemetry"
ID_FILE = "anonymous_id.json"  # state/install_id.py
CONSENT_FILE = "consent.json"  # consent/store.py: the decision
OUTBOX_FILE = "outbox.sqlite3"  # delivery/outbox.py
SESSIONS_FOLDER = "sessions"  # state/sessions.py's sentinels, handover.py's facts and marks
REMOVAL_QUEUE_FILE = "pending_removal.json"  # rights/removal.py's queue of requests
SNAPSHOTS_FILE = "snapshots.json"  # collect/snapshots.py: what each state event last sent
SNAPSHOTS_LOCK = "snapshots.lock"  # held while a start chooses and stores its snapshots
AGENT_LOG = "agent.log"  # agent.py: the session agent's one-line failures
AGENT_PYTHON_CACHE = "agent_python.json"  # agent_launch.py: the interpreter last found
LOCK_FILE = "state.lock"
LOCK_WAIT = 3.0  # seconds; holders keep it for a few file writes (milliseconds)

_held = threading.local()  # folders whose lock this thread holds now (the lock nests)


def state_dir(user_data_dir: Path) -> Path:
    return Path(user_data_dir) / FOLDER_NAME


def sentinel_file(sessions: Path, pid: int, session_id: str) -> Path:
    """A FreeCAD session's sentinel in the sessions folder (state/sessions.py), written first
    by FreeCAD's launch thread (agent_launch.py); its lock has the same name, ``.lock``."""
    return sessions / f"session-{pid}-{session_id}.json"


@contextmanager
def state_lock(folder: Path, wait: float = LOCK_WAIT, name: str = LOCK_FILE) -> Iterator[None]:
    """Hold the state folder's lock `name` (exclusive across processes and threads: flock on
    a fresh descriptor, as state/sessions.py does) for the body. Creates the folder; raises OSError
    when it cannot. Where locks do not work (some network file systems) or the holder does
    not let go within `wait` seconds, the body runs anyway: a rare duplicate beats a hang."""
    folder = Path(folder)
    held = getattr(_held, "folders", None)
    if held is None:
        held = _held.folders = set()
    key = str((folder / name).resolve())
    if key in held:  # this thread holds it already (a locked step calling another)
        yield
        return
    ensure_private_dir(folder)  # 0700 on POSIX whatever the umask: usually its first use
    fd = os.open(str(folder / name), os.O_RDWR | os.O_CREAT, 0o600)
    held.add(key)
    try:
        deadline = time.monotonic() + wait
        while _try_lock(fd) is False and time.monotonic() < deadline:
            time.sleep(0.002)
        yield
    finally:
        held.discard(key)
        os.close(fd)  # closing releases the lock
