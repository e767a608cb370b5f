"""Change-only snapshots: restarts with nothing changed send one small session event."""

from datetime import timedelta

from fakes import RecordingTransport
from session_driver import START_EVENTS, finish, grant, start, wait_until

from freecad_telemetry.collect import snapshots
from freecad_telemetry.collect.drafts import Draft
from freecad_telemetry.events import utc_now
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.state.folder import SNAPSHOTS_FILE, state_dir


def run_session(host):
    transport = RecordingTransport()
    session = start(host, transport)
    assert session.started.wait(5)
    assert wait_until(lambda: "freecad_startup" in transport.names())
    finish(session)  # returns once the sender thread has ended
    assert "freecad_shutdown" in transport.names()
    return transport.names()


def test_ten_unchanged_restarts_send_ten_small_session_events_and_no_repeated_snapshot(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    grant(host)
    sessions = [run_session(host) for _ in range(11)]
    assert sorted(sessions[0]) == sorted([*START_EVENTS, "freecad_shutdown"])
    for later in sessions[1:]:
        assert later == ["freecad_startup", "freecad_shutdown"]


def test_a_changed_preference_sends_the_preferences_snapshot_again(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    grant(host)
    run_session(host)
    host.set_param(
        "BaseApp/Preferences/View", "NavigationStyle", "string", "Gui::BlenderNavigationStyle"
    )
    assert run_session(host) == ["freecad_startup", "freecad_preferences", "freecad_shutdown"]


def test_snapshots_are_sent_again_after_a_week(tmp_path):
    folder = state_dir(tmp_path)
    drafts = [
        Draft("freecad_preferences", {"theme": "x", "session_sequence": 1}),
        Draft("freecad_startup", {}),
    ]
    snapshots.remember(drafts, folder, now=utc_now() - timedelta(days=6))
    assert [d.name for d in snapshots.due(drafts, folder)] == ["freecad_startup"]
    snapshots.remember(drafts, folder, now=utc_now() - timedelta(days=7, minutes=1))
    assert [d.name for d in snapshots.due(drafts, folder)] == [
        "freecad_preferences",
        "freecad_startup",
    ]


def test_per_session_properties_do_not_count_as_a_change(tmp_path):
    folder = state_dir(tmp_path)
    snapshots.remember(
        [Draft("freecad_version", {"version_major": "1", "session_sequence": 1})], folder
    )
    assert (
        snapshots.due(
            [Draft("freecad_version", {"version_major": "1", "session_sequence": 2})], folder
        )
        == []
    )


def test_an_unreadable_record_means_send_everything(tmp_path):
    folder = state_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / SNAPSHOTS_FILE).write_text("{ not json")
    drafts = [Draft("freecad_version", {"version_major": "1"})]
    assert snapshots.due(drafts, folder) == drafts
