"""FreeCAD hands a session over to the session agent (handover.py, agent.run_session).

A stand-in FreeCAD (a Python process with an in-memory host, driven over stdin) runs the
real lifecycle.Session, which starts the real agent process; the real posthog SDK sends to
the strict capture server on 127.0.0.1. What is asserted is what a user would notice: every
event once, nothing after "off" or `forget`, a crash reported by the next start, a quit that
does not wait for the network, and posthog never in FreeCAD's process."""

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from capture_server import CaptureServer
from fakes import fire_quit
from session_driver import START_EVENTS, run_for_json, wait_until

import freecad_telemetry
from freecad_telemetry import handover
from freecad_telemetry.agent_launch import agent_environment, launch
from freecad_telemetry.collect import host_copy
from freecad_telemetry.consent.decision import decline, grant, save_consent
from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import new_event
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.rights.forget import forget
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state import folder as state_folder
from freecad_telemetry.state.folder import OUTBOX_FILE, SESSIONS_FOLDER, state_dir
from freecad_telemetry.state.process_identity import ProcessIdentity, is_alive

ALL = ["usage", "system", "preferences", "addons"]

# A FreeCAD in miniature: the GUI thread's side of a session, commands from stdin.
FREECAD = """
import json, sys, time
from pathlib import Path
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.host.user_cfg import ParameterTree
from freecad_telemetry.lifecycle import Session
data, url, delay, inside = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
if sys.argv[5] == "1":  # FreeCAD never quiet: the launch thread waits until quit or stop
    from freecad_telemetry import agent_launch
    agent_launch.QUIET_MINIMUM = agent_launch.QUIET_MAXIMUM = 3600.0
host = MemoryHost(user_data_dir=data, python_version="3")
host.set_param("BaseApp/Preferences/Mod/Telemetry", "PostHogHost", "string", url)
host.set_param("BaseApp/Preferences/Mod/Telemetry", "SendDelay", "int", delay)
host.set_param("BaseApp/Preferences/Mod/Telemetry", "ConsentMirror", "bool", True)
host.pythons = [] if inside else [sys.executable]
from freecad_telemetry.startup import launch_agent
session = Session(host, env={}, launch=launch_agent)
session.gui_ready()
print(json.dumps({"session": getattr(session.sender, "session_id", None)}), flush=True)
for line in sys.stdin:
    if line.strip() == "off-on":  # two quick clicks on the page: recorded, then applied
        from freecad_telemetry.consent.decision import decline, grant, save_consent
        from freecad_telemetry.settings import Settings
        first = session.sender
        for consent in (decline(), grant(["usage", "system", "preferences", "addons"])):
            save_consent(Settings(host), consent)
            session.apply_consent(consent)
        first.agent.wait(30)  # the first agent saw its stop and ended
        print(json.dumps({"first_ended": first.agent.poll() is not None}), flush=True)
    if line.strip() == "off":  # unticked on the page
        from freecad_telemetry.consent.decision import decline, save_consent
        from freecad_telemetry.settings import Settings
        save_consent(Settings(host), decline())
        session.apply_consent(decline())
        session.sender.thread.join(30)
        print(json.dumps({"agent": session.sender.agent is not None}), flush=True)
    if line.strip() == "agent":
        print(json.dumps({"pid": session.sender.agent.pid}), flush=True)
    if line.strip() == "quit":
        began = time.monotonic()
        session.quit()
        took = time.monotonic() - began
        handover = session.sender
        if handover is not None and handover.thread is not None and inside:
            handover.thread.join(10)  # what atexit does in FreeCAD, with a test's patience
        heavy = sorted(m for m in ("posthog", "requests", "sqlite3") if m in sys.modules)
        print(json.dumps({"quit_seconds": took, "heavy": heavy}), flush=True)
        break
"""


@pytest.fixture
def server():
    with CaptureServer() as running:
        yield running


class FakeFreeCAD:
    def __init__(
        self, data: Path, url: str, delay: int = 0, inside: bool = False, busy: bool = False
    ) -> None:
        self.data = data
        flags = ["1" if inside else "0", "1" if busy else "0"]
        self.process = subprocess.Popen(
            [sys.executable, "-c", FREECAD, str(data), url, str(delay), *flags],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=agent_environment([], None),
            text=True,
            start_new_session=True,  # killed below as FreeCAD is: its whole process group
        )
        self.session_id = json.loads(self.process.stdout.readline())["session"]

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def quit(self) -> dict:
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        said = json.loads(self.process.stdout.readline())
        self.process.wait(30)
        return said

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(30)

    @property
    def sessions(self) -> Path:
        return state_dir(self.data) / SESSIONS_FOLDER

    def sentinels(self) -> list:
        return sorted(p.name for p in self.sessions.glob("session-*.json"))


def granted(tmp_path: Path, categories=ALL) -> Path:
    data = tmp_path / "FreeCAD"
    save_consent(Settings(MemoryHost(user_data_dir=data)), grant(categories))
    return data


def pending(data: Path) -> int:
    path = state_dir(data) / OUTBOX_FILE
    if not path.exists():
        return 0
    outbox = Outbox(path)
    try:
        return outbox.stats().pending
    finally:
        outbox.close()


def names(server) -> list:
    return sorted(e["event"] for e in server.events)


def test_the_agent_reports_the_session_once_and_freecad_never_imports_posthog(tmp_path, server):
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url)
    assert len(server.wait_for_events(5, timeout=30)) == 5
    said = freecad.quit()
    server.wait_for_events(6, timeout=30)
    assert wait_until(lambda: not any(freecad.sessions.iterdir()), timeout=30)  # all tidied
    assert names(server) == sorted([*START_EVENTS, "freecad_shutdown"])
    assert said["heavy"] == []  # no posthog, requests or SQLite in FreeCAD's process
    assert max(Counter(e["uuid"] for e in server.events).values()) == 1


def test_quit_returns_at_once_while_the_agent_is_stuck_on_a_black_holed_network(tmp_path, server):
    data = granted(tmp_path)
    server.set_mode("blackhole")
    freecad = FakeFreeCAD(data, server.url)
    assert wait_until(lambda: server.requests, timeout=30)  # the agent is on the wire
    said = freecad.quit()
    assert said["quit_seconds"] < 0.5  # one small file; the network is the agent's problem
    server.set_mode("ok")
    outbox = Outbox(state_dir(data) / OUTBOX_FILE)
    try:  # nothing lost: whatever did not go is kept for the next start
        assert wait_until(
            lambda: outbox.stats().pending + len({e["uuid"] for e in server.events}) == 6,
            timeout=60,
        )
    finally:
        outbox.close()


def test_this_sessions_events_wait_for_the_send_delay_but_leave_at_quit(tmp_path, server):
    data = granted(tmp_path)
    folder = state_dir(data)
    earlier = new_event("freecad_shutdown", "0b8f4d3e-1c1a-4a4e-9d55-1e0c5c1a2b3c", {})
    outbox = Outbox(folder / OUTBOX_FILE)
    outbox.add([earlier])
    outbox.close()
    freecad = FakeFreeCAD(data, server.url, delay=300)
    server.wait_for_events(1, timeout=30)  # an earlier session's event goes at once...
    assert [e["uuid"] for e in server.events] == [earlier.uuid]  # ...this session's wait
    freecad.quit()
    server.wait_for_events(7, timeout=30)
    assert names(server) == sorted([*START_EVENTS, "freecad_shutdown", "freecad_shutdown"])


def test_a_killed_freecad_is_reported_once_by_the_next_start_and_nothing_is_lost(tmp_path, server):
    data = granted(tmp_path)
    first = FakeFreeCAD(data, server.url)
    server.wait_for_events(5, timeout=30)
    assert len(first.sentinels()) == 1  # written by the agent on FreeCAD's behalf
    assert f"session-{first.process.pid}-" in first.sentinels()[0]
    first.kill()
    # The agent notices, ends, and leaves the sentinel for the next start.
    assert wait_until(lambda: not list(first.sessions.glob("handover-*.json")), timeout=30)
    assert len(first.sentinels()) == 1
    second = FakeFreeCAD(data, server.url)
    server.wait_for_events(7, timeout=30)  # its start and the crash (snapshots unchanged)
    second.quit()
    server.wait_for_events(8, timeout=30)
    counted = Counter(e["event"] for e in server.events)
    assert counted["freecad_unclean_shutdown"] == 1 and counted["freecad_shutdown"] == 1
    assert counted["freecad_startup"] == 2
    assert max(Counter(e["uuid"] for e in server.events).values()) == 1
    assert second.sentinels() == []


def test_off_from_a_shell_mid_session_ends_the_agent_and_nothing_more_leaves(tmp_path, server):
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url)
    server.wait_for_events(5, timeout=30)
    save_consent(Settings(MemoryHost(user_data_dir=data)), decline())  # `off`, elsewhere
    assert wait_until(lambda: freecad.sentinels() == [], timeout=30)  # abandoned, no crash
    freecad.quit()
    assert wait_until(lambda: not list(freecad.sessions.glob("handover-*.json")), timeout=30)
    assert "freecad_shutdown" not in names(server)
    assert len(server.events) == 5


def test_forget_mid_session_ends_the_agent_without_bringing_the_folder_back(tmp_path, server):
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url, delay=300)  # held: nothing on the wire now
    done = state_dir(data) / "snapshots.json"  # the agent's start-up's last write
    assert wait_until(lambda: done.exists() and pending(data) == 5, timeout=30)
    agent = ProcessIdentity(freecad.ask("agent")["pid"], None)
    forget(MemoryHost(user_data_dir=data))
    freecad.quit()
    assert wait_until(lambda: not is_alive(agent), timeout=30)  # it saw the folder gone
    log = state_dir(data) / "agent.log"
    assert not state_dir(data).exists(), log.read_text() if log.exists() else "no log"
    assert server.events == []


def test_without_a_fitting_interpreter_the_agent_runs_in_freecads_process_off_the_gui_thread(
    tmp_path, server
):
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url, inside=True)
    server.wait_for_events(5, timeout=30)
    said = freecad.quit()
    server.wait_for_events(6, timeout=30)
    assert names(server) == sorted([*START_EVENTS, "freecad_shutdown"])
    assert said["quit_seconds"] < 0.5


def test_the_parameter_list_freecad_reads_is_the_one_the_tables_declare():
    """Resources/handover_params.json is generated: `python -m freecad_telemetry.collect.host_copy`."""
    assert handover.PARAMS_FILE.read_text(encoding="utf-8") == host_copy.handover_file()
    assert handover.handover_params() == host_copy.handover_params()


def test_a_state_folder_that_cannot_be_used_pauses_with_one_line_and_no_agent(tmp_path):
    blocker = tmp_path / "FreeCAD" / "telemetry"
    blocker.parent.mkdir()
    blocker.write_text("a file where the folder should be")
    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    host.pythons = [sys.executable]
    started = handover.Handover(host, launch=launch)
    assert started.start() is True  # the GUI thread only read the facts
    started.thread.join(30)
    assert started.agent is None and not started.inside
    assert len(host.logged) == 1 and "paused" in host.logged[0]
    assert str(tmp_path) not in host.logged[0]  # no path: it may hold the user's name


def test_the_state_folder_names_freecads_side_uses_are_the_declared_ones():
    assert handover.STATE_FOLDER == state_folder.FOLDER_NAME
    assert handover.SESSIONS_FOLDER == state_folder.SESSIONS_FOLDER
    assert handover.REMOVAL_FILE == state_folder.REMOVAL_QUEUE_FILE
    assert handover.CONSENT_FILE == state_folder.CONSENT_FILE
    assert handover.TELEMETRY_GROUP == GROUP


def test_the_facts_make_the_same_host_again(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path, locale="Deutsch", mod_roots=[tmp_path / "Mod"])
    host.set_param("BaseApp/Preferences/General", "Language", "string", "Русский 山田")
    host.set_param(GROUP, "SendDelay", "int", 7)
    copy = host_copy.from_facts(
        json.loads(json.dumps(handover.facts_of(host, host_copy.handover_params())))
    )
    assert copy.get_param("BaseApp/Preferences/General", "Language", "string", "") == "Русский 山田"
    assert copy.get_param(GROUP, "SendDelay", "int", 0) == 7
    for fact in ("freecad_version", "locale", "qt_version", "python_version", "screen",
                 "user_data_dir", "mod_roots"):  # fmt: skip
        assert getattr(copy, fact)() == getattr(host, fact)()


# --- a returning user's start: nothing more of the add-on in FreeCAD's process ----------------


def returning(tmp_path: Path, consent=None) -> MemoryHost:
    """A profile as the full start-up leaves it: migrated, decision recorded and mirrored."""
    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD")
    settings = Settings(host)
    save_consent(settings, consent or grant(ALL))
    settings.set("ReferenceMigrated", True)
    return host


def test_a_returning_users_start_is_settled(tmp_path):
    assert handover.settled_consent(returning(tmp_path)) == "granted"


def test_a_decline_is_settled_quietly(tmp_path):
    assert handover.settled_consent(returning(tmp_path, decline())) == "quiet"


@pytest.mark.parametrize(
    "variable", [("DO_NOT_TRACK", "1"), ("FREECAD_TELEMETRY", "0"), ("GITHUB_ACTIONS", "true")]
)
def test_an_environment_opt_out_starts_nothing_and_writes_nothing(tmp_path, monkeypatch, variable):
    """A returning user's start in an opted-out environment: the launch thread ends the
    hand-over before anything is written or started; the quit records nothing either."""
    from freecad_telemetry import startup

    monkeypatch.setenv(*variable)  # (conftest cleared the others)
    host = returning(tmp_path)
    host.set_param(GROUP, "PostHogHost", "string", "http://127.0.0.1:9")
    timers = []
    freecad_telemetry.start_gui(
        lambda: host, schedule=lambda ms, f: timers.append(f), window_up=lambda: True
    )
    timers.pop()()
    try:
        handed = startup.runtime.handover
        handed.thread.join(10)
        assert not handed.thread.is_alive() and handed.agent is None and not handed.inside
        fire_quit(host)
        assert not (state_dir(host.user_data_dir()) / SESSIONS_FOLDER).exists()
        assert host.logged == []
    finally:
        startup.runtime = startup.Runtime()


@pytest.mark.parametrize(
    "change",
    [
        "undecided",
        "newer table",
        "mirror out of date",
        "not migrated",
        "old id mirror",
        "removal to retry",
        "damaged record",
    ],
)
def test_every_other_start_takes_the_full_path(tmp_path, change):
    host = returning(tmp_path)
    folder = state_dir(host.user_data_dir())
    if change == "undecided":
        (folder / "consent.json").unlink()
    elif change == "newer table":
        record = json.loads((folder / "consent.json").read_text())
        record.update(schema_version=0, fields_version=0)
        (folder / "consent.json").write_text(json.dumps(record))
        Settings(host).set("ConsentSchemaVersion", 0)
    elif change == "mirror out of date":  # e.g. `off` in a shell while FreeCAD was closed
        record = json.loads((folder / "consent.json").read_text())
        (folder / "consent.json").write_text(json.dumps(dict(record, categories=["usage"])))
    elif change == "not migrated":
        Settings(host).set("ReferenceMigrated", False)
    elif change == "old id mirror":
        host.set_param(GROUP, "AnonymousId", "string", "0b8f4d3e-1c1a-4a4e-9d55-1e0c5c1a2b3c")
    elif change == "removal to retry":
        (folder / "pending_removal.json").write_text("[]")
    else:
        (folder / "consent.json").write_text("{not json")
    assert handover.settled_consent(host) is None


START_SCRIPT = """
import json, sys, threading
from pathlib import Path

class Recorder:  # which modules the main thread (FreeCAD's GUI thread) imports
    seen = []  # (the environment rules are loaded again if imported: not cached)
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread():
            Recorder.seen.append(name)
        return None

import freecad_telemetry
from freecad_telemetry import startup
from freecad_telemetry.consent.decision import grant, save_consent
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.settings import Settings
host = MemoryHost(user_data_dir=Path(sys.argv[1]))
save_consent(Settings(host), grant(["usage", "system"]))
Settings(host).set("ReferenceMigrated", True)
Settings(host).set("PostHogHost", "http://127.0.0.1:9")
host.pythons = []
timers = []
sys.modules.pop("freecad_telemetry.consent.environment", None)
sys.meta_path.insert(0, Recorder())
preloaded = freecad_telemetry.start_gui(
    lambda: host, schedule=lambda ms, f: timers.append(f), window_up=lambda: True
)
assert preloaded.acquire(timeout=30)  # the splash's thread is done
timers.pop()()
for quit in list(host.quit_callbacks):  # FreeCAD quits
    quit()
loaded = sorted(set(Recorder.seen))
sys.meta_path.pop(0)
handed = startup.runtime.handover
session = startup.runtime.current_session()  # the preferences page opens: the full session takes over
print(json.dumps({"loaded": loaded, "pages": host.preference_pages,
                  "adopted": session.sender is handed, "ended": handed.ended}))
"""


def test_a_returning_users_start_loads_only_the_handover_and_the_page_can_take_over(tmp_path):
    """The modules FreeCAD's GUI thread imports for the whole session, window-up and quit:
    none (the hand-over was imported by the splash's preload thread); not the environment
    rules (the launch thread's), lifecycle, consent, the field table, the outbox or the
    collectors."""
    said = run_for_json(START_SCRIPT, str(tmp_path / "FreeCAD"))
    assert said["loaded"] == []
    assert said["pages"] == 1 and said["adopted"] and said["ended"]


def test_off_and_on_again_before_the_agent_looks_ends_the_first_session_cleanly(tmp_path, server):
    """Two quick clicks on the page: the first agent ends without a sentinel (no crash to
    report at the next start); the second session reports and ends once."""
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url)
    server.wait_for_events(5, timeout=30)
    assert freecad.ask("off-on") == {"first_ended": True}
    freecad.quit()
    assert wait_until(lambda: not any(freecad.sessions.iterdir()), timeout=30)  # no sentinel
    counted = Counter(e["event"] for e in server.wait_for_events(7, timeout=30))
    assert counted["freecad_shutdown"] == 1 and counted["freecad_unclean_shutdown"] == 0
    assert counted["freecad_startup"] == 2  # on again: reporting begins anew


def test_a_quit_whose_agent_was_killed_is_reported_as_a_quit_by_the_next_start(tmp_path, server):
    """FreeCAD quit cleanly but its agent was gone (killed) before recording it: the end
    file FreeCAD wrote says so, and the next start reports a shutdown, not a crash."""
    data = granted(tmp_path)
    first = FakeFreeCAD(data, server.url)
    server.wait_for_events(5, timeout=30)
    assert wait_until(lambda: pending(data) == 0, timeout=30)  # marked sent: no resend
    os.kill(first.ask("agent")["pid"], signal.SIGKILL)  # the agent the test's FreeCAD started
    first.quit()
    second = FakeFreeCAD(data, server.url)
    server.wait_for_events(7, timeout=30)  # its start, and the first session's end
    second.quit()
    events = server.wait_for_events(8, timeout=30)
    left = second.sessions
    assert wait_until(lambda: not any(left.iterdir()), timeout=30), list(left.iterdir())
    ends = sorted(
        e["properties"]["session_sequence"] for e in events if e["event"] == "freecad_shutdown"
    )
    assert ends == [1, 2]  # each numbered as the session it ends
    assert not [e for e in events if e["event"] == "freecad_unclean_shutdown"]


def test_a_declined_users_start_offers_the_page_and_starts_nothing(tmp_path):
    from freecad_telemetry import startup

    host = returning(tmp_path, decline())
    timers = []
    freecad_telemetry.start_gui(
        lambda: host, schedule=lambda ms, f: timers.append(f), window_up=lambda: True
    )
    timers.pop()()
    try:
        assert host.preference_pages == 1
        assert startup.runtime.handover is None
        assert not (state_dir(host.user_data_dir()) / SESSIONS_FOLDER).exists()
        session = startup.runtime.current_session()  # the page opens: it can switch reporting on
        assert session is not None and session.sender is None
    finally:
        startup.runtime = startup.Runtime()


def test_an_uninstall_ends_a_returning_users_agent_before_the_files_go(tmp_path, server):
    """Uninstalled before the preferences page was ever opened (no full session built): the
    agent the hand-over started is ended, not left to notice the deleted folder."""
    from freecad_telemetry import startup

    host = returning(tmp_path)
    host.set_param(GROUP, "PostHogHost", "string", server.url)
    host.pythons = [sys.executable]
    timers = []
    freecad_telemetry.start_gui(
        lambda: host, schedule=lambda ms, f: timers.append(f), window_up=lambda: True
    )
    timers.pop()()
    try:
        handed = startup.runtime.handover
        assert wait_until(lambda: handed.agent is not None, timeout=30)
        startup.stop_this_process(wait=10)
        assert handed.agent.poll() is not None  # ended, not merely told
    finally:
        agent = startup.runtime.handover.agent
        if agent is not None and agent.poll() is None:
            agent.kill()
        startup.runtime = startup.Runtime()


# --- the agent starts once FreeCAD is quiet: a quit, a kill or a switch-off before that ------


def test_a_freecad_killed_before_its_agent_started_is_reported_once_by_the_next_start(
    tmp_path, server
):
    """The launch thread's provisional sentinel: the crash of a FreeCAD that never became
    quiet enough to start its agent is still counted, once."""
    data = granted(tmp_path)
    first = FakeFreeCAD(data, server.url, busy=True)
    assert wait_until(lambda: len(first.sentinels()) == 1, timeout=30)
    first.kill()
    assert server.events == [] and pending(data) == 0  # nothing was recorded, let alone sent
    second = FakeFreeCAD(data, server.url)
    server.wait_for_events(6, timeout=30)  # its start, and the crash
    second.quit()
    events = server.wait_for_events(7, timeout=30)
    crashes = [e for e in events if e["event"] == "freecad_unclean_shutdown"]
    assert len(crashes) == 1 and crashes[0]["properties"]["previous_session_sequence"] == 0
    assert Counter(e["event"] for e in events)["freecad_startup"] == 1  # the second's only
    assert wait_until(lambda: not any(second.sessions.iterdir()), timeout=30)


def test_a_quit_before_freecad_was_quiet_starts_the_agent_at_once(tmp_path, server):
    """A session of a second: the quit wakes the launch thread, which starts the agent before
    Python's exit; the session is reported whole, and no crash at the next start."""
    data = granted(tmp_path)
    first = FakeFreeCAD(data, server.url, busy=True)
    assert wait_until(lambda: len(first.sentinels()) == 1, timeout=30)
    first.quit()
    server.wait_for_events(6, timeout=30)
    assert names(server) == sorted([*START_EVENTS, "freecad_shutdown"])
    assert wait_until(lambda: not any(first.sessions.iterdir()), timeout=30)  # all tidied
    second = FakeFreeCAD(data, server.url, busy=True)  # quits at once too
    second.quit()
    events = server.wait_for_events(8, timeout=30)  # its start and end (snapshots unchanged)
    counted = Counter(e["event"] for e in events)
    assert counted["freecad_shutdown"] == 2 and counted["freecad_unclean_shutdown"] == 0
    assert wait_until(lambda: not any(second.sessions.iterdir()), timeout=30)


def test_a_switch_off_before_freecad_was_quiet_starts_nothing_and_leaves_nothing(tmp_path, server):
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url, busy=True)
    assert wait_until(lambda: len(freecad.sentinels()) == 1, timeout=30)
    assert freecad.ask("off") == {"agent": False}
    assert list(freecad.sessions.iterdir()) == []  # no sentinel, lock, facts or stop mark
    freecad.quit()
    assert list(freecad.sessions.iterdir()) == [] and server.events == []


def test_the_provisional_sentinel_is_a_session_record_the_next_start_can_claim(tmp_path):
    from freecad_telemetry.agent_launch import provisional_sentinel
    from freecad_telemetry.state.session_record import SessionRecord
    from freecad_telemetry.state.sessions import SessionTracker

    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD", version=["1", "1", "3", "x"])
    started = handover.Handover(host, launch=lambda h: None, pid=2**31 - 2)
    started.facts = handover.facts_of(host, [])
    written = provisional_sentinel(started)
    record = SessionRecord.from_dict(written)
    assert record is not None and record.freecad_version == "1.1.3"
    assert (record.session_id, record.process.pid, record.sequence) == (
        started.session_id, 2**31 - 2, 0)  # fmt: skip
    folder = started.sessions
    folder.mkdir(parents=True)
    (folder / state_folder.sentinel_file(folder, started.pid, started.session_id).name).write_text(
        json.dumps(written)
    )
    claimed = SessionTracker(folder).claim_unclean()  # that pid does not run: a crash
    assert [c.session_id for c in claimed] == [started.session_id]


def test_off_from_a_shell_before_freecad_was_quiet_leaves_no_crash_for_a_later_start(
    tmp_path, server
):
    """The launch thread did not see `off` (another process); the agent it starts at quit
    finds nothing to report, and takes the provisional sentinel with it: switched on again
    later, no crash is reported for that session."""
    data = granted(tmp_path)
    freecad = FakeFreeCAD(data, server.url, busy=True)
    assert wait_until(lambda: len(freecad.sentinels()) == 1, timeout=30)
    save_consent(Settings(MemoryHost(user_data_dir=data)), decline())  # `off`, elsewhere
    freecad.quit()
    assert wait_until(lambda: not any(freecad.sessions.iterdir()), timeout=30), list(
        freecad.sessions.iterdir()
    )
    save_consent(Settings(MemoryHost(user_data_dir=data)), grant(ALL))  # `on` again
    again = FakeFreeCAD(data, server.url)
    again.quit()
    events = server.wait_for_events(6, timeout=30)
    assert not [e for e in events if e["event"] == "freecad_unclean_shutdown"]
