"""Work off the GUI thread, results back on it; and slots that never raise.

`BackgroundCall` runs a function on a short-lived Python thread and delivers its result (or
the exception it raised, as the result) to a callback on the GUI thread through a queued Qt
signal. `guarded` wraps a slot so that nothing escapes into Qt: inside FreeCAD an exception
in a slot is printed to the Report view, and the user's dialog would be left half-updated.
"""

from __future__ import annotations

import functools
import threading
from typing import Any, Callable, TypeVar, cast

from freecad_telemetry.ui.qt import QtCore, Signal

F = TypeVar("F", bound=Callable[..., Any])


def guarded(method: F) -> F:
    """Decorate a slot method: an exception is passed to ``self.slot_failed(message)`` when
    the object has one (dialogs show it), and is otherwise dropped."""

    @functools.wraps(method)
    def slot(self: Any, *args: Any) -> Any:
        try:
            return method(self, *args)
        except BaseException as exc:  # SystemExit included: it would end FreeCAD
            message = f"{type(exc).__name__}: {exc}"
            try:
                report = getattr(self, "slot_failed", None)
                if callable(report):
                    report(message)
            except BaseException:  # nowhere left to report it; never a traceback in the Report view
                pass
            return None

    return cast(F, slot)


class BackgroundCall(QtCore.QObject):
    """One call of `work` on a worker thread; `finished(result)` is emitted on the GUI thread
    (the thread this object lives in). An exception from `work` is the result."""

    finished = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._thread: threading.Thread = threading.Thread(
            target=self._run, name="freecad-telemetry-ui", daemon=True
        )

    def start(self) -> BackgroundCall:
        self._thread.start()
        return self

    def wait(self, timeout: float) -> bool:
        """Tests and teardown only: block until the work returned (the signal may still be
        queued)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as exc:  # the worker thread's top: the failure is the result
            result = exc
        try:
            self.finished.emit(result)
        except RuntimeError:
            pass  # the dialog was closed and deleted meanwhile: nobody is waiting
