"""Consent in a real FreeCAD (0.20.2 and 1.1) with a fresh profile: the question comes after
the main window is up (on 1.1, after FreeCAD's own Welcome panel), nothing leaves before
"Share", "Don't share" means no request ever, and the question never holds a quit."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from capture_server import CaptureServer
from consent_clicks import DONT_SHARE, FIND_DIALOG, SHARE, wait_for_dialog
from freecad_runner import Profile, error_lines

GROUP = "BaseApp/Preferences/Mod/Telemetry"


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


def fresh(profile, url):
    profile.seed_params({GROUP: {"PostHogHost": ("Text", url), "SendDelay": ("Int", 0)}})
    return profile


def test_nothing_is_sent_until_share_is_clicked_then_the_session_reports(
    start_freecad, profile, server
):
    session = start_freecad(fresh(profile, server.url))
    wait_for_dialog(session)  # after ready: start_freecad returned once the window was up
    time.sleep(1.0)
    assert server.requests == []  # the dialog is open: nothing has left the machine
    session.run(SHARE)
    events = server.wait_for_events(5, timeout=20)
    report = session.report_view()
    session.quit()
    assert {e["event"] for e in events} >= {"freecad_startup", "freecad_version"}
    assert error_lines(report) == []
    assert profile.param(GROUP, "ConsentState")[1] == "granted"


def test_dont_share_means_no_request_in_this_or_the_next_session(start_freecad, profile, server):
    session = start_freecad(fresh(profile, server.url))
    wait_for_dialog(session)
    session.run(DONT_SHARE)
    time.sleep(1.0)
    session.quit()
    again = start_freecad(profile)
    time.sleep(3.0)
    assert again.run(FIND_DIALOG) == 0  # not asked again
    again.quit()
    assert server.requests == []
    assert not (profile.user_data / "telemetry" / "outbox.sqlite3").exists()


def test_the_dialog_does_not_delay_start_up(start_freecad, profile, bare_profile, server):
    # Ready (window shown, event loop running) comes before the question, so the
    # spawn -> ready time of a fresh profile is that of FreeCAD with a decided user.
    session = start_freecad(fresh(profile, server.url))
    ready = session.wait_ready()
    wait_for_dialog(session)
    session.kill()
    assert ready < 30


# Armed just before the close: the question's timer is then due while the close runs.
QUESTION_DUE_AT_CLOSE = """
from freecad_telemetry import startup
from freecad_telemetry.ui.qt import QtCore
QtCore.QTimer.singleShot(0, startup.runtime.current_session().ask_consent)
"""


def test_a_close_while_the_question_is_due_is_not_held(
    start_freecad, profile, server, freecad_install
):
    # FreeCAD 1.1 processes pending events inside the close, before aboutToQuit: a question
    # opened then used to sit in the half-closed window until someone answered it.
    session = start_freecad(fresh(profile, server.url))
    quit_seconds = session.quit(timeout=10, before=QUESTION_DUE_AT_CLOSE)
    assert quit_seconds < freecad_install.quit_bound
    assert server.requests == []
    assert profile.param(GROUP, "ConsentState") in (None, ("Text", "undecided"))


def test_a_close_while_the_question_is_open_is_not_held(
    start_freecad, profile, server, freecad_install
):
    session = start_freecad(fresh(profile, server.url))
    wait_for_dialog(session)
    quit_seconds = session.quit(timeout=10)  # the window's close button, the question open
    assert quit_seconds < freecad_install.quit_bound
    assert server.requests == []
    assert profile.param(GROUP, "ConsentState") in (None, ("Text", "undecided"))  # not now


WELCOME_PANEL = """
from freecad_telemetry.ui.qt import QtWidgets
panel = FreeCADGui.getMainWindow().findChild(QtWidgets.QWidget, "FirstStartWidget")
result = panel is not None and panel.isVisible()
"""
PRESS_DONE = """
from freecad_telemetry.ui.qt import QtWidgets
panel = FreeCADGui.getMainWindow().findChild(QtWidgets.QWidget, "FirstStartWidget")
[b for b in panel.findChildren(QtWidgets.QPushButton) if b.text() == "Done"][0].click()
result = True
"""
SCREENSHOT = """
from freecad_telemetry.ui.qt import QtGui
QtGui.QGuiApplication.primaryScreen().grabWindow(0).save({path!r})
result = True
"""
SCREENSHOT_DIR_VARIABLE = "FCT_SCREENSHOT_DIR"  # e.g. docs/screenshots, to refresh the README's


def test_on_first_start_the_question_waits_for_freecads_welcome_panel(
    start_freecad, freecad_install, freecad_deps, tmp_path, server
):
    if freecad_install.version[:2] < (1, 1):
        pytest.skip("FreeCAD 0.20.2 has no first-run Welcome panel")
    profile = Profile(tmp_path / "first-start", freecad_install, first_start=True)
    profile.python_path([freecad_deps])
    profile.install_addon(Path(__file__).resolve().parents[2])
    session = start_freecad(fresh(profile, server.url))
    assert session.run(WELCOME_PANEL)
    time.sleep(2.5)  # well past the question's 1 s delay after the window is up
    assert session.run(WELCOME_PANEL) and session.run(FIND_DIALOG) == 0
    session.run(PRESS_DONE)
    wait_for_dialog(session)
    assert not session.run(WELCOME_PANEL)
    picture = tmp_path / "first-start-in-freecad-1.1.png"
    session.run(SCREENSHOT.format(path=str(picture)))
    session.run(SHARE)
    server.wait_for_events(5, timeout=20)
    session.quit()
    assert picture.stat().st_size > 10_000
    if os.environ.get(SCREENSHOT_DIR_VARIABLE):
        shutil.copy(picture, Path(os.environ[SCREENSHOT_DIR_VARIABLE]) / picture.name)
