"""Measuring code that runs INSIDE FreeCAD, installed by bench_setup.install_probe as the
profile's `usercustomize` module (FreeCAD 0.20.2 and 1.1 import it at interpreter start-up,
on the main thread, before FreeCAD loads any add-on). Not part of the add-on.

Driven by environment variables set by the bench scripts:
  FCT_PROBE_OUT   JSON file written by an atexit handler registered first (so it runs last).
  FCT_PROBE_ROOT  the installed add-on folder: a main-thread profile hook (sys.setprofile)
                  times every outermost frame whose code lies under it, with all it calls.
Also: mark(name) records a phase boundary (called by the harness on the GUI thread), and
start_stall_timer() (called from the probe Mod's InitGui.py) records GUI-thread gaps.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import time

_OUT = os.environ.get("FCT_PROBE_OUT", "")
_ROOT = os.environ.get("FCT_PROBE_ROOT", "")
STALL_MS = 5
GAP_S = 0.007  # gaps longer than this are kept with their times

_blocks = []  # [start (perf_counter), seconds, hook events inside, label, main-thread CPU s]
_marks = {"start": time.perf_counter()}
_data = {"marks": _marks, "blocks": _blocks, "pid": os.getpid()}


def _vm_hwm_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def mark(name: str) -> None:
    """A phase boundary (e.g. "answer", "quit"); also the peak RSS at that moment."""
    _marks[name] = time.perf_counter()
    _data["hwm_kb_" + name] = _vm_hwm_kb()


def _window_shown() -> bool:
    """The add-on's own test (ui/qt.py main_window_up), from the Qt modules it already
    imported (nothing is imported here): a main window is visible and the main loop runs."""
    for binding in ("PySide6", "PySide2"):
        core, widgets = (sys.modules.get(f"{binding}.{m}") for m in ("QtCore", "QtWidgets"))
        if core is not None and widgets is not None:
            app = widgets.QApplication.instance()
            if app is None or core.QThread.currentThread().loopLevel() < 1:
                return False
            return any(
                isinstance(w, widgets.QMainWindow) and w.isVisible() for w in app.topLevelWidgets()
            )
    return False


def _make_hook(prefixes, counting=None):
    """The profile function. While no add-on frame is being timed it looks only at `call`
    events; while one is, it counts events (to subtract their cost) until that frame returns."""
    perf, cpu = time.perf_counter, time.thread_time
    state = counting if counting is not None else [None, 0.0, 0, "", 0.0]

    def hook(frame, event, arg):
        if state[0] is not None:
            state[2] += 1
            if frame is state[0] and event == "return":
                seconds, cpu_seconds = perf() - state[1], cpu() - state[4]
                _blocks.append([state[1], seconds, state[2], state[3], cpu_seconds])
                state[0] = None
            return
        if event != "call":
            return
        name = frame.f_code.co_filename
        if name == "<string>":  # FreeCAD runs each InitGui.py as exec(f.read()) in a scope
            name = str(frame.f_locals.get("InstallFile", name))  # holding its path
        if name.startswith(prefixes):
            if "window" not in _marks and _window_shown():
                _marks["window"] = perf()
            state[3] = "/".join(name.split("/")[-2:]) + ":" + frame.f_code.co_name
            state[0], state[2] = frame, 0
            state[4] = cpu()
            state[1] = perf()

    return hook, state


def _calibrate(prefixes, loops: int = 50000) -> float:
    """Seconds one event costs the hook while it counts (best of 5, events counted)."""

    def nothing():
        pass

    def timed(hook):
        sys.setprofile(hook)
        start = time.perf_counter()
        for _ in range(loops):
            nothing()
        elapsed = time.perf_counter() - start
        sys.setprofile(None)
        return elapsed

    bare = min(timed(None) for _ in range(5))
    costs = []
    for _ in range(5):
        hook, state = _make_hook(prefixes, [object(), 0.0, 0, "calibration", 0.0])
        costs.append((timed(hook) - bare) / max(1, state[2]))
    del _blocks[:]
    return max(0.0, min(costs))


def _write() -> None:
    if "FreeCAD" not in sys.modules:
        # Another Python of this profile (the add-on's sending agent reads the same user
        # site-packages): its exit must not overwrite FreeCAD's figures.
        return
    _marks.setdefault("exit", time.perf_counter())
    _data["hwm_kb_exit"] = _vm_hwm_kb()
    with open(_OUT + ".tmp", "w", encoding="utf-8") as stream:
        json.dump(_data, stream)
    os.replace(_OUT + ".tmp", _OUT)


def _tick(state) -> None:
    now = time.monotonic()
    if state["last"] is None:  # not yet measuring: wait for the shown window + main loop
        from PySide import QtCore

        window = state["window"]
        if QtCore.QThread.currentThread().loopLevel() < 1 or not window.isVisible():
            return
        _data["stall_from"] = now
    else:
        gap = now - state["last"]
        if gap > _data["stall_max"]:
            _data["stall_max"] = gap
        if gap > GAP_S and len(_data["stalls"]) < 5000:
            _data["stalls"].append([state["last"], now])
    state["last"] = now


def start_stall_timer() -> None:
    """A STALL_MS timer on the GUI thread, parented to the main window; records gaps once the
    window is shown and the main loop runs (GUI thread, from the probe Mod's InitGui.py)."""
    import FreeCADGui
    from PySide import QtCore

    window = FreeCADGui.getMainWindow()
    state = {"last": None, "window": window}
    _data.update(stall_max=0.0, stalls=[])
    timer = QtCore.QTimer(window)
    timer.setTimerType(QtCore.Qt.PreciseTimer)
    timer.setInterval(STALL_MS)
    timer.timeout.connect(lambda: _tick(state))
    timer.start()
    globals()["_stall_timer"] = (timer, state)


def stall_report() -> dict:
    """Longest gap so far, gaps > GAP_S as [start, end] and the agent's starts (time.monotonic,
    as the bench's)."""
    return {k: _data.get(k) for k in ("stall_from", "stall_max", "stalls", "spawns")}


def _record_spawns() -> None:
    """When the add-on starts its agent (time.monotonic()): subprocess.Popen wrapped, for
    FCT_PROBE_SPAWNS (bench/gui_stall.py: which gaps the agent's start could have caused)."""
    import subprocess

    spawns = _data.setdefault("spawns", [])
    original = subprocess.Popen.__init__

    def init(self, *args, **kwargs):
        if "freecad_telemetry" in str(kwargs.get("args", args[0] if args else "")):
            spawns.append(time.monotonic())
        original(self, *args, **kwargs)

    subprocess.Popen.__init__ = init


if _OUT:
    atexit.register(_write)  # first registered: runs after every other atexit handler
    if os.environ.get("FCT_PROBE_SPAWNS"):
        _record_spawns()
    if _ROOT:
        _prefixes = tuple({os.path.join(_ROOT, ""), os.path.join(os.path.realpath(_ROOT), "")})
        _data["event_cost_s"] = _calibrate(_prefixes)
        _marks["start"] = time.perf_counter()
        sys.setprofile(_make_hook(_prefixes)[0])
