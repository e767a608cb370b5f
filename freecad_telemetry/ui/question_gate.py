"""When the consent question may open in FreeCAD's main window.

Not while FreeCAD's own first-run Welcome panel is shown (FreeCAD >= 1.1: the Start page's
``FirstStartWidget``, with language, theme and navigation style, until *Done*); not while
another modal dialog is up; and never once the main window's close has begun. FreeCAD 1.1's
close processes pending events before ``aboutToQuit``: a question opened from a timer then
would sit in a half-closed window. A close the user cancels (e.g. at "save changes?") still
counts as begun: the question waits for the next start.

GUI thread only: created, polled and torn down by Qt on the GUI thread.
"""

from __future__ import annotations

from typing import Callable, Optional

from freecad_telemetry.ui.background import guarded
from freecad_telemetry.ui.qt import QtCore, QtWidgets

WELCOME_PANEL = "FirstStartWidget"  # objectName of FreeCAD 1.1's first-run panel
POLL_MS = 500

CLOSING, WELCOME, MODAL = "closing", "welcome panel", "modal dialog"


class QuestionGate(QtCore.QObject):
    """Watches the main window (an event filter sees its Close event before FreeCAD does) and
    runs a callback once nothing stands in the question's way, or never if a close began."""

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)  # lives and dies with the main window
        self._window = window
        self.closing = False
        self._waiting: Optional[Callable[[], None]] = None
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        window.installEventFilter(self)
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._close_begun)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self._window and event.type() == QtCore.QEvent.Close:
            self._close_begun()  # guarded: nothing escapes into FreeCAD's event loop
        return False  # only watching: FreeCAD handles the close as always

    def blocked_by(self) -> Optional[str]:
        """What stands in the way now (CLOSING, WELCOME, MODAL), or None."""
        if self.closing:
            return CLOSING
        panel = self._window.findChild(QtWidgets.QWidget, WELCOME_PANEL)
        if panel is not None and panel.isVisible():
            return WELCOME
        if QtWidgets.QApplication.activeModalWidget() is not None:
            return MODAL
        return None

    def when_clear(self, callback: Callable[[], None]) -> None:
        """Run `callback` now if nothing is in the way, else when that ends; drop it if the
        main window starts closing first."""
        self._waiting = callback
        self._poll()
        if self._waiting is not None and not self.closing:
            self._timer.start()

    @guarded
    def _poll(self, *_: object) -> None:
        reason = self.blocked_by()
        if reason == CLOSING:
            self._close_begun()
        elif reason is None and self._waiting is not None:
            callback, self._waiting = self._waiting, None
            self._timer.stop()
            callback()

    @guarded
    def _close_begun(self, *_: object) -> None:
        self.closing = True
        self._waiting = None
        self._timer.stop()
