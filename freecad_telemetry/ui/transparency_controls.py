"""The preferences page's "What is sent" and "Your data" groups: the anonymous id (copy,
reset), the preview, the ledger table, and the data-copy and removal requests.

Lives on the GUI thread inside the page's form; the ledger is read on a worker thread, only
when the user asks for it. Every slot is guarded: nothing raises into Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Union

from freecad_telemetry.rights.removal import REMOVAL_TIMEOUT, Urlopen, pending_removals
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.install_id import create_install_id, read_install_id
from freecad_telemetry.ui.background import BackgroundCall, guarded
from freecad_telemetry.ui.data_copy_form import DataCopyForm
from freecad_telemetry.ui.ledger_model import LedgerModel, read_ledger_rows
from freecad_telemetry.ui.panels import child
from freecad_telemetry.ui.qt import QtCore, QtWidgets, Signal
from freecad_telemetry.ui.removal import RemovalDialog
from freecad_telemetry.ui.text_view import TextViewDialog, preview_dialog
from freecad_telemetry.ui.translation import translate

Confirm = Callable[[QtWidgets.QWidget, str, str], bool]


def ask_yes_no(parent: QtWidgets.QWidget, title: str, text: str) -> bool:
    buttons = QtWidgets.QMessageBox.Yes | QtWidgets.QMessageBox.No
    answer = QtWidgets.QMessageBox.question(parent, title, text, buttons, QtWidgets.QMessageBox.No)
    return answer == QtWidgets.QMessageBox.Yes


class TransparencyControls(QtCore.QObject):
    """Drives the widgets ``idField``, ``copyIdButton``, ``resetIdButton``, ``previewButton``,
    ``ledgerButton``, ``ledgerStatus``, ``ledgerTable``, ``requestCopyButton``,
    ``requestRemovalButton`` and ``removalStatus`` of the preferences form."""

    ledger_loaded = Signal(object)  # the rows, or the exception that stopped reading them

    def __init__(
        self,
        form: QtWidgets.QWidget,
        settings: Settings,
        folder: Path,
        preview: Callable[[], Union[str, Callable[[], str]]],
        *,
        confirm: Confirm = ask_yes_no,
        urlopen: Optional[Urlopen] = None,
        timeout: float = REMOVAL_TIMEOUT,
        on_id_changed: Callable[[str], None] = lambda new_id: None,
        on_failure: Callable[[str], None] = lambda message: None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.settings = settings
        self.folder = Path(folder)
        self.preview_window: Optional[TextViewDialog] = None
        self.ledger_call: Optional[BackgroundCall] = None
        self._preview = preview
        self._confirm = confirm
        self._urlopen = urlopen
        self._timeout = timeout
        self._on_id_changed = on_id_changed
        self._on_failure = on_failure
        self.id_field = child(form, QtWidgets.QLineEdit, "idField")
        self.copy_id_button = child(form, QtWidgets.QPushButton, "copyIdButton")
        self.reset_id_button = child(form, QtWidgets.QPushButton, "resetIdButton")
        self.preview_button = child(form, QtWidgets.QPushButton, "previewButton")
        self.ledger_button = child(form, QtWidgets.QPushButton, "ledgerButton")
        self.ledger_status = child(form, QtWidgets.QLabel, "ledgerStatus")
        self.ledger_table = child(form, QtWidgets.QTableView, "ledgerTable")
        self.copy_button = child(form, QtWidgets.QPushButton, "requestCopyButton")
        self.removal_button = child(form, QtWidgets.QPushButton, "requestRemovalButton")
        self.removal_status = child(form, QtWidgets.QLabel, "removalStatus")
        self.ledger_table.verticalHeader().hide()
        row_height = self.ledger_table.fontMetrics().height() + 6
        self.ledger_table.verticalHeader().setDefaultSectionSize(row_height)
        self.ledger_table.horizontalHeader().setStretchLastSection(True)
        self.ledger_table.setModel(LedgerModel(parent=form))
        self.ledger_table.hide()  # shown once read: an empty table would look like "nothing"
        self.ledger_status.hide()
        metrics = self.id_field.fontMetrics()
        self.id_field.setMinimumWidth(metrics.horizontalAdvance("0" * 36) + 16)
        self.copy_id_button.clicked.connect(self.copy_id)
        self.reset_id_button.clicked.connect(self.reset_id)
        self.preview_button.clicked.connect(self.show_preview)
        self.ledger_button.clicked.connect(self.load_ledger)
        self.copy_button.clicked.connect(self.request_copy)
        self.removal_button.clicked.connect(self.request_removal)

    def person_id(self) -> str:
        return read_install_id(self.folder) or ""

    def slot_failed(self, message: str) -> None:
        self._on_failure(message)

    # --- slots ------------------------------------------------------------------------------
    @guarded
    def refresh(self, *_: object) -> None:
        """Re-read the id and the removal queue (after any change)."""
        person_id = self.person_id()
        self.id_field.setText(person_id)
        self.id_field.setPlaceholderText(translate("Telemetry", "(none yet)"))
        for button in (self.copy_id_button, self.reset_id_button):
            button.setEnabled(bool(person_id))
        for button in (self.copy_button, self.removal_button):
            button.setEnabled(bool(person_id))
        lines = []
        if not person_id:
            text = translate(
                "Telemetry",
                "This computer has no anonymous id yet, so nothing was sent from it. One is "
                "made at the first start after you choose to share.",
            )
            lines.append(text)
        for record in pending_removals(self.folder):
            text = translate(
                "Telemetry",
                "A removal request for the id {id} is waiting to be sent (since {since}; last "
                "try: {error}). FreeCAD tries again at each start.",
            )
            since = str(record.get("queued_at", ""))[:10]
            error = record.get("last_error", "")
            lines.append(text.format(id=record.get("person_id", ""), since=since, error=error))
        self.removal_status.setText("\n".join(lines))
        self.removal_status.setVisible(bool(lines))

    @guarded
    def copy_id(self, *_: object) -> None:
        QtWidgets.QApplication.clipboard().setText(self.person_id())

    @guarded
    def reset_id(self, *_: object) -> None:
        title = translate("Telemetry", "Reset the anonymous id")
        text = translate(
            "Telemetry",
            "From now on, what is sent carries a new random id, not linked to what was sent "
            "before. What was sent before stays on the server (request its removal for that). "
            "Reset the id?",
        )
        if not self._confirm(self.form, title, text):
            return
        new_id = create_install_id(self.folder)
        self._on_id_changed(new_id)
        self.refresh()

    @guarded
    def show_preview(self, *_: object) -> None:
        self.preview_window = preview_dialog(self._preview, self.form)
        self.preview_window.show()

    @guarded
    def load_ledger(self, *_: object) -> None:
        """Read the ledger on a worker thread; the table fills when it arrives."""
        if self.ledger_call is not None:
            return
        self.ledger_status.setText(translate("Telemetry", "Reading…"))
        self.ledger_status.show()
        folder = self.folder
        self.ledger_call = BackgroundCall(lambda: read_ledger_rows(folder), self)
        self.ledger_call.finished.connect(self._ledger_read, QtCore.Qt.QueuedConnection)
        self.ledger_call.start()

    @guarded
    def _ledger_read(self, result: object) -> None:
        self.ledger_call = None
        if isinstance(result, list):
            self.ledger_table.setModel(LedgerModel(result, self.form))
            self.ledger_table.resizeColumnsToContents()
            self.ledger_table.horizontalHeader().setStretchLastSection(True)
            self.ledger_table.setVisible(bool(result))
            if result:
                text = translate(
                    "Telemetry",
                    "%n event(s) sent from this computer, newest first.",
                    None,
                    len(result),
                )
                self.ledger_status.setText(text)
            else:
                text = translate("Telemetry", "Nothing has been sent from this computer.")
                self.ledger_status.setText(text)
        else:
            text = translate("Telemetry", "The record of sent events could not be read:")
            self.ledger_status.setText(f"{text} {result}")
        self.ledger_loaded.emit(result)

    @guarded
    def request_copy(self, *_: object) -> None:
        DataCopyForm.ask(
            self.form,
            folder=self.folder,
            person_id=self.person_id(),
            address=str(self.settings.get("DataRequestAddress")),
            endpoint=str(self.settings.get("DataRequestEndpoint")),
            timeout=self._timeout,
            urlopen=self._urlopen,
        )

    @guarded
    def request_removal(self, *_: object) -> None:
        outcome = RemovalDialog.ask(
            self.form,
            folder=self.folder,
            person_id=self.person_id(),
            endpoint=str(self.settings.get("RemovalEndpoint")),
            address=str(self.settings.get("DataRequestAddress")),
            settings=self.settings,
            timeout=self._timeout,
            urlopen=self._urlopen,
        )
        if outcome is not None and outcome.new_id:
            self._on_id_changed(outcome.new_id)
            self.ledger_table.setModel(LedgerModel(parent=self.form))
            self.ledger_table.hide()
            self.ledger_status.hide()
        self.refresh()
