"""The sender: drains the outbox to PostHog, batch by batch.

Runs in the session agent's process (agent.py: its lifecycle.Session runs it on a
background thread), on a thread in FreeCAD's process only where no interpreter for the agent
fits, and for the command line's ``flush``. Everything slow happens on its thread: importing
posthog, network I/O, waiting between retries. Other threads only call ``wake`` (new
events), ``finish`` (FreeCAD quit) and ``stop``, which return at once. An event leaves the
outbox only after PostHog accepted it; what is not sent by the end stays for the next
session, so a crash or a black-holed network costs a delay, never an event.

Consent is live: with a ``permit`` (consent/gate.py: consent_permit), every claimed batch is shown
to the consent authority right before it is sent, so a choice made anywhere (the preferences
page, ``off`` in a shell, another FreeCAD, uninstall, a data removal, an environment opt-out)
applies to everything not yet on the wire.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol, Sequence, Tuple

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event, utc_now

# A claim outlives one send attempt (the transport's timeout is a few seconds) and no more:
# events claimed by a FreeCAD that was killed mid-send are free again at the next start.
LEASE = timedelta(seconds=15)


class SendResultLike(Protocol):
    delivered: bool
    permanent: bool  # refused for good (network.HttpAnswer.refused): kept aside, not retried
    per_event: bool  # ... possibly for one event of the batch: split to find it
    reason: str
    retry_after: Optional[float]
    sent: Dict[str, Dict[str, Any]]  # uuid -> properties exactly as they went out
    refused: Tuple[str, ...]  # uuids the send filter did not let out


class Transport(Protocol):
    def send(self, events: Sequence[Event]) -> SendResultLike: ...


@dataclass
class FlushResult:
    delivered: int = 0
    quarantined: int = 0
    failed: int = 0
    last_error: str = ""
    dropped: int = 0  # never to be sent (consent withdrawn, id removed)
    paused: str = ""  # why nothing more may be sent now (kept for later)


@dataclass(frozen=True)
class Permit:
    """The consent authority's word on one claimed batch, at the moment of sending.
    `paused`: send nothing now and keep every event (an environment opt-out in this
    process, no decision readable). `drop`: uuid -> reason, events never to be sent."""

    paused: str = ""
    drop: Mapping[str, str] = field(default_factory=dict)


PermitCheck = Callable[[Sequence[Event]], Permit]


class Sender:
    """One per FreeCAD process. `make_transport` runs on the sender thread (it imports posthog)
    and may raise ImportError: then events wait in the outbox and one line is logged."""

    def __init__(
        self,
        outbox: Outbox,
        make_transport: Callable[[], Transport],
        log: Callable[[str], None],
        *,
        batch_size: int = 50,
        heartbeat: Optional[Callable[[], None]] = None,
        heartbeat_every: float = 300.0,
        idle_wait: float = 60.0,
        hold: float = 0.0,
        permit: Optional[PermitCheck] = None,
        session_start: Optional[datetime] = None,
    ) -> None:
        self._outbox = outbox
        self._make_transport = make_transport
        self._log = log
        self._batch_size = batch_size
        self._heartbeat = heartbeat
        self._heartbeat_every = heartbeat_every
        self._idle_wait = idle_wait
        self._permit = permit
        self._wakeup = threading.Event()
        self._deadline: Optional[float] = None  # monotonic time by which to stop (quit)
        self._stopped = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._in_flight = False  # a request is on the wire now
        # This session's events wait up to `hold` seconds (or until quit) so that a session
        # usually goes out as one request; earlier sessions' events go at once.
        self._hold_until = time.monotonic() + hold
        # Events stored before this moment belong to earlier sessions (default: now; a
        # Sender made after this session's start-up events were stored is told when it began).
        self._session_start = session_start or utc_now()
        self.transport: Optional[Transport] = None

    # --- GUI thread --------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.run, name="freecad-telemetry-sender", daemon=True
        )  # never keeps FreeCAD alive at exit
        self._thread.start()

    def wake(self) -> None:
        self._wakeup.set()

    def finish(self, budget: float) -> None:
        """FreeCAD is quitting: send what can go within `budget` seconds, then stop."""
        self._deadline = time.monotonic() + budget
        self._wakeup.set()

    def stop(self) -> None:
        """Stop without sending anything more (telemetry switched off, uninstall)."""
        self._deadline = time.monotonic()
        self._stopped.set()
        self._wakeup.set()

    @property
    def busy(self) -> bool:
        """A request is on the wire (e.g. stuck on a black-holed network)."""
        return self._in_flight

    def runs_here(self) -> None:
        """Called by the thread that will call `run` once its own start-up work is done (the
        session's start-up thread, first thing): `join` waits for it from then on, also
        while that work still runs, so a quit at that moment still waits for the send."""
        self._thread = threading.current_thread()

    def join(self, timeout: float) -> None:
        if self._thread is not None and timeout > 0:
            self._thread.join(timeout)

    # --- sender thread ----------------------------------------------------------------------
    def run(self) -> None:
        """The sender loop, on the calling (background) thread, until finish() or stop()."""
        self._thread = self._thread or threading.current_thread()
        try:
            self.transport = self._make_transport()
        except ImportError:
            self._log(
                "posthog is not installed: events wait in the outbox until it is "
                "(Addon Manager: install the add-on's dependencies, or pip install "
                "posthog for FreeCAD's Python)"
            )
            return
        except Exception as exc:  # the sender thread's top: a broken posthog may raise anything
            self._log(f"cannot start sending ({exc}); events wait in the outbox")
            return
        last_beat = time.monotonic()
        while not self._stopped.is_set():
            # Read once per pass: a quit that comes during a holding pass sets the wakeup,
            # so the next pass sends what was held; ending now would leave it unsent.
            finishing = self._deadline is not None
            holding = not finishing and time.monotonic() < self._hold_until
            try:
                self.send_pending(before=self._session_start if holding else None)
            except Exception as exc:  # the outbox went away: keep FreeCAD quiet
                self._log(f"sending paused: {type(exc).__name__}")
            if finishing:
                return
            if (
                self._heartbeat is not None
                and time.monotonic() - last_beat >= self._heartbeat_every
            ):
                last_beat = time.monotonic()
                self._heartbeat()
            wait = min(self._idle_wait, self._heartbeat_every)
            if holding:
                wait = min(wait, max(0.0, self._hold_until - time.monotonic()))
            self._wakeup.wait(wait)
            self._wakeup.clear()

    def send_pending(self, before: Optional[datetime] = None) -> FlushResult:
        """Send every due event (with `before`, only those that happened before it) in
        batches; stops at the first retryable failure or at the quit deadline. Also used by
        `python -m freecad_telemetry flush`."""
        result = FlushResult()
        transport = self.transport or self._make_transport()
        self.transport = transport
        while not self._stopped.is_set():
            if self._deadline is not None and time.monotonic() >= self._deadline:
                break
            batch = self._outbox.claim(limit=self._batch_size, lease=LEASE, before=before)
            if not batch:
                break
            allowed = self._permitted(batch, result)
            if allowed is None:
                break
            if allowed and not self._send_batch(transport, allowed, result):
                break
        return result

    def _permitted(self, batch: List[Event], result: FlushResult) -> Optional[List[Event]]:
        """The part of `batch` consent lets out now (the rest dropped for good), or None
        when nothing may go now (the whole batch released, kept for later)."""
        if self._permit is None:
            return batch
        permit = self._permit(batch)
        if permit.paused:
            self._outbox.release([e.uuid for e in batch])
            result.paused = permit.paused
            return None
        if permit.drop:
            self._outbox.drop(permit.drop)
            result.dropped += len(permit.drop)
        return [e for e in batch if e.uuid not in permit.drop]

    def _send_batch(self, transport: Transport, batch: List[Event], result: FlushResult) -> bool:
        self._in_flight = True
        try:
            outcome = transport.send(batch)
        finally:
            self._in_flight = False
        uuids = [e.uuid for e in batch]
        if outcome.delivered:
            refused = set(outcome.refused)
            if refused:  # kept here to be seen, never sent: not allowed by the user's choices
                self._outbox.quarantine(sorted(refused), "not allowed by your current choices")
                result.quarantined += len(refused)
            self._outbox.mark_delivered([u for u in uuids if u not in refused], outcome.sent)
            result.delivered += len(batch) - len(refused)
            return True
        if outcome.permanent and outcome.per_event and len(batch) > 1:
            # One bad event rejects the whole request: split to quarantine only that one.
            half = len(batch) // 2
            if not self._send_batch(transport, batch[:half], result):
                self._outbox.release([e.uuid for e in batch[half:]])
                return False
            return self._send_batch(transport, batch[half:], result)
        if outcome.permanent:
            self._outbox.quarantine(uuids, outcome.reason)
            result.quarantined += len(uuids)
            what = "an event" if len(uuids) == 1 else f"{len(uuids)} events"
            self._log(f"PostHog refused {what} ({outcome.reason}); kept aside, not retried")
            return True
        self._outbox.mark_failed(uuids, outcome.reason, outcome.retry_after)
        result.failed += len(batch)
        result.last_error = outcome.reason
        return False
