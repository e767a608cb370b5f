"""The "Request removal of my data" dialog: confirm, send the request off the GUI thread,
show what happened.

Opened from the preferences page on the GUI thread. The HTTP DELETE (rights/removal.py) runs on a
worker thread with a timeout; the window stays responsive and cannot be closed meanwhile
(the wait is bounded). Every outcome is shown in plain words, with the e-mail fallback
whenever the request did not go through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from freecad_telemetry.rights.removal import (
    DONE,
    FALLBACK_ADDRESS,
    QUEUED,
    REJECTED,
    REMOVAL_TIMEOUT,
    RemovalOutcome,
    Urlopen,
    request_removal,
)
from freecad_telemetry.settings import Settings
from freecad_telemetry.ui.background import BackgroundCall, guarded
from freecad_telemetry.ui.panels import child, fit_width, load_panel
from freecad_telemetry.ui.qt import QtCore, QtWidgets, Signal
from freecad_telemetry.ui.translation import translate


class RemovalDialog(QtWidgets.QDialog):
    """Object names: ``messageLabel``, ``progressBar``, ``confirmButton``, ``cancelButton``.
    `request_finished(outcome)` is emitted on the GUI thread once the request ended."""

    request_finished = Signal(object)

    def __init__(
        self,
        folder: Path,
        person_id: str,
        endpoint: str,
        *,
        address: str = FALLBACK_ADDRESS,
        settings: Optional[Settings] = None,
        timeout: float = REMOVAL_TIMEOUT,
        urlopen: Optional[Urlopen] = None,
        parent: Optional[QtWidgets.QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RemovalDialog")
        self.folder = Path(folder)
        self.person_id = person_id
        self.endpoint = endpoint
        self.address = address or FALLBACK_ADDRESS
        self.outcome: Optional[RemovalOutcome] = None
        self.call: Optional[BackgroundCall] = None
        self._settings = settings
        self._timeout = timeout
        self._urlopen = urlopen
        self.form = load_panel("removal_dialog", self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.setWindowFlags(self.windowFlags() & ~QtCore.Qt.WindowContextHelpButtonHint)
        self.heading = child(self.form, QtWidgets.QLabel, "headingLabel")
        self.message = child(self.form, QtWidgets.QLabel, "messageLabel")
        self.progress = child(self.form, QtWidgets.QProgressBar, "progressBar")
        self.confirm_button = child(self.form, QtWidgets.QPushButton, "confirmButton")
        self.cancel_button = child(self.form, QtWidgets.QPushButton, "cancelButton")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.progress.hide()
        self.message.setText(
            translate(
                "Telemetry",
                "This asks the FreeCAD project to delete every event sent with your "
                "anonymous id:\n{id}\n\nIt cannot be undone. Once the server confirms, this "
                "computer gets a new anonymous id and its record of sent events is cleared. "
                "Whether telemetry is on stays as you set it.",
            ).format(id=person_id)
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        fit_width(self, 540)

    @classmethod
    def ask(
        cls, parent: Optional[QtWidgets.QWidget] = None, **kwargs: Any
    ) -> Optional[RemovalOutcome]:
        """Run the dialog modally; the outcome, or None when the user cancelled."""
        dialog = cls(parent=parent, **kwargs)
        dialog.exec()
        outcome = dialog.outcome
        dialog.deleteLater()
        return outcome

    @property
    def busy(self) -> bool:
        return self.call is not None and self.outcome is None

    def message_text(self) -> str:
        return self.message.text()

    def slot_failed(self, message: str) -> None:
        self._show_result(RemovalOutcome(REJECTED, self.person_id, None, message))

    # --- slots ------------------------------------------------------------------------------
    @guarded
    def confirm(self, *_: object) -> None:
        """Send the request on a worker thread; the answer arrives in `_finished`."""
        if self.call is not None:
            return
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.progress.show()
        self.message.setText(translate("Telemetry", "Sending the request…"))
        folder, person_id, endpoint = self.folder, self.person_id, self.endpoint
        timeout, urlopen = self._timeout, self._urlopen
        self.call = BackgroundCall(
            lambda: request_removal(folder, person_id, endpoint, timeout, urlopen), self
        )
        self.call.finished.connect(self._finished, QtCore.Qt.QueuedConnection)
        self.call.start()

    @guarded
    def _finished(self, result: object) -> None:
        if isinstance(result, RemovalOutcome):
            outcome = result
        else:  # request_removal does not raise; this is a last line of defence
            outcome = RemovalOutcome(QUEUED, self.person_id, None, str(result))
        self._show_result(outcome)

    def _show_result(self, outcome: RemovalOutcome) -> None:
        self.outcome = outcome
        self.progress.hide()
        self.confirm_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("Telemetry", "Close"))
        self.heading.setText(self._heading(outcome))
        self.message.setText(self._explain(outcome))
        fit_width(self, self.width())
        self.request_finished.emit(outcome)

    def _heading(self, outcome: RemovalOutcome) -> str:
        if outcome.kind == DONE:
            return translate("Telemetry", "Removal requested")
        if outcome.kind == QUEUED:
            return translate("Telemetry", "The request will be sent later")
        return translate("Telemetry", "The request was not accepted")

    def _explain(self, outcome: RemovalOutcome) -> str:
        if outcome.kind == DONE:
            text = translate(
                "Telemetry",
                "The FreeCAD project's server accepted the request. It deletes the data of the "
                "id below (this can take a few days):\n{old}\n\nThis computer's record of sent "
                "events was cleared, and it now uses a new anonymous id:\n{new}",
            ).format(old=outcome.person_id, new=outcome.new_id or "–")
            if outcome.detail:
                text += "\n\n" + translate("Telemetry", "Note:") + " " + outcome.detail
            return text
        if outcome.kind == QUEUED:
            return translate(
                "Telemetry",
                "The request did not go through ({detail}). It is kept and sent again each "
                "time FreeCAD starts, until the server confirms it. Events not yet sent with "
                "this id were discarded.\n\nYou can also write to {address}, asking for "
                "removal and naming your anonymous id:\n{id}",
            ).format(detail=outcome.detail, address=self.address, id=outcome.person_id)
        return translate(
            "Telemetry",
            "The server refused the request ({detail}).\n\nPlease write to {address}, asking "
            "for removal and naming your anonymous id:\n{id}",
        ).format(detail=outcome.detail, address=self.address, id=outcome.person_id)

    def reject(self) -> None:
        """Esc or close: cancel before sending, close after; ignored while the request runs
        (it ends within its timeout)."""
        if not self.busy:
            super().reject()
