"""One reporting session: what happens when FreeCAD's window is up and at quit.

The same class runs in two places. In FreeCAD's process (host = FreeCAD, no transport
given) it is the GUI thread's side: the preferences page, the consent question and its
answers; once consent is in force it hands the session over (handover.py) to the session
agent, and at quit it only tells the agent. In the agent's process (agent.run_session:
host = the facts FreeCAD handed over, posthog's transport given), and in tests (their
transport), ``begin`` starts the session's reporting here (reporting.py) and ``quit`` ends
it within its budget.

What FreeCAD's GUI thread imports is kept small (this module's top-level imports): the
reporting, the outbox, the collectors, the consent gate and the network code are imported
where they run, in the agent or on a background thread.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from freecad_telemetry.consent.decision import Consent, load_consent
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.consent.question import last_asked, pending_question
from freecad_telemetry.field_table import FieldTable
from freecad_telemetry.fields import TABLE
from freecad_telemetry.host.interface import GuiHost
from freecad_telemetry.migrations import migrate_local_state, migrate_reference
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import REMOVAL_QUEUE_FILE, state_dir

if TYPE_CHECKING:
    from freecad_telemetry.delivery.outbox import Outbox
    from freecad_telemetry.delivery.sender import Transport
    from freecad_telemetry.reporting import Reporting
    from freecad_telemetry.state.process_identity import ProcessIdentity

ASK_DELAY = 1.0  # seconds after the window is shown before the consent question


class Session:
    """One FreeCAD session's consent and reporting: the question, the preferences page's
    changes, an uninstall, and the reporting itself, handed over (FreeCAD's process) or run
    here (reporting.Reporting)."""

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
        table: FieldTable = TABLE,
    ) -> None:
        self.host = host
        self.table = table  # what the question asks about (a test gives a newer table)
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
        self.reporting: Optional[Reporting] = None  # where this process sends (not FreeCAD's)
        self.sender: Any = None  # delivery.sender.Sender, or handover.Handover in FreeCAD
        self.started = threading.Event()  # the start-up events are in the outbox
        self._ended = False
        self._shut = False  # uninstalled while running
        self._gate: Any = None  # ui.question_gate.QuestionGate, in FreeCAD only
        self._switched_off = False  # stopped by a choice in this session (not by quit)

    @classmethod
    def with_posthog(cls, host: GuiHost, *, env: Optional[Mapping[str, str]] = None,
                     **options: Any) -> Session:  # fmt: skip
        """A session that sends to PostHog from this process: the agent's (and tests')."""
        from freecad_telemetry.consent.gate import grant_now
        from freecad_telemetry.reporting import make_posthog_transport

        folder = state_dir(host.user_data_dir())
        grant = lambda: grant_now(folder, env)  # noqa: E731  (asked before every batch)
        make = make_posthog_transport(Settings(host), grant, host.log)
        return cls(host, env=env, make_transport=make, **options)

    @property
    def outbox(self) -> Optional[Outbox]:
        return self.reporting.outbox if self.reporting is not None else None

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
            asked = last_asked(self.settings)
            if pending_question(consent, self.env, asked, table=self.table) is not None:
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
                self.host, self.host.main_window(), self.env, self._ask, self.table
            )
            if consent is not None:
                self.apply_consent(consent)
            return
        parent = self.host.main_window()
        self._gate.when_clear(
            lambda: open_if_needed(self.host, parent, self.env, self._answered, self.table)
        )

    def _answered(self, consent: Consent) -> None:
        if not self._shut:
            self.apply_consent(consent)

    def apply_consent(self, consent: Consent) -> None:
        """A new answer (dialog or preferences page, already recorded): takes effect in this
        session. Events it withdrew are dropped from the outbox at once; widening starts
        reporting (or reports the newly granted categories) without a restart."""
        if not self._handing_over:  # in FreeCAD's process the agent sees the change itself
            # Here, on the caller's thread: a session that sends from its own process runs
            # in the agent (or a test), never on FreeCAD's GUI thread, and the agent may exit
            # right after a switch-off.
            _purge(state_dir(self.host.user_data_dir()))
        if consent.sending and self._switched_off and not self._shut:
            # Off earlier in this session, on again: reporting begins anew (a new sender;
            # the stopped one never sends again).
            self.sender, self.reporting = None, None
            self._ended = self._switched_off = False
            self.started = threading.Event()
        if consent.sending and self.sender is None:
            self.begin(consent)
        elif consent.sending and not self._ended and self.reporting is not None:
            self.consent = consent
            self.reporting.widen(consent)
        elif not consent.sending and self.sender is not None and not self._ended:
            self._stop()  # switched off: nothing more leaves, not even at quit
            self._ended = self._switched_off = True

    def shut_down(self) -> None:
        """The add-on is being uninstalled (any thread): nothing more leaves this process,
        not even at quit, and this session leaves no sentinel behind."""
        self._shut = True
        self._ended = True
        self._stop()

    def _stop(self) -> None:
        if self.reporting is not None:
            self.reporting.stop()
        elif self.sender is not None:
            self.sender.stop()

    def apply_install_id(self, install_id: str) -> None:
        """The id was reset, or rotated after a confirmed removal: later events use it (and
        the sender drops whatever is left under a removed id)."""
        if self.reporting is not None:
            self.reporting.use_install_id(install_id)
        elif self.sender is not None:
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
        from freecad_telemetry.reporting import Reporting

        assert self._make_transport is not None
        reporting = Reporting(
            self.host,
            consent,
            env=self.env,
            make_transport=self._make_transport,
            started=self.started,
            owner=self._owner,
            session_id=self._session_id,
            quit_budget=self._quit_budget,
            table=self.table,
        )
        if reporting.start():
            self.reporting, self.sender = reporting, reporting.sender

    def quit(self) -> None:
        """aboutToQuit: a few milliseconds of local writes, then the sender's fixed budget."""
        if self.sender is None or self._ended:
            return
        self._ended = True
        if self._handing_over:
            self.sender.end()  # one small file: the agent stores the end and sends
        elif self.reporting is not None:
            self.reporting.quit()


# --- imported where they run (never at window-up) ---------------------------------------------


def _purge(folder: Path) -> None:
    from freecad_telemetry.consent.gate import purge

    purge(folder)


def _retry_removals(folder: Path) -> None:
    from freecad_telemetry.rights.removal import pending_removals, retry_pending_removal

    if pending_removals(folder):
        retry_pending_removal(folder)
