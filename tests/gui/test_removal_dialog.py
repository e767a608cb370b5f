"""The removal dialog against a loopback stand-in of freecad.org's endpoint: every answer, the
GUI never blocked, nothing raised, and the right state shown and stored each time."""

import time

import pytest
from removal_server import RemovalServer

from freecad_telemetry.rights.removal import (
    DONE,
    QUEUED,
    REJECTED,
    RemovalOutcome,
    pending_removals,
)
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.install_id import read_install_id
from freecad_telemetry.ui import removal as removal_module
from freecad_telemetry.ui.qt import QtCore
from freecad_telemetry.ui.removal import RemovalDialog

TIMEOUT = 0.5


@pytest.fixture
def dialog_for(qtbot, profile, server):
    profile.with_id()

    def make(mode):
        server.mode = mode
        dialog = RemovalDialog(
            profile.folder,
            profile.person_id,
            server.url(),
            settings=profile.settings,
            timeout=TIMEOUT,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def run_request(qtbot, dialog):
    with qtbot.waitSignal(dialog.request_finished, timeout=5000) as finished:
        dialog.confirm()
    return finished.args[0]


def test_confirmation_names_the_id_and_sends_nothing_yet(dialog_for, profile, server):
    dialog = dialog_for(200)
    assert profile.person_id in dialog.message_text()
    assert dialog.confirm_button.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.confirm_button.isDefault() and not dialog.confirm_button.autoDefault()
    dialog.cancel_button.click()
    assert not dialog.isVisible() and dialog.outcome is None
    assert server.requests == []


@pytest.mark.parametrize("status", [200, 204])
def test_confirmed_removal(qtbot, dialog_for, profile, server, status):
    dialog = dialog_for(status)
    outcome = run_request(qtbot, dialog)
    assert outcome.kind == DONE
    new_id = read_install_id(profile.folder)
    assert new_id == outcome.new_id != profile.person_id
    assert "AnonymousId" not in profile.host.param_keys(GROUP)  # never in user.cfg
    assert profile.ledger_size() == 0
    assert profile.unsent_ids() == [profile.other_id]
    assert server.person_ids() == [profile.person_id]
    assert new_id in dialog.message_text() and profile.person_id in dialog.message_text()
    assert not dialog.confirm_button.isVisible() and dialog.cancel_button.text() == "Close"


def test_refused_removal_offers_the_e_mail(qtbot, dialog_for, profile):
    dialog = dialog_for(404)
    outcome = run_request(qtbot, dialog)
    assert outcome.kind == REJECTED
    text = dialog.message_text()
    assert "telemetry@freecad.org" in text and profile.person_id in text and "404" in text
    assert read_install_id(profile.folder) == profile.person_id
    assert profile.ledger_size() == 3
    assert pending_removals(profile.folder) == []


@pytest.mark.parametrize("mode", [500, "refused", "black_hole"])
def test_unanswered_removal_is_queued(qtbot, dialog_for, profile, mode):
    dialog = dialog_for(mode)
    outcome = run_request(qtbot, dialog)
    assert outcome.kind == QUEUED
    text = dialog.message_text()
    assert "telemetry@freecad.org" in text and profile.person_id in text
    assert "each time FreeCAD starts" in text
    assert [r["person_id"] for r in pending_removals(profile.folder)] == [profile.person_id]
    assert read_install_id(profile.folder) == profile.person_id
    assert profile.ledger_size() == 3
    assert profile.unsent_ids() == [profile.other_id]


def test_a_server_dripping_its_answer_holds_the_dialog_no_longer_than_the_deadline(
    qtbot, dialog_for, profile, server
):
    dialog = dialog_for("drip")
    server.drip_interval = TIMEOUT / 2  # a byte before every per-read timeout would fire
    started = time.monotonic()
    with qtbot.waitSignal(dialog.request_finished, timeout=int((TIMEOUT + 0.5) * 1000)):
        dialog.confirm()
    assert time.monotonic() - started < TIMEOUT + 0.5
    assert dialog.outcome.kind == QUEUED and "in time" in dialog.message_text()
    assert dialog.cancel_button.isEnabled()  # the user can close it again
    assert read_install_id(profile.folder) == profile.person_id


def test_a_redirect_is_not_followed_and_not_a_removal(qtbot, dialog_for, profile, server):
    with RemovalServer(200) as elsewhere:
        server.location = elsewhere.url()
        outcome = run_request(qtbot, dialog_for(307))
        assert elsewhere.requests == []
    assert outcome.kind == QUEUED and "307" in outcome.detail
    assert read_install_id(profile.folder) == profile.person_id
    assert profile.ledger_size() == 3


def test_the_gui_stays_responsive_and_cannot_be_closed_while_waiting(qtbot, profile, server):
    profile.with_id()
    server.mode = "black_hole"
    dialog = RemovalDialog(profile.folder, profile.person_id, server.url(), timeout=10)
    qtbot.addWidget(dialog)
    dialog.show()
    started = time.monotonic()
    dialog.confirm()
    assert time.monotonic() - started < 0.2  # the request runs on a worker thread
    assert dialog.busy and not dialog.confirm_button.isEnabled()
    assert not dialog.cancel_button.isEnabled() and dialog.progress.isVisible()
    ticks = []
    QtCore.QTimer.singleShot(50, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)  # the event loop runs meanwhile
    qtbot.keyClick(dialog, QtCore.Qt.Key_Escape)
    assert dialog.isVisible() and dialog.outcome is None
    server.stop()  # the connection drops without an answer
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert dialog.outcome.kind == QUEUED
    dialog.reject()
    assert not dialog.isVisible()


def test_an_unexpected_failure_in_the_worker_is_shown_not_raised(qtbot, dialog_for, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(removal_module, "request_removal", broken)
    dialog = dialog_for(200)
    outcome = run_request(qtbot, dialog)
    assert outcome.kind == QUEUED and "disk on fire" in dialog.message_text()


def test_ask_returns_the_outcome_or_none(qtbot, monkeypatch, profile, server):
    profile.with_id()

    def exec_and_confirm(self):
        self.confirm()
        qtbot.waitUntil(lambda: self.outcome is not None, timeout=5000)
        return 1

    monkeypatch.setattr(RemovalDialog, "exec", exec_and_confirm)
    outcome = RemovalDialog.ask(
        None, folder=profile.folder, person_id=profile.person_id, endpoint=server.url()
    )
    assert isinstance(outcome, RemovalOutcome) and outcome.kind == DONE
    monkeypatch.setattr(RemovalDialog, "exec", lambda self: 0)
    assert RemovalDialog.ask(None, folder=profile.folder, person_id="x", endpoint="") is None
