"""The anonymous install id: one random v4 UUID per FreeCAD profile, kept in the state folder
(never in user.cfg), with the ids whose data removal the server confirmed.

Any process of the profile, any thread: reads take no lock (FreeCAD's GUI thread never waits
on another process); creating one takes the state lock, so processes starting together on a
fresh profile agree on one id.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import List, Optional

from freecad_telemetry.events import iso_utc, parse_utc, utc_now
from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.state.folder import ID_FILE, state_lock

MAX_REMOVED_IDS = 20  # ids whose data removal was confirmed; nothing more leaves under them


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
