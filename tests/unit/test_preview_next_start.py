"""The command-line preview shows what the NEXT start of FreeCAD sends from the same profile:
its session number, and only the snapshots that start will send (issue 12, item 4).

Each test previews an on-disk profile through `python -m freecad_telemetry preview --json`
(outside FreeCAD, as a user runs it), then starts the FreeCAD of that profile (a lifecycle
session over the same user.cfg and state folder) and compares with what that start sent.
"""

import json
import subprocess
import sys
from datetime import timedelta

import pytest
from fakes import Outcome, RecordingTransport
from session_driver import finish, freecad_on_profile, start, wait_until

from freecad_telemetry.cli.main import main
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import iso_utc, utc_now
from freecad_telemetry.files.atomic import read_json, write_json_atomic
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.settings import GROUP
from freecad_telemetry.state.folder import OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.process_identity import ProcessIdentity
from freecad_telemetry.state.sessions import SessionTracker

START = ["freecad_startup", "freecad_version", "freecad_system_info"]
START += ["freecad_preferences", "freecad_addon_list"]


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """A granted profile in a fresh HOME (FreeCAD's XDG layout on Linux)."""
    home = tmp_path / "home"
    cfg = home / ".config" / "FreeCAD" / "user.cfg"
    data = home / ".local" / "share" / "FreeCAD"
    (data / "Mod").mkdir(parents=True)
    cfg.parent.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "FREECAD_USER_HOME"):
        monkeypatch.delenv(name, raising=False)
    tree = ParameterTree()
    tree.set(GROUP, "ConsentState", "string", "granted")
    tree.set(GROUP, "ConsentCategories", "string", "usage,system,preferences,addons")
    tree.set(GROUP, "SendDelay", "int", 0)
    tree.save(cfg)
    return cfg, data


def preview(capsys):
    assert main(["preview", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def next_start(profile):
    """Start and quit the profile's FreeCAD once; the start-up events it sent, by name."""
    transport = RecordingTransport()
    session = start(freecad_on_profile(*profile), transport)
    assert session.started.wait(5)
    assert wait_until(lambda: "freecad_startup" in transport.names())
    finish(session)
    return {e.name: e.properties for e in transport.sent if e.name != "freecad_shutdown"}


def own(properties):
    """What the add-on itself puts in an event (the posthog SDK's `$` keys aside)."""
    return {k: v for k, v in properties.items() if not k.startswith("$")}


def by_name(previewed):
    return {e["event"]: e["properties"] for e in previewed["events"]}


def test_the_preview_numbers_the_session_as_the_next_start_will(profile, capsys):
    state_dir(profile[1]).mkdir()
    outbox = Outbox(state_dir(profile[1]) / OUTBOX_FILE)
    for _ in range(4):  # four earlier sessions
        outbox.next_counter("session")
    previewed = by_name(preview(capsys))
    assert {p["session_sequence"] for p in previewed.values()} == {5}
    sent = next_start(profile)
    assert {p["session_sequence"] for p in sent.values()} == {5}
    assert preview(capsys)["events"][0]["properties"]["session_sequence"] == 6


def test_the_preview_does_not_take_the_session_number_it_shows(profile, capsys):
    preview(capsys)
    preview(capsys)
    assert next_start(profile)["freecad_startup"]["session_sequence"] == 1


def test_snapshots_the_next_start_will_not_send_are_not_previewed_as_due(profile, capsys):
    next_start(profile)  # FreeCAD sent (and remembered) every snapshot
    previewed = preview(capsys)
    sent = next_start(profile)
    assert list(sent) == ["freecad_startup"]
    assert [e["event"] for e in previewed["events"]] == list(sent)
    assert sorted(previewed["unchanged_since_last_sent"]) == sorted(START[1:])


def test_a_changed_preference_is_previewed_exactly_as_the_next_start_sends_it(profile, capsys):
    next_start(profile)
    tree = ParameterTree.load(profile[0])
    tree.set(
        "BaseApp/Preferences/View", "NavigationStyle", "string", "Gui::TouchpadNavigationStyle"
    )
    tree.save(profile[0])
    previewed = by_name(preview(capsys))
    sent = next_start(profile)
    assert list(previewed) == list(sent) == ["freecad_startup", "freecad_preferences"]
    for name, properties in sent.items():
        assert own(previewed[name]) == properties, name


def test_snapshots_due_again_after_a_week_carry_what_only_freecad_knows(profile, capsys):
    next_start(profile)
    record_path = state_dir(profile[1]) / "snapshots.json"
    record = read_json(record_path)
    week_ago = iso_utc(utc_now() - timedelta(days=8))
    write_json_atomic(record_path, {k: {**v, "stored_at": week_ago} for k, v in record.items()})
    previewed = by_name(preview(capsys))
    sent = next_start(profile)
    assert list(previewed) == list(sent) == START
    for name, properties in sent.items():  # FreeCAD's version, Python, Qt, screen included
        assert own(previewed[name]) == properties, name


def test_snapshots_recorded_by_an_earlier_version_are_not_claimed_as_sent(profile, capsys):
    next_start(profile)
    record_path = state_dir(profile[1]) / "snapshots.json"
    # An earlier version kept only each snapshot's hash: FreeCAD's own facts are unknown here.
    record = {
        k: {"hash": v["hash"], "stored_at": v["stored_at"]}
        for k, v in read_json(record_path).items()
    }
    write_json_atomic(record_path, record)
    previewed = preview(capsys)
    sent = next_start(profile)
    assert [e["event"] for e in previewed["events"]] == list(sent) == ["freecad_startup"]
    # FreeCAD's Python, Qt and screen; the language, as FreeCAD's locale (no Language set).
    undecided = ["freecad_system_info", "freecad_preferences"]
    assert previewed["sent_if_changed_cannot_tell_here"] == undecided
    # Those fully known here are decided as the start decides them.
    assert "freecad_addon_list" in previewed["unchanged_since_last_sent"]


def test_events_of_earlier_sessions_still_waiting_are_named(profile, capsys):
    transport = RecordingTransport(outcomes=[Outcome(delivered=False, reason="offline")] * 20)
    session = start(freecad_on_profile(*profile), transport)  # offline: nothing goes out
    assert session.started.wait(5)
    finish(session)
    waiting = preview(capsys)["waiting_in_the_outbox"]
    assert waiting == {name: 1 for name in [*START, "freecad_shutdown"]}
    assert main(["preview"]) == 0
    assert "freecad_shutdown x1" in capsys.readouterr().out


def test_a_session_that_ended_without_a_clean_quit_is_previewed_as_the_start_reports_it(
    profile, capsys
):
    next_start(profile)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its pid is gone, as after a crash
    sessions = state_dir(profile[1]) / SESSIONS_FOLDER
    SessionTracker(sessions, me=ProcessIdentity(child.pid, None)).begin("1.0.2", "0.1.0", 7)
    previewed = by_name(preview(capsys))
    assert list(sessions.glob("session-*.json"))  # the preview claimed nothing
    sent = next_start(profile)
    assert list(previewed) == list(sent) == ["freecad_unclean_shutdown", "freecad_startup"]
    assert own(previewed["freecad_unclean_shutdown"]) == sent["freecad_unclean_shutdown"]
    assert sent["freecad_unclean_shutdown"]["previous_session_sequence"] == 7


def test_a_running_freecads_session_is_not_previewed_as_unclean(profile, capsys):
    sessions = state_dir(profile[1]) / SESSIONS_FOLDER
    running = SessionTracker(sessions)  # this process: alive, and holding its lock
    running.begin("1.0.2", "0.1.0", 1)
    try:
        assert "freecad_unclean_shutdown" not in by_name(preview(capsys))
    finally:
        running.end()
