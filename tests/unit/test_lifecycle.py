"""A FreeCAD session of the add-on against a fake host and a recording transport."""

from pathlib import Path

import pytest
from fakes import RecordingTransport, run_later
from session_driver import START_EVENTS, finish, grant, start, wait_until

from freecad_telemetry import fields
from freecad_telemetry.consent.decision import decline, save_consent
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.fields import Grant
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import OUTBOX_FILE, state_dir
from freecad_telemetry.state.install_id import read_install_id


@pytest.fixture
def host(tmp_path: Path) -> MemoryHost:
    return MemoryHost(user_data_dir=tmp_path / "FreeCAD", mod_roots=[tmp_path / "FreeCAD" / "Mod"])


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
    assert "AnonymousId" not in host.param_keys(GROUP)  # the id never goes into user.cfg
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
    save_consent(Settings(host), decline())
    finish(session)  # returns once the sender thread has ended
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


class FakeDialog:
    """Stands in for ConsentDialog.ask: records the questions, gives the scripted answer."""

    def __init__(self, answer):
        self.answer = answer
        self.questions = []

    def __call__(self, parent, question=None, preview=None, shared=()):
        self.questions.append(question)
        return self.answer


def ask_and_answer(host, answer, env=None, table=fields.TABLE):
    from freecad_telemetry.consent.question import ConsentChoice

    dialog = FakeDialog(getattr(ConsentChoice, answer[0])(*answer[1:]))
    transport = RecordingTransport()
    session = Session(
        host, env=env or {}, make_transport=lambda: transport, ask=dialog, table=table
    )
    session.gui_ready()
    return session, dialog, transport


def test_first_start_asks_after_the_window_is_up_and_share_starts_reporting_at_once(host):
    host.set_param(GROUP, "SendDelay", "int", 0)
    session, dialog, transport = ask_and_answer(host, ("share", ["usage", "addons"]))
    assert dialog.questions == [] and transport.batches == []  # nothing before the answer
    assert [seconds for seconds, _ in host.later] == [1.0]
    run_later(host)
    assert len(dialog.questions) == 1
    assert wait_until(
        lambda: transport.names() == ["freecad_startup", "freecad_version", "freecad_addon_list"]
    )
    finish(session)
    assert host.get_param(GROUP, "ConsentState", "string", "") == "granted"


@pytest.mark.parametrize("answer", [("decline",), ("not_now",)])
def test_dont_share_and_not_now_send_nothing(host, answer):
    session, dialog, transport = ask_and_answer(host, answer)
    run_later(host)
    finish(session)
    assert len(dialog.questions) == 1
    assert transport.batches == []
    assert not (state_dir(host.user_data_dir()) / OUTBOX_FILE).exists()
    expected = "declined" if answer == ("decline",) else "undecided"
    assert host.get_param(GROUP, "ConsentState", "string", "undecided") == expected


def test_declined_users_are_not_asked_again(host):
    host.set_param(GROUP, "ConsentState", "string", "declined")
    _session, _dialog, _transport = ask_and_answer(host, ("share", ["usage"]))
    assert host.later == []


def test_nothing_is_asked_under_do_not_track(host):
    _session, _dialog, _transport = ask_and_answer(
        host, ("share", ["usage"]), {"DO_NOT_TRACK": "1"}
    )
    assert host.later == []


GPU = fields.Field("freecad_system_info", "gpu_vendor", "fact", "GPU vendor", "Mesa")


def test_after_a_table_update_only_what_was_granted_is_sent_until_the_user_answers(
    host, monkeypatch
):
    from freecad_telemetry.collect import drafts

    grant(host)
    host.set_param(GROUP, "ConsentSchemaVersion", "int", 1)
    collectors = dict(drafts.START_COLLECTORS)
    collectors["freecad_system_info"] = lambda h: {"system": "Linux", "gpu_vendor": "Mesa"}
    monkeypatch.setattr(drafts, "START_COLLECTORS", tuple(collectors.items()))
    table = fields.TABLE.updated(fields=[GPU])

    session, _dialog, transport = ask_and_answer(host, ("not_now",), table=table)

    assert [seconds for seconds, _ in host.later] == [1.0]  # the what's-new question
    assert wait_until(lambda: "freecad_system_info" in transport.names())
    system = next(e for e in transport.sent if e.name == "freecad_system_info")
    assert system.properties["system"] == "Linux"
    assert "gpu_vendor" not in system.properties  # not granted yet
    finish(session)


def test_a_field_an_update_added_is_drafted_once_the_user_agreed_to_that_table():
    from freecad_telemetry.collect.drafts import SessionFacts, draft

    facts = SessionFacts(table=fields.TABLE.updated(fields=[GPU]))
    collected = {"system": "Linux", "gpu_vendor": "Mesa"}
    before = draft("freecad_system_info", collected, Grant(frozenset({"system"}), 1), facts)
    after = draft("freecad_system_info", collected, Grant(frozenset({"system"}), 2), facts)
    assert "gpu_vendor" not in before.properties and after.properties["gpu_vendor"] == "Mesa"
    assert after.properties["schema_version"] == 2


def test_switching_off_in_preferences_stops_sending_at_once(host):
    from freecad_telemetry.consent.decision import decline

    grant(host)
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    session.apply_consent(decline())
    finish(session)
    assert "freecad_shutdown" not in transport.names()


def test_after_uninstall_the_loaded_instance_sends_nothing_more_not_even_at_quit(host):
    grant(host)
    transport = RecordingTransport()
    session = start(host, transport)
    assert wait_until(lambda: len(transport.sent) == 5)
    session.shut_down()
    session.apply_consent(session.consent)  # a late "Share" cannot restart it either
    finish(session)
    assert transport.names() == START_EVENTS
    assert list((state_dir(host.user_data_dir()) / "sessions").glob("session-*")) == []


def test_by_default_a_session_goes_out_as_one_request_at_quit(host):
    grant(host)
    host.set_param(GROUP, "SendDelay", "int", 300)
    transport = RecordingTransport()
    session = start(host, transport)
    assert session.started.wait(5)
    finish(session)
    # One batch in all: nothing left while the session gathered its events.
    assert [len(batch) for batch in transport.batches] == [6]
    assert transport.names()[-1] == "freecad_shutdown"


def test_events_left_by_an_earlier_session_go_at_once(host):
    grant(host)
    host.set_param(GROUP, "SendDelay", "int", 300)
    first = start(host, RecordingTransport([]))
    assert first.started.wait(5)
    first.sender.stop()  # as if FreeCAD had been killed before sending
    transport = RecordingTransport()
    second = start(host, transport)
    assert wait_until(lambda: len(transport.sent) == 5)  # the earlier session's start events
    assert {e.properties["session_sequence"] for e in transport.sent} == {1}
    finish(second)


def _queue_removal_of_current_id(host, endpoint):
    from freecad_telemetry.files.atomic import write_json_atomic
    from freecad_telemetry.rights.removal import REMOVAL_QUEUE_FILE
    from freecad_telemetry.state.install_id import create_install_id

    folder = state_dir(host.user_data_dir())
    old_id = create_install_id(folder)
    write_json_atomic(
        folder / REMOVAL_QUEUE_FILE,
        {
            "requests": [
                {
                    "person_id": old_id,
                    "endpoint": endpoint,
                    "queued_at": "2026-11-01T00:00:00+00:00",
                    "attempts": 1,
                }
            ]
        },
    )
    return old_id


def test_a_queued_removal_confirmed_at_start_means_nothing_is_sent_under_the_old_id(host):
    from removal_server import RemovalServer

    grant(host)
    server = RemovalServer(200).start()
    try:
        old_id = _queue_removal_of_current_id(host, server.url())
        transport = RecordingTransport()
        session = start(host, transport)
        assert wait_until(lambda: len(transport.sent) == 5)
        finish(session)
    finally:
        server.stop()
    assert server.person_ids() == [old_id]
    assert transport.sent and old_id not in {e.distinct_id for e in transport.sent}


def test_while_a_removal_of_this_id_still_waits_nothing_is_collected_or_sent(host):
    from removal_server import RemovalServer

    grant(host)
    server = RemovalServer(503).start()
    try:
        _queue_removal_of_current_id(host, server.url())
        transport = RecordingTransport()
        session = start(host, transport)
        assert session.started.wait(5)
        finish(session)
    finally:
        server.stop()
    assert transport.batches == []
    assert session.outbox.stats().pending == 0


def test_a_plain_http_host_set_by_hand_in_user_cfg_is_never_used(host):
    grant(host)
    host.set_param(GROUP, "PostHogHost", "string", "http://telemetry.example.org")
    session = Session.with_posthog(host, env={})
    session.gui_ready()
    assert session.started.wait(5)
    assert wait_until(lambda: any("only https://" in line for line in host.logged))
    finish(session)
    assert session.outbox.stats().pending == 6  # kept, nothing sent
