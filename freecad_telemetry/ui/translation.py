"""User-visible text through Qt's translation system.

`translate("Telemetry", "text")` is the one spelling used for every string the dialogs show,
so `pyside6-lupdate` finds them all (Resources/translations/README.md). It goes through the
Qt binding rather than FreeCAD (FreeCAD.Qt.translate is the same call underneath), which
keeps the host boundary and works outside FreeCAD. Runs on the GUI thread.
"""

from __future__ import annotations

from freecad_telemetry.ui.qt import QtCore

CONTEXT = "Telemetry"


def translate(context: str, text: str) -> str:
    """`text` in the user's language when a translation is installed, else `text`."""
    try:
        return str(QtCore.QCoreApplication.translate(context, text))
    except Exception:  # no application object yet, or an odd binding: English is fine
        return text
