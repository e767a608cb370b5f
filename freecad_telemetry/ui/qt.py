"""The one place that picks a Qt binding.

Order (freecad-host.md §6): FreeCAD's ``PySide`` shim when it has QtWidgets (FreeCAD 0.21+),
then PySide2 (FreeCAD 0.20's shim lacks QtWidgets), then PySide6 (plain Python, tests).
Imported lazily by the GUI code only; importing it never starts a QApplication.
"""

from __future__ import annotations

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
    "main_window_up",
    "qt_version",
]


def main_window_up() -> bool:
    """FreeCAD's main window is shown and Qt's main event loop runs. Timers fire earlier too,
    inside FreeCAD's own start-up processEvents() calls while the splash screen shows
    (loop level 0 there); anything started then would sit on the splash and stall start-up."""
    app = QtWidgets.QApplication.instance()
    if app is None or QtCore.QThread.currentThread().loopLevel() < 1:
        return False
    return any(
        isinstance(w, QtWidgets.QMainWindow) and w.isVisible() for w in app.topLevelWidgets()
    )


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
