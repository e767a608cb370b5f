"""What a session sentinel holds (SessionRecord) and an unclean shutdown once claimed
(ClaimedSession): plain values, read and written by sessions.SessionTracker in the process
that reports (the session agent), read by collect/earlier_sessions.py to draft the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Mapping, Optional

from freecad_telemetry.state.process_identity import ProcessIdentity


@dataclass(frozen=True)
class SessionRecord:
    """What a sentinel holds. Times are ISO 8601 UTC; heartbeat_at is the last sign of life."""

    session_id: str
    process: ProcessIdentity
    freecad_version: str
    addon_version: str
    started_at: str
    heartbeat_at: str
    sequence: int  # per-install session number, provided by the caller

    def length_seconds(self) -> float:
        """heartbeat_at - started_at, never negative (for a crash: up to one heartbeat short)."""
        try:
            delta = _parse_time(self.heartbeat_at) - _parse_time(self.started_at)
        except (TypeError, ValueError):
            return 0.0
        return max(0.0, delta.total_seconds())

    def to_dict(self) -> Dict[str, Any]:
        return {
            "format": 1,
            "session_id": self.session_id,
            "pid": self.process.pid,
            "start_token": self.process.started,
            "freecad_version": self.freecad_version,
            "addon_version": self.addon_version,
            "started_at": self.started_at,
            "heartbeat_at": self.heartbeat_at,
            "sequence": self.sequence,
        }

    @classmethod
    def from_dict(cls, data: Optional[Mapping[str, Any]]) -> Optional[SessionRecord]:
        """The record, or None when `data` is not a valid one (unknown extra keys are fine)."""
        if not isinstance(data, Mapping):
            return None
        try:
            pid, token, sequence = data["pid"], data["start_token"], data["sequence"]
            texts = [data[key] for key in ("session_id", "freecad_version", "addon_version")]
            started_at, heartbeat_at = data["started_at"], data["heartbeat_at"]
            _parse_time(started_at), _parse_time(heartbeat_at)  # valid and comparable
        except (KeyError, TypeError, ValueError):
            return None
        valid = (
            type(pid) is int
            and pid > 0
            and type(sequence) is int
            and (token is None or isinstance(token, str))
            and all(isinstance(text, str) for text in texts)
        )
        if not valid:
            return None
        return cls(texts[0], ProcessIdentity(pid, token), texts[1], texts[2], started_at,
                   heartbeat_at, sequence)  # fmt: skip


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("timestamp without offset")
    return moment


@dataclass(frozen=True)
class ClaimedSession:
    """An unclean shutdown claimed by one tracker: report it durably, then `settle()` it."""

    session_id: str
    pid: int
    record: Optional[SessionRecord]  # None: the sentinel was unreadable (empty, corrupt)
    claim_path: Path
