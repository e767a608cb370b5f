"""Where the consent decision lives: ``<user data>/telemetry/consent.json``, the one
authority every process reads at the moment it sends (FreeCAD windows, the command line,
uninstall and ``forget``).

Why not user.cfg: FreeCAD keeps user.cfg in memory and writes it back at a clean quit, so a
choice made elsewhere meanwhile (``python -m freecad_telemetry off`` in a shell, another
FreeCAD window) was silently undone, and a running session never saw it. The file here is
written atomically under the state folder's lock and read afresh on every send. user.cfg
carries a copy for display in FreeCAD's Parameter editor (consent.mirror), never read back
as the decision, except once: a decision recorded there by an earlier version of the add-on
(no ``ConsentMirror`` mark yet) is migrated here (consent.migrate_consent).

Plain records only (no Consent type) so that decision.py can build on this module. Reads are
one small file (tens of microseconds) and may run on any thread; writes raise OSError.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.state.folder import CONSENT_FILE, state_lock


def read_record(folder: Path) -> Optional[Dict[str, Any]]:
    """The stored decision, or None when there is none (or it is unreadable: send nothing)."""
    record = read_json(Path(folder) / CONSENT_FILE)
    if record is None or not isinstance(record.get("status"), str):
        return None
    return record


def write_record(folder: Path, record: Dict[str, Any]) -> None:
    """Replace the decision, under the state lock (the last writer wins whole, never torn)."""
    with state_lock(Path(folder)):
        write_json_atomic(Path(folder) / CONSENT_FILE, record)
