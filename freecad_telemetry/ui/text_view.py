"""A read-only window showing text: the preview of what would be sent.

Built on the GUI thread when the user asks for it; the text comes from a function called
then (never earlier), and a failure to build it is shown in the window instead.
"""

from __future__ import annotations

from typing import Callable, Optional

from freecad_telemetry.ui.qt import QtGui, QtWidgets
from freecad_telemetry.ui.translation import translate


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

    def text(self) -> str:
        return self.text_view.toPlainText()


def preview_dialog(
    make_text: Callable[[], str], parent: Optional[QtWidgets.QWidget] = None
) -> TextViewDialog:
    """The preview window; `make_text` is called now, and its failure is shown as text."""
    try:
        text = make_text()
    except Exception as exc:
        text = translate("Telemetry", "The preview could not be built:") + f"\n{exc}"
    title = translate("Telemetry", "Exactly what would be sent")
    return TextViewDialog(title, text, parent)
