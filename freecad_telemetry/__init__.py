"""freecad-telemetry: the opt-in telemetry add-on for FreeCAD.

Importing this package defines the version and `loaded_qt`, nothing more: FreeCAD imports it
from the add-on's InitGui.py while the splash screen is up, so it must stay free of side
effects and of imports.
"""

TYPE_CHECKING = False  # (read on FreeCAD's GUI thread during the splash: no typing import)
if TYPE_CHECKING:
    from typing import Any, Optional, Tuple

__version__ = "0.1.0"


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
