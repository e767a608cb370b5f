"""One reporting session: what happens when FreeCAD's window is up and at quit.

The same class runs in two places. In FreeCAD's process (host = FreeCAD, no transport
given) it is the GUI thread's side: the preferences page, the consent question and its
answers; once consent is in force it hands the session over (handover.py) to the session
agent, and at quit it only tells the agent. In the agent's process (agent.run_session:
host = the facts FreeCAD handed over, posthog's transport given), and in tests (their
transport), it does the session's work: ``begin`` starts a background thread that reports
earlier unclean shutdowns, writes this session's sentinel, stores the start-up events in the
outbox and runs the sender; ``quit`` stores the session-end event and lets the sender finish
within its budget.

What FreeCAD's GUI thread imports is kept small (this module's top-level imports): the
outbox, the collectors, the consent gate and the network code are imported where they run,
in the agent or on a background thread.
"""

from __future__ import annotations

import atexit
import os
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, List, Mapping, Optional, Sequence

from freecad_telemetry import __version__
from freecad_telemetry.consent.decision import (
    Consent,
    last_asked,
    load_consent,
    pending_question,
    sendable,
)
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.events import utc_now
from freecad_telemetry.handover import QUIT_BUDGET
from freecad_telemetry.host.interface import GuiHost, Host
from freecad_telemetry.host_copy import snapshot
from freecad_telemetry.local_state import (
    OUTBOX_FILE,
    REMOVAL_QUEUE_FILE,
    SESSIONS_FOLDER,
    ensure_install_id,
    install_age_days,
    read_install_id,
    state_dir,
    state_lock,
)
from freecad_telemetry.migrations import migrate_local_state, migrate_reference, reference_id
from freecad_telemetry.process_identity import ProcessIdentity, is_alive
from freecad_telemetry.sessions import SessionTracker
from freecad_telemetry.settings import Settings

if TYPE_CHECKING:
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.delivery.sender import Transport
    from freecad_telemetry.fields import Grant
    from freecad_telemetry.report import Draft

ASK_DELAY = 1.0  # seconds after the window is shown before the consent question


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


def lease_owner_alive(owner: str) -> bool:
    """Whether the process behind an outbox lease ("pid<pid>-...") still runs."""
    match = re.match(r"pid(\d+)-", owner)
    if match is None or int(match.group(1)) == os.getpid():
        return True
    return is_alive(ProcessIdentity(int(match.group(1)), None))


class Session:
    """Wires host, settings, outbox, sentinel and sender for one FreeCAD session."""

    def __init__(
        self,
        host: GuiHost,
        *,
        env: Optional[Mapping[str, str]] = None,
        make_transport: Optional[Callable[[], Transport]] = None,
        ask: Optional[Callable[..., Any]] = None,
        owner: Optional[ProcessIdentity] = None,
        session_id: Optional[str] = None,
        quit_budget: Optional[float] = None,
        launch: Optional[Callable[[Any], None]] = None,
    ) -> None:
        self.host = host
        self.env = os.environ if env is None else env
        self.settings = Settings(host)
        self._make_transport = make_transport
        self._handing_over = make_transport is None  # FreeCAD's process: the agent works
        self._ask = ask  # replaces the consent dialog in tests
        self._owner = owner  # FreeCAD's process, when this runs in the agent
        self._session_id = session_id  # chosen by FreeCAD's process (handover.py)
        self._quit_budget = quit_budget  # None: QUIT_BUDGET (an in-process sender's)
        self._launch = launch  # FreeCAD's process: starts the agent (handover.Handover)
        if self._handing_over and launch is None:
            raise TypeError("a session of FreeCAD's process needs `launch` (agent_launch.launch)")
        self.consent: Optional[Consent] = None
        self.outbox: Optional[Outbox] = None
        self.tracker: Optional[SessionTracker] = None
        self.sender: Any = None  # delivery.sender.Sender, or handover.Handover in FreeCAD
        self.install_id = ""
        self.facts: Any = None  # report.SessionFacts, once the start-up thread set them
        self.grant: Any = None  # report.Grant in force for the start-up events
        self.started = threading.Event()  # the start-up events are in the outbox
        self._ended = False
        self._shut = False  # uninstalled while running
        self._gate: Any = None  # ui.question_gate.QuestionGate, in FreeCAD only
        self._folder: Optional[Path] = None  # the state folder, once reporting began
        self._switched_off = False  # stopped by a choice in this session (not by quit)

    @classmethod
    def with_posthog(cls, host: GuiHost, *, env: Optional[Mapping[str, str]] = None,
                     **options: Any) -> Session:  # fmt: skip
        """A session that sends to PostHog from this process: the agent's (and tests')."""
        folder = state_dir(host.user_data_dir())
        grant = lambda: _grant_now(folder, env)  # noqa: E731  (asked before every batch)
        make = make_posthog_transport(Settings(host), grant, host.log)
        return cls(host, env=env, make_transport=make, **options)

    # --- GUI thread -----------------------------------------------------------------------
    def adopt(self, handover: Any) -> None:
        """Take over a session startup.py already handed to the agent (a returning user's
        start), when the preferences page first needs this object."""
        if handover is not None and self._handing_over:
            self.sender = handover
            self.consent = load_consent(self.settings)

    def gui_ready(self) -> None:
        """Main window shown (the entry point has registered the preferences page). The
        question, if any, waits until the window has painted."""
        try:
            migrate_reference(self.host, self.settings)
            consent = migrate_local_state(self.host, self.settings)
        except OSError as exc:
            self.host.log(f"telemetry is paused: its folder is not writable ({exc.strerror})")
            consent = load_consent(self.settings)
        if opt_out_reason(self.env) is None:
            if pending_question(consent, self.env, last_asked(self.settings)) is not None:
                self._watch_for_close()
                self.host.call_later(ASK_DELAY, self.ask_consent)
            self.begin(consent)
        folder = state_dir(self.host.user_data_dir())
        if self.sender is None and (folder / REMOVAL_QUEUE_FILE).exists():
            # A removal queued offline is the user's request, retried whatever they chose
            # since. When reporting began, its start-up thread retries first instead, so
            # that nothing is sent under an id whose removal is under way.
            threading.Thread(
                target=_retry_removals,
                args=(folder,),
                name="freecad-telemetry-removal",
                daemon=True,
            ).start()

    def _watch_for_close(self) -> None:
        """From the moment a question is due, watch the main window: once its close begins,
        or while FreeCAD's Welcome panel or another modal dialog is up, the question waits."""
        window = self.host.main_window()
        if self._ask is None and window is not None:
            from freecad_telemetry.ui.question_gate import QuestionGate

            self._gate = QuestionGate(window)

    def ask_consent(self) -> None:
        """The first-start (or what's-new) question, on the GUI thread; "Share" starts this
        session's reporting at once, "not now" and "don't share" send nothing. In FreeCAD the
        dialog opens without a nested event loop, once the gate is clear; `ask` (tests)
        answers at once."""
        from freecad_telemetry.ui.consent_dialog import ask_if_needed, open_if_needed

        if self._shut:
            return
        if self._gate is None:
            consent = ask_if_needed(
                self.host, parent=self.host.main_window(), env=self.env, ask=self._ask
            )
            if consent is not None:
                self.apply_consent(consent)
            return
        parent = self.host.main_window()
        self._gate.when_clear(lambda: open_if_needed(self.host, parent, self.env, self._answered))

    def _answered(self, consent: Consent) -> None:
        if not self._shut:
            self.apply_consent(consent)

    def apply_consent(self, consent: Consent) -> None:
        """A new answer (dialog or preferences page, already recorded): takes effect in this
        session. Events it withdrew are dropped from the outbox at once; widening starts
        reporting (or reports the newly granted categories) without a restart."""
        if not self._handing_over:  # in FreeCAD's process the agent sees the change itself
            folder = state_dir(self.host.user_data_dir())
            # SQLite off the calling thread
            threading.Thread(target=_purge, args=(folder,), daemon=True).start()
        if consent.sending and self._switched_off and not self._shut:
            # Off earlier in this session, on again: reporting begins anew (a new sender;
            # the stopped one never sends again).
            self.sender, self._ended, self._switched_off = None, False, False
            self.started = threading.Event()
        if consent.sending and self.sender is None:
            self.begin(consent)
        elif consent.sending and not self._ended and not self._handing_over:
            self._widen(consent)
        elif not consent.sending and self.sender is not None and not self._ended:
            self.sender.stop()  # switched off: nothing more leaves, not even at quit
            if self.tracker is not None:
                self.tracker.abandon()
            self._ended = self._switched_off = True

    def shut_down(self) -> None:
        """The add-on is being uninstalled (any thread): nothing more leaves this process,
        not even at quit, and this session leaves no sentinel behind."""
        self._shut = True
        self._ended = True
        if self.sender is not None:
            self.sender.stop()
        if self.tracker is not None:
            self.tracker.abandon()

    def apply_install_id(self, install_id: str) -> None:
        """The id was reset, or rotated after a confirmed removal: later events use it (and
        the sender drops whatever is left under a removed id)."""
        self.install_id = install_id
        if self.sender is not None:
            self.sender.wake()

    def begin(self, consent: Consent) -> None:
        """Start reporting this session with `consent` (only if it grants something)."""
        if not consent.sending or self.sender is not None or self._shut:
            return  # undecided or declined: nothing is collected, no socket is opened
        if opt_out_reason(self.env) is not None:
            return  # DO_NOT_TRACK, CI...: whatever is chosen, e.g. on the preferences page
        self.consent = consent
        if self._handing_over:  # FreeCAD's process: the facts go to the session agent
            from freecad_telemetry.handover import Handover

            assert self._launch is not None  # (checked when this session was made)
            handover = Handover(self.host, env=self.env, launch=self._launch)
            if handover.start():
                self.sender = handover
            return
        folder = self._folder = state_dir(self.host.user_data_dir())
        try:
            self.install_id = ensure_install_id(folder, adopt=reference_id(self.host))
        except OSError as exc:
            self.host.log(f"telemetry is paused: its folder is not writable ({exc.strerror})")
            return
        frozen = snapshot(self.host)
        make_transport = self._make_transport
        assert make_transport is not None
        self.tracker = SessionTracker(
            folder / SESSIONS_FOLDER, me=self._owner, session_id=self._session_id
        )
        hold = max(0, int(self.settings.get("SendDelay")))
        began, began_at = utc_now(), time.monotonic()

        def in_process() -> Any:
            """The Sender of this process (imports the outbox and posthog where it runs)."""
            from freecad_telemetry.consent.gate import consent_permit
            from freecad_telemetry.delivery.sender import Sender

            assert self.tracker is not None
            return Sender(
                self._open_outbox(),
                make_transport,
                self.host.log,
                heartbeat=self.tracker.heartbeat,
                hold=max(0.0, hold - (time.monotonic() - began_at)),
                permit=consent_permit(folder, self.env),
                session_start=began,
            )

        self.sender = in_process()
        threading.Thread(
            target=self._background, args=(frozen,), name="freecad-telemetry-start", daemon=True
        ).start()

    def _open_outbox(self) -> Outbox:
        """The outbox, created at first use (background thread, or the quit if that comes
        first): importing SQLite and the outbox code stays off the GUI thread at start-up."""
        if self.outbox is None:
            from freecad_telemetry.delivery.outbox import Outbox

            folder = state_dir(self.host.user_data_dir())
            self.outbox = Outbox(folder / OUTBOX_FILE, on_reset=self.host.log)
        return self.outbox

    def quit(self) -> None:
        """aboutToQuit: a few milliseconds of local writes, then the sender's fixed budget."""
        if self.sender is None or self._ended:
            return
        self._ended = True
        if self._handing_over:
            self.sender.end()  # one small file: the agent stores the end and sends
            return
        from freecad_telemetry.report import SessionFacts, draft

        # The decision now, wherever it was made (another FreeCAD, a shell).
        grant = _grant_now(state_dir(self.host.user_data_dir()), self.env)
        if not grant.categories:  # switched off during the session: nothing more goes out
            self.sender.stop()
            if self.tracker is not None:
                self.tracker.abandon()
            return
        budget = QUIT_BUDGET if self._quit_budget is None else self._quit_budget
        # Only a quit in the first instants can race the start-up; the agent (a budget of
        # seconds, FreeCAD no longer waiting) lets it finish, FreeCAD's process barely.
        self.started.wait(min(budget, 10.0))
        record = self.tracker.end() if self.tracker is not None else None
        if record is not None:
            self._store(
                [
                    draft(
                        "freecad_shutdown",
                        {"session_seconds": int(record.length_seconds())},
                        grant,
                        self.facts or SessionFacts(),
                    )
                ]
            )
        stuck = self.sender.busy  # on a request begun before quit: waiting cannot help
        self.sender.finish(budget)
        if not stuck:
            deadline = time.monotonic() + budget
            sender = self.sender
            # Python's exit runs after FreeCAD saved user.cfg: the last moment to let the
            # session-end event leave; what does not leave by then goes next session.
            atexit.register(lambda: sender.join(deadline - time.monotonic()))

    # --- background thread ----------------------------------------------------------------
    def _background(self, frozen: Host) -> None:
        from freecad_telemetry.consent import gate  # noqa: F401  (the quit's: loaded here)
        from freecad_telemetry.delivery.outbox import OutboxUnavailable
        from freecad_telemetry.rights.removal import (
            pending_removals,
            removal_pending,
            retry_pending_removal,
        )

        if self.sender is not None:
            self.sender.runs_here()  # before `started`: a quit then waits for this thread
        folder = state_dir(frozen.user_data_dir())
        self._open_outbox()
        try:
            if pending_removals(folder):
                retry_pending_removal(folder)  # a confirmed removal rotates the id
                self.install_id = read_install_id(folder) or self.install_id
            if removal_pending(folder, self.install_id):
                if self.sender is not None:
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
        if self.sender is not None:
            self.sender.run()

    def _record_start(self, frozen: Host) -> None:
        from freecad_telemetry.atomic_file import remove_quietly
        from freecad_telemetry.collectors.freecad_version import channel_of
        from freecad_telemetry.handover import session_files
        from freecad_telemetry.report import SessionFacts, start_drafts

        assert self.consent is not None and self.tracker is not None and self.outbox is not None
        self.grant = sendable(self.consent)
        self.outbox.begin_session(lease_owner_alive)
        folder = state_dir(frozen.user_data_dir())
        self.facts = SessionFacts(
            sequence=self.outbox.next_counter("session"),
            install_age_days=install_age_days(folder),
            release_channel=channel_of(frozen),
        )
        version = ".".join([*list(frozen.freecad_version() or []), "", "", ""][:3])
        # Our own sentinel (and its lock) first: then no other instance starting at the same
        # moment can mistake this live session for a dead one.
        self.tracker.begin(version, __version__, sequence=self.facts.sequence)
        claimed = self.tracker.claim_unclean()
        drafts = start_drafts(frozen, self.grant, self.facts, self.host.log)
        sessions = folder / SESSIONS_FOLDER
        from freecad_telemetry.earlier_sessions import unclean_drafts  # (start-up thread)

        self._store(unclean_drafts(claimed, self.grant, self.facts, sessions))
        self._store_snapshots(drafts, folder)
        self.tracker.settle(claimed)
        for dead in claimed:  # reported: what their hand-over left goes too
            for path in session_files(sessions, dead.session_id):
                remove_quietly(path)

    def _store_snapshots(self, drafts: List[Draft], folder: Path) -> None:
        """Store the drafts that are due (snapshots only when changed) and record them, under
        the state lock: FreeCADs starting together store each snapshot once, not each."""
        from freecad_telemetry import snapshots

        with state_lock(folder, name=snapshots.LOCK_FILE):
            started = snapshots.due(drafts, folder)
            self._store(started)
            try:
                snapshots.remember(started, folder)
            except OSError as exc:  # the snapshots are simply sent again next time
                self.host.log(f"could not record what was sent ({exc.strerror})")

    def _widen(self, consent: Consent) -> None:
        """Granted more during the session (GUI thread): the start-up events of the newly
        granted categories are collected now, on a background thread."""
        categories = sendable(consent).categories
        if self.started.is_set() and self.grant and not categories - self.grant.categories:
            return  # nothing new (a narrowing): no need to copy FreeCAD's facts
        frozen = snapshot(self.host)

        def collect() -> None:
            from dataclasses import astuple

            from freecad_telemetry import fields
            from freecad_telemetry.fields import Grant
            from freecad_telemetry.report import SessionFacts, start_drafts

            added = sendable(consent)
            self.started.wait(5.0)  # the start-up thread sets self.grant first
            before = self.grant or Grant(frozenset())
            if not added.categories - before.categories or self._shut:
                return
            self.consent, self.grant = consent, added
            folder = state_dir(frozen.user_data_dir())
            try:
                facts = self.facts or SessionFacts()
                drafts = start_drafts(frozen, added, facts, self.host.log)
                fresh = [d for d in drafts if not fields.event_allowed(d.name, *astuple(before))]
                self._store_snapshots(fresh, folder)
            except Exception as exc:  # never a traceback in the Report view
                self.host.log(f"reporting what was granted failed: {type(exc).__name__}: {exc}")

        threading.Thread(target=collect, name="freecad-telemetry-widen", daemon=True).start()

    def _store(self, drafts: Sequence[Optional[Draft]]) -> None:
        from freecad_telemetry.report import stamp

        # The id in the state folder now: a removal confirmed elsewhere rotated it.
        if self._folder is not None:
            self.install_id = read_install_id(self._folder) or self.install_id
        events = stamp([d for d in drafts if d is not None], self.install_id)
        if events:
            self._open_outbox().add(events)
            if self.sender is not None:
                self.sender.wake()


# --- imported where they run (never at window-up) ---------------------------------------------


def _grant_now(folder: Path, env: Optional[Mapping[str, str]]) -> Grant:
    from freecad_telemetry.consent.gate import grant_now

    return grant_now(folder, env)


def _purge(folder: Path) -> None:
    from freecad_telemetry.consent.gate import purge

    purge(folder)


def _retry_removals(folder: Path) -> None:
    from freecad_telemetry.rights.removal import pending_removals, retry_pending_removal

    if pending_removals(folder):
        retry_pending_removal(folder)
