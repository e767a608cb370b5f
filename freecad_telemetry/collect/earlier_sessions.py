"""The events that report earlier sessions, drafted at a start (the agent's, lifecycle.py)
and in the preview: a FreeCAD that died without quitting, or one that quit while its agent
had already been stopped (its end file is there, handover.py). Plain Python, any thread.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional

from freecad_telemetry.collect.drafts import Draft, SessionFacts, draft
from freecad_telemetry.events import iso_utc
from freecad_telemetry.fields import Grant
from freecad_telemetry.handover import ended_file
from freecad_telemetry.state.session_record import ClaimedSession, SessionRecord

UNCLEAN_NAMESPACE = uuid.UUID("5b0b8f1e-6d1c-4a43-9f0e-3c5f0c1d7a21")


def unclean_drafts(
    claimed: List[ClaimedSession], grant: Grant, facts: SessionFacts, sessions: Path
) -> List[Draft]:
    """One event per dead session: freecad_unclean_shutdown, or freecad_shutdown when
    FreeCAD did quit (its end file is there: handover.py) but its agent ended before
    recording it. The uuid comes from the dead session's id and the time from its last
    heartbeat (or its end): reported twice (we crash before settling the claim), it is the
    same event to PostHog."""
    drafts = []
    for session in claimed:
        record, ended = session.record, ended_file(sessions, session.session_id)
        quit_at = _modified(ended) if record is not None else None
        if record is not None and quit_at is not None:
            record = replace(record, heartbeat_at=quit_at)
            name, key = "freecad_shutdown", "ended:" + session.session_id
            props: Dict[str, Any] = {"session_seconds": int(record.length_seconds())}
            made = draft(name, props, grant, replace(facts, sequence=record.sequence))
        else:
            key = session.session_id
            made = draft("freecad_unclean_shutdown", _unclean_props(record), grant, facts)
        if made is not None:
            drafts.append(
                replace(
                    made,
                    uuid=str(uuid.uuid5(UNCLEAN_NAMESPACE, key)),
                    timestamp=record.heartbeat_at if record else None,
                )
            )
    return drafts


def _unclean_props(record: Optional[SessionRecord]) -> Dict[str, Any]:
    return {
        "session_seconds": int(record.length_seconds()) if record else 0,
        "previous_freecad_version": record.freecad_version if record else "",
        "previous_addon_version": record.addon_version if record else "",
        "previous_session_sequence": record.sequence if record else 0,
    }


def _modified(path: Path) -> Optional[str]:
    """When `path` was last written (ISO 8601, UTC), or None when it is not there."""
    try:
        return iso_utc(datetime.fromtimestamp(os.stat(str(path)).st_mtime, timezone.utc))
    except (OSError, ValueError, OverflowError):
        return None
