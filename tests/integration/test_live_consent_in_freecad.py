"""Live consent in a real FreeCAD, with the strict capture server: a choice made on the real
Edit > Preferences > Telemetry page, or with `off` in a shell while FreeCAD runs, applies to
events already collected and not yet sent, and FreeCAD's rewrite of user.cfg at quit undoes
nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from capture_server import CaptureServer
from consent_clicks import OPEN_PREFERENCES, PAGE, PAGE_SHOWN, until
from freecad_runner import error_lines

GROUP = "BaseApp/Preferences/Mod/Telemetry"
REPO_ROOT = Path(__file__).resolve().parents[2]
WITHDRAWN = {"freecad_preferences", "freecad_addon_list"}

SESSION_UP = """
from freecad_telemetry import startup
result = startup.runtime.current_session() is not None
"""
STARTED = """
from freecad_telemetry import startup
session = startup.runtime.current_session()
result = bool(session is not None and session.sender is not None and session.sender.started())
"""
REPORTING = """
from freecad_telemetry import startup
result = startup.runtime.current_session().sender is not None
"""
_CLICK_OK = (
    PAGE
    + """
page = pages[0]
{actions}
dialog = QtWidgets.QApplication.activeModalWidget()
buttons = dialog.findChild(QtWidgets.QDialogButtonBox, "buttonBox")
buttons.button(QtWidgets.QDialogButtonBox.Ok).click()
result = True
"""
)
UNTICK_TWO = _CLICK_OK.format(
    actions='page.boxes["preferences"].setChecked(False)\npage.boxes["addons"].setChecked(False)'
)
SHARE_ALL = _CLICK_OK.format(
    actions=(
        "page.share_radio.setChecked(True)\n"
        "for box in page.boxes.values():\n"
        "    box.setChecked(True)"
    )
)


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


def granted(profile, url: str):
    """Granted everything; SendDelay at its default, so this session's events are held."""
    profile.seed_params(
        {
            GROUP: {
                "ConsentState": ("Text", "granted"),
                "ConsentCategories": ("Text", "usage,system,preferences,addons"),
                "PostHogHost": ("Text", url),
            }
        }
    )
    return profile


def on_the_page(session, clicks: str) -> None:
    until(session, SESSION_UP)  # the page is registered once the add-on's session is up
    session.run(OPEN_PREFERENCES)
    until(session, PAGE_SHOWN)
    session.run(clicks)


def cli(profile, *args: str) -> str:
    command = [sys.executable, "-m", "freecad_telemetry"]
    command += ["--user-cfg", str(profile.user_cfg), "--user-data", str(profile.user_data)]
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def test_unticking_two_categories_on_the_page_withdraws_their_held_events(
    start_freecad, profile, server
):
    session = start_freecad(granted(profile, server.url))
    until(session, STARTED)  # the agent stored the start-up events, held for SendDelay
    on_the_page(session, UNTICK_TWO)
    report = session.report_view()
    session.quit()
    again = start_freecad(profile)  # what the quit could not send goes now
    until(again, STARTED)
    again.quit()
    arrived = {e["event"] for e in server.events}
    assert {"freecad_startup", "freecad_system_info"} <= arrived
    assert not arrived & WITHDRAWN
    assert error_lines(report) == []
    assert "2 of a withdrawn category" in cli(profile, "status")


def test_do_not_track_and_share_on_the_page_sends_nothing(start_freecad, profile, server):
    profile.seed_params({GROUP: {"PostHogHost": ("Text", server.url), "SendDelay": ("Int", 0)}})
    session = start_freecad(profile, env={"DO_NOT_TRACK": "1"})
    on_the_page(session, SHARE_ALL)
    assert session.run(REPORTING) is False  # the choice is kept, but nothing began
    session.quit()
    assert server.requests == []
    assert "sending (granted: addons, preferences" in cli(profile, "status")  # kept for later


def test_off_from_a_shell_while_freecad_runs_then_quit(start_freecad, profile, server):
    # An earlier version's id mirror: removed from user.cfg (the id lives in the state folder).
    profile.seed_params({GROUP: {"AnonymousId": ("Text", "2f4c0b5e-43d4-4c8a-9a57-0a8e2f6f3b11")}})
    session = start_freecad(granted(profile, server.url))
    until(session, STARTED)
    assert "Telemetry is off" in cli(profile, "off")
    before = len(server.requests)
    session.quit()  # FreeCAD writes user.cfg back from memory: it still says "granted"
    assert len(server.requests) == before == 0
    assert profile.param(GROUP, "ConsentState") == ("Text", "granted")
    assert profile.param(GROUP, "AnonymousId") is None
    status = cli(profile, "status")
    assert "not sending: consent is declined" in status
    again = start_freecad(profile)
    until(again, SESSION_UP)
    assert again.run(REPORTING) is False
    again.quit()
    assert server.requests == []
