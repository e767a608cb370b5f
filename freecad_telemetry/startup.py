"""The add-on's entry point in FreeCAD's GUI: called by InitGui.py while the splash shows.

During the splash it only schedules a timer; the timer re-arms itself until the main window
is shown and Qt's main event loop runs (timers also fire inside FreeCAD's start-up
processEvents() calls, over the splash), then imports and creates everything else. No file
access, no posthog import and no log line during the splash (each Log line costs 51 ms
then). Nothing may escape into FreeCAD's loader: an exception there is printed in the
Report view, and a SystemExit ends FreeCAD.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional

_state: Dict[str, Any] = {}  # the live host and session, kept for the whole FreeCAD process

Schedule = Callable[[int, Callable[[], None]], None]  # (delay in ms, callback)
POLL_MS = 200


def _guarded(work: Callable[[], None], log: Callable[[str], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            work()
        except BaseException as exc:  # a Qt slot must never raise, SystemExit included
            try:
                log(f"unexpected {type(exc).__name__}: {exc}")
            except BaseException:
                pass

    return run


def _freecad_host() -> Any:
    from freecad_telemetry.host.freecad_host import FreeCADHost

    return FreeCADHost()


def _on_window_shown(host_factory: Callable[[], Any]) -> None:
    try:
        host = host_factory()
    except BaseException:
        return  # without a host there is nothing to log to; FreeCAD carries on
    _state["host"] = host

    def begin() -> None:
        from freecad_telemetry.lifecycle import Session

        host.on_quit(_guarded(_quit, host.log))
        _state["session"] = Session(host)
        _state["session"].gui_ready()

    _guarded(begin, host.log)()


def _quit() -> None:
    session = _state.get("session")
    if session is not None:
        session.quit()


def start_gui(
    host_factory: Optional[Callable[[], Any]] = None,
    schedule: Optional[Schedule] = None,
    window_up: Optional[Callable[[], bool]] = None,
) -> None:
    """Schedule the session for when the main window is up; never raises."""
    try:
        _state.clear()
        if schedule is None or window_up is None:
            from freecad_telemetry.ui.qt import QtCore, main_window_up

            schedule = schedule or QtCore.QTimer.singleShot
            window_up = window_up or main_window_up
        factory = host_factory or _freecad_host
        arm, up = schedule, window_up

        def when_window_is_up() -> None:
            try:
                if _state.get("shut_down"):
                    return
                if not up():
                    arm(POLL_MS, when_window_is_up)
                    return
            except BaseException:
                return
            _on_window_shown(factory)

        arm(0, when_window_is_up)
    except BaseException:
        # Logging now would cost the splash-screen delay; FreeCAD starts without telemetry
        # and `python -m freecad_telemetry status` shows it inactive.
        _state.clear()


def shut_down() -> None:
    """Uninstall (uninstall.py, any thread): the loaded add-on stays in memory until FreeCAD
    exits, so it is told to send nothing more, and not to start if it has not yet."""
    _state["shut_down"] = True
    session = _state.get("session")
    if session is not None:
        session.shut_down()


def is_shut_down() -> bool:
    return bool(_state.get("shut_down"))


def current_session() -> Any:
    """The running session (for the preferences page and uninstall), or None."""
    return _state.get("session")
