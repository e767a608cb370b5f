"""Where the add-on keeps its own files, and the anonymous install id.

The state folder sits in FreeCAD's user data folder (so each FreeCAD profile has its own,
and the command line finds it the same way), outside Mod/ so that updating or deleting the
add-on folder never takes it along by accident. Files there are written atomically at once:
user.cfg is only saved at a clean quit and a killed FreeCAD would lose them. On POSIX the
folder is the user's alone (0700) and so are its files (0600), whatever the umask.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Optional

from freecad_telemetry.atomic_file import ensure_private_dir, read_json, write_json_atomic
from freecad_telemetry.events import iso_utc, parse_utc, utc_now

FOLDER_NAME = "telemetry"
ID_FILE = "anonymous_id.json"
OUTBOX_FILE = "outbox.sqlite3"
SESSIONS_FOLDER = "sessions"


def state_dir(user_data_dir: Path) -> Path:
    return Path(user_data_dir) / FOLDER_NAME


def read_install_id(folder: Path) -> Optional[str]:
    """The stored id, or None when there is none (or it is not a valid UUID)."""
    data = read_json(folder / ID_FILE) or {}
    return _valid_uuid(data.get("anonymous_id"))


def create_install_id(folder: Path, adopt: Optional[str] = None) -> str:
    """Store a new random v4 id (or `adopt` an earlier valid one, e.g. the reference
    add-on's PostHogUUID) and return it. Raises OSError when the folder is not writable."""
    install_id = _valid_uuid(adopt) or str(uuid.uuid4())
    ensure_private_dir(folder)  # usually the first file: the folder is created private
    write_json_atomic(
        folder / ID_FILE, {"anonymous_id": install_id, "created_at": iso_utc(utc_now())}
    )
    return install_id


def install_age_days(folder: Path) -> int:
    """Whole days since the install id was created (0 when unknown)."""
    created = parse_utc(str((read_json(folder / ID_FILE) or {}).get("created_at", "")))
    if created is None:
        return 0
    return max(0, (utc_now() - created).days)


def _valid_uuid(value: object) -> Optional[str]:
    try:
        return str(uuid.UUID(str(value))) if value else None
    except ValueError:
        return None
