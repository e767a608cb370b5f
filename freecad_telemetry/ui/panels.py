"""Loading the dialogs' .ui panels (Resources/panels) and finding their named widgets.

Runs on the GUI thread when a dialog or the preferences page is built. The panels use plain
Qt widgets only (no Gui::Pref* classes), so QUiLoader builds them inside and outside FreeCAD.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Type, TypeVar

from freecad_telemetry.ui.qt import QtWidgets, load_ui

PANELS = Path(__file__).resolve().parent.parent / "Resources" / "panels"

W = TypeVar("W")


def load_panel(name: str, parent: Optional[QtWidgets.QWidget] = None) -> QtWidgets.QWidget:
    """The widget tree of Resources/panels/<name>.ui; raises RuntimeError when it cannot load."""
    path = PANELS / f"{name}.ui"
    widget = load_ui(str(path), parent) if path.is_file() else None
    if widget is None:
        raise RuntimeError(f"cannot load the panel {path}")
    return widget


def child(root: QtWidgets.QWidget, kind: Type[W], name: str) -> W:
    """The widget called `name` in `root`; raises LookupError naming the panel when missing
    (a renamed objectName is a programming error, found by the GUI tests)."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{root.objectName() or 'panel'} has no {kind.__name__} {name!r}")
    return found


def fit_width(dialog: QtWidgets.QWidget, width: int) -> None:
    """Give `dialog` this width and the height its word-wrapped labels need at that width
    (a top-level window otherwise sizes them for a narrow width: tall, with gaps)."""
    dialog.setMinimumWidth(width)
    # Texts may have changed since the layouts last measured them: drop the cached sizes of
    # every container (a label's own change does not reach its grandparent's cache).
    for widget in [*dialog.findChildren(QtWidgets.QWidget), dialog]:
        if widget.layout() is not None:
            widget.updateGeometry()
            widget.layout().invalidate()
    height = dialog.heightForWidth(width)
    dialog.resize(width, height if height > 0 else dialog.sizeHint().height())
