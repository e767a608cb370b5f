"""The add-on's entry point in FreeCAD's GUI: called by InitGui.py while the splash shows.

It only creates the host and schedules two callbacks (main window shown, quit); the rest of
the add-on is imported by the first of them. No file access, no posthog import and no log
line here (each Log line costs 51 ms while the splash is up). Nothing may escape into
FreeCAD's loader: an exception there is printed in the Report view, and a SystemExit ends
FreeCAD.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional

_state: Dict[str, Any] = {}  # the live session, kept for the whole FreeCAD process


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


def start_gui(host_factory: Optional[Callable[[], Any]] = None) -> None:
    """Schedule the session; never raises."""
    try:
        if host_factory is None:
            from freecad_telemetry.host.freecad_host import FreeCADHost

            host_factory = FreeCADHost
        host = host_factory()
        _state.clear()
        _state["host"] = host

        def ready() -> None:
            from freecad_telemetry.lifecycle import Session

            _state["session"] = Session(host)
            _state["session"].gui_ready()

        def quit() -> None:
            session = _state.get("session")
            if session is not None:
                session.quit()

        host.on_gui_ready(_guarded(ready, host.log))
        host.on_quit(_guarded(quit, host.log))
    except BaseException:
        # Logging now would cost the splash-screen delay; FreeCAD starts without telemetry
        # and `python -m freecad_telemetry status` shows it inactive.
        _state.clear()


def current_session() -> Any:
    """The running session (for the preferences page and uninstall), or None."""
    return _state.get("session")
