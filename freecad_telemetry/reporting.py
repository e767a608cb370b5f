"""One session's reporting where it is sent from: the session agent's process (agent.py), the
in-process fallback on FreeCAD's launch thread, and tests.

lifecycle.Session makes a Reporting once consent is in force and it does not hand the
session over. `start` (the caller's thread) makes the session's sentinel tracker and its
Sender and starts the start-up thread, which reports earlier unclean shutdowns, writes this
session's sentinel, stores the start-up events (change-only snapshots once) and then runs
the sender. `widen` (any thread) stores the events of newly granted categories on a thread
of its own; `quit` stores the session-end event and lets the sender finish within its
budget; `stop` ends everything without sending. Not imported by FreeCAD's GUI thread.
"""

from __future__ import annotations

import atexit
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, List, Mapping, Optional, Sequence

from freecad_telemetry import __version__
from freecad_telemetry.collect.host_copy import frozen_copy
from freecad_telemetry.consent.decision import Consent, sendable
from freecad_telemetry.consent.gate import grant_now
from freecad_telemetry.events import utc_now
from freecad_telemetry.field_table import NOTHING, FieldTable, Grant
from freecad_telemetry.fields import TABLE
from freecad_telemetry.handover import QUIT_BUDGET
from freecad_telemetry.host.interface import Host
from freecad_telemetry.migrations import reference_id
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import (
    OUTBOX_FILE,
    SESSIONS_FOLDER,
    SNAPSHOTS_LOCK,
    state_dir,
    state_lock,
)
from freecad_telemetry.state.install_id import ensure_install_id, install_age_days, read_install_id
from freecad_telemetry.state.process_identity import ProcessIdentity, lease_owner_alive
from freecad_telemetry.state.sessions import SessionTracker

if TYPE_CHECKING:
    from freecad_telemetry.collect.drafts import Draft, SessionFacts
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.delivery.sender import Sender, Transport


def make_posthog_transport(
    settings: Settings, grant: Callable[[], Grant], log: Callable[[str], None]
) -> Callable[[], Transport]:
    """Deferred: the returned factory imports posthog, on the sender thread, and filters
    every message through the field table for what `grant()` allows at each batch (asked
    again before every request: consent is live)."""
    host, key = str(settings.get("PostHogHost")), str(settings.get("PostHogProjectKey"))

    def make() -> Transport:
        from freecad_telemetry.consent.gate import LiveFilter
        from freecad_telemetry.delivery.posthog_transport import PostHogTransport
        from freecad_telemetry.rights.removal import endpoint_problem

        problem = endpoint_problem(host)  # the page refuses these too; user.cfg is editable
        if problem is not None:
            raise ValueError(f"the PostHog address cannot be used: {problem}")

        live = LiveFilter(grant, log)
        return live.wrap(PostHogTransport(host, key, message_filter=live))

    return make


class Reporting:
    """The outbox, the sentinel tracker and the sender of one session, and the events it
    stores. `started` is set once the start-up events are in the outbox (or start-up gave
    up); the session that made this object owns it."""

    def __init__(
        self,
        host: Host,
        consent: Consent,
        *,
        env: Mapping[str, str],
        make_transport: Callable[[], Transport],
        started: threading.Event,
        owner: Optional[ProcessIdentity] = None,
        session_id: Optional[str] = None,
        quit_budget: Optional[float] = None,
        table: FieldTable = TABLE,
    ) -> None:
        self.host = host
        self.consent = consent
        self.table = table  # what may be collected (a test gives a newer table)
        self.env = env
        self.started = started
        self.folder = state_dir(host.user_data_dir())
        self._make_transport = make_transport
        self._owner = owner  # FreeCAD's process, when this runs in the agent
        self._session_id = session_id  # chosen by FreeCAD's process (handover.py)
        self._quit_budget = QUIT_BUDGET if quit_budget is None else quit_budget
        self.install_id = ""
        self.outbox: Optional[Outbox] = None
        self.tracker: Optional[SessionTracker] = None
        self.sender: Optional[Sender] = None
        self.facts: Optional[SessionFacts] = None  # once the start-up thread set them
        self.grant: Optional[Grant] = None  # in force for the start-up events
        self.stopped = False  # switched off or uninstalled: nothing more is stored

    # --- the session's thread (the agent's main thread; FreeCAD's launch thread, or a test's) -
    def start(self) -> bool:
        """Make the sentinel tracker and the sender and start the start-up thread; False
        (and a log line) when the state folder cannot be written."""
        try:
            self.install_id = ensure_install_id(self.folder, adopt=reference_id(self.host))
        except OSError as exc:
            self.host.log(f"telemetry is paused: its folder is not writable ({exc.strerror})")
            return False
        frozen = frozen_copy(self.host)
        self.tracker = SessionTracker(
            self.folder / SESSIONS_FOLDER, me=self._owner, session_id=self._session_id
        )
        hold = max(0, int(Settings(self.host).get("SendDelay")))
        self.sender = self._new_sender(hold, utc_now(), time.monotonic())
        threading.Thread(
            target=self._start_up, args=(frozen,), name="freecad-telemetry-start", daemon=True
        ).start()
        return True

    def _new_sender(self, hold: int, began: Any, began_at: float) -> Sender:
        """The Sender of this process (imports the outbox's code; posthog is imported by the
        transport factory, on the sender thread)."""
        from freecad_telemetry.consent.gate import consent_permit
        from freecad_telemetry.delivery.sender import Sender

        assert self.tracker is not None
        return Sender(
            self.open_outbox(),
            self._make_transport,
            self.host.log,
            heartbeat=self.tracker.heartbeat,
            hold=max(0.0, hold - (time.monotonic() - began_at)),
            permit=consent_permit(self.folder, self.env),
            session_start=began,
        )

    def open_outbox(self) -> Outbox:
        """The outbox, opened at first use."""
        if self.outbox is None:
            from freecad_telemetry.delivery.outbox import Outbox

            self.outbox = Outbox(self.folder / OUTBOX_FILE, on_reset=self.host.log)
        return self.outbox

    def quit(self) -> None:
        """FreeCAD quit: store the session-end event (if consent still grants something) and
        let the sender send within the quit budget; Python's exit waits for it that long."""
        from freecad_telemetry.collect.drafts import SessionFacts, draft

        assert self.sender is not None
        # The decision now, wherever it was made (another FreeCAD, a shell).
        grant = grant_now(self.folder, self.env)
        if not grant.categories:  # switched off during the session: nothing more goes out
            self.stop()
            return
        budget = self._quit_budget
        # Only a quit in the first instants can race the start-up; the agent (a budget of
        # seconds, FreeCAD no longer waiting) lets it finish, FreeCAD's process barely.
        self.started.wait(min(budget, 10.0))
        record = self.tracker.end() if self.tracker is not None else None
        if record is not None:
            seconds = {"session_seconds": int(record.length_seconds())}
            facts = self.facts or SessionFacts(table=self.table)
            self._store([draft("freecad_shutdown", seconds, grant, facts)])
        stuck = self.sender.busy  # on a request begun before quit: waiting cannot help
        self.sender.finish(budget)
        if not stuck:
            deadline = time.monotonic() + budget
            sender = self.sender
            # Python's exit runs after FreeCAD saved user.cfg: the last moment to let the
            # session-end event leave; what does not leave by then goes next session.
            atexit.register(lambda: sender.join(deadline - time.monotonic()))

    def stop(self) -> None:
        """Switched off or uninstalled (any thread): nothing more leaves, not even at quit,
        and this session leaves no sentinel behind."""
        self.stopped = True
        if self.sender is not None:
            self.sender.stop()
        if self.tracker is not None:
            self.tracker.abandon()

    def use_install_id(self, install_id: str) -> None:
        """The id was reset or rotated: later events use it; the sender looks again."""
        self.install_id = install_id
        if self.sender is not None:
            self.sender.wake()

    def widen(self, consent: Consent) -> None:
        """Granted more during the session: the start-up events of the newly granted
        categories are collected now, on a thread of their own."""
        categories = sendable(consent).categories
        if self.started.is_set() and self.grant and not categories - self.grant.categories:
            return  # nothing new (a narrowing): no need to copy FreeCAD's facts
        frozen = frozen_copy(self.host)
        threading.Thread(
            target=self._widened, args=(consent, frozen), name="freecad-telemetry-widen",
            daemon=True,
        ).start()  # fmt: skip

    # --- background threads -----------------------------------------------------------------
    def _start_up(self, frozen: Host) -> None:
        """The start-up thread: a removal to retry first, then the start-up record; then it
        runs the sender until quit."""
        from freecad_telemetry.consent import gate  # noqa: F401  (the quit's: loaded here)
        from freecad_telemetry.delivery.outbox import OutboxUnavailable
        from freecad_telemetry.rights.removal import (
            pending_removals,
            removal_pending,
            retry_pending_removal,
        )

        assert self.sender is not None
        self.sender.runs_here()  # before `started`: a quit then waits for this thread
        self.open_outbox()
        try:
            if pending_removals(self.folder):
                retry_pending_removal(self.folder)  # a confirmed removal rotates the id
                self.install_id = read_install_id(self.folder) or self.install_id
            if removal_pending(self.folder, self.install_id):
                self.sender.stop()
                return  # this id's data is being removed: nothing more under it
            self._record_start(frozen)
        except OutboxUnavailable as exc:
            self.host.log(f"events cannot be stored: {exc}")
            return
        except Exception as exc:  # never a traceback in the Report view
            self.host.log(f"start-up reporting failed: {type(exc).__name__}: {exc}")
            return
        finally:
            self.started.set()
        self.sender.run()

    def _record_start(self, frozen: Host) -> None:
        from freecad_telemetry.collect.drafts import SessionFacts, start_drafts
        from freecad_telemetry.collect.earlier_sessions import unclean_drafts
        from freecad_telemetry.collect.freecad_version import channel_of
        from freecad_telemetry.files.atomic import remove_quietly
        from freecad_telemetry.handover import session_files

        assert self.tracker is not None and self.outbox is not None
        self.grant = sendable(self.consent, self.table)
        self.outbox.begin_session(lease_owner_alive)
        self.facts = SessionFacts(
            sequence=self.outbox.next_counter("session"),
            install_age_days=install_age_days(self.folder),
            release_channel=channel_of(frozen),
            table=self.table,
        )
        version = ".".join([*list(frozen.freecad_version() or []), "", "", ""][:3])
        # Our own sentinel (and its lock) first: then no other instance starting at the same
        # moment can mistake this live session for a dead one.
        self.tracker.begin(version, __version__, sequence=self.facts.sequence)
        claimed = self.tracker.claim_unclean()
        drafts = start_drafts(frozen, self.grant, self.facts, self.host.log)
        sessions = self.folder / SESSIONS_FOLDER
        self._store(unclean_drafts(claimed, self.grant, self.facts, sessions))
        self._store_snapshots(drafts)
        self.tracker.settle(claimed)
        for dead in claimed:  # reported: what their hand-over left goes too
            for path in session_files(sessions, dead.session_id):
                remove_quietly(path)

    def _widened(self, consent: Consent, frozen: Host) -> None:
        from dataclasses import astuple

        from freecad_telemetry.collect.drafts import SessionFacts, start_drafts

        added = sendable(consent, self.table)
        self.started.wait(5.0)  # the start-up thread sets self.grant first
        before = self.grant or NOTHING
        if not added.categories - before.categories or self.stopped:
            return
        self.consent, self.grant = consent, added
        try:
            facts = self.facts or SessionFacts()
            drafts = start_drafts(frozen, added, facts, self.host.log)
            fresh = [d for d in drafts if not self.table.event_allowed(d.name, *astuple(before))]
            self._store_snapshots(fresh)
        except Exception as exc:  # never a traceback in the Report view
            self.host.log(f"reporting what was granted failed: {type(exc).__name__}: {exc}")

    def _store_snapshots(self, drafts: List[Draft]) -> None:
        """Store the drafts that are due (snapshots only when changed) and record them, under
        the state lock: FreeCADs starting together store each snapshot once, not each."""
        from freecad_telemetry.collect import snapshots

        with state_lock(self.folder, name=SNAPSHOTS_LOCK):
            started = snapshots.due(drafts, self.folder)
            self._store(started)
            try:
                snapshots.remember(started, self.folder)
            except OSError as exc:  # the snapshots are simply sent again next time
                self.host.log(f"could not record what was sent ({exc.strerror})")

    def _store(self, drafts: Sequence[Optional[Draft]]) -> None:
        from freecad_telemetry.collect.drafts import stamp

        # The id in the state folder now: a removal confirmed elsewhere rotated it.
        self.install_id = read_install_id(self.folder) or self.install_id
        events = stamp([d for d in drafts if d is not None], self.install_id)
        if events:
            self.open_outbox().add(events)
            if self.sender is not None:
                self.sender.wake()
