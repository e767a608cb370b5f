"""A FreeCAD session of the add-on against a fake host and a recording transport."""

import time
from pathlib import Path

import pytest
from fakes import RecordingTransport

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.local_state import OUTBOX_FILE, read_install_id, state_dir
from freecad_telemetry.settings import GROUP

START_EVENTS = [
    "freecad_startup",
    "freecad_version",
    "freecad_system_info",
    "freecad_preferences",
    "freecad_addon_list",
]


def wait_until(condition, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


@pytest.fixture
def host(tmp_path: Path) -> MemoryHost:
    return MemoryHost(user_data_dir=tmp_path / "FreeCAD", mod_roots=[tmp_path / "FreeCAD" / "Mod"])


def grant(host: MemoryHost, categories="usage,system,preferences,addons") -> None:
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", categories)


def start(host, transport, env=None) -> Session:
    session = Session(host, env=env or {}, make_transport=lambda: transport)
    session.gui_ready()
    return session


def finish(session: Session) -> None:
    session.quit()
    if session.sender is not None:
        session.sender.join(2.0)


def test_undecided_user_sends_nothing_and_leaves_no_files(host):
    transport = RecordingTransport()
    session = start(host, transport)
    finish(session)
    assert transport.batches == []
    assert not state_dir(host.user_data_dir()).exists()


def test_declined_user_sends_nothing(host):
    host.set_param(GROUP, "ConsentState", "string", "declined")
    transport = RecordingTransport()
    finish(start(host, transport))
    assert transport.batches == []


@pytest.mark.parametrize(
    "env",
    [
        {"DO_NOT_TRACK": "1"},
        {"DO_NOT_TRACK": "yes"},
        {"FREECAD_TELEMETRY": "0"},
        {"CI": "true"},
        {"GITHUB_ACTIONS": "true"},
    ],
)
def test_opt_out_environments_send_nothing_even_after_consent(host, env):
    grant(host)
    transport = RecordingTransport()
    finish(start(host, transport, env))
    assert transport.batches == []


def test_do_not_track_zero_is_not_an_opt_out(host):
    grant(host)
    transport = RecordingTransport()
    session = start(host, transport, {"DO_NOT_TRACK": "0"})
    assert wait_until(lambda: len(transport.sent) >= 5)
    finish(session)


def test_granted_session_sends_start_events_then_the_session_end(host):
    grant(host)
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: transport.names() == START_EVENTS)
    finish(session)
    assert wait_until(lambda: transport.names() == [*START_EVENTS, "freecad_shutdown"])
    install_id = read_install_id(state_dir(host.user_data_dir()))
    assert {e.distinct_id for e in transport.sent} == {install_id}
    assert host.get_param(GROUP, "AnonymousId", "string", "") == install_id
    assert host.saves >= 1  # the id reached user.cfg at once, not only at a clean quit
    outbox = Outbox(state_dir(host.user_data_dir()) / OUTBOX_FILE)
    assert outbox.stats().pending == 0
    assert [e.event.uuid for e in outbox.ledger()] == [e.uuid for e in transport.sent]


def test_only_granted_categories_are_collected(host):
    grant(host, "usage")
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: len(transport.sent) >= 2)
    finish(session)
    assert set(transport.names()) == {"freecad_startup", "freecad_version", "freecad_shutdown"}


def test_switching_off_mid_session_sends_no_session_end(host):
    grant(host)
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    host.set_param(GROUP, "ConsentState", "string", "declined")
    finish(session)
    time.sleep(0.1)
    assert "freecad_shutdown" not in transport.names()
    assert list((state_dir(host.user_data_dir()) / "sessions").glob("session-*")) == []


def test_without_posthog_events_wait_in_the_outbox_with_one_log_line(host):
    grant(host)

    def no_posthog():
        raise ImportError("No module named 'posthog'")

    session = Session(host, env={}, make_transport=no_posthog)
    session.gui_ready()
    assert session.started.wait(5)
    assert wait_until(lambda: any("posthog is not installed" in line for line in host.logged))
    finish(session)
    assert len([line for line in host.logged if "posthog" in line]) == 1
    assert [e.name for e in session.outbox.pending()] == [*START_EVENTS, "freecad_shutdown"]


def test_the_reference_add_ons_id_is_adopted(host):
    grant(host)
    host.set_param(GROUP, "PostHogUUID", "string", "0b3b5d46-2a57-4e4b-9a55-5f3f1a0f6a11")
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    finish(session)
    assert transport.sent[0].distinct_id == "0b3b5d46-2a57-4e4b-9a55-5f3f1a0f6a11"


def test_an_unwritable_state_folder_costs_telemetry_not_freecad(host, tmp_path):
    grant(host)
    blocker = tmp_path / "FreeCAD"
    blocker.write_text("a file where the folder should be")
    transport = RecordingTransport()
    finish(start(host, transport))
    assert transport.batches == []
    assert any("not writable" in line for line in host.logged)
