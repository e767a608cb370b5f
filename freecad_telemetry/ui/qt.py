"""The one place that picks a Qt binding.

Order (docs/freecad-host.md §6): a binding FreeCAD has loaded already (its shim's classes are
PySide6's in 1.x, PySide2's in 0.20), else FreeCAD's ``PySide`` shim when it has QtWidgets
(FreeCAD 0.21+), then PySide2 (FreeCAD 0.20's shim lacks QtWidgets), then PySide6 (plain
Python, tests).
Imported lazily by the GUI code only; importing it never starts a QApplication.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Chosen at run time (PySide2 or PySide6) and used with the names both accept (such as
    # Qt.QueuedConnection, gone from PySide6's stubs): to a type checker Qt is the boundary.
    QtCore: Any
    QtGui: Any
    QtWidgets: Any
elif "PySide6.QtWidgets" in sys.modules:  # loaded already: FreeCAD 1.x (its shim's classes)
    from PySide6 import QtCore, QtGui, QtWidgets
elif "PySide2.QtWidgets" in sys.modules:  # FreeCAD 0.20, without a failed try of its shim
    from PySide2 import QtCore, QtGui, QtWidgets
else:
    try:
        from PySide import QtCore, QtGui, QtWidgets  # FreeCAD >= 0.21
    except ImportError:
        try:
            from PySide2 import QtCore, QtGui, QtWidgets  # FreeCAD 0.20 (Qt5)
        except ImportError:
            from PySide6 import QtCore, QtGui, QtWidgets  # outside FreeCAD (Qt6)

Signal = QtCore.Signal
Slot = QtCore.Slot

__all__ = [
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "load_ui",
    "qt_version",
]


def qt_version() -> str:
    return QtCore.qVersion()


def load_ui(path: str, parent=None):
    """Load a Resources/panels .ui file with QUiLoader (plain Qt widgets only)."""
    try:
        from PySide import QtUiTools
    except ImportError:
        try:
            from PySide2 import QtUiTools
        except ImportError:
            from PySide6 import QtUiTools
    loader = QtUiTools.QUiLoader()
    ui_file = QtCore.QFile(path)
    ui_file.open(QtCore.QFile.ReadOnly)
    try:
        return loader.load(ui_file, parent)
    finally:
        ui_file.close()
