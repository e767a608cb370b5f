"""Consent in a real FreeCAD 0.20.2 with a fresh profile: the question comes after the main
window is up, nothing leaves before "Share", and "Don't share" means no request ever."""

from __future__ import annotations

import time

import pytest
from capture_server import CaptureServer
from consent_clicks import DONT_SHARE, FIND_DIALOG, SHARE, wait_for_dialog
from freecad_runner import error_lines

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
