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


def wait_for_dialog(session, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if session.run(FIND_DIALOG) == 1:
            return
        time.sleep(0.1)
    raise AssertionError("the consent dialog never appeared")
