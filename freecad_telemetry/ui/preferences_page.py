"""The Telemetry page of FreeCAD's preferences: the choice (share which categories, or not),
and the advanced addresses; the id, preview, ledger and data-rights requests are driven by
transparency_controls.

FreeCAD builds the page on the GUI thread when the preferences dialog opens
(through startup.TelemetryPreferences, which FreeCAD calls with no argument: it passes the
running session's host and hooks; FreeCAD shows ``form``, then calls ``loadSettings``;
OK/Apply call ``saveSettings``). Everything persists through Settings and is saved to
user.cfg at once; the running session is told through ``on_consent_changed`` and
``on_id_changed``. Nothing raises out of this class.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Dict, Mapping, Optional

from freecad_telemetry import fields
from freecad_telemetry.consent.decision import (
    DECLINED,
    GRANTED,
    Consent,
    decline,
    grant,
    load_consent,
    save_consent,
)
from freecad_telemetry.consent.environment import opt_out_reason
from freecad_telemetry.consent.question import whats_new
from freecad_telemetry.field_table import FieldTable
from freecad_telemetry.host import running_freecad
from freecad_telemetry.host.interface import Host
from freecad_telemetry.rights.removal import REMOVAL_TIMEOUT, Urlopen, endpoint_problem
from freecad_telemetry.settings import Settings
from freecad_telemetry.state.folder import state_dir
from freecad_telemetry.ui.background import guarded
from freecad_telemetry.ui.consent_dialog import PreviewText, host_preview
from freecad_telemetry.ui.panels import child, load_panel
from freecad_telemetry.ui.qt import QtCore, QtWidgets
from freecad_telemetry.ui.translation import tr, translate, use_translations
from freecad_telemetry.ui.transparency_controls import Confirm, TransparencyControls, ask_yes_no


def _nobody(value: Any) -> None:
    """No running session to tell (the page outside a FreeCAD session, in tests)."""


class UninstalledPage:
    """What the page shows between an uninstall and the restart (nothing to load from)."""

    def __init__(self) -> None:
        self.form = QtWidgets.QLabel(
            translate("Telemetry", "Telemetry was uninstalled. Restart FreeCAD.")
        )
        self.form.setWindowTitle(translate("Telemetry", "Telemetry"))

    def loadSettings(self) -> None:
        pass

    def saveSettings(self) -> None:
        pass


class TelemetryPreferencesPage(QtCore.QObject):
    """Object names in ``form``: ``shareRadio``, ``declineRadio``, ``category_<name>``,
    ``statusLabel``, ``hostEdit``, ``hostProblem``, ``keyEdit``, and those of
    TransparencyControls (``transparency``)."""

    def __init__(
        self,
        parent: Optional[QtWidgets.QWidget] = None,
        *,
        host: Optional[Host] = None,
        env: Optional[Mapping[str, str]] = None,
        preview: Optional[PreviewText] = None,
        confirm: Confirm = ask_yes_no,
        urlopen: Optional[Urlopen] = None,
        timeout: float = REMOVAL_TIMEOUT,
        on_consent_changed: Optional[Callable[[Consent], None]] = None,
        on_id_changed: Optional[Callable[[str], None]] = None,
        table: FieldTable = fields.TABLE,
    ) -> None:
        super().__init__()
        self.table = table  # what the page offers and the consent it saves is against
        self._env = os.environ if env is None else env
        self._on_consent_changed = on_consent_changed or _nobody
        self._loaded = Consent()
        self.settings: Optional[Settings] = None
        try:
            self.host = host if host is not None else running_freecad()
            use_translations(self.host)
            self.form = load_panel("preferences", parent)
            self._find_widgets()
            self.transparency = TransparencyControls(
                self.form,
                Settings(self.host),
                state_dir(self.host.user_data_dir()),
                preview or host_preview(self.host),
                confirm=confirm,
                urlopen=urlopen,
                timeout=timeout,
                on_id_changed=on_id_changed or _nobody,
                on_failure=self.slot_failed,
            )
            self._connect()
            self.settings = Settings(self.host)
        except Exception as exc:  # FreeCAD would print a traceback and show an empty page
            self.form = QtWidgets.QLabel(
                translate("Telemetry", "The telemetry settings could not be shown:") + f" {exc}",
                parent,
            )
            self.form.setWindowTitle(translate("Telemetry", "Telemetry"))

    # --- FreeCAD's interface ----------------------------------------------------------------
    def loadSettings(self) -> None:
        if self.settings is None:
            return
        try:
            consent = load_consent(self.settings)
            self._loaded = consent
            self._set_radios(consent.status)
            for name, box in self.boxes.items():
                box.setChecked(consent.status == GRANTED and name in consent.categories)
            self.host_edit.setText(str(self.settings.get("PostHogHost")))
            self.key_edit.setText(str(self.settings.get("PostHogProjectKey")))
            self.transparency.refresh()
            self._show_status()
        except Exception as exc:  # FreeCAD calls this: it would print a traceback
            self.slot_failed(f"{type(exc).__name__}: {exc}")

    def saveSettings(self) -> None:
        if self.settings is None:
            return
        try:
            self._save_consent(self.settings)
            self._save_advanced(self.settings)
            self.settings.save()
        except Exception as exc:  # FreeCAD calls this (OK, Apply): it would print a traceback
            self.slot_failed(f"{type(exc).__name__}: {exc}")

    # --- state shown ------------------------------------------------------------------------
    def chosen_consent(self, before: Consent) -> Consent:
        """The consent the controls say; `before` itself when they say the same (so OK without
        a change neither dates a new answer nor agrees to fields added by an update)."""
        ticked = frozenset(n for n, b in self.boxes.items() if b.isChecked())
        if self.share_radio.isChecked() and ticked:
            same = before.status == GRANTED and before.categories == ticked
            return before if same else grant(ticked, self.table)
        if self.share_radio.isChecked() or self.decline_radio.isChecked():
            return before if before.status == DECLINED else decline(self.table)
        return before  # neither chosen: still undecided

    def slot_failed(self, message: str) -> None:
        label = getattr(self, "status_label", None)
        if label is not None:
            label.setText(translate("Telemetry", "Something went wrong:") + " " + message)
            label.show()

    # --- slots ------------------------------------------------------------------------------
    @guarded
    def _host_changed(self, *_: object) -> None:
        problem = endpoint_problem(self.host_edit.text())
        self.host_problem.setText(
            "" if problem is None else translate("Telemetry", "Not used:") + " " + problem
        )
        self.host_problem.setVisible(problem is not None)

    @guarded
    def _sharing_changed(self, *_: object) -> None:
        self.category_list.setEnabled(self.share_radio.isChecked())
        self._show_status()

    # --- helpers ----------------------------------------------------------------------------
    def _find_widgets(self) -> None:
        form = self.form
        self.share_radio = child(form, QtWidgets.QRadioButton, "shareRadio")
        self.decline_radio = child(form, QtWidgets.QRadioButton, "declineRadio")
        self.category_list = child(form, QtWidgets.QWidget, "categoryList")
        self.status_label = child(form, QtWidgets.QLabel, "statusLabel")
        self.host_edit = child(form, QtWidgets.QLineEdit, "hostEdit")
        self.host_problem = child(form, QtWidgets.QLabel, "hostProblem")
        self.key_edit = child(form, QtWidgets.QLineEdit, "keyEdit")
        self.boxes: Dict[str, QtWidgets.QCheckBox] = {}
        for category in self.table.categories:
            box = QtWidgets.QCheckBox(tr(category.title), self.category_list)
            box.setObjectName(f"category_{category.name}")
            box.setToolTip(tr(category.description))
            self.category_list.layout().addWidget(box)
            self.boxes[category.name] = box
        self.host_problem.hide()

    def _connect(self) -> None:
        self.share_radio.toggled.connect(self._sharing_changed)
        self.decline_radio.toggled.connect(self._sharing_changed)
        for box in self.boxes.values():
            box.toggled.connect(self._sharing_changed)
        self.host_edit.textChanged.connect(self._host_changed)

    def _set_radios(self, status: str) -> None:
        for radio, on in (
            (self.share_radio, status == GRANTED),
            (self.decline_radio, status == DECLINED),
        ):
            radio.setAutoExclusive(False)  # lets both be unticked: "not decided yet"
            radio.setChecked(on)
            radio.setAutoExclusive(True)
        self.category_list.setEnabled(status == GRANTED)

    def _save_consent(self, settings: Settings) -> None:
        before = load_consent(settings)
        after = self.chosen_consent(before)
        if after is not before:
            save_consent(settings, after)
            self._loaded = after
            self._on_consent_changed(after)

    def _save_advanced(self, settings: Settings) -> None:
        host = self.host_edit.text().strip()
        if endpoint_problem(host) is None and host != settings.get("PostHogHost"):
            settings.set("PostHogHost", host)
        key = self.key_edit.text().strip()
        if key and key != settings.get("PostHogProjectKey"):
            settings.set("PostHogProjectKey", key)

    def _show_status(self) -> None:
        reason = opt_out_reason(self._env, tr)
        lines = []
        if reason:
            text = translate("Telemetry", "Nothing is sent from this computer whatever you choose:")
            lines.append(f"{text} {reason}.")
        if not (self.share_radio.isChecked() or self.decline_radio.isChecked()):
            text = translate("Telemetry", "Not decided yet: nothing is sent until you choose.")
            lines.append(text)
        elif self.share_radio.isChecked() and not any(b.isChecked() for b in self.boxes.values()):
            text = translate(
                "Telemetry", "Tick at least one category, or choose Don't share anything."
            )
            lines.append(text)
        if self._loaded.status == GRANTED:
            new = whats_new(self._loaded, self.table)
            items = [tr(c.title) for c in new.categories]
            items += [f"{f.event}.{f.prop}" for f in new.new_fields]
            if items:
                text = translate(
                    "Telemetry",
                    "Added by an update and not sent until you agree: {items}. Saving a change "
                    "of categories here agrees to them.",
                )
                lines.append(text.format(items=", ".join(items)))
        self.status_label.setText("\n".join(lines))
        self.status_label.setVisible(bool(lines))
