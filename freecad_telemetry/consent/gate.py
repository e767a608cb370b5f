"""The send boundary: what may leave now, asked of the consent authority for every batch.

Runs on the sender thread (the session agent's, or ``flush`` on the command line) right
before each request, and where a choice is applied (``purge``: the session agent, the command
line's ``on``/``off``). It reads the state folder's decision (decision.consent_now), the
removed ids (state/install_id.py) and this process's environment rules, never user.cfg: so a choice
made in another process, and kept there, applies here at the next batch.

What it answers, per event not yet sent:

* an environment opt-out (DO_NOT_TRACK, FREECAD_TELEMETRY=0, CI) or no readable decision:
  nothing goes now, and nothing is deleted (another process of the same profile without the
  opt-out may still send what the user agreed to);
* declined, or the event's category no longer granted: dropped for good and counted as
  "withdrawn" (shown by ``status``);
* an id whose data removal was confirmed, or is queued: dropped, counted as "removed id".

Data rights are not tracking. A removal or data-copy request is something the user clicked
(or typed) to get their data removed or shown; it carries the anonymous id and nothing about
their use of FreeCAD. So it goes whatever the consent (a user who declined may want what
was sent earlier removed) and under an environment opt-out too: a DO_NOT_TRACK user who asks
for removal wants less tracking, and refusing would keep their data on the server. Only
requests the user made go out (a queued removal is retried: it is still their request); the
add-on never starts one itself. What the authority does decide for them: once a removal is
asked for, nothing more leaves under that id (outbox_age.REMOVED_ID).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Mapping, Optional, Sequence

from freecad_telemetry.consent.decision import UNDECIDED, consent_now, sendable
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.delivery.outbox_age import REMOVED_ID, WITHDRAWN
from freecad_telemetry.delivery.sender import Permit, PermitCheck, Transport
from freecad_telemetry.events import Event
from freecad_telemetry.fields import NOTHING, Grant, event_spec
from freecad_telemetry.privacy.send_filter import SendFilter, personal_tokens
from freecad_telemetry.rights.removal import pending_removals
from freecad_telemetry.state.folder import OUTBOX_FILE
from freecad_telemetry.state.install_id import removed_ids


def grant_now(folder: Path, env: Optional[Mapping[str, str]] = None) -> Grant:
    """What may be sent at this moment: nothing under an environment opt-out."""
    if opt_out_reason(env) is not None:
        return NOTHING
    return sendable(consent_now(folder))


def never_to_send(events: Sequence[Event], folder: Path) -> Dict[str, str]:
    """uuid -> reason for the events the decision in force withdrew (environment aside)."""
    consent = consent_now(folder)
    if consent.status == UNDECIDED:
        return {}  # no decision readable: keep them, decide nothing
    categories: FrozenSet[str] = sendable(consent).categories
    gone = set(removed_ids(folder)) | {str(r.get("person_id")) for r in pending_removals(folder)}
    drop: Dict[str, str] = {}
    for event in events:
        spec = event_spec(event.name)
        if event.distinct_id in gone:
            drop[event.uuid] = REMOVED_ID
        elif spec is not None and spec.category not in categories:
            drop[event.uuid] = WITHDRAWN
    return drop


def consent_permit(folder: Path, env: Optional[Mapping[str, str]] = None) -> PermitCheck:
    """The Sender's per-batch check for the profile whose state folder is `folder`."""

    def permit(batch: Sequence[Event]) -> Permit:
        reason = opt_out_reason(env)
        if reason is not None:
            return Permit(paused=reason)
        if consent_now(folder).status == UNDECIDED:
            return Permit(paused="no consent decision")
        return Permit(drop=never_to_send(batch, folder))

    return permit


def purge(folder: Path) -> int:
    """Drop, at once, the stored events a new decision withdrew (the session agent when it
    sees a choice, or the command line's `on`/`off`); events on the wire right now are left
    to their sender, whose next check drops what is left. Returns how many; never raises."""
    path = Path(folder) / OUTBOX_FILE
    if not path.exists():
        return 0
    from freecad_telemetry.delivery.outbox import Outbox, OutboxUnavailable

    try:
        outbox = Outbox(path)
        try:
            drop = never_to_send(outbox.pending(), folder)
            return outbox.drop(drop) if drop else 0
        finally:
            outbox.close()
    except OutboxUnavailable:  # the next send drops them instead
        return 0


class LiveFilter:
    """privacy.SendFilter for the grant in force at each batch (not the one at start-up).
    `refresh` runs on the sender thread before each batch; the personal names it refuses
    are looked up once."""

    def __init__(self, grant: Callable[[], Grant], log: Callable[[str], None]) -> None:
        self._grant = grant
        self._log = log
        self._tokens = personal_tokens()
        self._current: Optional[SendFilter] = None

    def refresh(self) -> None:
        grant = self._grant()
        self._current = SendFilter(grant, self._log, self._tokens)

    def __call__(self, message: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        return None if self._current is None else self._current(message)

    def wrap(self, transport: Any) -> Transport:
        return _Refreshing(self, transport)


class _Refreshing:
    def __init__(self, live: LiveFilter, inner: Any) -> None:
        self._live = live
        self._inner = inner

    def send(self, events: Sequence[Event]) -> Any:
        self._live.refresh()
        return self._inner.send(events)
