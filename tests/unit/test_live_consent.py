"""Consent is live: a choice made anywhere (the running session's page, another process, a
shell) applies to every event not yet on the wire, through the real posthog SDK to a strict
capture server; and FreeCAD rewriting user.cfg from memory at quit undoes nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from capture_server import CaptureServer
from removal_server import RemovalServer
from session_driver import finish, wait_until

from freecad_telemetry.cli import main as cli
from freecad_telemetry.consent.decision import (
    consent_now,
    decline,
    grant,
    load_consent,
    save_consent,
)
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.rights.removal import request_removal
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import OUTBOX_FILE, state_dir
from freecad_telemetry.state.install_id import read_install_id

ROOT = Path(__file__).resolve().parents[2]
ALL = "usage,system,preferences,addons"
WITHDRAWN_EVENTS = {"freecad_preferences", "freecad_addon_list"}


@pytest.fixture
def server():
    with CaptureServer() as running:
        yield running


def make_host(base: Path, url: str, categories: str = ALL, send_delay=None) -> MemoryHost:
    """A FreeCAD whose user.cfg (in memory) grants `categories`, as an earlier start left it."""
    host = MemoryHost(user_data_dir=base / "FreeCAD", mod_roots=[base / "FreeCAD" / "Mod"])
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", categories)
    host.set_param(GROUP, "PostHogHost", "string", url)
    if send_delay is not None:
        host.set_param(GROUP, "SendDelay", "int", send_delay)
    return host


def other_process(host: MemoryHost) -> MemoryHost:
    """Another process of the same profile: same state folder, its own copy of user.cfg."""
    other = MemoryHost(user_data_dir=host.user_data_dir(), mod_roots=host.mod_roots())
    for key in host.param_keys(GROUP):
        for kind in ("string", "int", "bool"):
            value = host.get_param(GROUP, key, kind, None)
            if value is not None:
                other.set_param(GROUP, key, kind, value)
    return other


def start(host: MemoryHost, env=None) -> Session:
    # Over HTTP. The quit's budget (FreeCAD's: 50 ms) must let the quit finish sending, so
    # that "nothing withdrawn arrived" is not merely "nothing arrived in time".
    session = Session.with_posthog(host, env={} if env is None else env, quit_budget=10.0)
    session.gui_ready()
    assert session.sender is None or session.started.wait(10)
    return session


def names(server):
    return [e["event"] for e in server.events]


@pytest.mark.parametrize("where", ["this session's page", "another process"])
def test_narrowing_with_events_held_sends_none_of_the_withdrawn_at_quit(tmp_path, server, where):
    host = make_host(tmp_path, server.url)  # SendDelay at its default: events are held
    session = start(host)
    assert session.sender is not None and server.requests == []
    narrower = grant({"usage", "system"})
    if where == "this session's page":
        save_consent(Settings(host), narrower)
        session.apply_consent(narrower)
    else:
        save_consent(Settings(other_process(host)), narrower)
    finish(session)
    arrived = set(names(server))
    assert {"freecad_startup", "freecad_shutdown", "freecad_system_info"} <= arrived
    assert not arrived & WITHDRAWN_EVENTS
    outbox = Outbox(state_dir(host.user_data_dir()) / OUTBOX_FILE)
    assert outbox.stats().pending == 0  # dropped, not kept for a later session
    assert outbox.drop_counts() == {"withdrawn": 2}


def test_off_from_a_shell_while_the_session_runs_then_quit(tmp_path, server):
    host = make_host(tmp_path, server.url)  # SendDelay default: the start events are held
    session = start(host)
    user_cfg = tmp_path / "user.cfg"  # the shell's view of user.cfg (FreeCAD's is in memory)
    ParameterTree().save(user_cfg)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = ["--user-cfg", str(user_cfg), "--user-data", str(host.user_data_dir()), "off"]
    subprocess.run(
        [sys.executable, "-m", "freecad_telemetry", *args], env=env, check=True, timeout=60
    )
    finish(session)  # FreeCAD then writes its in-memory user.cfg back: still "granted"
    assert server.requests == []
    assert host.get_param(GROUP, "ConsentState", "string", "") == "granted"
    out = _cli(host, ["status"])
    assert "not sending: consent is declined" in out
    assert "5 of a withdrawn category" in out


def test_a_second_freecad_with_old_choices_in_memory_does_not_undo_off(tmp_path, server):
    host = make_host(tmp_path, server.url)
    finish(start(host))  # the first start moves the choice from user.cfg, once
    sent = len(server.requests)
    assert sent > 0
    stale = other_process(host)  # a FreeCAD window that loaded user.cfg before `off`
    assert _cli(other_process(host), ["off"]).startswith("Telemetry is off")
    session = start(stale)
    finish(session)
    assert session.sender is None and len(server.requests) == sent


def test_a_forgotten_profile_stays_forgotten_when_freecad_writes_user_cfg_back(tmp_path):
    host = make_host(tmp_path, "http://127.0.0.1:9")
    start(host).shut_down()
    folder = state_dir(host.user_data_dir())
    assert consent_now(folder).sending
    for path in sorted(folder.rglob("*"), reverse=True):  # `forget` from a shell
        path.rmdir() if path.is_dir() else path.unlink()
    # user.cfg as FreeCAD writes it back from memory: the old mirror, "granted".
    assert host.get_param(GROUP, "ConsentState", "string", "") == "granted"
    assert load_consent(Settings(host)).status == "undecided"


def test_the_id_is_never_kept_in_user_cfg_and_an_old_mirror_is_removed(tmp_path, server):
    host = make_host(tmp_path, server.url)
    host.set_param(GROUP, "AnonymousId", "string", "2f4c0b5e-43d4-4c8a-9a57-0a8e2f6f3b11")
    session = start(host)
    session.shut_down()
    assert read_install_id(state_dir(host.user_data_dir())) is not None
    assert "AnonymousId" not in host.param_keys(GROUP)


def test_widening_on_the_page_reports_the_new_categories_without_a_restart(tmp_path, server):
    host = make_host(tmp_path, server.url, categories="usage", send_delay=0)
    session = start(host)
    assert wait_until(lambda: len(server.events) == 2)
    assert not set(names(server)) & WITHDRAWN_EVENTS
    wider = grant({"usage", "preferences", "addons"})
    save_consent(Settings(host), wider)
    session.apply_consent(wider)
    assert wait_until(lambda: WITHDRAWN_EVENTS <= set(names(server)))
    finish(session)
    assert names(server).count("freecad_startup") == 1


def test_an_environment_opt_out_at_send_time_pauses_without_deleting(tmp_path, server):
    host = make_host(tmp_path, server.url)
    env = {}
    session = start(host, env=env)
    env["DO_NOT_TRACK"] = "1"  # the rule is asked at every batch, not only at start-up
    session.sender.finish(10.0)  # the quit's sending, without the session's own check
    session.sender.join(10.0)
    assert server.requests == []
    assert Outbox(state_dir(host.user_data_dir()) / OUTBOX_FILE).stats().pending == 5


def test_after_a_confirmed_removal_nothing_leaves_under_the_old_id(tmp_path, server):
    host = make_host(tmp_path, server.url, send_delay=0)
    session = start(host)
    assert wait_until(lambda: len(server.events) == 5)
    folder = state_dir(host.user_data_dir())
    old_id = read_install_id(folder)
    with RemovalServer(200) as removal:  # from a shell: the session is not told
        outcome = request_removal(folder, old_id, removal.url())
    assert outcome.new_id and outcome.new_id != old_id
    seen = len(server.events)
    finish(session)
    after = server.events[seen:]
    assert [e["event"] for e in after] == ["freecad_shutdown"]
    assert {e["distinct_id"] for e in after} == {outcome.new_id}


def test_an_event_stamped_under_a_removed_id_elsewhere_is_dropped_not_sent(tmp_path, server):
    host = make_host(tmp_path, server.url)  # held: the start events wait in the outbox
    session = start(host)
    folder = state_dir(host.user_data_dir())
    old_id = read_install_id(folder)
    with RemovalServer(200) as removal:
        request_removal(folder, old_id, removal.url())
    # Another FreeCAD stamped this a moment before the id rotated, and stores it now.
    Outbox(folder / OUTBOX_FILE).add([Event("freecad_version", old_id)])
    finish(session)
    assert old_id not in {e["distinct_id"] for e in server.events}
    assert [e["event"] for e in server.events] == ["freecad_shutdown"]
    # The five held ones when the removal was confirmed, this one when it was to be sent.
    assert Outbox(folder / OUTBOX_FILE).drop_counts() == {"removed_id": 6}


def _cli(host, argv):
    import io

    out = io.StringIO()
    cli.main(argv, host_factory=lambda *_: host, stdout=out)
    return out.getvalue()


def test_six_processes_starting_at_once_on_a_fresh_profile_make_one_id(tmp_path):
    data = tmp_path / "FreeCAD"
    go = tmp_path / "go"
    code = _RACER.format(tests=str(ROOT / "tests"), root=str(ROOT))
    racers = [
        subprocess.Popen([sys.executable, "-c", code, str(data), str(go), str(tmp_path / f"r{i}")])
        for i in range(6)
    ]
    try:
        assert wait_until(lambda: all((tmp_path / f"r{i}").exists() for i in range(6)), 60)
        go.touch()  # the barrier: all six are imported and waiting
        assert [p.wait(60) for p in racers] == [0] * 6
    finally:
        for process in racers:
            if process.poll() is None:
                process.kill()
    events = Outbox(state_dir(data) / OUTBOX_FILE).pending()
    assert {e.distinct_id for e in events} == {read_install_id(state_dir(data))}
    counts = {n: [e.name for e in events].count(n) for n in {e.name for e in events}}
    assert counts == {
        "freecad_startup": 6,
        "freecad_version": 1,
        "freecad_system_info": 1,
        "freecad_preferences": 1,
        "freecad_addon_list": 1,
    }


_RACER = """
import sys, time
from pathlib import Path
sys.path[:0] = [{root!r}, {tests!r}]
from fakes import Outcome, RecordingTransport
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.settings import GROUP

data, go, ready = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
host = MemoryHost(user_data_dir=data, mod_roots=[data / "Mod"])
host.set_param(GROUP, "ConsentState", "string", "granted")
host.set_param(GROUP, "ConsentCategories", "string", "usage,system,preferences,addons")
offline = RecordingTransport([Outcome(False, reason="offline")] * 100)  # all stay stored
session = Session(host, env={{}}, make_transport=lambda: offline)
ready.touch()
while not go.exists():
    time.sleep(0.0005)
session.gui_ready()
assert session.started.wait(30)
session.shut_down()
"""


def test_off_then_on_again_on_the_page_reports_again_without_a_restart(tmp_path, server):
    host = make_host(tmp_path, server.url, send_delay=0)
    session = start(host)
    assert wait_until(lambda: len(server.events) == 5)
    for consent in (decline(), grant({"usage", "system", "preferences", "addons"})):
        save_consent(Settings(host), consent)
        session.apply_consent(consent)
    assert session.started.wait(10)
    finish(session)
    assert names(server).count("freecad_startup") == 2  # a new reporting session began
    assert names(server)[-1] == "freecad_shutdown"


def test_forget_from_a_shell_while_the_session_runs_then_quit(tmp_path, server):
    host = make_host(tmp_path, server.url)  # held: the start events wait in the outbox
    session = start(host)
    out = _cli(other_process(host), ["forget", "--yes"])
    assert not state_dir(host.user_data_dir()).exists(), out
    finish(session)  # then FreeCAD writes its user.cfg back from memory
    assert server.requests == []
    assert load_consent(Settings(host)).status == "undecided"
