"""Driving the add-on's consent dialog inside a running FreeCAD (code for FreeCADSession.run)."""

from __future__ import annotations

import time

FIND_DIALOG = """
from freecad_telemetry.ui.qt import QtWidgets
result = len([w for w in QtWidgets.QApplication.topLevelWidgets()
              if w.objectName() == "ConsentDialog" and w.isVisible()])
"""

_ANSWER = """
from freecad_telemetry.ui.qt import QtWidgets
dialog = [w for w in QtWidgets.QApplication.topLevelWidgets()
          if w.objectName() == "ConsentDialog" and w.isVisible()][0]
for box in dialog.findChildren(QtWidgets.QCheckBox):
    if box.objectName().startswith("category_"):
        box.setChecked(True)
dialog.findChild(QtWidgets.QPushButton, "{button}").click()
result = True
"""
SHARE = _ANSWER.format(button="shareButton")  # every category ticked
DONT_SHARE = _ANSWER.format(button="declineButton")

# The preferences dialog is modal: open it from a timer so that this command returns.
OPEN_PREFERENCES = """
import FreeCADGui
from freecad_telemetry.ui.qt import QtCore
QtCore.QTimer.singleShot(0, lambda: FreeCADGui.runCommand("Std_DlgPreferences"))
result = True
"""
# The page is driven through its own widget references: in FreeCAD 0.20.2 (PySide2), a
# findChild() from the control macro's code invalidates the page's Python wrapper of the
# widget it finds ("Internal C++ object already deleted" in the page's next slot).
PAGE = """
import gc
from freecad_telemetry.ui.preferences_page import TelemetryPreferencesPage
from freecad_telemetry.ui.qt import QtWidgets
def open_in_a_dialog(page):
    try:
        return page.form.window().isVisible()
    except RuntimeError:  # the page of a dialog closed earlier
        return False
pages = [o for o in gc.get_objects()
         if isinstance(o, TelemetryPreferencesPage) and open_in_a_dialog(o)]
"""
PAGE_SHOWN = PAGE + "result = len(pages) == 1\n"


def until(session, code: str, timeout: float = 30.0) -> None:
    """Wait until `code` run in FreeCAD gives a true result."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if session.run(code):
            return
        time.sleep(0.1)
    raise AssertionError(f"never true in FreeCAD: {code.strip().splitlines()[-1]}")


def wait_for_dialog(session, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if session.run(FIND_DIALOG) == 1:
            return
        time.sleep(0.1)
    raise AssertionError("the consent dialog never appeared")
