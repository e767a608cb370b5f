"""The consent question: the first-start dialog, and its re-consent variant after an update
added categories or fields.

Shown on the GUI thread once the main window is up (never over the splash screen), by
whoever calls `ConsentDialog.ask`; it returns a plain `ConsentChoice` and stores nothing
(consent/question.record_answer does). Lessons from the reference add-on: nothing is pre-ticked,
"Share" and "Don't share" look the same and neither is the default button, and closing the
window or pressing Esc is "not now", never a yes.
"""

from __future__ import annotations

import json
from typing import Callable, Dict, Iterable, Mapping, Optional, Tuple, Union

from freecad_telemetry import fields
from freecad_telemetry.consent.decision import Consent, load_consent
from freecad_telemetry.consent.question import (
    FIRST,
    NEW_ITEMS,
    ConsentChoice,
    Question,
    last_asked,
    pending_question,
    record_answer,
)
from freecad_telemetry.field_table import FieldTable
from freecad_telemetry.host.interface import Host
from freecad_telemetry.settings import Settings
from freecad_telemetry.ui.background import guarded
from freecad_telemetry.ui.panels import child, fit_width, load_panel
from freecad_telemetry.ui.qt import QtCore, QtWidgets
from freecad_telemetry.ui.text_view import TextViewDialog, preview_dialog
from freecad_telemetry.ui.translation import tr, translate, use_translations

# Called on the GUI thread when the preview is asked for: the text, or a function that
# builds it (then run on a worker thread, see text_view.preview_dialog).
PreviewText = Callable[[], Union[str, Callable[[], str]]]
WIDTH = 580  # wide enough that each category's description takes at most two lines
FRAME_MS = 16  # one frame at 60 Hz: what the event loop gets between the steps of an answer


def host_preview(host: Host) -> PreviewText:
    """The preview JSON of `host`, built when the user asks for it (the sender's code path),
    its note in the user's language (the rest is shown as sent)."""

    def make() -> Callable[[], str]:
        from freecad_telemetry.collect.preview import prepare_preview

        build = prepare_preview(host, tr)  # reads the live FreeCAD here, on the GUI thread
        # Built on a worker thread (Qt's translate is thread-safe).
        return lambda: json.dumps(build(), indent=2, ensure_ascii=False)

    return make


def ask_if_needed(
    host: Host,
    parent: Optional[QtWidgets.QWidget] = None,
    env: Optional[Mapping[str, str]] = None,
    ask: Optional[Callable[..., ConsentChoice]] = None,
    table: FieldTable = fields.TABLE,
) -> Optional[Consent]:
    """Ask the question this start calls for (first start, or new items after an update)
    through `ask`, which returns the answer at once (tests, scripted callers), and store the
    answer. Returns the consent afterwards, or None when nothing was asked.

    GUI thread. Never raises (the question is then simply asked again at a later start).
    FreeCAD itself goes through `open_if_needed`, which never runs a nested event loop."""
    try:
        settings, consent, question = _due_question(host, env, table)
        if question is None:
            return None
        use_translations(host)
        answer = (ask or ConsentDialog.ask)(
            parent, question=question, preview=host_preview(host), shared=consent.categories
        )
        return record_answer(settings, answer, table)
    except Exception as exc:  # a Qt timer's callback: asked again at a later start
        _log_failure(host, exc)
        return None


def open_if_needed(
    host: Host,
    parent: Optional[QtWidgets.QWidget],
    env: Optional[Mapping[str, str]],
    answered: Callable[[Consent], None],
    table: FieldTable = fields.TABLE,
) -> Optional[ConsentDialog]:
    """Open the question this start calls for, if any, without blocking: it is window-modal
    to `parent` and the event loop goes on, so a quit is never held by it. The answer is
    stored and passed to `answered` when the user gives one; if FreeCAD closes first, the
    dialog goes with its window and the user is simply asked again later.

    GUI thread, after the main window is shown. Returns the open dialog, or None."""
    try:
        settings, consent, question = _due_question(host, env, table)
        if question is None:
            return None
        use_translations(host)
        dialog = ConsentDialog(question, host_preview(host), consent.categories, parent)
    except Exception as exc:  # a Qt timer's callback: asked again at a later start
        _log_failure(host, exc)
        return None

    def finished(*_: object) -> None:
        # The dialog's close and the window's repaint first; a frame later the answer is
        # stored and applied, and a frame after that the dialog is torn down: the event
        # loop runs between them, so FreeCAD's GUI thread never holds all three at once.
        choice = dialog.choice
        QtCore.QTimer.singleShot(FRAME_MS, lambda: handle(choice))

    def handle(choice: ConsentChoice) -> None:
        try:
            answered(record_answer(settings, choice, table))
        except Exception as exc:  # a Qt slot must not raise into FreeCAD's event loop
            _log_failure(host, exc)
        finally:
            QtCore.QTimer.singleShot(FRAME_MS, dialog.deleteLater)

    dialog.finished.connect(finished)
    dialog.setWindowModality(QtCore.Qt.WindowModal)
    dialog.open()
    return dialog


def _due_question(
    host: Host, env: Optional[Mapping[str, str]], table: FieldTable
) -> Tuple[Settings, Consent, Optional[Question]]:
    """The user's settings, their consent, and the question this start calls for (or None)."""
    settings = Settings(host)
    consent = load_consent(settings)
    return settings, consent, pending_question(consent, env, last_asked(settings), table=table)


def _log_failure(host: Host, exc: Exception) -> None:
    try:
        host.log(f"the consent question failed: {type(exc).__name__}: {exc}")
    except Exception:  # the guards' own log failed: nowhere left to report it
        pass


class ConsentDialog(QtWidgets.QDialog):
    """Object names (stable, for tests and style sheets): ``category_<name>`` check boxes,
    ``shareButton``, ``declineButton``, ``previewButton``, ``newItemsView``."""

    def __init__(
        self,
        question: Optional[Question] = None,
        preview: Optional[PreviewText] = None,
        shared: Iterable[str] = (),
        parent: Optional[QtWidgets.QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConsentDialog")
        self.question = question or Question(FIRST, fields.TABLE.categories)
        self.choice = ConsentChoice.not_now()
        self.error = ""  # what broke, when a slot failed
        self.preview_window: Optional[TextViewDialog] = None
        self._preview = preview
        self.form = load_panel("consent_dialog", self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.setWindowFlags(self.windowFlags() & ~QtCore.Qt.WindowContextHelpButtonHint)
        self.share_button = child(self.form, QtWidgets.QPushButton, "shareButton")
        self.decline_button = child(self.form, QtWidgets.QPushButton, "declineButton")
        self.preview_button = child(self.form, QtWidgets.QPushButton, "previewButton")
        self.new_items_view = child(self.form, QtWidgets.QPlainTextEdit, "newItemsView")
        self._boxes: Dict[str, QtWidgets.QCheckBox] = {}
        self._build_categories()
        if self.question.kind == NEW_ITEMS:
            self._become_reconsent(shared)
        else:
            child(self.form, QtWidgets.QLabel, "newItemsLabel").hide()
            self.new_items_view.hide()
        heading = child(self.form, QtWidgets.QLabel, "headingLabel")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        self.preview_button.setVisible(preview is not None)
        self._equal_weight(self.share_button, self.decline_button)
        self.share_button.clicked.connect(self._share)
        self.decline_button.clicked.connect(self._decline)
        self.preview_button.clicked.connect(self.show_preview)
        self._update_share()
        fit_width(self, WIDTH)

    @classmethod
    def ask(
        cls,
        parent: Optional[QtWidgets.QWidget] = None,
        question: Optional[Question] = None,
        preview: Optional[PreviewText] = None,
        shared: Iterable[str] = (),
    ) -> ConsentChoice:
        """Show the question modally and return the answer; any failure is "not now"."""
        try:
            dialog = cls(question, preview, shared, parent)
            dialog.exec()
            choice = dialog.choice
            dialog.deleteLater()
            return choice
        except Exception:  # fails closed: a broken dialog is "not now", never an answer
            return ConsentChoice.not_now()

    # --- testing surface --------------------------------------------------------------------
    def category_boxes(self) -> Dict[str, QtWidgets.QCheckBox]:
        return dict(self._boxes)

    def ticked(self) -> frozenset:
        return frozenset(name for name, box in self._boxes.items() if box.isChecked())

    def slot_failed(self, message: str) -> None:
        """A slot broke: close as "not now" (asked again later) rather than guess an answer."""
        self.error = message
        self.reject()

    # --- building ---------------------------------------------------------------------------
    def _build_categories(self) -> None:
        box_layout = child(self.form, QtWidgets.QWidget, "categoryList").layout()
        for category in self.question.categories:
            box = QtWidgets.QCheckBox(tr(category.title), self.form)
            box.setObjectName(f"category_{category.name}")
            box.setChecked(False)  # never pre-ticked: inaction is not consent
            box.toggled.connect(self._update_share)
            text = tr(category.description)
            description = QtWidgets.QLabel(text[:1].upper() + text[1:] + ".")
            description.setObjectName(f"categoryDescription_{category.name}")
            description.setWordWrap(True)
            description.setContentsMargins(24, 0, 0, 6)
            box_layout.addWidget(box)
            box_layout.addWidget(description)
            self._boxes[category.name] = box
        if not self.question.categories:
            child(self.form, QtWidgets.QWidget, "categoryList").hide()

    def _become_reconsent(self, shared: Iterable[str]) -> None:
        # Shared categories are the add-on's own (a newer table only adds categories).
        titles = {c.name: tr(c.title) for c in fields.TABLE.categories}
        shared = set(shared)
        shared_titles = ", ".join(titles[name] for name in titles if name in shared)
        child(self.form, QtWidgets.QLabel, "headingLabel").setText(
            translate("Telemetry", "FreeCAD telemetry can now collect more")
        )
        intro = translate(
            "Telemetry",
            "You share: {shared}. This version of the telemetry add-on can also send what is "
            "listed below. Until you agree, only what you agreed to before is sent.",
        ).format(shared=shared_titles or translate("Telemetry", "nothing yet"))
        if self.question.categories:
            intro += " " + translate("Telemetry", "New categories you may tick:")
        child(self.form, QtWidgets.QLabel, "introLabel").setText(intro)
        lines = [
            f"• {e.name}: " + translate("Telemetry", "sent at {when}").format(when=tr(e.when))
            for e in self.question.new_events
        ]
        lines += [f"• {f.event}.{f.prop}: {f.meaning}" for f in self.question.new_fields]
        if lines:
            self.new_items_view.setPlainText("\n".join(lines))
            rows = min(max(len(lines), 2), 6)
            line = self.new_items_view.fontMetrics().lineSpacing()
            self.new_items_view.setFixedHeight(rows * line + 12)
        else:
            child(self.form, QtWidgets.QLabel, "newItemsLabel").hide()
            self.new_items_view.hide()
        self.share_button.setText(translate("Telemetry", "Share the new items too"))
        self.decline_button.setText(translate("Telemetry", "Keep my current choice"))

    @staticmethod
    def _equal_weight(*buttons: QtWidgets.QPushButton) -> None:
        """Same size, same look, neither the default: the answer is the user's, not ours."""
        width = max(b.sizeHint().width() for b in buttons)
        height = max(b.sizeHint().height() for b in buttons)
        for button in buttons:
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setMinimumSize(width, height)

    # --- slots ------------------------------------------------------------------------------
    @guarded
    def _update_share(self, *_: object) -> None:
        adds_fields = bool(self.question.new_fields or self.question.new_events)
        reconsent = self.question.kind == NEW_ITEMS
        self.share_button.setEnabled(bool(self.ticked()) or (reconsent and adds_fields))

    @guarded
    def _share(self, *_: object) -> None:
        if not self.share_button.isEnabled():
            return
        self.choice = ConsentChoice.share(self.ticked())
        self.accept()

    @guarded
    def _decline(self, *_: object) -> None:
        self.choice = ConsentChoice.decline()
        self.accept()

    @guarded
    def show_preview(self, *_: object) -> None:
        """Open the preview window beside the dialog (not modal: both stay usable)."""
        if self._preview is None:
            return
        self.preview_window = preview_dialog(self._preview, self)
        self.preview_window.show()

    def reject(self) -> None:
        """Esc or the window's close button: not now (asked again at a later start)."""
        self.choice = ConsentChoice.not_now()
        super().reject()
