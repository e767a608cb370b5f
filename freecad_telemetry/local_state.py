"""Where the add-on keeps its own files, the lock that serialises its processes, and the
anonymous install id.

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
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

from freecad_telemetry.atomic_file import ensure_private_dir, read_json, write_json_atomic
from freecad_telemetry.events import iso_utc, parse_utc, utc_now
from freecad_telemetry.file_lock import try_lock as _try_lock

FOLDER_NAME = "telemetry"
ID_FILE = "anonymous_id.json"
OUTBOX_FILE = "outbox.sqlite3"
SESSIONS_FOLDER = "sessions"
REMOVAL_QUEUE_FILE = "pending_removal.json"  # rights/removal.py's queue of requests
LOCK_FILE = "state.lock"
LOCK_WAIT = 3.0  # seconds; holders keep it for a few file writes (milliseconds)
MAX_REMOVED_IDS = 20  # ids whose data removal was confirmed; nothing more leaves under them

_held = threading.local()  # folders whose lock this thread holds now (the lock nests)


def state_dir(user_data_dir: Path) -> Path:
    return Path(user_data_dir) / FOLDER_NAME


@contextmanager
def state_lock(folder: Path, wait: float = LOCK_WAIT, name: str = LOCK_FILE) -> Iterator[None]:
    """Hold the state folder's lock `name` (exclusive across processes and threads: flock on
    a fresh descriptor, as sessions.py does) for the body. Creates the folder; raises OSError
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


def read_install_id(folder: Path) -> Optional[str]:
    """The stored id, or None when there is none (or it is not a valid UUID)."""
    data = read_json(Path(folder) / ID_FILE) or {}
    return _valid_uuid(data.get("anonymous_id"))


def create_install_id(
    folder: Path, adopt: Optional[str] = None, removed: Optional[str] = None
) -> str:
    """Store a new random v4 id (or `adopt` an earlier valid one, e.g. the reference
    add-on's PostHogUUID) and return it. `removed`: an id whose data removal the server
    confirmed, remembered so that no stored event under it is ever sent. Raises OSError when
    the folder is not writable."""
    folder = Path(folder)
    with state_lock(folder):
        install_id = _valid_uuid(adopt) or str(uuid.uuid4())
        gone = [i for i in removed_ids(folder) if i != install_id]
        if removed and removed not in gone:
            gone.append(removed)
        write_json_atomic(
            folder / ID_FILE,
            {
                "anonymous_id": install_id,
                "created_at": iso_utc(utc_now()),
                "removed_ids": gone[-MAX_REMOVED_IDS:],
            },
        )
    return install_id


def ensure_install_id(folder: Path, adopt: Optional[str] = None) -> str:
    """The stored id, created (see create_install_id) only when there is none, all under
    the state lock: processes starting together on a fresh profile agree on one id. An
    existing id is read without the lock (GUI thread: never waits on another process)."""
    folder = Path(folder)
    existing = read_install_id(folder)
    if existing is not None:
        return existing
    with state_lock(folder):
        return read_install_id(folder) or create_install_id(folder, adopt=adopt)


def removed_ids(folder: Path) -> List[str]:
    """Ids whose data removal the server confirmed (newest last)."""
    value = (read_json(Path(folder) / ID_FILE) or {}).get("removed_ids")
    if not isinstance(value, list):
        return []
    return [i for i in (_valid_uuid(v) for v in value) if i is not None]


def install_age_days(folder: Path) -> int:
    """Whole days since the install id was created (0 when unknown)."""
    created = parse_utc(str((read_json(Path(folder) / ID_FILE) or {}).get("created_at", "")))
    if created is None:
        return 0
    return max(0, (utc_now() - created).days)


def _valid_uuid(value: object) -> Optional[str]:
    try:
        return str(uuid.UUID(str(value))) if value else None
    except ValueError:
        return None
