# SPDX-License-Identifier: LGPL-2.1-or-later
"""Remote control for a real FreeCAD GUI, driven by tests/freecad_runner.py.

WHEN this runs: FreeCAD 0.20.2 treats a ``.py`` file on its command line as a module and
imports it (falling back to ``exec`` in ``__main__`` if the import raises) after the main
window is shown, on the GUI thread. Importing it only installs a polling QTimer; each command
then runs from its own zero-delay timer, on the GUI thread, while FreeCAD's event loop runs
(so a command may open a modal dialog and a later command can still answer it).

Protocol (all inside the folder named by ``FCT_CONTROL_DIR``; every file is written to a
temporary name and renamed, so a reader never sees half a file):

* ``ready.json`` — written at the first timer tick: ``{"monotonic", "wall", "pid"}``.
* ``commands/<id>.json`` — written by the test: ``{"id", "code"}`` or ``{"id", "quit": true}``
  (optionally ``"before": code``, run on the GUI thread right before the close).
* ``responses/<id>.json`` — written here: ``{"id", "ok", "result"}`` or ``{"id", "ok": false,
  "error"}``.
* ``quit.json`` — written right before the main window is closed: ``{"monotonic", "wall"}``.
* ``control-error.txt`` — a traceback if the macro itself failed.

This file runs inside FreeCAD only; it must never raise into FreeCAD's event loop.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from typing import Any, Dict, List, Set

POLL_INTERVAL_MS = 20
CONTROL_DIR_VARIABLE = "FCT_CONTROL_DIR"
REPORT_VIEW_NAME = "Report view"

# The macro may be exec'd instead of imported (see module docstring); this list and the
# attribute set on FreeCADGui below keep the timer alive in both cases.
_KEEP_ALIVE: List[Any] = []


def _write_atomically(path: str, payload: Dict[str, Any]) -> None:
    """Write JSON so that the test never reads a partial file (any thread, any moment)."""
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as stream:
        json.dump(payload, stream)
    os.replace(temporary, path)


class _Controller:
    """Polls the command folder. Runs on the GUI thread, from a QTimer slot."""

    def __init__(self, control_dir: str) -> None:
        self.control_dir = control_dir
        self.commands_dir = os.path.join(control_dir, "commands")
        self.responses_dir = os.path.join(control_dir, "responses")
        self.ready_written = False
        # Command files are removed before they run; this set is a second guard against
        # running one twice.
        self.running: Set[str] = set()

    def tick(self) -> None:
        try:
            if not self.ready_written:
                self.ready_written = True
                ready = {"monotonic": time.monotonic(), "wall": time.time(), "pid": os.getpid()}
                _write_atomically(os.path.join(self.control_dir, "ready.json"), ready)
            for name in sorted(os.listdir(self.commands_dir)):
                if name.endswith(".json"):
                    self._take(os.path.join(self.commands_dir, name))
        except BaseException:
            _record_control_error(self.control_dir)

    def _take(self, path: str) -> None:
        try:
            with open(path, encoding="utf-8") as stream:
                command = json.load(stream)
            os.remove(path)
        except (OSError, ValueError):
            return
        command_id = str(command.get("id", os.path.basename(path)[: -len(".json")]))
        if command_id in self.running:
            return
        self.running.add(command_id)
        # Qt never re-enters a timer's own slot, not even from a nested event loop: running
        # the command from a separate zero-delay timer keeps this poller alive while the
        # command sits in a modal dialog, so a later command can answer that dialog.
        from PySide import QtCore

        QtCore.QTimer.singleShot(0, lambda: self._run_command(command_id, command))

    def _run_command(self, command_id: str, command: Dict[str, Any]) -> None:
        try:
            if command.get("quit"):
                self._quit(command_id, str(command.get("before", "")))
            else:
                self._respond(command_id, self._execute(command_id, str(command.get("code", ""))))
        except BaseException:
            _record_control_error(self.control_dir)
        finally:
            self.running.discard(command_id)

    def _execute(self, command_id: str, code: str) -> Dict[str, Any]:
        import FreeCAD
        import FreeCADGui

        namespace: Dict[str, Any] = {
            "__name__": "__fct_command__",
            "FreeCAD": FreeCAD,
            "FreeCADGui": FreeCADGui,
            "App": FreeCAD,
            "Gui": FreeCADGui,
        }
        try:
            exec(compile(code, f"<fct command {command_id}>", "exec"), namespace)
            result = namespace.get("result")
            json.dumps(result)
        except BaseException:
            return {"id": command_id, "ok": False, "error": traceback.format_exc()}
        return {"id": command_id, "ok": True, "result": result}

    def _respond(self, command_id: str, response: Dict[str, Any]) -> None:
        path = os.path.join(self.responses_dir, command_id + ".json")
        try:
            _write_atomically(path, response)
        except BaseException:
            fallback = {"id": command_id, "ok": False, "error": traceback.format_exc()}
            _write_atomically(path, fallback)

    def _quit(self, command_id: str, before: str) -> None:
        import FreeCADGui

        if before:  # e.g. arm a timer that is due while the close processes events
            outcome = self._execute(command_id, before)
            if not outcome["ok"]:
                self._respond(command_id, outcome)
                return
        stamp = {"monotonic": time.monotonic(), "wall": time.time()}
        _write_atomically(os.path.join(self.control_dir, "quit.json"), stamp)
        self._respond(command_id, {"id": command_id, "ok": True, "result": stamp})
        # Same path as the user clicking the window's close button.
        FreeCADGui.getMainWindow().close()


def report_view_text() -> str:
    """Text of FreeCAD's Report view. Call on the GUI thread (from a command)."""
    import FreeCADGui

    try:  # FreeCAD >= 0.21 shim
        from PySide import QtWidgets as widgets
    except ImportError:  # the 0.20.2 shim has no QtWidgets; its QtGui holds the widgets
        from PySide import QtGui as widgets

    main_window = FreeCADGui.getMainWindow()
    for widget_class in (widgets.QTextEdit, widgets.QPlainTextEdit):
        widget = main_window.findChild(widget_class, REPORT_VIEW_NAME)
        if widget is not None:
            return str(widget.toPlainText())
    raise LookupError(f"no widget named {REPORT_VIEW_NAME!r} in the main window")


def _record_control_error(control_dir: str) -> None:
    try:
        with open(os.path.join(control_dir, "control-error.txt"), "a", encoding="utf-8") as f:
            f.write(traceback.format_exc())
    except BaseException:
        pass


def _install() -> None:
    """Runs once, when FreeCAD loads this file (GUI thread, main window already shown)."""
    control_dir = os.environ.get(CONTROL_DIR_VARIABLE, "")
    if not control_dir:
        return
    try:
        import FreeCADGui
        from PySide import QtCore

        for folder in ("commands", "responses"):
            os.makedirs(os.path.join(control_dir, folder), exist_ok=True)
        controller = _Controller(control_dir)
        timer = QtCore.QTimer()
        timer.setInterval(POLL_INTERVAL_MS)
        timer.timeout.connect(controller.tick)
        timer.start()
        _KEEP_ALIVE.extend([controller, timer])
        FreeCADGui.fct_control_keep_alive = _KEEP_ALIVE
        FreeCADGui.fct_report_view_text = report_view_text
    except BaseException:
        _record_control_error(control_dir)


_install()
