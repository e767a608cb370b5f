"""The add-on in FreeCAD's GUI once the main window is up (freecad_telemetry.start_gui, the
entry point, calls `window_shown`; the splash's preload thread imported this module).

On the GUI thread: a returning user's start (a decision in force, nothing to ask or migrate:
handover.settled_consent) registers the preferences page and hands the session over to the
agent (handover.py), importing nothing more of the add-on; any other start builds the full
session (lifecycle.py: the question, the migrations). The full session is also built when
the preferences page first needs it. What this FreeCAD process holds (its host, session or
hand-over, and whether the add-on was uninstalled in it) is one Runtime, made by
`window_shown`: FreeCAD's hooks (the preferences page class, uninstall.py) are global, so
they find it as `startup.runtime`. Nothing may escape into Qt: an exception in a timer's
callback is printed in the Report view, and a SystemExit ends FreeCAD.
"""

from __future__ import annotations

import os

# Names for type checkers only: on FreeCAD's GUI thread each import statement costs (PySide
# hooks __import__), and these modules run there when the window comes up.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Optional

STOP_WAIT = 2.0  # seconds the start-up thread may take to finish writing before a deletion


def _guarded(work: Callable[[], None], log: Callable[[str], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            work()
        except BaseException as exc:  # a Qt slot must never raise, SystemExit included
            try:
                log(f"unexpected {type(exc).__name__}: {exc}")
            except BaseException:  # the guard's own log failed: nowhere left to report it
                pass

    return run


class Runtime:
    """The add-on in this FreeCAD process, from the window-up to the exit. GUI thread, but for
    `shut_down` and `stop_this_process` (uninstall or `forget`: any thread)."""

    def __init__(self) -> None:
        self.host: Any = None  # host.FreeCADHost, once the window is up
        self.session: Any = None  # lifecycle.Session: a first start, or built for the page
        self.handover: Any = None  # handover.Handover: a returning user's start
        self.settled = False  # a returning user's start: the full session is built on demand
        self.is_shut_down = False  # uninstalled (or forgotten) in this process

    def window_shown(self, host_factory: Optional[Callable[[], Any]]) -> None:
        """Once FreeCAD's main window is up: hand the session over, or build it."""
        try:
            if host_factory is None:
                from freecad_telemetry.host import running_freecad

                host_factory = running_freecad
            self.host = host_factory()
        except BaseException:  # a Qt timer's callback; without a host there is nothing to log to
            return  # FreeCAD carries on
        _guarded(self._begin, self.host.log)()

    def _begin(self) -> None:
        from freecad_telemetry.handover import Handover, settled_consent

        host = self.host
        host.on_quit(_guarded(self.quit, host.log))
        host.register_preferences_page(TelemetryPreferences)  # always there, to opt in later
        settled = settled_consent(host)
        if settled is None:
            from freecad_telemetry.lifecycle import Session

            self.session = Session(host, launch=launch_agent)
            self.session.gui_ready()
            return
        self.settled = True  # the full session is built when the page needs it
        if settled == "granted":
            handover = Handover(host, env=os.environ, launch=launch_agent)
            if handover.start():
                self.handover = handover

    def quit(self) -> None:
        """aboutToQuit (GUI thread): a few file writes, nothing waits on the network."""
        if self.session is not None:
            self.session.quit()
        elif self.handover is not None:
            self.handover.end()

    def current_session(self) -> Any:
        """The running session (for the preferences page and uninstall), or None. After a
        returning user's start it is built here, on the GUI thread, at its first use, and
        takes over the session already handed to the agent."""
        if self.session is None and self.settled and not self.is_shut_down:
            from freecad_telemetry.lifecycle import Session

            self.session = Session(self.host, launch=launch_agent)
            self.session.adopt(self.handover)
        return self.session

    def shut_down(self) -> None:
        """Uninstall (any thread): the loaded add-on stays in memory until FreeCAD exits, so
        it is told to send nothing more, and not to start if it has not yet."""
        self.is_shut_down = True
        if self.session is not None:
            self.session.shut_down()
        elif self.handover is not None:
            self.handover.stop()

    def stop_this_process(self, wait: float = STOP_WAIT) -> None:
        """Uninstall or `forget` inside FreeCAD (any thread): nothing more may leave, not
        even at quit, and the add-on may not start. Waits at most `wait` seconds for a
        start-up thread that may still be writing its session marker and events (so that
        nothing is written again after `forget` deleted it), then for the sender thread, or
        the session agent, to end."""
        import time

        self.shut_down()
        session = self.session
        sender = self.handover if session is None else getattr(session, "sender", None)
        if sender is None:
            return  # never began reporting: no background thread writes anything
        deadline = time.monotonic() + wait
        if session is not None:
            started = getattr(session, "started", None)
            if started is not None:
                started.wait(wait)
            session.shut_down()  # again: abandons a marker the start-up thread wrote meanwhile
        # An agent is ended now; a thread ends at once unless a request is on the wire; once
        # ended, its database connection is closed, which Windows needs to delete the file.
        sender.join(deadline - time.monotonic())


runtime = Runtime()  # this process's; start_gui makes a new one


def launch_agent(handover: Any) -> None:
    """What the launch thread does (handover.LaunchThread, in FreeCAD's process, never on the
    GUI thread): agent_launch, and what it needs, are imported here."""
    from freecad_telemetry.agent_launch import launch

    launch(handover)


def window_shown(host_factory: Optional[Callable[[], Any]] = None) -> None:
    """FreeCAD's main window is up (the entry point's timer, freecad_telemetry.start_gui; GUI
    thread): make this process's Runtime and begin its session, unless the add-on was
    uninstalled or forgotten in this process before; never raises."""
    global runtime
    if runtime.is_shut_down:
        return
    runtime = Runtime()
    runtime.window_shown(host_factory)


class TelemetryPreferences:
    """What FreeCAD instantiates (GUI thread) when Edit > Preferences opens; FreeCAD names the
    page after this class. The Qt page is imported only then, and is given the running
    session to tell of changes."""

    def __new__(cls, *args: Any) -> Any:
        from freecad_telemetry.ui import preferences_page as page

        if runtime.is_shut_down:  # uninstalled in this session: its files are gone
            return page.UninstalledPage()
        return page.TelemetryPreferencesPage(
            *args,
            host=runtime.host,  # the session's (built on its first use, by the hooks)
            on_consent_changed=_tell_session("apply_consent"),
            on_id_changed=_tell_session("apply_install_id"),
        )


def _tell_session(method: str) -> Callable[[Any], None]:
    """A page hook that passes a change to the running session's `method`, if one runs."""

    def hook(value: Any) -> None:
        session = runtime.current_session()
        if session is not None:
            getattr(session, method)(value)

    return hook


def stop_this_process(wait: float = STOP_WAIT) -> None:
    """Uninstall or `forget` inside FreeCAD (any thread): see Runtime.stop_this_process."""
    runtime.stop_this_process(wait)
