"""Marks text that is shown translated but declared where Qt is not imported: the field
table's category titles and descriptions, the preview's headings, the preferences group.

``QT_TRANSLATE_NOOP(context, text)`` returns `text` unchanged; ``pyside6-lupdate`` finds the
call and puts `text` into Resources/translations/Telemetry.ts under `context`, and the GUI
translates the value where it shows it (ui/translation.py). FreeCAD's own Python code marks
table-driven text the same way. Plain Python, any thread.
"""

from __future__ import annotations

CONTEXT = "Telemetry"  # the context of every message of the add-on's own texts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's and FreeCAD's spelling
    return text


# The preferences group FreeCAD lists the page under (host/freecad_host.py registers it by this
# name without importing this module; a test keeps them equal). FreeCAD translates group
# names in the "QObject" context.
PREFERENCES_GROUP = QT_TRANSLATE_NOOP("QObject", "Telemetry")
