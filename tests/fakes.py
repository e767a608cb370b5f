"""Fakes that record: a transport that keeps what it was asked to send."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from freecad_telemetry.events import Event


@dataclass(frozen=True)
class Outcome:
    delivered: bool
    permanent: bool = False
    per_event: bool = False
    reason: str = ""
    retry_after: Optional[float] = None
    sent: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    refused: Tuple[str, ...] = ()


class RecordingTransport:
    """Delivers (or fails with the queued outcomes) and records every batch it got."""

    def __init__(self, outcomes: Sequence[Outcome] = ()) -> None:
        self.batches: List[List[Event]] = []
        self._outcomes = list(outcomes)

    def send(self, events: Sequence[Event]) -> Outcome:
        self.batches.append(list(events))
        return self._outcomes.pop(0) if self._outcomes else Outcome(delivered=True)

    @property
    def sent(self) -> List[Event]:
        return [e for batch in self.batches for e in batch]

    def names(self) -> List[str]:
        return [e.name for e in self.sent]


def run_later(host) -> None:
    """Run what a MemoryHost was asked to call later, as FreeCAD's event loop would."""
    scheduled, host.later = host.later, []
    for _seconds, callback in scheduled:
        callback()


def fire_quit(host) -> None:
    """What FreeCAD's event loop does at quit: the MemoryHost's aboutToQuit handlers."""
    for callback in list(host.quit_callbacks):
        callback()
