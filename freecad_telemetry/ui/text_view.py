"""A read-only window showing text: the preview of what would be sent.

Built on the GUI thread when the user asks for it; the text comes from a function called
then (never earlier), or is built on a worker thread while the window is already up; a
failure to build it is shown in the window instead.
"""

from __future__ import annotations

from typing import Callable, Optional, Union

from freecad_telemetry.translatable import QT_TRANSLATE_NOOP
from freecad_telemetry.ui.background import BackgroundCall, guarded
from freecad_telemetry.ui.qt import QtGui, QtWidgets
from freecad_telemetry.ui.translation import tr, translate


class TextViewDialog(QtWidgets.QDialog):
    """Object names: ``textView`` (read-only QPlainTextEdit), ``closeButton``."""

    def __init__(self, title: str, text: str, parent: Optional[QtWidgets.QWidget] = None):
        super().__init__(parent)
        self.setObjectName("TextViewDialog")
        self.setWindowTitle(title)
        self.text_view = QtWidgets.QPlainTextEdit(self)
        self.text_view.setObjectName("textView")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QtWidgets.QPlainTextEdit.NoWrap)
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.FixedFont)
        self.text_view.setFont(font)
        self.text_view.setPlainText(text)
        close = QtWidgets.QPushButton(translate("Telemetry", "Close"), self)
        close.setObjectName("closeButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.text_view)
        layout.addLayout(row)
        self.resize(640, 480)
        self.building: Optional[BackgroundCall] = None  # the text, while built off this thread

    def text(self) -> str:
        return self.text_view.toPlainText()

    @guarded
    def show_built(self, result: object) -> None:
        """GUI thread: the text built in the background (or why it could not be)."""
        text = _failed(result) if isinstance(result, BaseException) else str(result)
        self.text_view.setPlainText(text)


BUILDING = QT_TRANSLATE_NOOP("Telemetry", "Building the preview…")


def preview_dialog(
    make_text: Callable[[], Union[str, Callable[[], str]]],
    parent: Optional[QtWidgets.QWidget] = None,
) -> TextViewDialog:
    """The preview window. `make_text` is called now, on the GUI thread; it returns the text,
    or a function that builds the text, which then runs on a worker thread while the window
    says so (building imports posthog: ~0.1-0.5 s that FreeCAD's GUI must not wait for).
    A failure to build is shown as text."""
    title = translate("Telemetry", "Exactly what would be sent")
    try:
        made = make_text()
    except Exception as exc:  # the preview alone fails: said in its window, the asker goes on
        return TextViewDialog(title, _failed(exc), parent)
    if not callable(made):
        return TextViewDialog(title, made, parent)
    dialog = TextViewDialog(title, tr(BUILDING), parent)
    dialog.building = BackgroundCall(made, dialog)
    dialog.building.finished.connect(dialog.show_built)
    dialog.building.start()
    return dialog


def _failed(exc: BaseException) -> str:
    return translate("Telemetry", "The preview could not be built:") + f"\n{exc}"
