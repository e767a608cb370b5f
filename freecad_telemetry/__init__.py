"""freecad-telemetry: the opt-in telemetry add-on for FreeCAD.

Importing this package defines the version, `loaded_qt` and `start_gui`, and imports
nothing: FreeCAD imports it from the add-on's InitGui.py while the splash screen is up, on
its GUI thread, where each module loaded costs 0.2-0.5 ms. So the splash's part of the entry
point is here, in the one module FreeCAD has to load then; what the window-up needs (ENTRY,
then the FreeCAD host and the hand-over) is imported meanwhile by a short thread, by name,
as an entry point is: the layers below import this package for its version, never the
reverse.
"""

TYPE_CHECKING = False  # (read on FreeCAD's GUI thread during the splash: no typing import)
if TYPE_CHECKING:
    from typing import Any, Callable, List, Optional, Tuple

    Schedule = Callable[[int, Callable[[], None]], None]  # (delay in ms, callback)

__version__ = "0.1.0"

POLL_MS = 500  # each look costs the GUI thread a little; the agent is in no hurry
ENTRY = "freecad_telemetry.startup"  # its window_shown() begins the session
# What the window-up imports (ENTRY, and what its Runtime needs for a returning user's
# start), imported beforehand by the splash's preload thread (FreeCAD is in sys.modules).
PRELOAD = (ENTRY, "freecad_telemetry.host.freecad_host", "freecad_telemetry.handover")


def loaded_qt() -> "Optional[Tuple[Any, Any]]":
    """(QtCore, QtWidgets) of the Qt binding the running application has loaded (PySide6 in
    FreeCAD 1.x, PySide2 in 0.20), or None (FreeCAD's console mode, a plain Python). Looks in
    sys.modules only: importing a binding is ui/qt.py's alone. Any thread."""
    import sys

    for binding in ("PySide6", "PySide2"):
        core, widgets = (sys.modules.get(f"{binding}.{name}") for name in ("QtCore", "QtWidgets"))
        if core is not None and widgets is not None:
            return core, widgets
    return None


def start_gui(
    host_factory: "Optional[Callable[[], Any]]" = None,
    schedule: "Optional[Schedule]" = None,
    window_up: "Optional[Callable[[], bool]]" = None,
) -> "Any":
    """FreeCAD's entry point (InitGui.py, on the GUI thread while the splash shows): start the
    preload thread and look for the main window until it is shown and Qt's main event loop
    runs (timers also fire inside FreeCAD's start-up processEvents() calls, over the splash);
    then startup.window_shown begins the session. No file access and no log line here (each
    Log line costs 51 ms during the splash). Never raises: an exception in FreeCAD's loader is
    printed in the Report view, and a SystemExit ends FreeCAD. Returns the preload thread's
    lock, held until it is done (for tests), or None."""
    try:
        if schedule is None or window_up is None:
            core, widgets = _qt()
            schedule = schedule or _rearmed_timer(core)
            window_up = window_up or (lambda: _main_window_up(core, widgets))
        factory, arm, up = host_factory, schedule, window_up

        def when_window_is_up() -> None:
            try:
                if not up():
                    arm(POLL_MS, when_window_is_up)
                    return
                entry = __import__(ENTRY, fromlist=["window_shown"])  # (preloaded)
            except BaseException:  # a Qt timer's callback: never a traceback, SystemExit included
                return
            entry.window_shown(factory)

        arm(0, when_window_is_up)
        # Last: the thread then competes for the GIL with FreeCAD's code, not with this call.
        return _start_preload(PRELOAD)
    except BaseException:  # FreeCAD's loader (InitGui.py) would print a traceback
        # Logging now would cost the splash-screen delay; FreeCAD starts without telemetry
        # and `python -m freecad_telemetry status` shows it inactive.
        return None


def _start_preload(modules: "Tuple[str, ...]") -> "Any":
    """Start a bare thread (``_thread``: threading.Thread's bookkeeping costs more) that
    imports `modules`, off FreeCAD's GUI thread and while the splash shows; returns a lock
    held until it is done. An import that fails here is left for the GUI thread's own import
    of it, which reports it."""
    import _thread

    done = _thread.allocate_lock()
    done.acquire()

    def preload() -> None:
        for name in modules:
            try:
                __import__(name)
            except BaseException:  # e.g. no FreeCAD in this process: the real import says so
                pass
        done.release()

    _thread.start_new_thread(preload, ())
    return done


def _rearmed_timer(core: "Any") -> "Schedule":
    """schedule(ms, callback) on one single-shot QTimer made here and started again for each
    look: QTimer.singleShot with a Python callable makes and connects a new timer each time,
    about 80 µs of FreeCAD's GUI thread per look. GUI thread."""
    timer = core.QTimer()
    timer.setSingleShot(True)
    due: List[Callable[[], None]] = []

    def fire() -> None:
        if due:
            due.pop()()

    timer.timeout.connect(fire)

    def schedule(ms: int, callback: "Callable[[], None]") -> None:
        due[:] = [callback]
        timer.start(ms)

    return schedule


def _qt() -> "Tuple[Any, Any]":
    """QtCore and QtWidgets as FreeCAD has loaded them, so that the splash imports no module
    for them. Raises without a GUI (FreeCAD's console mode): nothing to start then."""
    found = loaded_qt()
    if found is None:
        raise RuntimeError("no Qt binding loaded")
    return found


def _main_window_up(core: "Any", widgets: "Any") -> bool:
    """FreeCAD's main window is shown and Qt's main event loop runs. Timers fire earlier too,
    inside FreeCAD's own start-up processEvents() calls while the splash screen shows
    (loop level 0 there); anything started then would sit on the splash and stall start-up."""
    app = widgets.QApplication.instance()
    if app is None or core.QThread.currentThread().loopLevel() < 1:
        return False
    return any(isinstance(w, widgets.QMainWindow) and w.isVisible() for w in app.topLevelWidgets())
