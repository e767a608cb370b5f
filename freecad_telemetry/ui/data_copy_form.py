"""The "Request a copy of my data" form, and saving what this computer sent.

Opened from the preferences page on the GUI thread. By default the request is an e-mail the
user's own mail program opens filled in (a mailto: link); when a request endpoint is set it is
POSTed as JSON on a worker thread instead. Saving the local ledger to a file also runs on a
worker thread (it may hold 20 000 events). The link opener and the file chooser are
parameters so tests can stand in for the desktop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from freecad_telemetry.rights.copy import (
    REQUEST_TIMEOUT,
    CopyRequest,
    mailto_url,
    post_copy_request,
    save_ledger_copy,
    valid_email,
)
from freecad_telemetry.rights.removal import FALLBACK_ADDRESS, HttpAnswer, Urlopen
from freecad_telemetry.ui.background import BackgroundCall, guarded
from freecad_telemetry.ui.panels import child, fit_width, load_panel
from freecad_telemetry.ui.qt import QtCore, QtGui, QtWidgets, Signal
from freecad_telemetry.ui.translation import translate

OpenUrl = Callable[[str], bool]
ChooseSavePath = Callable[[QtWidgets.QWidget], Optional[str]]
FORMAT_LABELS = (("CSV", "csv"), ("XLSX (Excel)", "xlsx"), ("JSON", "json"))


def open_with_desktop(url: str) -> bool:
    """Hand `url` to the desktop (the mail program for mailto:); False when nothing took it."""
    return bool(QtGui.QDesktopServices.openUrl(QtCore.QUrl(url)))


def choose_with_dialog(parent: QtWidgets.QWidget) -> Optional[str]:
    path, _chosen_filter = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        translate("Telemetry", "Save what this computer sent"),
        str(Path.home() / "freecad-telemetry-sent.csv"),
        "CSV (*.csv);;JSON (*.json)",
    )
    return path or None


class DataCopyForm(QtWidgets.QDialog):
    """Object names: ``idField``, ``formatCombo``, ``emailEdit``, ``emailHint``,
    ``noteEdit``, ``submitButton``, ``saveLedgerButton``, ``statusLabel``.
    `work_finished(result)` is emitted on the GUI thread after a POST or a ledger save."""

    work_finished = Signal(object)

    def __init__(
        self,
        folder: Path,
        person_id: str,
        *,
        address: str = FALLBACK_ADDRESS,
        endpoint: str = "",
        open_url: OpenUrl = open_with_desktop,
        choose_save_path: ChooseSavePath = choose_with_dialog,
        timeout: float = REQUEST_TIMEOUT,
        urlopen: Optional[Urlopen] = None,
        parent: Optional[QtWidgets.QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DataCopyDialog")
        self.folder = Path(folder)
        self.person_id = person_id
        self.address = address or FALLBACK_ADDRESS
        self.endpoint = endpoint.strip()
        self.submitted: Optional[CopyRequest] = None
        self.call: Optional[BackgroundCall] = None
        self._open_url = open_url
        self._choose_save_path = choose_save_path
        self._timeout = timeout
        self._urlopen = urlopen
        self._build(person_id)
        fit_width(self, 560)

    def _build(self, person_id: str) -> None:
        """The panel, its widgets and their signals (in __init__, GUI thread)."""
        self.form = load_panel("data_copy_form", self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.setWindowFlags(self.windowFlags() & ~QtCore.Qt.WindowContextHelpButtonHint)
        self.id_field = child(self.form, QtWidgets.QLineEdit, "idField")
        self.format_combo = child(self.form, QtWidgets.QComboBox, "formatCombo")
        self.email_edit = child(self.form, QtWidgets.QLineEdit, "emailEdit")
        self.email_hint = child(self.form, QtWidgets.QLabel, "emailHint")
        self.note_edit = child(self.form, QtWidgets.QPlainTextEdit, "noteEdit")
        self.status = child(self.form, QtWidgets.QLabel, "statusLabel")
        self.submit_button = child(self.form, QtWidgets.QPushButton, "submitButton")
        self.save_ledger_button = child(self.form, QtWidgets.QPushButton, "saveLedgerButton")
        self.id_field.setText(person_id)
        for label, fmt in FORMAT_LABELS:
            self.format_combo.addItem(label, fmt)
        if self.endpoint:
            self.submit_button.setText(translate("Telemetry", "Send the request"))
        self.status.hide()
        self.email_edit.textChanged.connect(self._email_changed)
        self.submit_button.clicked.connect(self.submit)
        self.save_ledger_button.clicked.connect(self.save_ledger)
        child(self.form, QtWidgets.QPushButton, "closeButton").clicked.connect(self.reject)
        self._email_changed()

    @classmethod
    def ask(
        cls, parent: Optional[QtWidgets.QWidget] = None, **kwargs: Any
    ) -> Optional[CopyRequest]:
        """Run the form modally; the request the user submitted, or None."""
        dialog = cls(parent=parent, **kwargs)
        dialog.exec()
        submitted = dialog.submitted
        dialog.deleteLater()
        return submitted

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def request(self) -> CopyRequest:
        return CopyRequest(
            self.person_id, self.fmt(), self.email_edit.text().strip(), self.note_edit.toPlainText()
        )

    def status_text(self) -> str:
        return self.status.text()

    def slot_failed(self, message: str) -> None:
        self._say(translate("Telemetry", "Something went wrong:") + " " + message)

    # --- slots ------------------------------------------------------------------------------
    @guarded
    def _email_changed(self, *_: object) -> None:
        text = self.email_edit.text().strip()
        ok = valid_email(text)
        self.submit_button.setEnabled(ok and self.call is None)
        if ok:
            self.email_hint.setText(translate("Telemetry", "The copy will be sent here."))
        elif text:
            self.email_hint.setText(translate("Telemetry", "This is not an e-mail address yet."))
        else:
            self.email_hint.setText(
                translate("Telemetry", "Enter the address the copy should be sent to.")
            )

    @guarded
    def submit(self, *_: object) -> None:
        if not valid_email(self.email_edit.text()):
            return
        request = self.request()
        self.submitted = request
        if self.endpoint:
            self._in_background(
                lambda: post_copy_request(self.endpoint, request, self._timeout, self._urlopen)
            )
            self._say(translate("Telemetry", "Sending the request…"))
            return
        url = mailto_url(self.address, request)
        if self._open_url(url):
            self._say(
                translate(
                    "Telemetry",
                    "Your mail program should now show the request, filled in. Send it from "
                    "there; the answer comes to {email}.",
                ).format(email=request.email)
            )
        else:
            self._say(self._write_yourself(request))

    @guarded
    def save_ledger(self, *_: object) -> None:
        path = self._choose_save_path(self)
        if not path:
            return
        fmt = "json" if path.lower().endswith(".json") else "csv"
        folder = self.folder
        self._in_background(lambda: (save_ledger_copy(folder, fmt, Path(path)), path))
        self._say(translate("Telemetry", "Saving…"))

    @guarded
    def _work_done(self, result: object) -> None:
        self.call = None
        self._email_changed()
        if isinstance(result, HttpAnswer):
            if result.ok:
                self._say(
                    translate(
                        "Telemetry", "Request sent. The copy will be e-mailed to {email}."
                    ).format(email=self.submitted.email if self.submitted else "")
                )
            else:
                self.submitted = None
                reason = translate("Telemetry", "The request could not be sent ({detail}).")
                self._say(reason.format(detail=result.detail) + " " + self._write_yourself())
        elif isinstance(result, tuple):
            count, path = result
            self._say(
                translate("Telemetry", "Saved %n event(s) to {path}.", None, count).format(
                    path=path
                )
            )
        else:
            self._say(translate("Telemetry", "This did not work:") + f" {result}")
        self.work_finished.emit(result)

    # --- helpers ----------------------------------------------------------------------------
    def _in_background(self, work: Callable[[], Any]) -> None:
        self.submit_button.setEnabled(False)
        self.save_ledger_button.setEnabled(False)
        self.call = BackgroundCall(work, self)
        self.call.finished.connect(self._work_done, QtCore.Qt.QueuedConnection)
        self.call.start()

    def _write_yourself(self, request: Optional[CopyRequest] = None) -> str:
        fmt = (request.fmt if request else self.fmt()).upper()
        return translate(
            "Telemetry",
            "Please write to {address} yourself, asking for a copy in {fmt} of the data of "
            "the anonymous id {id}.",
        ).format(address=self.address, fmt=fmt, id=self.person_id)

    def _say(self, text: str) -> None:
        self.save_ledger_button.setEnabled(self.call is None)
        self.status.setText(text)
        self.status.show()
