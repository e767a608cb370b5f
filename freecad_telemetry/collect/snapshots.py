"""Change-only snapshots: an unchanged FreeCAD start sends one small session event.

The version, system, preferences and add-on events describe a state, not an action; they
are sent when their content differs from what was last stored for sending, or when
fields.SNAPSHOT_DAYS have passed (so a week's active installs still show their state).
Runs on the start-up thread (and read-only in the preview); the record is a small JSON file
in the state folder, written atomically, under LOCK_FILE (lifecycle holds it from `due` to
`remember`). It also keeps each snapshot's properties as stored: outside FreeCAD the preview
takes from them what only a running FreeCAD knows (its version, Python, Qt, screen), so that
it can tell what the next start sends.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Sequence

from freecad_telemetry.collect.drafts import Draft
from freecad_telemetry.events import iso_utc, parse_utc, utc_now
from freecad_telemetry.fields import COMMON, SNAPSHOT_DAYS, event_spec, fields_of
from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.state.folder import SNAPSHOTS_FILE

# A snapshot's properties are kept only up to this size (JSON characters), so that absurdly
# long values cannot make the record too big to read, which would resend every snapshot.
MAX_KEPT_CHARS = 100_000
# state.folder.SNAPSHOTS_LOCK is held while a start chooses, stores and records its snapshots,
# so that FreeCADs starting together store each snapshot once. Its own lock: the outbox write
# inside may wait on SQLite, and nobody else should wait for that.


def content_hash(d: Draft) -> str:
    """The event's own content, without the per-session common properties."""
    common = {f.prop for f in fields_of(COMMON)}
    own = {k: v for k, v in d.properties.items() if k not in common}
    text = json.dumps([d.name, own], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _is_snapshot(d: Draft) -> bool:
    spec = event_spec(d.name)
    return spec is not None and spec.snapshot


def due(drafts: Sequence[Draft], folder: Path, now: Optional[datetime] = None) -> List[Draft]:
    """The drafts this start sends: every non-snapshot, and the snapshots that changed or
    whose last sending is SNAPSHOT_DAYS old."""
    now = now or utc_now()
    known: Dict[str, dict] = read_json(folder / SNAPSHOTS_FILE) or {}
    keep = []
    for d in drafts:
        last = known.get(d.name) if _is_snapshot(d) else None
        if isinstance(last, dict) and last.get("hash") == content_hash(d):
            stored = parse_utc(str(last.get("stored_at", "")))
            if stored is not None and now - stored < timedelta(days=SNAPSHOT_DAYS):
                continue
        keep.append(d)
    return keep


def remember(drafts: Sequence[Draft], folder: Path, now: Optional[datetime] = None) -> None:
    """Record the snapshots just stored for sending. Raises OSError (caller logs)."""
    stamp = iso_utc(now or utc_now())
    known = read_json(folder / SNAPSHOTS_FILE) or {}
    for d in drafts:
        if _is_snapshot(d):
            known[d.name] = {"hash": content_hash(d), "stored_at": stamp}
            if len(json.dumps(d.properties, default=str)) <= MAX_KEPT_CHARS:
                known[d.name]["properties"] = d.properties
    write_json_atomic(folder / SNAPSHOTS_FILE, known)


def last_stored(folder: Path) -> Dict[str, Dict[str, Any]]:
    """Each snapshot's properties as last stored for sending, by event name (records written
    by versions that kept only the hash have none). Read only."""
    known = read_json(folder / SNAPSHOTS_FILE)
    if not isinstance(known, dict):
        return {}
    return {
        name: dict(record["properties"])
        for name, record in known.items()
        if isinstance(record, dict) and isinstance(record.get("properties"), dict)
    }


def hash_only(folder: Path) -> FrozenSet[str]:
    """The snapshots whose record holds no properties (written by an earlier version, or too
    big to keep). Read only."""
    known = read_json(folder / SNAPSHOTS_FILE) or {}
    return frozenset(
        name
        for name, record in known.items()
        if isinstance(record, dict) and not isinstance(record.get("properties"), dict)
    )
